/** A random version 4 UUID; works on http pages too, where `crypto.randomUUID` is missing. */
export declare function uuid(): string;
