// Consentry as a site would install it: config inline, the gate first and synchronous in <head>.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, policyUrl, services, texts } from '../site-spec.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));

const config = {
  policy: { url: policyUrl, revision: '2020-09-25' },
  categories: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, c.required ? { required: true } : {}])),
  services: Object.fromEntries(Object.entries(services).map(([id, s]) => [id, { category: s.category, cookies: s.cookies }])),
  ui: {
    layout: 'box',
    position: 'bottom-right',
    texts: {
      en: {
        bannerTitle: texts.bannerTitle,
        bannerText: texts.bannerText,
        policyLink: texts.policyLink,
        acceptAll: texts.acceptAll,
        rejectAll: texts.rejectAll,
        customize: texts.customize,
        preferencesTitle: texts.preferencesTitle,
        preferencesText: texts.preferencesText,
        save: texts.save,
        close: texts.close,
        categories: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, { title: c.title, description: c.description }])),
        services: Object.fromEntries(Object.entries(services).map(([id, s]) => [id, { name: s.name, purpose: s.purpose }])),
      },
    },
  },
};

// Every browser file of the build (gate, engine, UI, styles if separate); the gate loads the others
// from next to its own URL when they are needed.
const files = {};
for (const name of existsSync(dist) ? readdirSync(dist) : []) {
  if (/\.(js|css)$/.test(name)) files[`/lib/consentry/${name}`] = readFileSync(join(dist, name));
}

/** The accept button inside the UI's shadow root (matched by its text), or null. */
const findAccept = `() => {
  for (const host of document.body ? document.body.children : []) {
    if (!host.shadowRoot) continue;
    for (const b of host.shadowRoot.querySelectorAll('button')) if (b.textContent.trim() == ${JSON.stringify(texts.acceptAll)}) return b;
  }
  return null;
}`;

export default {
  id: 'consentry',
  name: 'Consentry',
  version: pkg.version,
  prefix: '/lib/consentry/',
  files,
  /** The first visit needs the UI bundle; without it only the returning-visit rows can run. */
  hasUi: !!files['/lib/consentry/consentry-ui.js'],
  cookie: config.cookie?.name || 'consentry',
  head: () => `<script>window.consentryConfig = ${JSON.stringify(config)};</script>
<script src="/lib/consentry/consentry.js"></script>`,
  tag: (id) => `<script type="text/plain" data-consent="${services[id].category}" data-service="${id}">`,
  findAccept,
  /** Gone: the accept button is no longer on screen (the UI unmounts or hides the banner). */
  gone: `() => false`,
  /** The accept button for a real click (Playwright pierces the open shadow root). */
  accept: (page) => page.getByRole('button', { name: texts.acceptAll, exact: true }).first(),
  acceptApi: `window.consentry.acceptAll()`,
  ready: `() => !!window.consentry`,
};
