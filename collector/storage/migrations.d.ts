import type { Receipt } from '../receipt-schema.js';
import type { ReceiptRow } from './store';
export const MIGRATIONS: Array<{ version: number; name: string; sqlite: string; postgres: string }>;
export const COLUMNS: string[];
export function toRow(receipt: Receipt, meta: { receivedAt: number; client: string | null; browser: string }): ReceiptRow;
export function fromRow(r: ReceiptRow): Receipt & { receivedAt: string; client: string | null; browser: string };
