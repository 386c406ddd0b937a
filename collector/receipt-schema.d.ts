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
}
export const UUID: RegExp;
export function validateReceipt(body: unknown, site: { categories: string[]; services: string[] | null; allowedOrigins: string[] }, now?: number): { receipt?: Receipt; problems?: string[] };
