/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field and what it must
 * be. Any mistake makes the config unusable, so that nothing non-essential runs until it is fixed.
 */
export declare function checkConfig(input: unknown): string[];
