import Database from 'better-sqlite3';
import { COLUMNS, MIGRATIONS } from './migrations.js';

const LATEST = `
  SELECT revision, language, method, gpc, categories, rule, region, minor, COUNT(*) AS n FROM (
    SELECT revision, language, method, gpc, categories, rule, region, minor,
      ROW_NUMBER() OVER (PARTITION BY consent_id ORDER BY received_at DESC, receipt_id DESC) AS rn
    FROM receipts WHERE received_at >= ? AND received_at < ?
  ) WHERE rn = 1 GROUP BY revision, language, method, gpc, categories, rule, region, minor`;

/**
 * The embedded store: one SQLite file, write-ahead log, each insert committed before it is acknowledged.
 * @param {string} path
 * @returns {import('./store').Store}
 */
export function openSqlite(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL survives a killed process (the log is in the OS); FULL would also survive power loss.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');

  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.transaction(() => {
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').all().map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();

  const insert = db.prepare(`INSERT INTO receipts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => '@' + c).join(', ')}) ON CONFLICT (receipt_id) DO NOTHING`);
  const history = db.prepare('SELECT * FROM receipts WHERE consent_id = ? ORDER BY received_at, receipt_id');
  const page = db.prepare('SELECT * FROM receipts WHERE received_at >= ? AND received_at < ? AND (received_at > ? OR (received_at = ? AND receipt_id > ?)) ORDER BY received_at, receipt_id LIMIT ?');
  const daily = db.prepare('SELECT received_day AS day, method, COUNT(*) AS n FROM receipts WHERE received_at >= ? AND received_at < ? GROUP BY received_day, method ORDER BY received_day');
  const latest = db.prepare(LATEST);
  const purge = db.prepare('DELETE FROM receipts WHERE received_at < ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM receipts');

  return {
    kind: 'sqlite',
    async insert(row) {
      return insert.run({ ...row, gpc: row.gpc ? 1 : 0, minor: row.minor == null ? null : row.minor ? 1 : 0 }).changes == 1;
    },
    async history(consentId) {
      return history.all(consentId);
    },
    async page(from, to, after, limit) {
      return page.all(from, to, after.receivedAt, after.receivedAt, after.receiptId, limit);
    },
    async stats(from, to) {
      return { daily: daily.all(from, to), latest: latest.all(from, to).map((r) => ({ ...r, gpc: r.gpc == 1, minor: r.minor == null ? null : r.minor == 1 })) };
    },
    async purge(before) {
      return purge.run(before).changes;
    },
    async count() {
      return count.get().n;
    },
    async close() {
      db.close();
    },
  };
}
