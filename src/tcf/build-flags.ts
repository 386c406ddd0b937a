// Swapped in for src/shared/build-flags.ts when rollup builds dist/consentry-tcf.js.
export const TCF: boolean = true;
