/** A stored receipt, as either database returns it (see migrations.js for the columns). */
export interface ReceiptRow {
  receipt_id: string;
  consent_id: string;
  decided_at: string;
  /** Epoch ms; PostgreSQL's BIGINT arrives as a string. */
  received_at: number | string;
  received_day: string;
  revision: string;
  method: string;
  categories: string;
  services: string;
  gpc: boolean | number;
  language: string;
  url: string;
  version: string;
  client: string | null;
  browser: string;
  /** Since migration 2; null in rows from gates that did not send them. */
  region: string | null;
  rule: string | null;
  minor: boolean | number | null;
  /** JSON `{ category: boolean }`. */
  personalized: string | null;
  /** JSON `{ service: ISO time }`. */
  separate: string | null;
}

export interface StatsRows {
  daily: Array<{ day: string; method: string; n: number | string }>;
  latest: Array<{ revision: string; language: string; method: string; gpc: boolean; categories: string; rule: string | null; region: string | null; minor: boolean | null; n: number | string }>;
}

/** What the server needs from a database; storage/sqlite.js and storage/postgres.js implement it. */
export interface Store {
  kind: 'sqlite' | 'postgres';
  /** True when stored, false when this receipt id was already there. */
  insert(row: ReceiptRow): Promise<boolean>;
  history(consentId: string): Promise<ReceiptRow[]>;
  /** Rows received in [from, to) after the given key, in (received_at, receipt_id) order. */
  page(from: number, to: number, after: { receivedAt: number; receiptId: string }, limit: number): Promise<ReceiptRow[]>;
  stats(from: number, to: number): Promise<StatsRows>;
  /** Deletes rows received before `before` (epoch ms); resolves to how many. */
  purge(before: number): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** Where the collector writes its messages (console by default). */
export interface Log {
  info(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
