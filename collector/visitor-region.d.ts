/** `CN`, `US-CA`, or null when the headers do not say (or are not configured). */
export function regionFromHeaders(headers: Record<string, string | string[] | undefined>, names: { country: string | null; subregion?: string | null }): string | null;
