#!/usr/bin/env node
import { readSettings } from './settings.js';
import { openStore } from './storage/open-store.js';
import { createCollector, createCollectorServer } from './server.js';
import { startPurge } from './retention.js';

/** `npx consentry-collector` / `npm run collector`: settings from the environment, then listen. */
async function main() {
  let settings;
  try {
    settings = readSettings();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const store = await openStore(settings);
  const purge = startPurge(store, settings.retentionDays);
  const server = createCollectorServer(createCollector(settings, store));
  server.on('error', (e) => {
    const why = e.code == 'EADDRINUSE' ? `port ${settings.port} is in use: set PORT to a free port` : e.message;
    console.error(`[consentry-collector] could not listen on ${settings.host}:${settings.port}: ${why}`);
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    const { port } = server.address();
    const where = store.kind == 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${settings.sqlitePath}`;
    console.log(`[consentry-collector] listening on http://${settings.host}:${port}, storing in ${where}`);
    if (!settings.allowedOrigins.length) console.warn('[consentry-collector] ALLOWED_ORIGINS is empty: browsers on other origins are refused');
    if (!settings.adminToken) console.warn('[consentry-collector] ADMIN_TOKEN is not set: history, export, stats and dashboard are off');
  });
  const stop = () => {
    purge.stop();
    server.close(() => store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error('[consentry-collector] could not start:', e.message);
  process.exit(1);
});
