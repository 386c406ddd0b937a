import type { Catalogue, Findings, PageResult, SeenCookie, StepName, Violation } from './scan';
export const STEPS: StepName[];
export function isConsentryFile(url: string): boolean;
export function setterHost(cookie: SeenCookie): string;
export function isConsentCookie(cookie: SeenCookie, page: PageResult): boolean;
export function violations(pages: PageResult[], catalogue?: Catalogue): Violation[];
export function findings(pages: PageResult[]): Findings;
