import type { ConsentryApi } from '../shared/types';
import { safeUrl } from '../shared/safe-url';
import { policyHref } from '../shared/policy-href';
import { cookieName } from '../shared/cookie-name';
import { cookiesOf } from '../shared/config';
import { pickLanguage } from '../shared/language';
import { removeAttr, setAttr } from './neuter';
import { PLACEHOLDER_TEXTS } from './placeholder-texts';
import { renderPlaceholder } from './placeholder-view';

/** Iframes a visitor loaded once: never blocked again on this page. */
export const loadedOnce = new WeakSet<Element>();

/**
 * Click-to-load placeholders for inert iframes: `place(iframe)` hides a connected iframe whose service is
 * not allowed behind a placeholder of its size; `reveal(iframe)` takes the placeholder away when the iframe
 * is released (by the gate, or "Load this once"); `drop(node)` when the iframe left the page.
 */
export function createPlaceholders(api: ConsentryApi) {
  const { policy, services, categories, ui } = api.config;
  // Weak: an iframe that left the page with its container (a single-page app's navigation) is forgotten.
  const shown = new WeakMap<Node, [HTMLElement, string]>();

  const reveal = (iframe: HTMLIFrameElement): void => {
    const entry = shown.get(iframe);
    if (!entry) return;
    const [host, display] = entry;
    const focused = document.activeElement == host;
    shown.delete(iframe);
    host.remove();
    iframe.style.display = display;
    // Keyboard users stay where they were: on the content they asked for.
    if (focused) iframe.focus();
  };

  /** The name the site gave a service (or category) in `ui.texts`, in the page's language or English. */
  const nameOf = (id: string): string => {
    const texts = ui.texts || {};
    for (const key of [pickLanguage(ui.language, Object.keys(texts)), 'en']) {
      const found = texts[key]?.services?.[id]?.name || texts[key]?.categories?.[id]?.title;
      if (found) return found;
    }
    return id;
  };

  const place = (iframe: HTMLIFrameElement): void => {
    const id = iframe.getAttribute('data-service') || iframe.getAttribute('data-consent')!;
    if (shown.has(iframe) || loadedOnce.has(iframe) || !iframe.isConnected || api.allowed(id)) return;
    const lang = pickLanguage(ui.language, Object.keys(PLACEHOLDER_TEXTS)) as keyof typeof PLACEHOLDER_TEXTS;
    const t = PLACEHOLDER_TEXTS[lang];
    const name = nameOf(id);
    const svc = services[id];
    const anchor = svc?.policyAnchor || categories[svc?.category || id]?.policyAnchor || '';
    const rect = iframe.getBoundingClientRect();
    const fill = (s: string) => s.split('{name}').join(name);
    const cookies = (svc ? cookiesOf(svc) : []).map((c) => cookieName(c.name)).join(', ');
    const host = renderPlaceholder(
      { name, about: fill(t.about), cookies: cookies && t.cookies + ' ' + cookies, policy: t.policy, href: policyHref(policy.url, anchor), once: t.once, always: fill(t.always) },
      [
        () => {
          // This embed only, for this page view: nothing is stored, and the gate no longer sees it as inert.
          const src = iframe.getAttribute('data-src')!;
          loadedOnce.add(iframe);
          for (const name of ['data-consent', 'data-service', 'data-src']) removeAttr.call(iframe, name);
          reveal(iframe);
          if (safeUrl(src)) setAttr.call(iframe, 'src', src);
        },
        // Stored like any decision; the gate then releases every element of the service, this one included.
        () => api.set({ [id]: true }, 'custom'),
      ],
      lang,
      ui.theme,
      api.config.nonce,
    );
    host.style.width = (Math.round(rect.width) || +iframe.width || 300) + 'px';
    host.style.height = (Math.round(rect.height) || +iframe.height || 150) + 'px';
    shown.set(iframe, [host, iframe.style.display]);
    iframe.style.setProperty('display', 'none', 'important');
    iframe.before(host);
  };

  const drop = (iframe: Node): void => {
    if (shown.has(iframe) && !iframe.isConnected) {
      shown.get(iframe)![0].remove();
      shown.delete(iframe);
    }
  };

  return { place, reveal, drop };
}
