import type { Log, Store } from './storage/store';
export function startPurge(store: Store, days: number, options?: { every?: number; now?: () => number; log?: Log }): { first: Promise<number>; run: () => Promise<number>; stop: () => void };
