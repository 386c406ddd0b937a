import { useEffect, useRef } from 'preact/hooks';
import type { View } from '../core/types';
import type { Store } from './store';
import { Banner } from './banner';
import { Preferences } from './preferences';

/**
 * The view on screen, in the UI's language and theme. Moves focus with the view: into the banner when
 * the page had nothing focused, into the preferences when they open, back to the "Customize" button
 * when they close over the banner, and back to where it was when the UI closes.
 */
export function App({ store }: { store: Store }) {
  const view = store.view.value;
  const ref = useRef<HTMLDivElement>(null);
  const last = useRef<View | null>(null);
  const before = useRef<Element | null>(null);
  useEffect(() => {
    const root = ref.current!;
    const was = last.current;
    const find = (sel: string) => root.querySelector<HTMLElement>(sel);
    last.current = view;
    if (!was) before.current = document.activeElement;
    if (view == 'preferences') find('.prefs')!.focus();
    else if (view == 'banner') {
      if (was) find('[data-action=customize]')?.focus();
      else if (!before.current || before.current == document.body) find('.banner')!.focus();
    } else if (was && before.current?.isConnected) (before.current as HTMLElement).focus?.();
  }, [view]);
  const theme = store.cfg.ui.theme || 'auto';
  return (
    <div ref={ref} class={'c ' + theme} dir={store.texts.dir || 'ltr'} lang={store.tag}>
      {view == 'banner' && <Banner store={store} />}
      {view == 'preferences' && <Preferences store={store} />}
    </div>
  );
}
