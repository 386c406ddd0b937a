/**
 * Consentry on a scanned page: whether it is there, what its config lists, and making a choice the way a
 * visitor does (the banner's button, inside its shadow root) or, when no banner shows, through the API.
 */

/**
 * What the page's Consentry config holds, as plain data: services (category, hosts, cookies as
 * `{ name, lifetime? }` with patterns as `/regex/` strings), categories (`required`) and the consent
 * cookie's name. Null when the page has no `window.consentry`.
 * @param {import('playwright-core').Page} page
 */
export function readConsentry(page) {
  return page
    .evaluate(() => {
      const api = window.consentry;
      if (!api || typeof api.rejectAll != 'function' || typeof api.acceptAll != 'function') return null;
      const cfg = api.config || {};
      const text = (v) => (v instanceof RegExp ? String(v) : typeof v == 'string' ? v : '');
      const services = {};
      for (const id in cfg.services || {}) {
        const s = cfg.services[id] || {};
        services[id] = {
          category: text(s.category),
          hosts: Array.isArray(s.hosts) ? s.hosts.map(text).filter(Boolean) : [],
          cookies: (Array.isArray(s.cookies) ? s.cookies : []).map((c) => {
            const spec = { name: text(c && typeof c == 'object' && !(c instanceof RegExp) ? c.name : c) };
            const life = c && c.lifetime;
            if (typeof life == 'string' || (life && typeof life == 'object')) spec.lifetime = JSON.parse(JSON.stringify(life));
            return spec;
          }),
        };
        if (typeof s.policyAnchor == 'string') services[id].policyAnchor = s.policyAnchor;
      }
      const categories = {};
      for (const id in cfg.categories || {}) categories[id] = { required: !!cfg.categories[id] && cfg.categories[id].required === true };
      return { services, categories, cookieName: (cfg.cookie && typeof cfg.cookie.name == 'string' && cfg.cookie.name) || 'consentry' };
    })
    .catch(() => null);
}

const API = { reject: 'rejectAll', accept: 'acceptAll' };

/**
 * Makes the choice: clicks "Reject all" or "Accept all" on the banner when it shows (within `wait` ms),
 * else calls `consentry.rejectAll()` / `acceptAll()`. Says which way it went, and why a choice failed.
 * @param {import('playwright-core').Page} page
 * @param {'reject' | 'accept'} action
 */
export async function choose(page, action, { wait = 5000 } = {}) {
  // The banner names its buttons by the API call they make.
  const button = page.locator(`consentry-ui .banner button[data-action="${API[action]}"]`).first();
  try {
    await button.waitFor({ state: 'visible', timeout: wait });
    await button.click({ timeout: wait });
    return { by: 'banner' };
  } catch {
    // No banner (ui turned off, or it failed): the API is what a site's own button would call.
  }
  try {
    await page.evaluate((name) => window.consentry[name]().then(() => true), API[action]);
    return { by: 'api' };
  } catch (e) {
    return { by: 'api', error: String((e && e.message) || e).split('\n')[0] };
  }
}
