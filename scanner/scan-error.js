/** A reason the scan could not run (no browser, a page that does not load): the CLI exits 2 with its message. */
export class ScanError extends Error {
  name = 'ScanError';
}
