/**
 * Schema migrations, in order, for both databases. A migration is never edited once released: add a new
 * one. `schema_migrations` records which ran; both adapters apply the missing ones in one transaction.
 */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'receipts',
    sqlite: `
      CREATE TABLE receipts (
        receipt_id TEXT PRIMARY KEY,
        consent_id TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        received_day TEXT NOT NULL,
        revision TEXT NOT NULL,
        method TEXT NOT NULL,
        categories TEXT NOT NULL,
        services TEXT NOT NULL,
        gpc INTEGER NOT NULL,
        language TEXT NOT NULL,
        url TEXT NOT NULL,
        version TEXT NOT NULL,
        client TEXT,
        browser TEXT NOT NULL
      );
      CREATE INDEX receipts_consent ON receipts (consent_id, received_at);
      CREATE INDEX receipts_received ON receipts (received_at, receipt_id);`,
    postgres: `
      CREATE TABLE receipts (
        receipt_id UUID PRIMARY KEY,
        consent_id UUID NOT NULL,
        decided_at TEXT NOT NULL,
        received_at BIGINT NOT NULL,
        received_day TEXT NOT NULL,
        revision TEXT NOT NULL,
        method TEXT NOT NULL,
        categories TEXT NOT NULL,
        services TEXT NOT NULL,
        gpc BOOLEAN NOT NULL,
        language TEXT NOT NULL,
        url TEXT NOT NULL,
        version TEXT NOT NULL,
        client TEXT,
        browser TEXT NOT NULL
      );
      CREATE INDEX receipts_consent ON receipts (consent_id, received_at);
      CREATE INDEX receipts_received ON receipts (received_at, receipt_id);`,
  },
  {
    // Rules by region: what the receipt of a PIPL consent names. NULL in rows from gates that did not send them.
    version: 2,
    name: 'receipts-rules-by-region',
    sqlite: `
      ALTER TABLE receipts ADD COLUMN region TEXT;
      ALTER TABLE receipts ADD COLUMN rule TEXT;
      ALTER TABLE receipts ADD COLUMN minor INTEGER;
      ALTER TABLE receipts ADD COLUMN personalized TEXT;
      ALTER TABLE receipts ADD COLUMN separate TEXT;`,
    postgres: `
      ALTER TABLE receipts ADD COLUMN region TEXT;
      ALTER TABLE receipts ADD COLUMN rule TEXT;
      ALTER TABLE receipts ADD COLUMN minor BOOLEAN;
      ALTER TABLE receipts ADD COLUMN personalized TEXT;
      ALTER TABLE receipts ADD COLUMN separate TEXT;`,
  },
];

/** The columns of a stored receipt, in insert order. */
export const COLUMNS = [
  'receipt_id', 'consent_id', 'decided_at', 'received_at', 'received_day', 'revision', 'method', 'categories', 'services', 'gpc', 'language', 'url', 'version', 'client', 'browser',
  'region', 'rule', 'minor', 'personalized', 'separate',
];

const json = (v) => (v === undefined ? null : JSON.stringify(v));
const parsed = (v) => (v == null ? null : JSON.parse(v));

/** A validated receipt and what the server knows about its arrival → a row. */
export function toRow(receipt, { receivedAt, client, browser }) {
  return {
    receipt_id: receipt.receiptId,
    consent_id: receipt.consentId,
    decided_at: receipt.time,
    received_at: receivedAt,
    received_day: new Date(receivedAt).toISOString().slice(0, 10),
    revision: receipt.revision,
    method: receipt.method,
    categories: JSON.stringify(receipt.categories),
    services: JSON.stringify(receipt.services),
    gpc: receipt.gpc,
    language: receipt.language,
    url: receipt.url,
    version: receipt.version,
    client,
    browser,
    region: receipt.region ?? null,
    rule: receipt.rule ?? null,
    minor: receipt.minor ?? null,
    personalized: json(receipt.personalized),
    separate: json(receipt.separate),
  };
}

/**
 * A row from either database → the receipt as the API shows it.
 * @param {import('./store').ReceiptRow} r
 */
export function fromRow(r) {
  return {
    receiptId: String(r.receipt_id),
    consentId: String(r.consent_id),
    time: r.decided_at,
    receivedAt: new Date(Number(r.received_at)).toISOString(),
    revision: r.revision,
    method: r.method,
    categories: JSON.parse(r.categories),
    services: JSON.parse(r.services),
    gpc: r.gpc === true || r.gpc === 1,
    language: r.language,
    url: r.url,
    version: r.version,
    client: r.client,
    browser: r.browser,
    // null: not sent (a gate before rules by region), or for `region` also unknown to the site.
    region: r.region ?? null,
    rule: r.rule ?? null,
    minor: r.minor == null ? null : r.minor === true || r.minor === 1,
    personalized: parsed(r.personalized),
    separate: parsed(r.separate),
  };
}
