import type { EventMap } from '../shared/types';
/**
 * One place that announces state: `on()` listeners, a `consentry:<name>` window event, and a
 * `consentry_<name>` dataLayer entry for tag managers. A throwing listener never stops the others.
 */
export declare function createEvents(dataLayer: string | false): {
    on<E extends keyof EventMap>(name: E, fn: (detail: EventMap[E]) => void): () => void;
    emit<E extends keyof EventMap>(name: E, detail: EventMap[E], announce?: boolean): void;
};
/** Pushes to the named global array, creating it when the page has none yet. */
export declare function pushTo(name: string, entry: unknown): void;
