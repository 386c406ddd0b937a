import type { IncomingHttpHeaders } from 'node:http';

export const REGIONS: string[];
export const REGION_COOKIE: string;
/** The region from `?region=`, then the switcher's cookie, then CF-IPCountry / cf-region-code; null when unknown. */
export function pickRegion(query: URLSearchParams, headers: IncomingHttpHeaders): { region: string | null; chosen?: string };
export function regionCookie(chosen: string): string;
