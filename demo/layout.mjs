// Puts a page together: layout.html with the site's header texts in the page's language, the
// language and region switches, the visitor's region for the config, and the page body. Only our own
// page files are inserted as markup; everything else is escaped text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escape } from './html.mjs';
import { REGIONS } from './region.mjs';

export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
const LANGUAGE_NAMES = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

const TEXTS = {
  en: {
    skip: 'Skip to content',
    navLabel: 'Site',
    languageLabel: 'Language',
    cookieSettings: 'Cookie settings',
    regionLabel: 'Region (demo)',
    regions: { CN: 'China', DE: 'Germany', 'US-CA': 'California', none: 'Elsewhere' },
    footer: 'iCanspk, speak a new language every day. A demo site for the Consentry consent library.',
    pages: { home: 'Home', lessons: 'Lessons', privacy: 'Privacy policy', tcf: 'Advertising (IAB TCF)' },
  },
  'zh-Hans': {
    skip: '跳到正文',
    navLabel: '网站',
    languageLabel: '语言',
    cookieSettings: 'Cookie 设置',
    regionLabel: '地区（演示）',
    regions: { CN: '中国', DE: '德国', 'US-CA': '美国加州', none: '其他地区' },
    footer: 'iCanspk，每天开口说一门新语言。Consentry 同意管理库的演示网站。',
    pages: { home: '首页', lessons: '课程', privacy: '隐私政策', tcf: '广告（IAB TCF）' },
  },
  'zh-Hant': {
    skip: '跳到主要內容',
    navLabel: '網站',
    languageLabel: '語言',
    cookieSettings: 'Cookie 設定',
    regionLabel: '地區（示範）',
    regions: { CN: '中國', DE: '德國', 'US-CA': '美國加州', none: '其他地區' },
    footer: 'iCanspk，每天開口說一種新語言。Consentry 同意管理函式庫的示範網站。',
    pages: { home: '首頁', lessons: '課程', privacy: '隱私權政策', tcf: '廣告（IAB TCF）' },
  },
};

export const PAGES = { home: '/', lessons: '/lessons.html', privacy: '/privacy.html' };

/** The page language: `?lang=`, then the `ica_lang` cookie (set only with preferences consent), then English. */
export function pickLanguage(query, cookieHeader = '') {
  const fromQuery = query.get('lang');
  if (LANGUAGES.includes(fromQuery)) return fromQuery;
  const fromCookie = /(?:^|;\s*)ica_lang=([^;]*)/.exec(cookieHeader)?.[1];
  return LANGUAGES.includes(fromCookie) ? fromCookie : 'en';
}

/** The config's `region` as a script: JSON text, and `<` escaped so that nothing can close the tag. */
const regionScript = (region, nonceAttr) =>
  region ? `<script${nonceAttr}>window.consentryConfig.region = ${JSON.stringify(region).replace(/</g, '\\u003c')};</script>` : '';

/**
 * @param {string} dir the demo folder
 * @param {{ page: keyof PAGES, lang: string, main: string, mainLang?: string, title?: string, nonce?: string, region?: string | null }} options
 *   `main` is trusted markup (our own page files or the escaped policy); `nonce` goes on every script tag;
 *   `region` is the visitor's (demo/region.mjs), or null for none.
 */
export function renderPage(dir, { page, lang, main, mainLang, title, nonce, region = null }) {
  const t = TEXTS[lang];
  // /tcf.html is the same site under IAB TCF: the TCF build of the gate and the config's `tcf` part.
  const tcf = page == 'tcf';
  const nav = Object.entries(PAGES)
    .map(([id, href]) => `<a href="${href}"${id == page ? ' aria-current="page"' : ''}>${escape(t.pages[id])}</a>`)
    .join('\n    ');
  const languages = LANGUAGES.map(
    (l) => `<a href="?lang=${l}" lang="${l}" hreflang="${l}"${l == lang ? ' aria-current="true"' : ''}>${escape(LANGUAGE_NAMES[l])}</a>`,
  ).join('\n    ');
  const regions = [...REGIONS, 'none'].map((r) => {
    const current = r == (region ?? 'none');
    return `<a href="?region=${r}"${current ? ' aria-current="true"' : ''}>${escape(t.regions[r])}</a>`;
  }).join('\n    ');
  const nonceAttr = nonce ? ` nonce="${escape(nonce)}"` : '';
  const values = {
    lang,
    title: escape(title || t.pages[page]),
    skip: escape(t.skip),
    navLabel: escape(t.navLabel),
    languageLabel: escape(t.languageLabel),
    cookieSettings: escape(t.cookieSettings),
    footer: escape(t.footer),
    nav,
    languages,
    regionLabel: escape(t.regionLabel),
    regions,
    region: regionScript(region, nonceAttr),
    mainLang: mainLang && mainLang != lang ? ` lang="${mainLang}"` : '',
    main,
    nonce: nonceAttr,
    gate: tcf ? 'consentry-tcf.js' : 'consentry.js',
    tcfConfig: tcf ? `<script${nonceAttr} src="/site/tcf-config.js"></script>` : '',
  };
  return readFileSync(join(dir, 'layout.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');
}
