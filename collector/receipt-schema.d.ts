export interface Receipt {
  receiptId: string;
  consentId: string;
  time: string;
  revision: string;
  method: 'accept-all' | 'reject-all' | 'custom' | 'api';
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  gpc: boolean;
  language: string;
  url: string;
  version: string;
  /** From gates with rules by region (absent from older ones): the visitor's region, or null when unknown. */
  region?: string | null;
  rule?: 'gdpr' | 'pipl' | 'us' | 'notice';
  minor?: boolean;
  /** Category id → its personalised use was allowed. */
  personalized?: Record<string, boolean>;
  /** Service id → ISO time of its separate consent. */
  separate?: Record<string, string>;
}
export const UUID: RegExp;
export function validateReceipt(body: unknown, site: { categories: string[]; services: string[] | null; allowedOrigins: string[] }, now?: number): { receipt?: Receipt; problems?: string[] };
