import type { View } from '../../shared/types';

/**
 * Returns a function to call after each render: it moves focus when the view changes. Into the banner
 * when the page had nothing focused, into the preferences when they open, back to "Customize" when they
 * close over the banner, and back to where it was when the UI closes.
 */
export function createFocus(root: ShadowRoot): (view: View | null) => void {
  let last: View | null = null;
  let before: Element | null = null;
  return (view) => {
    const was = last;
    if (view == was) return;
    last = view;
    const find = (sel: string) => root.querySelector<HTMLElement>(sel);
    if (!was) before = document.activeElement;
    if (view == 'preferences') find('.prefs')!.focus();
    else if (view == 'banner') {
      if (was) find('[data-action=customize]')?.focus();
      else if (!before || before == document.body) find('.banner')!.focus();
    } else if (before?.isConnected) (before as HTMLElement).focus?.();
  };
}
