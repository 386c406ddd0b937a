import { useLayoutEffect, useRef } from 'preact/hooks';
import type { View } from '../shared/types';

/**
 * Moves focus when the view changes, once its DOM is in place: into the banner when the page had nothing
 * focused or the visitor `asked` for it (the Do Not Sell link, which it may cover), into a dialog (the preferences, the separate consents, the notice for children) when it opens, back
 * to "Customize" when the preferences close over the banner, and back to where it was when the UI closes.
 * `box` holds the views.
 */
export function useFocus(view: View | null, box: { current: HTMLElement | null }, asked?: boolean): void {
  const last = useRef<View | null>(null);
  const before = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const was = last.current;
    last.current = view;
    const find = (sel: string) => box.current!.querySelector<HTMLElement>(sel);
    if (!was) before.current = document.activeElement;
    const back = before.current as HTMLElement | null;
    if (view == 'banner') {
      if (was) find('[data-action=customize]')?.focus();
      else if (asked || !back || back == document.body) find('.banner')!.focus();
    } else if (view) find('.prefs')!.focus();
    else if (was && back?.isConnected) back.focus?.();
  }, [view]);
}
