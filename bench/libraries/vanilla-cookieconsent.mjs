// vanilla-cookieconsent 3 as its documentation installs it: its stylesheet in <head>, the UMD bundle and
// a config script with `CookieConsent.run({...})`, both deferred.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, policyUrl, services, texts } from '../site-spec.mjs';

const root = join(import.meta.dirname, '..', '..', 'node_modules', 'vanilla-cookieconsent');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const config = {
  // The benchmark drives Chromium through the DevTools protocol (navigator.webdriver is true); the
  // library would otherwise hide itself from what it takes for a bot.
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'box', position: 'bottom right', equalWeightButtons: true },
    preferencesModal: { layout: 'box', equalWeightButtons: true },
  },
  categories: Object.fromEntries(
    Object.entries(categories).map(([id, c]) => [
      id,
      {
        ...(c.required ? { enabled: true, readOnly: true } : {}),
        services: Object.fromEntries(
          Object.entries(services)
            .filter(([, s]) => s.category == id)
            .map(([sid, s]) => [sid, { label: s.name, cookies: s.cookies.map((name) => ({ name })) }]),
        ),
      },
    ]),
  ),
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: texts.bannerTitle,
          description: texts.bannerText,
          acceptAllBtn: texts.acceptAll,
          acceptNecessaryBtn: texts.rejectAll,
          showPreferencesBtn: texts.customize,
          footer: `<a href="${policyUrl}">${texts.policyLink}</a>`,
        },
        preferencesModal: {
          title: texts.preferencesTitle,
          acceptAllBtn: texts.acceptAll,
          acceptNecessaryBtn: texts.rejectAll,
          savePreferencesBtn: texts.save,
          closeIconLabel: texts.close,
          sections: [
            { description: texts.preferencesText },
            ...Object.entries(categories).map(([id, c]) => ({ title: c.title, description: c.description, linkedCategory: id })),
          ],
        },
      },
    },
  },
};

export default {
  id: 'vc',
  name: 'vanilla-cookieconsent',
  version: pkg.version,
  prefix: '/lib/vc/',
  files: {
    '/lib/vc/cookieconsent.umd.js': readFileSync(join(root, 'dist', 'cookieconsent.umd.js')),
    '/lib/vc/cookieconsent.css': readFileSync(join(root, 'dist', 'cookieconsent.css')),
    '/config/vc-config.js': `CookieConsent.run(${JSON.stringify(config)});`,
  },
  cookie: 'cc_cookie',
  head: () => `<link rel="stylesheet" href="/lib/vc/cookieconsent.css">
<script defer src="/lib/vc/cookieconsent.umd.js"></script>
<script defer src="/config/vc-config.js"></script>`,
  tag: (id) => `<script type="text/plain" data-category="${services[id].category}" data-service="${id}">`,
  findAccept: `() => document.querySelector('#cc-main .cm [data-role="all"]')`,
  /** Gone: the library drops `show--consent` from <html> (its fade-out may still be running). */
  gone: `() => !document.documentElement.classList.contains('show--consent')`,
  accept: (page) => page.locator('#cc-main .cm [data-role="all"]'),
  acceptApi: `CookieConsent.acceptCategory('all')`,
  ready: `() => !!window.CookieConsent && !!document.getElementById('cc-main')`,
};
