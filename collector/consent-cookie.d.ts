export function fnv(text: string): string;
export function readCookie(header: string | undefined, name: string): string | null;
export function reissue(
  value: string | null,
  receipt: { consentId: string; revision: string; time: string },
  cookie: { name: string; domain: string | null; days: number },
  secure: boolean,
  now?: number,
): string | null;
