// Klaro as its documentation installs it: `window.klaroConfig` inline, then the deferred klaro.js (the
// standard build, styles included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, policyUrl, services, texts } from '../site-spec.mjs';

const root = join(import.meta.dirname, '..', '..', 'node_modules', 'klaro');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const config = {
  version: 1,
  elementID: 'klaro',
  styling: { theme: ['light', 'bottom', 'right'] },
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 182,
  htmlTexts: false,
  groupByPurpose: true,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  default: false,
  lang: 'en',
  translations: {
    en: {
      privacyPolicyUrl: policyUrl,
      privacyPolicy: { name: texts.policyLink, text: '{privacyPolicy}' },
      consentNotice: { title: texts.bannerTitle, description: texts.bannerText, learnMore: texts.customize },
      consentModal: { title: texts.preferencesTitle, description: texts.preferencesText },
      ok: texts.acceptAll,
      acceptAll: texts.acceptAll,
      decline: texts.rejectAll,
      save: texts.save,
      close: texts.close,
      purposes: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, { title: c.title, description: c.description }])),
      ...Object.fromEntries(Object.entries(services).map(([id, s]) => [id, { title: s.name, description: s.purpose }])),
    },
  },
  services: Object.entries(services).map(([id, s]) => ({
    name: id,
    purposes: [s.category],
    cookies: s.cookies,
    required: !!categories[s.category].required,
  })),
};

export default {
  id: 'klaro',
  name: 'Klaro',
  version: pkg.version,
  prefix: '/lib/klaro/',
  files: { '/lib/klaro/klaro.js': readFileSync(join(root, 'dist', 'klaro.js')) },
  cookie: 'klaro',
  head: () => `<script>window.klaroConfig = ${JSON.stringify(config)};</script>
<script defer src="/lib/klaro/klaro.js"></script>`,
  tag: (id) => `<script type="text/plain" data-type="text/javascript" data-name="${id}">`,
  findAccept: `() => document.querySelector('#klaro-cookie-notice .cm-btn-success')`,
  /** Gone: the notice is removed or carries Klaro's hidden class. */
  gone: `() => { const n = document.getElementById('klaro-cookie-notice'); return !n || n.classList.contains('cookie-notice-hidden'); }`,
  accept: (page) => page.locator('#klaro-cookie-notice .cm-btn-success'),
  acceptApi: `(() => { const m = klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents(); })()`,
  ready: `() => !!window.klaro && !!window.klaro.getManager`,
};
