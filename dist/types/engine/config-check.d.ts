/**
 * The full diagnostics of a site owner's config: one message per mistake, naming the field, what was written
 * and what to write instead. Any mistake makes the config unusable, so that nothing non-essential runs until
 * it is fixed. What merely has no effect is a warning.
 */
export declare function checkConfig(input: unknown): string[];
