/** Where the engine remembers the fingerprint of the last config it checked in full in this browser. */
export const CHECKED = 'consentry-checked';

/**
 * Whether the engine already checked the config of fingerprint `hash` in this browser: the stored record was
 * written under it, or (after the config changed) localStorage remembers it. The record answers first, so a
 * returning visit never touches localStorage, whose first use blocks the page for milliseconds.
 */
export function wasChecked(hash: string, recordHash: string | undefined): boolean {
  if (!hash) return false;
  if (recordHash == hash) return true;
  try {
    return localStorage.getItem(CHECKED) == hash;
  } catch {
    return false; // storage blocked: check every time the record does not answer
  }
}
