import { DAY_MS, isoDay } from './date-range.js';

const METHODS = ['accept-all', 'reject-all', 'custom', 'api'];

const share = (n, total) => (total ? Math.round((n / total) * 1000) / 1000 : 0);

/** Visitors, methods and category acceptance of a set of `{ method, gpc, categories, n }` groups. */
function summary(groups, categories) {
  const visitors = groups.reduce((s, g) => s + g.n, 0);
  const methods = Object.fromEntries(METHODS.map((m) => [m, 0]));
  const accepted = Object.fromEntries(categories.map((c) => [c, 0]));
  let gpc = 0;
  let minors = 0;
  for (const g of groups) {
    methods[g.method] += g.n;
    if (g.gpc) gpc += g.n;
    if (g.minor) minors += g.n;
    const choices = JSON.parse(g.categories);
    for (const c of categories) if (choices[c]) accepted[c] += g.n;
  }
  return {
    visitors,
    methods,
    methodShares: Object.fromEntries(METHODS.map((m) => [m, share(methods[m], visitors)])),
    categories: Object.fromEntries(categories.map((c) => [c, { accepted: accepted[c], share: share(accepted[c], visitors) }])),
    gpc: { visitors: gpc, share: share(gpc, visitors) },
    minors: { visitors: minors, share: share(minors, visitors) },
  };
}

/** Group labels for receipts that do not say: gates before rules by region sent no rule, nor any region. */
const NO_RULE = 'not recorded';
const NO_REGION = 'unknown';

function groupBy(groups, key, categories) {
  const by = new Map();
  for (const g of groups) by.set(g[key], [...(by.get(g[key]) || []), g]);
  return Object.fromEntries([...by.keys()].sort().map((k) => [k, summary(by.get(k), categories)]));
}

/**
 * What a marketer reads: decisions per day (every receipt), and over each visitor's latest decision in the
 * range (one consent id = one visitor): the accept-all / reject-all / custom split, the share accepting
 * each category, the GPC share and the children's share, by policy revision, language, rule set and region.
 */
export function buildStats({ daily, latest }, categories, from, to) {
  const days = new Map();
  for (let t = from; t < to; t += DAY_MS) days.set(isoDay(t), Object.fromEntries([['total', 0], ...METHODS.map((m) => [m, 0])]));
  let decisions = 0;
  for (const row of daily) {
    const day = days.get(row.day);
    const n = Number(row.n);
    decisions += n;
    if (day) {
      day[row.method] += n;
      day.total += n;
    }
  }
  const groups = latest.map((g) => ({ ...g, n: Number(g.n), rule: g.rule || NO_RULE, region: g.region || NO_REGION }));
  return {
    from: isoDay(from),
    to: isoDay(to - DAY_MS),
    decisions,
    perDay: [...days].map(([day, counts]) => ({ day, ...counts })),
    ...summary(groups, categories),
    byRevision: groupBy(groups, 'revision', categories),
    byLanguage: groupBy(groups, 'language', categories),
    byRule: groupBy(groups, 'rule', categories),
    byRegion: groupBy(groups, 'region', categories),
  };
}
