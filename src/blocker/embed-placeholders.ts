import type { ConsentryApi } from '../core/types';
import { safeUrl } from '../core/tag-release';
import { removeAttr, setAttr } from './neuter';
import { languageTag, localeOf } from './language';
import { PLACEHOLDER_TEXTS } from './placeholder-texts';
import { renderPlaceholder } from './placeholder-view';

/** Iframes a visitor loaded once: never blocked again on this page. */
export const loadedOnce = new WeakSet<Element>();

const idOf = (el: Element) => el.getAttribute('data-service') || el.getAttribute('data-consent')!;

/**
 * Click-to-load placeholders for inert iframes: `place(iframe)` hides a connected iframe whose service is
 * not allowed behind a placeholder of its size; `update()` (on every consent change) removes the
 * placeholders of what is now allowed, once the gate has set their `src`.
 */
export function createPlaceholders(api: ConsentryApi) {
  const { policy, services, categories, ui } = api.config;
  const shown = new Map<HTMLIFrameElement, [HTMLElement, string]>();

  const unplace = (iframe: HTMLIFrameElement) => {
    const [host, display] = shown.get(iframe)!;
    shown.delete(iframe);
    host.remove();
    iframe.style.display = display;
  };

  /** The name the site gave a service (or category) in `ui.texts`, for the page's language or English. */
  const nameOf = (id: string, tag: string): string => {
    for (const key of [tag, localeOf(tag), 'en']) {
      const t = ui.texts?.[key];
      const found = t?.services?.[id]?.name || t?.categories?.[id]?.title;
      if (found) return found;
    }
    return id;
  };

  const place = (iframe: HTMLIFrameElement): void => {
    const id = idOf(iframe);
    if (shown.has(iframe) || loadedOnce.has(iframe) || !iframe.isConnected || api.allowed(id)) return;
    const tag = languageTag(ui.language);
    const t = PLACEHOLDER_TEXTS[localeOf(tag)];
    const name = nameOf(id, tag);
    const svc = services[id];
    const anchor = svc?.policyAnchor || categories[svc?.category || id]?.policyAnchor || '';
    const href = anchor[0] == '#' ? policy.url + anchor : anchor || policy.url;
    const rect = iframe.getBoundingClientRect();
    const fill = (s: string) => s.split('{name}').join(name);
    const cookies = (svc?.cookies || []).map((c) => c.name.replace(/^\/\^?|\$?\/[a-z]*$/g, '')).join(', ');
    const host = renderPlaceholder(
      { name, about: fill(t.about), cookies: cookies && t.cookies + ' ' + cookies, policy: t.policy, href: safeUrl(href) ? href : '', once: t.once, always: fill(t.always) },
      [
        () => {
          // This embed only, for this page view: nothing is stored, and the gate no longer sees it as inert.
          const src = iframe.getAttribute('data-src')!;
          loadedOnce.add(iframe);
          for (const name of ['data-consent', 'data-service', 'data-src']) removeAttr.call(iframe, name);
          unplace(iframe);
          if (safeUrl(src)) setAttr.call(iframe, 'src', src);
          iframe.focus();
        },
        () => {
          api.set({ [id]: true }, 'custom');
          if (!shown.has(iframe)) iframe.focus();
        },
      ],
      localeOf(tag),
      ui.theme,
      api.config.nonce,
    );
    host.style.width = (Math.round(rect.width) || +iframe.width || 300) + 'px';
    host.style.height = (Math.round(rect.height) || +iframe.height || 150) + 'px';
    shown.set(iframe, [host, iframe.style.display]);
    iframe.style.setProperty('display', 'none', 'important');
    iframe.before(host);
  };

  const update = () => {
    for (const iframe of Array.from(shown.keys())) if (api.allowed(idOf(iframe))) unplace(iframe);
  };

  /** An iframe left the page: its placeholder goes with it. */
  const drop = (iframe: Node) => {
    if (shown.has(iframe as HTMLIFrameElement) && !(iframe as Element).isConnected) {
      shown.get(iframe as HTMLIFrameElement)![0].remove();
      shown.delete(iframe as HTMLIFrameElement);
    }
  };

  return { place, update, drop };
}
