import type { StatsRows } from './storage/store';
type Methods = Record<'accept-all' | 'reject-all' | 'custom' | 'api', number>;
export interface Summary {
  visitors: number;
  methods: Methods;
  methodShares: Methods;
  categories: Record<string, { accepted: number; share: number }>;
  gpc: { visitors: number; share: number };
  /** Visitors whose latest decision is a child's (`minor`). */
  minors: { visitors: number; share: number };
}
export interface Stats extends Summary {
  from: string;
  to: string;
  decisions: number;
  perDay: Array<{ day: string; total: number } & Methods>;
  byRevision: Record<string, Summary>;
  byLanguage: Record<string, Summary>;
  /** By rule set in force; `not recorded` for receipts of gates before rules by region. */
  byRule: Record<string, Summary>;
  /** By visitor region; `unknown` when the receipt names none. */
  byRegion: Record<string, Summary>;
}
export function buildStats(rows: StatsRows, categories: string[], from: number, to: number): Stats;
