/** FNV-1a, 32 bits, in base 36: short stable ids for the cookie and a checksum against tampering. */
export declare function hash(text: string): string;
