// Pages shaped like real vendor tags, for the automatic blocking tests. Partner hosts are answered locally.

export const blockerConfig = {
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  categories: { necessary: { required: true }, preferences: {}, analytics: { policyAnchor: '#analytics' }, advertising: { policyAnchor: '#advertising' } },
  services: {
    'tag-manager': { category: 'analytics', hosts: ['tm.example'] },
    'site-stats': { category: 'analytics', hosts: ['stats.example'] },
    'meta-pixel': { category: 'advertising', hosts: ['fb.example'], cookies: ['_fbp'] },
    video: { category: 'preferences', hosts: ['video.example'], cookies: ['VISITOR_INFO', '/^yt_/'], policyAnchor: '#embeds' },
    chat: { category: 'preferences', hosts: ['chat.example'] },
    // The page's own origin is listed on purpose: it must never be blocked.
    'self-stats': { category: 'analytics', hosts: ['127.0.0.1'] },
  },
  ui: { texts: { en: { services: { video: { name: 'VidTube' } } } } },
};

/** Requests to hosts that a service lists. */
export const LISTED = /^https?:\/\/([\w-]+\.)*(tm|stats|fb|video|chat)\.example\//;

const push = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;

export const partnerScripts: Record<string, string> = {
  // A tag manager container: injects the stats library, then (on its load) a second one whose type is set after src.
  'https://www.tm.example/gtm.js': `${push('tm')}
    var a = document.createElement('script');
    a.setAttribute('src', 'https://stats.example/a.js');
    a.onload = function () {
      ${push('stats-a-onload')}
      var b = document.createElement('script');
      b.src = 'https://stats.example/b.js';
      b.type = 'text/javascript';
      document.head.append(b);
    };
    document.head.appendChild(a);`,
  'https://stats.example/a.js': push('stats-a'),
  'https://stats.example/b.js': push('stats-b'),
  'https://connect.fb.example/en_US/fbevents.js': push('fbevents'),
  'https://connect.fb.example/html-tag.js': push('fb-html-tag'),
  // A chat widget: its loader adds the chat frame.
  'https://widget.chat.example/loader.js': `${push('chat')}
    var f = document.createElement('iframe');
    f.src = 'https://widget.chat.example/frame.html';
    f.title = 'Chat';
    document.body.appendChild(f);`,
  'https://cdn.unlisted.example/lib.js': push('unlisted'),
};

/** Site files: the page's own scripts. */
export const ownFiles = {
  '/own.js': push('own'),
  '/self-stats.js': push('self-stats'),
  '/privacy.html': '<h1>Privacy</h1>',
};

const tagManager = `<script>
(function (w, d, s, l, i) {
  w[l] = w[l] || []; w[l].push({ 'tm.start': Date.now(), event: 'tm.js' });
  var f = d.getElementsByTagName(s)[0], j = d.createElement(s);
  j.async = true; j.src = 'https://www.tm.example/gtm.js?id=' + i;
  f.parentNode.insertBefore(j, f);
})(window, document, 'script', 'dataLayer', 'TM-1');
</script>`;

const pixel = `<script>
!function (f, b, e, v, n, t, s) {
  if (f.fbq) return;
  n = f.fbq = function () { n.queue.push(arguments); }; n.queue = [];
  t = b.createElement(e); t.async = !0; t.src = v;
  s = b.getElementsByTagName(e)[0]; s.parentNode.insertBefore(t, s);
}(window, document, 'script', 'https://connect.fb.example/en_US/fbevents.js');
fbq('init', '1'); fbq('track', 'PageView');
var px = document.createElement('img');
px.width = 1; px.height = 1; px.alt = '';
px.src = 'https://www.fb.example/tr?id=1&ev=PageView';
document.body.appendChild(px);
new Image().src = 'https://www.fb.example/tr?id=1&ev=Init';
</script>`;

const own = `<script src="/own.js"></script>
<script>
var u = document.createElement('script'); u.src = 'https://cdn.unlisted.example/lib.js'; document.head.appendChild(u);
var o = document.createElement('script'); o.src = location.origin + '/self-stats.js'; document.head.appendChild(o);
</script>`;

const video = (id: string) => `<iframe id="${id}" width="560" height="315" title="Product video" data-consent="preferences" data-service="video" data-src="https://www.video.example/embed/${id}"></iframe>`;

const chat = `<script>
addEventListener('load', function () {
  var s = document.createElement('script');
  s.src = 'https://widget.chat.example/loader.js';
  document.body.appendChild(s);
  window.chatInserted = true;
});
</script>`;

/** Every vendor shape at once. */
export const vendorsBody = `${own}${tagManager}<main><h1>Shop</h1>${pixel}
<p>Watch:</p>${video('v1')}<p>And:</p>${video('v2')}
</main>${chat}`;

/**
 * Partner tags written in the HTML without type="text/plain": the preload scanner may fetch them before any
 * script sees them, so these are tested by what ran, not by requests.
 */
export const htmlTagsBody = `<script src="https://connect.fb.example/html-tag.js"></script>
<iframe id="html-frame" width="300" height="200" title="HTML video" src="https://www.video.example/embed/html"></iframe>
<img id="html-img" alt="" src="https://www.fb.example/tr?id=1&ev=Html">
<script>window.after = true;</script>`;
