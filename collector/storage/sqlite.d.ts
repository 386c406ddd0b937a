import type { Store } from './store';
export function openSqlite(path: string): Store;
