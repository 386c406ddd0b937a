/**
 * Only a CMP registered with IAB Europe may make TC strings, and its id goes into every one. The IAB's own
 * libraries refuse ids below 2 (`TCModel.cmpId`, `new CmpApi()`). Returns the console message, or '' when
 * the id can be used.
 */
export function cmpIdProblem(tcf: unknown): string {
  const what = 'consentry-tcf.js needs config.tcf';
  if (typeof tcf != 'object' || !tcf) return `${what} = { cmpId, cmpVersion, vendorListUrl, vendors, publisherCountryCode }; it is missing`;
  const id = (tcf as { cmpId?: unknown }).cmpId;
  if (Number.isInteger(id) && (id as number) >= 2) return '';
  return `config.tcf.cmpId is ${JSON.stringify(id) ?? 'missing'}: write the id IAB Europe assigned to your registered CMP (a whole number from 2; https://iabeurope.eu/cmp-list/). Only a registered CMP may make TC strings`;
}
