import type { Catalogue, Report, SeenCookie, Step, StepName, Violation } from './scan';
export const STEP_TITLES: Record<StepName, string>;
export function cookieSource(cookie: SeenCookie): string;
export function choiceText(step: Step): string;
export function violationText(violation: Violation): string;
export function textReport(report: Report, options?: { catalogue?: Catalogue }): string;
