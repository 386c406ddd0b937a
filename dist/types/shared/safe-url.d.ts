/** Only http(s) and relative URLs may be released or loaded; `javascript:` and `data:` never. */
export declare function safeUrl(url: string): boolean;
