/**
 * PostgreSQL when DATABASE_URL is set, else the SQLite file. Drivers load only when used; they are optional
 * dependencies, so that sites using only the browser library do not install them.
 * @returns {Promise<import('./store').Store>}
 */
export async function openStore(settings) {
  const driver = async (file, pkg) => {
    try {
      return await import(file);
    } catch (e) {
      if (e?.code == 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(`'${pkg}'`)) {
        throw new Error(`the ${pkg} package is not installed: run npm install ${pkg} (it is an optional dependency of consentry)`);
      }
      throw e;
    }
  };
  if (settings.databaseUrl) return (await driver('./postgres.js', 'pg')).openPostgres(settings.databaseUrl);
  return (await driver('./sqlite.js', 'better-sqlite3')).openSqlite(settings.sqlitePath);
}
