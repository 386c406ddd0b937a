import pg from 'pg';
import { COLUMNS, MIGRATIONS } from './migrations.js';

/** Any number that fits: serializes migrations of collectors starting at once against one database. */
const MIGRATION_LOCK = 727100901;

const LATEST = `
  SELECT revision, language, method, gpc, categories, rule, region, minor, COUNT(*)::int AS n FROM (
    SELECT revision, language, method, gpc, categories, rule, region, minor,
      ROW_NUMBER() OVER (PARTITION BY consent_id ORDER BY received_at DESC, receipt_id DESC) AS rn
    FROM receipts WHERE received_at >= $1 AND received_at < $2
  ) t WHERE rn = 1 GROUP BY revision, language, method, gpc, categories, rule, region, minor`;

/**
 * The shared store: several collector processes may write to one PostgreSQL database. The receipt id is the
 * primary key, so a receipt sent twice (or retried through another process) is stored once.
 * @param {string} url
 * @param {{ max?: number }} [options]
 * @returns {Promise<import('./store').Store>}
 */
export async function openPostgres(url, { max = 10 } = {}) {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (e) => console.error('[consentry-collector] PostgreSQL connection lost:', e.message));

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }

  const insertSql = `INSERT INTO receipts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => '$' + (i + 1)).join(', ')}) ON CONFLICT (receipt_id) DO NOTHING`;
  const rows = async (text, values) => (await pool.query(text, values)).rows;

  return {
    kind: 'postgres',
    async insert(row) {
      return (await pool.query({ name: 'insert-receipt', text: insertSql, values: COLUMNS.map((c) => row[c]) })).rowCount == 1;
    },
    history: (consentId) => rows('SELECT * FROM receipts WHERE consent_id = $1 ORDER BY received_at, receipt_id', [consentId]),
    page: (from, to, after, limit) =>
      rows(
        'SELECT * FROM receipts WHERE received_at >= $1 AND received_at < $2 AND (received_at, receipt_id::text) > ($3, $4) ORDER BY received_at, receipt_id::text LIMIT $5',
        [from, to, after.receivedAt, after.receiptId, limit],
      ),
    async stats(from, to) {
      const daily = await rows('SELECT received_day AS day, method, COUNT(*)::int AS n FROM receipts WHERE received_at >= $1 AND received_at < $2 GROUP BY received_day, method ORDER BY received_day', [from, to]);
      return { daily, latest: await rows(LATEST, [from, to]) };
    },
    async purge(before) {
      return (await pool.query('DELETE FROM receipts WHERE received_at < $1', [before])).rowCount;
    },
    async count() {
      return Number((await rows('SELECT COUNT(*) AS n FROM receipts'))[0].n);
    },
    close: () => pool.end(),
  };
}
