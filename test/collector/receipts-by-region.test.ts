import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { validateReceipt } from '../../collector/receipt-schema.js';
import { openSqlite } from '../../collector/storage/sqlite.js';
import { openPostgres } from '../../collector/storage/postgres.js';
import { MIGRATIONS, fromRow, toRow } from '../../collector/storage/migrations.js';
import { buildStats } from '../../collector/stats.js';
import { SITE, freshPostgres, openTestStore, receipt, startCollector, tempFile, type StoreKind } from './helpers';

const categories = ['necessary', 'preferences', 'analytics', 'advertising'];
const site = { categories, services: ['site-analytics', 'ad-partner'], allowedOrigins: [SITE] };
const NOW = Date.now();
const AN_HOUR_AGO = new Date(Math.floor(NOW / 1000) * 1000 - 3600000).toISOString();

/** What a gate with rules by region sends for a PIPL consent. */
const pipl = (over: Record<string, unknown> = {}) =>
  receipt({
    services: { 'site-analytics': true, 'ad-partner': true },
    region: 'CN',
    rule: 'pipl',
    minor: false,
    personalized: { advertising: false },
    separate: { 'ad-partner': AN_HOUR_AGO },
    ...over,
  });

describe('receipts with rules by region', () => {
  it('accepts the region, the rule, the child flag, personalised use and separate consents', () => {
    const { receipt: clean, problems } = validateReceipt(pipl(), site, NOW);
    expect(problems).toBeUndefined();
    expect(clean).toMatchObject({ region: 'CN', rule: 'pipl', minor: false, personalized: { advertising: false }, separate: { 'ad-partner': AN_HOUR_AGO } });
  });

  it('accepts an unknown region (null) and the receipt of an older gate, which sends none of them', () => {
    expect(validateReceipt(pipl({ region: null, rule: 'gdpr' }), site, NOW).receipt).toMatchObject({ region: null, rule: 'gdpr' });
    const old = validateReceipt(receipt(), site, NOW).receipt!;
    expect(old).toBeDefined();
    for (const key of ['region', 'rule', 'minor', 'personalized', 'separate']) expect(key in old, key).toBe(false);
  });

  it.each([
    ['a region in lower case', { region: 'cn' }, 'region: must be an ISO 3166 code'],
    ['a region of three letters', { region: 'USA' }, 'region'],
    ['a subdivision that is too long', { region: 'US-CALI' }, 'region'],
    ['a region that is markup', { region: '<b>CN</b>' }, 'region'],
    ['an unknown rule', { rule: 'ccpa' }, 'rule: must be one of gdpr, pipl, us, notice'],
    ['a child flag as text', { minor: 'no' }, 'minor: must be true or false'],
    ['personalised use of an unknown category', { personalized: { marketing: true } }, 'personalized.marketing: not a category of this site'],
    ['personalised use as text', { personalized: { advertising: 'off' } }, 'personalized.advertising: must be true or false'],
    ['personalised use that is not an object', { personalized: [true] }, 'personalized: must be an object'],
    ['a separate consent for an unknown service', { separate: { tiktok: AN_HOUR_AGO } }, 'separate.tiktok: not a service of this site'],
    ['a separate consent without an ISO time', { separate: { 'ad-partner': true } }, 'separate.ad-partner: must be the ISO time'],
    ['a separate consent in the future', { separate: { 'ad-partner': new Date(NOW + 3 * 86400000).toISOString() } }, 'separate.ad-partner'],
    ['separate consents that are not an object', { separate: 'ad-partner' }, 'separate: must be an object'],
  ])('refuses %s', (_name, over, message) => {
    const { problems } = validateReceipt(pipl(over), site, NOW);
    expect(problems!.join('\n')).toContain(message);
  });

  it('takes any well-formed service id for separate consents when the site lists no services', () => {
    const open = { ...site, services: null };
    expect(validateReceipt(pipl({ services: {}, separate: { 'any-service': AN_HOUR_AGO } }), open, NOW).problems).toBeUndefined();
    expect(validateReceipt(pipl({ services: {}, separate: { 'no spaces': AN_HOUR_AGO } }), open, NOW).problems!.join()).toContain('not a valid id');
  });
});

const row = (over: Record<string, unknown>, receivedAt = NOW) => {
  const { receipt: r, problems } = validateReceipt(over, site, receivedAt + 86400000);
  if (!r) throw new Error(problems!.join());
  return toRow(r, { receivedAt, client: null, browser: 'Chrome 131' });
};

describe.each<StoreKind>(['sqlite', 'postgres'])('%s store with rules by region', (kind) => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());

  it("keeps a PIPL receipt's region, rule, child flag, personalised use and separate consents; an older receipt reads as null", async () => {
    const t = await openTestStore(kind);
    close = t.close;
    const consentId = 'c6a5b1a8-7d1e-4e0f-9d53-2f0f1b6a9c11';
    await t.store.insert(row(receipt({ consentId })));
    await t.store.insert(row(pipl({ consentId, minor: true }), NOW + 1000));
    const [old, now] = (await t.store.history(consentId)).map(fromRow);
    expect(old).toMatchObject({ region: null, rule: null, minor: null, personalized: null, separate: null });
    expect(now).toMatchObject({ region: 'CN', rule: 'pipl', minor: true, personalized: { advertising: false }, separate: { 'ad-partner': AN_HOUR_AGO } });
  });

  it('counts visitors by rule and by region, and the share of children', async () => {
    const t = await openTestStore(kind);
    close = t.close;
    await t.store.insert(row(pipl()));
    await t.store.insert(row(pipl({ minor: true, method: 'reject-all', categories: { necessary: true, preferences: false, analytics: false, advertising: false } })));
    await t.store.insert(row(pipl({ region: 'US-CA', rule: 'us' })));
    await t.store.insert(row(receipt()));
    const from = NOW - 86400000;
    const s = buildStats(await t.store.stats(from, NOW + 86400000), categories, from, NOW + 86400000);
    expect(Object.keys(s.byRule)).toEqual(['not recorded', 'pipl', 'us']);
    expect(s.byRule.pipl).toMatchObject({ visitors: 2, minors: { visitors: 1, share: 0.5 }, methods: { 'reject-all': 1 } });
    expect(Object.keys(s.byRegion)).toEqual(['CN', 'US-CA', 'unknown']);
    expect(s.byRegion['US-CA'].visitors).toBe(1);
    expect(s.minors).toEqual({ visitors: 1, share: 0.25 });
  });
});

