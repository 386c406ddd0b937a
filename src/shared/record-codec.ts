import type { Method, ResolvedConfig, Rule } from './types';
import { hash } from './hash';
import { optOut, RULES } from './rules';

/** What the consent cookie remembers. */
export interface ConsentRecord {
  id: string;
  /** Policy revision the choice was made under. Only its hash is stored; it is compared, never shown. */
  revision: string;
  /** Seconds since the epoch. */
  givenAt: number;
  updatedAt: number;
  method: Method;
  gpc: boolean;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  /** Fingerprint of the config the engine checked in full before writing this record ('' in format 1). */
  configHash: string;
  /** The rule set the decision was made under (null in formats 1 and 2: valid under any). */
  rule: Rule | null;
  /** A child's record (`setMinor(true)`): only the required categories run. */
  minor: boolean;
  /** Categories whose personalised use the visitor refused (absent: allowed with the category). */
  personalized: Record<string, boolean>;
  /** Service id → seconds since the epoch of its separate consent. */
  separate: Record<string, number>;
}

export type Decoded =
  | { status: 'none' }
  | { status: 'invalid' }
  | { status: 'expired' }
  | { status: 'stale'; record: ConsentRecord }
  | { status: 'valid'; record: ConsentRecord };

export const METHODS: Method[] = ['accept-all', 'reject-all', 'custom', 'api'];
/** A consent id as the engine makes them: 36 characters of a random UUID. */
const UUID = /^[\da-f-]{36}$/;
/** Times before this are not from this library. */
const EPOCH = 1.6e9;
/** Clock skew tolerated for times in the future. */
const SKEW = 86400;

/**
 * `3.<id>.<revision hash>.<given>.<updated>.<method><gpc><minor>.<categories>.<services on>.<services off>.<config hash>.<rule>.<not personalised>.<separate>.<checksum>`
 * Format 2 ends at the config hash.
 * `2.<id>.<revision hash>.<given>.<updated>.<method><gpc>.<categories>.<services on>.<services off>.<config hash>.<checksum>`
 * Categories are the hashes of the allowed ones; services only where they differ from their category, so
 * the cookie stays small whatever the ids' length (100 services: under 1 KB).
 */
export function encode(r: ConsentRecord, config: ResolvedConfig): string {
  const on: string[] = [];
  const off: string[] = [];
  for (const id in config.services) {
    const value = r.services[id];
    if (value !== undefined && value !== !!r.categories[config.services[id].category]) (value ? on : off).push(hash(id));
  }
  const separate: string[] = [];
  for (const id in r.separate) if (config.services[id]) separate.push(hash(id) + '-' + r.separate[id].toString(36));
  const body = [
    3,
    r.id,
    hash(r.revision),
    r.givenAt.toString(36),
    r.updatedAt.toString(36),
    METHODS.indexOf(r.method) + (r.gpc ? 'g' : '') + (r.minor ? 'm' : ''),
    Object.keys(r.categories).filter((id) => r.categories[id]).map(hash).join('_'),
    on.join('_'),
    off.join('_'),
    r.configHash,
    r.rule ? RULES.indexOf(r.rule) : '',
    Object.keys(r.personalized).filter((id) => config.categories[id] && !r.personalized[id]).map(hash).join('_'),
    separate.join('_'),
  ].join('.');
  return body + '.' + hash(body);
}

/** Reads a cookie value back against the current config. Never throws. */
export function decode(value: string | undefined, config: ResolvedConfig, now = Date.now() / 1000): Decoded {
  if (!value) return { status: 'none' };
  const parts = value.split('.');
  const check = parts.pop();
  const sum = hash(parts.join('.'));
  // Format 1 is format 2 without the config fingerprint; format 2 is format 3 without the last three parts.
  if (parts[0] == '1') parts.push('');
  if (parts[0] < '3') parts.push('', '', '');
  const [format, id, revision, given, updated, flags, cats, on, off, configHash, ruleIndex, noPersonal, separateList] = parts;
  const givenAt = parseInt(given, 36);
  const updatedAt = parseInt(updated, 36);
  const method = METHODS[parseInt(flags)];
  if (
    parts.length != 13 ||
    check != sum ||
    !/^[123]$/.test(format) ||
    !UUID.test(id) ||
    // One of the four methods, then 'g' when GPC was on, 'm' for a child's record.
    !/^[0-3]g?m?$/.test(flags) ||
    !/^[0-3]?$/.test(ruleIndex) ||
    !(givenAt >= EPOCH && givenAt <= updatedAt && updatedAt <= now + SKEW)
  ) {
    return { status: 'invalid' };
  }
  if (updatedAt + config.cookie.days * 86400 < now) return { status: 'expired' };

  const has = (list: string, key: string) => list.split('_').indexOf(hash(key)) >= 0;
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const cat in config.categories) categories[cat] = has(cats, cat);
  const personalized: Record<string, boolean> = {};
  const separate: Record<string, number> = {};
  for (const svc in config.services) {
    services[svc] = has(on, svc) || (!has(off, svc) && categories[config.services[svc].category]);
    const given = separateList.match('(^|_)' + hash(svc) + '-(\\w+)');
    if (given) separate[svc] = parseInt(given[2], 36);
  }
  for (const cat in config.categories) if (config.categories[cat].personalization) personalized[cat] = !has(noPersonal, cat);
  const rule = ruleIndex ? RULES[+ruleIndex] : null;
  const record: ConsentRecord = {
    id,
    revision: config.policy.revision,
    givenAt,
    updatedAt,
    method,
    gpc: /g/.test(flags),
    categories,
    services,
    configHash,
    rule,
    minor: /m/.test(flags),
    personalized,
    separate,
  };
  // A choice made where things ran by default (`us`, `notice`) is not consent where the law asks first.
  const fits = !rule || !optOut(rule) || optOut(config.rule);
  return revision == hash(config.policy.revision) && fits ? { status: 'valid', record } : { status: 'stale', record };
}
