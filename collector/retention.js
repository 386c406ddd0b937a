/**
 * Deletes receipts older than the retention period, now and then every hour. Returns a stop function.
 * Errors are logged, never thrown: a database hiccup must not stop the collector.
 * @param {import('./storage/store').Store} store
 * @param {number} days
 * @param {{ every?: number, now?: () => number, log?: import('./storage/store').Log }} [options]
 */
export function startPurge(store, days, { every = 3600000, now = () => Date.now(), log = console } = {}) {
  const run = async () => {
    try {
      const removed = await store.purge(now() - days * 86400000);
      if (removed) log.info(`[consentry-collector] retention: deleted ${removed} receipts older than ${days} days`);
      return removed;
    } catch (e) {
      log.error('[consentry-collector] retention purge failed:', e.message);
      return 0;
    }
  };
  const first = run();
  const timer = setInterval(run, every);
  timer.unref();
  return { first, run, stop: () => clearInterval(timer) };
}
