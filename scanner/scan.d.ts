import type { Browser, BrowserContext } from 'playwright-core';

export type StepName = 'before' | 'reject' | 'accept';
export type Lifetime = string | Partial<Record<'minutes' | 'hours' | 'days' | 'months' | 'years', number>>;

/** One entry of the partner catalogue (dist/services.mjs). */
export interface CatalogueEntry {
  id: string;
  category: 'necessary' | 'preferences' | 'analytics' | 'advertising';
  hosts: readonly string[];
  cookies: readonly { name: string; lifetime: Lifetime; example?: string }[];
  recipient: { name: string; contact: string };
  country: string;
  policyUrl: string;
  purpose: Record<'en' | 'zh-Hans' | 'zh-Hant', string>;
  sources: readonly string[];
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

export interface SeenCookie {
  name: string;
  domain: string;
  path: string;
  /** ISO date, or 'session'. */
  expires: string;
  setBy: { via: 'set-cookie'; host: string; url: string } | { via: 'script'; url: string | null };
}
export interface SeenStorage {
  area: 'localStorage' | 'sessionStorage';
  key: string;
  /** URL of the script that wrote it with setItem, when known. */
  setBy: string | null;
}
export interface SeenRequest {
  url: string;
  host: string;
  /** Playwright's resource type: document, script, image, xhr, fetch, stylesheet, … */
  type: string;
  initiator: string | null;
}
export interface Step {
  cookies: SeenCookie[];
  storage: SeenStorage[];
  requests: SeenRequest[];
  choice: null | { by: 'banner' | 'api'; error?: string };
  consentryErrors: string[];
  settled: boolean;
  skipped?: string;
}
export interface ConsentrySeen {
  services: Record<string, { category: string; hosts: string[]; cookies: { name: string; lifetime?: Lifetime }[]; policyAnchor?: string }>;
  categories: Record<string, { required: boolean }>;
  cookieName: string;
}
export interface PageResult {
  url: string;
  host: string;
  consentry: ConsentrySeen | null;
  steps: Record<StepName, Step>;
}
export type Violation =
  | { page: string; step: StepName; kind: 'cookie' | 'storage'; name: string; initiator: string | null }
  | { page: string; step: StepName; kind: 'request'; host: string; initiator: string | null };
export interface SuggestedService {
  category: string;
  hosts: string[];
  cookies: Array<string | { name: string; lifetime: Lifetime }>;
  policyAnchor: string;
}
export interface Findings {
  consentryErrors: { page: string; step: StepName; text: string }[];
  unseenServices: { service: string; category: string }[];
  unlisted: { hosts: string[]; cookies: string[] };
}
export interface Report {
  pages: PageResult[];
  violations: Violation[];
  suggestedConfig: { services: Record<string, SuggestedService> };
  findings: Findings;
  /** PNG of the first page before any choice. */
  screenshot: Buffer | null;
}
export interface ScanOptions {
  /** Path of Chromium (default /usr/bin/chromium); ignored with `browser`. */
  chromium?: string;
  /** A browser to use instead of launching one (it stays open). */
  browser?: Browser;
  /** How many same-origin links of the first page to scan too. */
  pages?: number;
  /** Called with each fresh context before its page opens (to route requests). */
  route?: (context: BrowserContext) => unknown;
  /** Quiet window in ms (default 1000). */
  settle?: number;
  /** Longest wait for quiet in ms (default 15000). */
  timeout?: number;
  catalogue?: Catalogue;
  progress?: (line: string) => void;
}

export const NO_CONSENTRY: string;
export function scan(url: string, options?: ScanOptions): Promise<Report>;
export function toJSON(report: Report): { pages: { url: string; steps: Record<StepName, Step> }[]; violations: Violation[]; suggestedConfig: Report['suggestedConfig']; findings: Findings };
