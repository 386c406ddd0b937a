// Puts a page together: layout.html with the site's header texts in the page's language, the
// language switch and the page body. Only our own page files are inserted as markup; everything
// else is escaped text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escape } from './html.mjs';

export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
const LANGUAGE_NAMES = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

const TEXTS = {
  en: {
    skip: 'Skip to content',
    navLabel: 'Site',
    languageLabel: 'Language',
    cookieSettings: 'Cookie settings',
    footer: 'iCanspk, speak a new language every day. A demo site for the Consentry consent library.',
    pages: { home: 'Home', lessons: 'Lessons', privacy: 'Privacy policy', tcf: 'Advertising (IAB TCF)' },
  },
  'zh-Hans': {
    skip: '跳到正文',
    navLabel: '网站',
    languageLabel: '语言',
    cookieSettings: 'Cookie 设置',
    footer: 'iCanspk，每天开口说一门新语言。Consentry 同意管理库的演示网站。',
    pages: { home: '首页', lessons: '课程', privacy: '隐私政策', tcf: '广告（IAB TCF）' },
  },
  'zh-Hant': {
    skip: '跳到主要內容',
    navLabel: '網站',
    languageLabel: '語言',
    cookieSettings: 'Cookie 設定',
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

/**
 * @param {string} dir the demo folder
 * @param {{ page: keyof PAGES, lang: string, main: string, mainLang?: string, title?: string, nonce?: string }} options
 *   `main` is trusted markup (our own page files or the escaped policy); `nonce` goes on every script tag.
 */
export function renderPage(dir, { page, lang, main, mainLang, title, nonce }) {
  const t = TEXTS[lang];
  // /tcf.html is the same site under IAB TCF: the TCF build of the gate and the config's `tcf` part.
  const tcf = page == 'tcf';
  const nav = Object.entries(PAGES)
    .map(([id, href]) => `<a href="${href}"${id == page ? ' aria-current="page"' : ''}>${escape(t.pages[id])}</a>`)
    .join('\n    ');
  const languages = LANGUAGES.map(
    (l) => `<a href="?lang=${l}" lang="${l}" hreflang="${l}"${l == lang ? ' aria-current="true"' : ''}>${escape(LANGUAGE_NAMES[l])}</a>`,
  ).join('\n    ');
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
    mainLang: mainLang && mainLang != lang ? ` lang="${mainLang}"` : '',
    main,
    nonce: nonce ? ` nonce="${escape(nonce)}"` : '',
    gate: tcf ? 'consentry-tcf.js' : 'consentry.js',
    tcfConfig: tcf ? `<script${nonce ? ` nonce="${escape(nonce)}"` : ''} src="/site/tcf-config.js"></script>` : '',
  };
  return readFileSync(join(dir, 'layout.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => values[key] ?? '');
}
