/**
 * Build-time switches. The plain builds import this file, so every `if (TCF)` branch is removed from them;
 * the TCF build of the gate (dist/consentry-tcf.js) is given src/tcf/build-flags.ts instead.
 */
export declare const TCF: boolean;
