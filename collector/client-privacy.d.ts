export function clientTag(ip: string | undefined, secret: string | null): string | null;
export function browserOf(userAgent: string | undefined): string;
