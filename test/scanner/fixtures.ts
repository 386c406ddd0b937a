import type { BrowserContext } from 'playwright-core';
import { gatePage } from '../e2e/browser';

/** A small partner catalogue in the shape of dist/services.mjs. */
export const catalogue = {
  'stats-co': {
    id: 'stats-co',
    category: 'analytics',
    hosts: ['stats.partner.test'],
    cookies: [
      { name: '_st', lifetime: { months: 13 } },
      { name: '/^_st_/', lifetime: 'session' },
    ],
    recipient: { name: 'Stats Co', contact: 'privacy@stats.partner.test' },
    country: 'US',
    policyUrl: 'https://stats.partner.test/privacy',
    purpose: { en: 'Counts visits.', 'zh-Hans': '统计访问。', 'zh-Hant': '統計訪問。' },
    sources: ['https://stats.partner.test/docs/cookies'],
  },
  'tag-co': {
    id: 'tag-co',
    category: 'advertising',
    hosts: ['tag.other.test'],
    cookies: [{ name: '_tg', lifetime: { days: 90 } }],
    recipient: { name: 'Tag Co', contact: 'dpo@tag.other.test' },
    country: 'IE',
    policyUrl: 'https://tag.other.test/privacy',
    purpose: { en: 'Measures ads.', 'zh-Hans': '衡量广告。', 'zh-Hant': '衡量廣告。' },
    sources: ['https://tag.other.test/cookies'],
  },
  captcha: {
    id: 'captcha',
    category: 'necessary',
    hosts: ['www.captcha.test/recaptcha/'],
    cookies: [],
    recipient: { name: 'Captcha Inc', contact: 'privacy@captcha.test' },
    country: 'US',
    policyUrl: 'https://www.captcha.test/privacy',
    purpose: { en: 'Tells people from bots.', 'zh-Hans': '区分真人与机器人。', 'zh-Hant': '區分真人與機器人。' },
    sources: ['https://www.captcha.test/docs'],
  },
} as const;

const policy = { url: '/privacy.html', revision: '2020-09-25' };
const categories = { necessary: { required: true }, preferences: {}, analytics: {}, advertising: {} };

/** An evil storage key: it must reach the HTML report as text. */
export const EVIL_KEY = '<img src=https://evil.test/x.gif>';

/** What the partner hosts answer, inside the browser (nothing leaves the machine). */
const PARTNERS: Record<string, { body: string; type?: string }> = {
  'https://stats.partner.test/s.js': { body: "document.cookie = '_st=1; max-age=34190000; path=/'; new Image().src = 'https://stats.partner.test/hit.gif';" },
  'https://tag.other.test/t.js': {
    body: `document.cookie = '_tg=1; max-age=7776000; path=/'; localStorage.setItem('tg_id', '1'); localStorage.setItem(${JSON.stringify(EVIL_KEY)}, '1');`,
  },
  'https://px.unknown-tracker.test/frame.html': {
    // Chromium blocks unpartitioned third-party cookies; a partitioned one (CHIPS) is kept.
    body: "<script>document.cookie = '_ut=1; max-age=2592000; path=/; SameSite=None; Secure; Partitioned';</script>",
    type: 'text/html',
  },
};

/**
 * The scanner's `route` hook: answers every request to a host other than 127.0.0.1 and localhost from
 * PARTNERS (empty otherwise) and logs it.
 */
export function partners(log: string[] = []) {
  return async (context: BrowserContext) => {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      const url = route.request().url();
      log.push(url);
      const answer = PARTNERS[url] ?? { body: '' };
      return route.fulfill({ status: 200, contentType: answer.type ?? 'text/javascript', body: answer.body });
    });
  };
}

/** (a) Consentry set up correctly: gate and blocker, the partner tag inert, its service listed. */
export const correctSite = gatePage(
  {
    policy,
    categories,
    services: {
      stats: { category: 'analytics', hosts: ['stats.partner.test'], cookies: ['_st'] },
      video: { category: 'preferences', hosts: ['video.partner.test'], cookies: ['_vid'] },
    },
  },
  '<h1>Shop</h1><script type="text/plain" data-consent="analytics" data-service="stats" src="https://stats.partner.test/s.js"></script>',
  '<script src="/dist/consentry-blocker.js"></script>',
);

/**
 * (b) Consentry, but tags written live: a pixel in the HTML, a partner script that sets a cookie and
 * storage keys, a partner frame that sets its own cookie, a necessary captcha (catalogue), and the site's
 * own session cookie and storage key (no violations).
 */
export const leakySite = {
  body: gatePage(
    { policy, categories, services: { ads: { category: 'advertising', hosts: ['ads.partner.test'], cookies: ['_adp'] } } },
    `<h1>Shop</h1>
<img src="https://ads.partner.test/px.gif" alt="">
<iframe src="https://px.unknown-tracker.test/frame.html" title="Offers"></iframe>
<script src="https://tag.other.test/t.js"></script>
<script src="https://www.captcha.test/recaptcha/api.js"></script>
<script>localStorage.setItem('site_pref', 'compact');</script>`,
  ),
  headers: { 'set-cookie': 'sid=1; Path=/; HttpOnly' },
};

/** (c) No consent library at all. */
export const bareSite = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title></head><body><h1>Bare</h1>
<img src="https://ads.partner.test/px.gif" alt=""><script src="https://tag.other.test/t.js"></script></body></html>`;

/** A config mistake: Consentry says so in the console. */
export const misconfiguredSite = gatePage({ policy, categories, services: { chat: { category: 'support', hosts: ['chat.partner.test'] } } }, '<h1>Shop</h1>');
