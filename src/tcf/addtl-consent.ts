import type { IdFlags } from './types';

/**
 * Google's Additional Consent string, version 2 (https://support.google.com/admanager/answer/9681920):
 * `2~{consented ATP ids}~dv.{disclosed ATP ids without consent}`, ids dot-separated, a provider in one list
 * only. Before a decision (`consented` null) every provider is disclosed only: `2~~dv.1.2.3`.
 */
export function addtlConsent(disclosed: number[], consented: IdFlags | null): string {
  const ids = [...new Set(disclosed)].sort((a, b) => a - b);
  return `2~${ids.filter((id) => consented?.[id]).join('.')}~dv.${ids.filter((id) => !consented?.[id]).join('.')}`;
}

/** The consented ATP ids of an AC string of version 2 (null when it is not one). */
export function consentedInAddtlConsent(ac: string | undefined): IdFlags | null {
  const m = /^2~([\d.]*)~dv\.([\d.]*)$/.exec(ac || '');
  if (!m) return null;
  const out: IdFlags = {};
  for (const id of m[1].split('.')) if (id) out[+id] = true;
  for (const id of m[2].split('.')) if (id) out[+id] = false;
  return out;
}
