// Stand-in for a first-party analytics tag: a visitor id cookie, a session cookie, and a page view
// reported to /collect on this same server. Nothing leaves the machine.
(function () {
  var read = function (name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  };
  var set = function (name, value, seconds) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + seconds + '; SameSite=Lax';
  };
  var id = read('_ica_id') || Math.random().toString(36).slice(2, 12);
  set('_ica_id', id, 60 * 60 * 24 * 395);
  var session = '_ica_s_' + id.slice(0, 4);
  var views = Number(read(session) || 0) + 1;
  set(session, String(views), 30 * 60);

  var body = JSON.stringify({ visitor: id, page: location.pathname, lang: document.documentElement.lang, views: views });
  fetch('/collect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body, keepalive: true });
  if (window.demoPartnerRan) window.demoPartnerRan('site-analytics', 'page view ' + views + ' of this visit reported to /collect');
})();
