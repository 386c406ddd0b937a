import type { Catalogue, Report } from './scan';
export function servicesLiteral(suggested: Report['suggestedConfig'], catalogue?: Catalogue): string;
