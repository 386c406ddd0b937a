/**
 * PostgreSQL when DATABASE_URL is set, else the SQLite file. Drivers load only when used.
 * @returns {Promise<import('./store').Store>}
 */
export async function openStore(settings) {
  if (settings.databaseUrl) return (await import('./postgres.js')).openPostgres(settings.databaseUrl);
  return (await import('./sqlite.js')).openSqlite(settings.sqlitePath);
}
