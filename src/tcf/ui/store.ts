import { signal, type Signal } from '@preact/signals-core';
import type { ConsentryApi, ResolvedConfig, View } from '../../shared/types';
import type { TcfChoices, TcfCmpHandle, TcfView } from '../cmp-contract';
import type { TcfTexts } from './texts';

type Group = Exclude<keyof TcfChoices, never>;

/** What every TCF component reads: the gate's API, the CMP, the vendor list view, texts, and the UI state. */
export interface TcfStore {
  api: ConsentryApi;
  cfg: ResolvedConfig;
  cmp: TcfCmpHandle;
  data: TcfView;
  t: TcfTexts;
  tag: string;
  view: Signal<View | null>;
  /** The choice being edited in the preferences. */
  draft: Signal<TcfChoices>;
  /** A choice was made before, under another vendor list: the visitor is asked again. */
  again: boolean;
  set(group: Group, id: number, on: boolean): void;
  decide(kind: 'accept' | 'reject' | 'save'): void;
  show(view: View | null): void;
}

export function createTcfStore(api: ConsentryApi, cmp: TcfCmpHandle, data: TcfView, t: TcfTexts, tag: string, again: boolean): TcfStore {
  const view = signal<View | null>(null);
  const draft = signal<TcfChoices>(cmp.start());
  // A decision made elsewhere (the site's own code, another tab) closes the banner.
  api.on('consent', () => view.value == 'banner' && (view.value = null));
  return {
    api,
    cfg: api.config,
    cmp,
    data,
    t,
    tag,
    view,
    draft,
    again,
    set(group, id, on) {
      draft.value = { ...draft.value, [group]: { ...draft.value[group], [id]: on } };
    },
    decide(kind) {
      cmp.decide(kind == 'save' ? draft.value : cmp.all(kind == 'accept'), kind == 'save' ? 'custom' : kind == 'accept' ? 'accept-all' : 'reject-all');
      view.value = null;
    },
    show(next) {
      if (next == 'preferences' && view.value != 'preferences') draft.value = cmp.start();
      view.value = next;
    },
  };
}
