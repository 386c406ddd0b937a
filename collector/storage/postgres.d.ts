import type { Store } from './store';
export function openPostgres(url: string, options?: { max?: number }): Promise<Store>;
