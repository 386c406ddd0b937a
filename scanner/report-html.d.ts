import type { Catalogue, Report } from './scan';
export function htmlReport(report: Report, options?: { catalogue?: Catalogue; date?: Date }): string;
