// orejime 3 as its documentation installs it: `window.orejimeConfig` inline, then the standard English
// build (a plain script; it starts on DOMContentLoaded) and its stylesheet. Its partner tags are
// wrapped in `<template data-purpose="...">`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories, policyUrl, services, texts } from '../site-spec.mjs';

const root = join(import.meta.dirname, '..', '..', 'node_modules', 'orejime');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const config = {
  privacyPolicyUrl: policyUrl,
  cookie: { name: 'orejime', duration: 182 },
  // Categories as groups of purposes, one purpose a service (the tags name the service).
  purposes: Object.entries(categories).map(([id, c]) => ({
    id,
    title: c.title,
    description: c.description,
    purposes: Object.entries(services)
      .filter(([, s]) => s.category == id)
      .map(([sid, s]) => ({ id: sid, title: s.name, description: s.purpose, cookies: s.cookies, isMandatory: !!c.required })),
  })),
  translations: {
    banner: {
      title: texts.bannerTitle,
      description: `${texts.bannerText} {privacyPolicy}`,
      privacyPolicyLabel: texts.policyLink,
      accept: texts.acceptAll,
      decline: texts.rejectAll,
      configure: texts.customize,
    },
    modal: {
      title: texts.preferencesTitle,
      description: `${texts.preferencesText} {privacyPolicy}`,
      privacyPolicyLabel: texts.policyLink,
      close: texts.close,
      acceptAll: texts.acceptAll,
      declineAll: texts.rejectAll,
      save: texts.save,
    },
  },
};

export default {
  id: 'orejime',
  name: 'orejime',
  version: pkg.version,
  prefix: '/lib/orejime/',
  files: {
    '/lib/orejime/orejime-standard-en.js': readFileSync(join(root, 'dist', 'orejime-standard-en.js')),
    '/lib/orejime/orejime-standard.css': readFileSync(join(root, 'dist', 'orejime-standard.css')),
  },
  cookie: 'orejime',
  head: () => `<link rel="stylesheet" href="/lib/orejime/orejime-standard.css">
<script>window.orejimeConfig = ${JSON.stringify(config)};</script>
<script src="/lib/orejime/orejime-standard-en.js"></script>`,
  tag: (id) => `<template data-purpose="${id}"><script>`,
  tagEnd: '</script></template>',
  findAccept: `() => document.querySelector('.orejime-Banner [data-testid="orejime-banner-accept"]')`,
  /** Gone: the banner is removed or hidden from assistive technology (Orejime's way of closing it). */
  gone: `() => { const b = document.querySelector('.orejime-Banner'); return !b || b.getAttribute('aria-hidden') == 'true'; }`,
  accept: (page) => page.locator('.orejime-Banner [data-testid="orejime-banner-accept"]'),
  acceptApi: `window.orejime.manager.acceptAll()`,
  ready: `() => !!window.orejime && !!window.orejime.manager`,
};
