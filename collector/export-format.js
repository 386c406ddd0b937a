/** Receipts as CSV (one column per site category) or JSON lines, for a regulator or a spreadsheet. */

const BASE = ['receiptId', 'consentId', 'time', 'receivedAt', 'revision', 'method', 'gpc', 'language', 'url', 'version', 'browser', 'client'];

/** Quotes when needed; a leading = + - @ is defused so spreadsheets never run a cell as a formula. */
export function csvCell(v) {
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** After the services, so that spreadsheets made before rules by region keep their columns. */
const REGIONAL = ['rule', 'region', 'minor'];
const jsonCell = (v) => (v == null ? '' : JSON.stringify(v));

export function csvHeader(categories) {
  return [...BASE, ...categories.map((c) => 'category:' + c), 'services', ...REGIONAL, 'personalized', 'separate'].map(csvCell).join(',') + '\r\n';
}

export function csvLine(r, categories) {
  const cells = [
    ...BASE.map((k) => r[k]),
    ...categories.map((c) => (c in r.categories ? r.categories[c] : '')),
    JSON.stringify(r.services),
    ...REGIONAL.map((k) => r[k]),
    jsonCell(r.personalized),
    jsonCell(r.separate),
  ];
  return cells.map(csvCell).join(',') + '\r\n';
}

export const jsonLine = (r) => JSON.stringify(r) + '\n';
