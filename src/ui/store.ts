import { signal, type Signal } from '@preact/signals';
import type { Choices, ConsentryApi, ResolvedConfig, Snapshot, Texts, View } from '../shared/types';
import { needsSeparate } from '../shared/separate';
import { pendingSeparate } from './pending-separate';

/** What the visitor can decide in the UI, named by its button's `data-action`. */
export type Decision = 'acceptAll' | 'rejectAll' | 'save' | 'doNotSell' | 'dismiss' | 'minor' | 'separateAgree';

/** What every component reads: the gate's config, the texts, and the UI state as signals. */
export interface Store {
  cfg: ResolvedConfig;
  texts: Texts;
  tag: string;
  /** The view on screen, or null. */
  view: Signal<View | null>;
  snap: Signal<Snapshot>;
  /** The choices being edited in the preferences (category and service ids, `<category>.personalized`). */
  draft: Signal<Choices>;
  /** The preferences' "I am under {age}" switch. */
  minor: Signal<boolean>;
  /** The last decision could not be recorded: the view it came from is back, saying so. */
  failed: Signal<boolean>;
  /**
   * Records a decision through the gate's API and closes the UI; brings it back if the gate cannot record it.
   * After "Accept all" under `pipl`, asks for the separate consents it could not give; after "I am under
   * {age}", shows the notice for children.
   */
  decide(kind: Decision): void;
  show(view: View | null): void;
}

export function createStore(api: ConsentryApi, texts: Texts, tag: string): Store {
  const cfg = api.config;
  const snap = signal(api.get());
  const draft = signal<Choices>({});
  const minor = signal(false);
  const view = signal<View | null>(null);
  const failed = signal(false);
  // A decision made elsewhere (the site's own code, another tab's choice) closes the banner.
  const update = (s: Snapshot) => {
    snap.value = s;
    if (s.given && view.value == 'banner') view.value = null;
  };
  api.on('consent', update);
  api.on('change', update);

  /**
   * Where the preferences start: the current choice, else an older revision's choice, else nothing ticked. A
   * service that needs separate consent starts on only when it has it; personalised use, when no choice is in
   * force, follows its category except under `pipl`, where it is a step of its own.
   */
  const start = (): Choices => {
    const s = snap.value;
    const now = s.given || s.mode == 'opt-out';
    const from = now ? s : s.previous;
    const out: Choices = {};
    for (const id in cfg.categories) {
      out[id] = !!cfg.categories[id].required || !!from?.categories[id];
      if (cfg.categories[id].personalization) out[id + '.personalized'] = now ? !!s.personalized[id] : cfg.rule != 'pipl' && out[id];
    }
    for (const id in cfg.services) out[id] = needsSeparate(cfg, id) ? !!s.services[id] : from?.services[id] ?? out[cfg.services[id].category];
    return out;
  };

  const store: Store = {
    cfg,
    texts,
    tag,
    view,
    snap,
    draft,
    minor,
    failed,
    decide(kind) {
      const s = snap.value;
      const from = view.value;
      // In the preferences with "I am under {age}" switched on, every choice is a child's.
      const child = kind == 'minor' || (from == 'preferences' && minor.value);
      // Do not sell: every category that sells or shares data off (its partners follow it).
      const off: Choices = {};
      for (const id in cfg.categories) if (cfg.categories[id].sale) off[id] = false;
      const yes: Choices = {};
      for (const id of pendingSeparate(cfg, s)) yes[id] = true;
      const set = (c: Choices) => api.set(c, 'custom');
      const record = () =>
        kind == 'acceptAll' || kind == 'rejectAll'
          ? api[kind](kind == 'acceptAll' ? 'accept-all' : 'reject-all')
          : set(kind == 'save' ? draft.value : kind == 'dismiss' ? { ...s.categories, ...s.services } : kind == 'separateAgree' ? yes : off);
      // The gate records it (at once, or when its engine arrives) and announces it; the UI closes now. A child's
      // record switched off in the preferences is cleared first: the choice then counts.
      const done = child ? api.setMinor(true, 'custom') : s.minor && from == 'preferences' ? api.setMinor(false, 'custom').then(record) : record();
      failed.value = false;
      view.value = null;
      done.then(
        (next) => {
          if (child && !s.minor) view.value ||= 'minor';
          else if (kind == 'acceptAll' && pendingSeparate(cfg, next).length) view.value ||= 'separate';
        },
        // Nothing was recorded (the engine could not load): back to the same view, switches as they were.
        () => {
          failed.value = true;
          view.value ||= from;
        },
      );
    },
    show(next) {
      if (next == 'preferences' && view.value != 'preferences') {
        draft.value = start();
        minor.value = snap.value.minor;
      }
      failed.value = false;
      view.value = next;
    },
  };
  return store;
}
