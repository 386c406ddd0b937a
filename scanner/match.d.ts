type CookieEntry = string | { name: string };
type Services = Readonly<Record<string, { hosts?: readonly string[]; cookies?: readonly CookieEntry[] }>>;
export function hostCovers(entry: string, url: string): boolean;
export function cookieName(entry: CookieEntry): string;
export function cookieCovers(entry: CookieEntry, name: string): boolean;
export function serviceByUrl(services: Services, url: string): string | null;
export function serviceByCookie(services: Services, name: string): string | null;
export function cookieEntry(service: { cookies?: readonly CookieEntry[] } | undefined, name: string): CookieEntry | null;
