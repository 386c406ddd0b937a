export interface Settings {
  port: number;
  host: string;
  databaseUrl: string | null;
  sqlitePath: string;
  allowedOrigins: string[];
  adminToken: string | null;
  retentionDays: number;
  categories: string[];
  services: string[] | null;
  bodyLimit: number;
  rate: { limit: number; windowMs: number } | null;
  trustProxy: boolean;
  clientSecret: string | null;
  setCookie: boolean;
  /** Request header with the visitor's country (`cf-ipcountry`), lower case; null: the region is unknown. */
  regionHeader: string | null;
  /** Request header with the visitor's subdivision (`cf-region-code`: `CA`), giving `US-CA`. */
  subregionHeader: string | null;
  cookie: { name: string; domain: string | null; days: number; secure: boolean | 'auto' };
}
export function parseRate(text: string | undefined): { limit: number; windowMs: number } | null | undefined;
/** Throws one Error listing every wrong variable and its fix. */
export function readSettings(env?: Record<string, string | undefined>): Settings;
