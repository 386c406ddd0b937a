import { signal, type Signal } from '@preact/signals';
import type { Choices, ConsentryApi, ResolvedConfig, Snapshot, Texts, View } from '../shared/types';

/** What every component reads: the gate's config, the texts, and the UI state as signals. */
export interface Store {
  cfg: ResolvedConfig;
  texts: Texts;
  tag: string;
  /** The view on screen, or null. */
  view: Signal<View | null>;
  snap: Signal<Snapshot>;
  /** The choices being edited in the preferences (category and service ids). */
  draft: Signal<Choices>;
  /** The last decision could not be recorded: the view it came from is back, saying so. */
  failed: Signal<boolean>;
  /** Records a decision through the gate's API and closes the UI; brings it back if the gate cannot record it. */
  decide(kind: 'acceptAll' | 'rejectAll' | 'save' | 'doNotSell' | 'dismiss'): void;
  show(view: View | null): void;
}

export function createStore(api: ConsentryApi, texts: Texts, tag: string): Store {
  const cfg = api.config;
  const snap = signal(api.get());
  const draft = signal<Choices>({});
  const view = signal<View | null>(null);
  const failed = signal(false);
  // A decision made elsewhere (the site's own code, another tab's choice) closes the banner.
  const update = (s: Snapshot) => {
    snap.value = s;
    if (s.given && view.value == 'banner') view.value = null;
  };
  api.on('consent', update);
  api.on('change', update);

  /** Where the preferences start: the current choice, else an older revision's choice, else nothing ticked. */
  const start = (): Choices => {
    const s = snap.value;
    const from = s.given || s.mode == 'opt-out' ? s : s.previous;
    const out: Choices = {};
    for (const id in cfg.categories) out[id] = !!cfg.categories[id].required || !!from?.categories[id];
    for (const id in cfg.services) out[id] = from?.services[id] ?? out[cfg.services[id].category];
    return out;
  };

  const store: Store = {
    cfg,
    texts,
    tag,
    view,
    snap,
    draft,
    failed,
    decide(kind) {
      const s = snap.value;
      const from = view.value;
      // Do not sell: every category that sells or shares data off (its partners follow it).
      const off: Choices = {};
      for (const id in cfg.categories) if (cfg.categories[id].sale) off[id] = false;
      // The gate records it (at once, or when its engine arrives) and announces it; the UI closes now.
      const done =
        kind == 'acceptAll' || kind == 'rejectAll'
          ? api[kind](kind == 'acceptAll' ? 'accept-all' : 'reject-all')
          : api.set(kind == 'save' ? draft.value : kind == 'dismiss' ? { ...s.categories, ...s.services } : off, 'custom');
      failed.value = false;
      view.value = null;
      // Nothing was recorded (the engine could not load): back to the same view, switches as they were.
      done.catch(() => {
        failed.value = true;
        view.value ||= from;
      });
    },
    show(next) {
      if (next == 'preferences' && view.value != 'preferences') draft.value = start();
      failed.value = false;
      view.value = next;
    },
  };
  return store;
}
