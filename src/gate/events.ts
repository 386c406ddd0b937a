import type { EventMap } from '../shared/types';
import { error } from '../shared/log';

type Listener = (detail: never) => void;

/**
 * One place that announces state: `on()` listeners, a `consentry:<name>` window event, and a
 * `consentry_<name>` dataLayer entry for tag managers. A throwing listener never stops the others.
 */
export function createEvents(dataLayer: string | false) {
  const listeners: Record<string, Set<Listener>> = {};

  return {
    on<E extends keyof EventMap>(name: E, fn: (detail: EventMap[E]) => void): () => void {
      const list = (listeners[name] ||= new Set());
      list.add(fn as Listener);
      return () => list.delete(fn as Listener);
    },
    emit<E extends keyof EventMap>(name: E, detail: EventMap[E], announce = true): void {
      for (const fn of [...(listeners[name] || [])]) {
        try {
          (fn as (d: EventMap[E]) => void)(detail);
        } catch (e) {
          error(`a '${name}' listener threw`, e);
        }
      }
      if (!announce) return;
      dispatchEvent(new CustomEvent('consentry:' + name, { detail }));
      if (dataLayer) pushTo(dataLayer, { event: 'consentry_' + name, consentry: detail });
    },
  };
}

/** Pushes to the named global array, creating it when the page has none yet. */
export function pushTo(name: string, entry: unknown): void {
  const w = window as unknown as Record<string, unknown[]>;
  (w[name] ||= []).push(entry);
}
