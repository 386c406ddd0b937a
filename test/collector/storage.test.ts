import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../collector/storage/postgres.js';
import { openSqlite } from '../../collector/storage/sqlite.js';
import { fromRow, toRow } from '../../collector/storage/migrations.js';
import { validateReceipt } from '../../collector/receipt-schema.js';
import { buildStats } from '../../collector/stats.js';
import { freshPostgres, openTestStore, receipt, tempFile, type StoreKind } from './helpers';

const categories = ['necessary', 'preferences', 'analytics', 'advertising'];
const site = { categories, services: null, allowedOrigins: [] };
const DAY = 86400000;
const T0 = Date.UTC(2026, 10, 1, 12);

const row = (over: Record<string, unknown>, receivedAt = T0) => {
  const { receipt: r, problems } = validateReceipt(receipt({ time: new Date(receivedAt).toISOString(), ...over }), site, receivedAt + DAY);
  if (!r) throw new Error(problems!.join());
  return toRow(r!, { receivedAt, client: '203.0.113.0', browser: 'Firefox 120' });
};

describe.each<StoreKind>(['sqlite', 'postgres'])('%s store', (kind) => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());
  const open = async () => {
    const t = await openTestStore(kind);
    close = t.close;
    return t;
  };

  it('stores a receipt once, whatever the number of retries', async () => {
    const { store } = await open();
    const r = row({});
    expect(await store.insert(r)).toBe(true);
    expect(await store.insert(r)).toBe(false);
    expect(await store.insert({ ...r, method: 'reject-all' })).toBe(false);
    expect(await store.count()).toBe(1);
  });

  it("gives one consent id's full history in order, as it was sent", async () => {
    const { store } = await open();
    const consentId = 'c6a5b1a8-7d1e-4e0f-9d53-2f0f1b6a9c11';
    await store.insert(row({ consentId, method: 'reject-all', categories: { necessary: true, analytics: false } }, T0 + 5000));
    await store.insert(row({ consentId, method: 'accept-all' }, T0));
    await store.insert(row({}, T0 + 1000));
    const history = (await store.history(consentId)).map(fromRow);
    expect(history.map((h: { method: string }) => h.method)).toEqual(['accept-all', 'reject-all']);
    expect(history[1]).toMatchObject({ consentId, gpc: false, categories: { necessary: true, analytics: false }, url: 'http://shop.example/products', browser: 'Firefox 120', receivedAt: new Date(T0 + 5000).toISOString() });
  });

  it('pages through a date range in a stable order', async () => {
    const { store } = await open();
    for (let i = 0; i < 7; i++) await store.insert(row({}, T0 + (i % 3) * 1000));
    await store.insert(row({}, T0 + 10 * DAY));
    const seen: string[] = [];
    let after = { receivedAt: -1, receiptId: '' };
    for (;;) {
      const page = await store.page(T0, T0 + DAY, after, 3);
      seen.push(...page.map((r: { receipt_id: string }) => String(r.receipt_id)));
      if (page.length < 3) break;
      const last = page[page.length - 1];
      after = { receivedAt: Number(last.received_at), receiptId: String(last.receipt_id) };
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('computes the statistics a marketer reads', async () => {
    const { store } = await open();
    const returning = 'a1b2c3d4-0000-4000-8000-000000000001';
    await store.insert(row({ consentId: returning, method: 'reject-all', categories: { necessary: true, preferences: false, analytics: false, advertising: false } }, T0));
    await store.insert(row({ consentId: returning, method: 'custom', categories: { necessary: true, preferences: false, analytics: true, advertising: false } }, T0 + DAY));
    await store.insert(row({ language: 'zh-Hans', gpc: true, method: 'reject-all', categories: { necessary: true, preferences: false, analytics: false, advertising: false } }, T0 + DAY));
    await store.insert(row({ revision: '2026-01-01' }, T0 + DAY));
    const from = Date.UTC(2026, 10, 1);
    const s = buildStats(await store.stats(from, from + 3 * DAY), categories, from, from + 3 * DAY);
    expect(s.decisions).toBe(4);
    expect(s.perDay).toEqual([
      { day: '2026-11-01', total: 1, 'accept-all': 0, 'reject-all': 1, custom: 0, api: 0 },
      { day: '2026-11-02', total: 3, 'accept-all': 1, 'reject-all': 1, custom: 1, api: 0 },
      { day: '2026-11-03', total: 0, 'accept-all': 0, 'reject-all': 0, custom: 0, api: 0 },
    ]);
    // Three visitors; the returning one counts with their latest decision (custom, analytics on).
    expect(s.visitors).toBe(3);
    expect(s.methods).toEqual({ 'accept-all': 1, 'reject-all': 1, custom: 1, api: 0 });
    expect(s.categories.analytics).toEqual({ accepted: 2, share: 0.667 });
    expect(s.categories.advertising).toEqual({ accepted: 1, share: 0.333 });
    expect(s.gpc).toEqual({ visitors: 1, share: 0.333 });
    expect(Object.keys(s.byRevision)).toEqual(['2020-09-25', '2026-01-01']);
    expect(s.byRevision['2026-01-01'].methods['accept-all']).toBe(1);
    expect(s.byLanguage['zh-Hans']).toMatchObject({ visitors: 1, gpc: { visitors: 1, share: 1 } });
  });

  it('purges receipts older than the retention period and keeps the rest', async () => {
    const { store } = await open();
    await store.insert(row({}, T0 - 400 * DAY));
    await store.insert(row({}, T0 - 2 * DAY));
    await store.insert(row({}, T0));
    expect(await store.purge(T0 - 395 * DAY)).toBe(1);
    expect(await store.count()).toBe(2);
  });
});

describe('migrations', () => {
  it('SQLite: reopening a file keeps its receipts and does not migrate twice', async () => {
    const path = tempFile('m.sqlite');
    const a = openSqlite(path);
    await a.insert(row({}));
    await a.close();
    const b = openSqlite(path);
    expect(await b.count()).toBe(1);
    await b.close();
  });

  it('PostgreSQL: collectors starting at once against one database migrate it once', async () => {
    const db = await freshPostgres();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgres(db.url, { max: 2 })));
      await stores[0].insert(row({}));
      expect(await stores[3].count()).toBe(1);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await db.drop();
    }
  });
});

describe('several collector processes on one PostgreSQL database', () => {
  it('lose and duplicate nothing when they receive the same receipts concurrently', async () => {
    const db = await freshPostgres();
    try {
      const a = await openPostgres(db.url);
      const b = await openPostgres(db.url);
      const rows = Array.from({ length: 300 }, () => row({}));
      // Every receipt arrives twice, once through each process (a retried beacon), in parallel.
      const results = await Promise.all(rows.flatMap((r) => [a.insert(r), b.insert(r)]));
      expect(results.filter(Boolean)).toHaveLength(300);
      expect(await a.count()).toBe(300);
      await a.close();
      await b.close();
    } finally {
      await db.drop();
    }
  });
});
