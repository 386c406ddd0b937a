export function hostOf(url: string): string;
export function isThirdParty(host: string, pageHost: string): boolean;
export function siteOf(host: string): string;
export function domainCovers(host: string, domain: string): boolean;