describe('a database made before rules by region', () => {
  /** The schema as migration 1 left it, with one receipt in it. */
  const v1Row = () => {
    const r = row(receipt());
    return Object.fromEntries(Object.entries(r).filter(([k]) => !['region', 'rule', 'minor', 'personalized', 'separate'].includes(k)));
  };

  it('SQLite: is migrated in place, its receipts kept and read with null for the new fields', async () => {
    const path = tempFile('v1.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    db.exec(MIGRATIONS[0].sqlite);
    db.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(MIGRATIONS[0].name, new Date().toISOString());
    const old = v1Row();
    const cols = Object.keys(old);
    db.prepare(`INSERT INTO receipts (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run({ ...old, gpc: 0 });
    db.close();

    const store = openSqlite(path);
    try {
      expect(await store.count()).toBe(1);
      expect(fromRow((await store.history(String(old.consent_id)))[0])).toMatchObject({ consentId: old.consent_id, rule: null, region: null, minor: null });
      const r = row(pipl());
      expect(await store.insert(r)).toBe(true);
      expect(fromRow((await store.history(r.consent_id))[0])).toMatchObject({ rule: 'pipl', region: 'CN' });
    } finally {
      await store.close();
    }
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual([{ version: 1 }, { version: 2 }]);
    check.close();
  });

  it('PostgreSQL: is migrated in place, its receipts kept and read with null for the new fields', async () => {
    const db = await freshPostgres();
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      await client.query(MIGRATIONS[0].postgres);
      await client.query('INSERT INTO schema_migrations VALUES (1, $1, $2)', [MIGRATIONS[0].name, new Date().toISOString()]);
      const old = v1Row();
      const cols = Object.keys(old);
      await client.query(`INSERT INTO receipts (${cols.join(', ')}) VALUES (${cols.map((_, i) => '$' + (i + 1)).join(', ')})`, Object.values(old));
      await client.end();

      const store = await openPostgres(db.url);
      try {
        expect(await store.count()).toBe(1);
        expect(fromRow((await store.history(String(old.consent_id)))[0])).toMatchObject({ rule: null, region: null, minor: null, separate: null });
        const r = row(pipl({ minor: true }));
        expect(await store.insert(r)).toBe(true);
        expect(fromRow((await store.history(r.consent_id))[0])).toMatchObject({ rule: 'pipl', region: 'CN', minor: true });
      } finally {
        await store.close();
      }
    } finally {
      await db.drop();
    }
  });
});

let c: Awaited<ReturnType<typeof startCollector>>;
afterEach(() => c?.close());

describe('rules by region over HTTP', () => {
  it('stores the receipt of a PIPL consent, and shows rule, region and child flag in export and dashboard', async () => {
    c = await startCollector({ SITE_SERVICES: 'site-analytics,ad-partner' });
    const r = pipl({ minor: true });
    expect((await c.post(r)).status).toBe(201);
    const older = receipt();
    expect((await c.post(older)).status).toBe(201);
    const [history] = (await (await c.admin('/v1/receipts/' + r.consentId)).json()).receipts;
    expect(history).toMatchObject({ region: 'CN', rule: 'pipl', minor: true, personalized: { advertising: false }, separate: { 'ad-partner': AN_HOUR_AGO } });

    const csv = (await (await c.admin('/v1/receipts?format=csv')).text()).trim().split('\r\n');
    const head = csv[0].split(',');
    const line = (id: unknown) => csv.find((l) => l.startsWith(String(id)))!;
    // The JSON cells are quoted: split on commas outside quotes.
    const cells = (l: string) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, ''));
    const cell = (name: string) => cells(line(r.receiptId))[head.indexOf(name)];
    expect([cell('rule'), cell('region'), cell('minor')]).toEqual(['pipl', 'CN', 'true']);
    expect(cell('separate')).toBe(`"{""ad-partner"":""${AN_HOUR_AGO}""}"`);
    // A receipt from an older gate: the five columns are empty.
    expect(cells(line(older.receiptId)).slice(head.indexOf('rule'))).toEqual(['', '', '', '', '']);

    const html = await (await c.admin('/dashboard')).text();
    expect(html).toContain('<h2>By rule</h2>');
    expect(html).toContain('<th scope="row">pipl</th>');
    expect(html).toContain('<th scope="row">not recorded</th>');
    expect(html).toContain('<h2>By region</h2>');
    expect(html).toContain('<th scope="row">CN</th>');
    expect(html).toContain('<th scope="col">Under age</th>');
  });

  it('answers 400 naming the field for a receipt with a wrong rule', async () => {
    c = await startCollector();
    const res = await c.post(pipl({ services: {}, separate: {}, rule: 'lgpd' }));
    expect(res.status).toBe(400);
    expect((await res.json()).problems).toEqual(['rule: must be one of gdpr, pipl, us, notice']);
  });
});
