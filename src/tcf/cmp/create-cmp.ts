import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { TCString, type GVL, type TCModel } from '@iabtechlabtcf/core';
import type { CmpContext } from '../gate-entry';
import type { TcfChoices, TcfCmpHandle } from '../cmp-contract';
import type { IdFlags } from '../types';
import { checkTcfConfig } from '../check-tcf-config';
import { categoriesFromTcf } from '../categories-from-tcf';
import { addtlConsent, consentedInAddtlConsent } from '../addtl-consent';
import { loadVendorList } from './vendor-list';
import { scopeOf, type Scope } from './scope';
import { allChoices, choicesOf, encodeChoices, isCurrent, snapshotOf } from './tc-model';
import { viewOf } from './view';
import { AC_COOKIE, readCookie, TC_COOKIE, writeTcCookies } from './tc-cookies';
import { error, warn } from '../../shared/log';

type TCData = { addtlConsent?: string } | null;

/**
 * consentry-tcf-cmp.js: takes `__tcfapi` over from the stub with the IAB's CmpApi, reads the vendor list and
 * the stored TC string, and answers: `tcloaded` with a current string; `cmpuishown` whenever the banner
 * shows; `useractioncomplete` after each decision. A stored string of another vendor list version (or that
 * lacks a vendor now configured) asks the visitor again, as does a missing Consentry record.
 */
export function createCmp({ api, link, tcf }: CmpContext): void {
  const problems = checkTcfConfig(tcf);
  let ac: string | null = null;
  const cmpApi = new CmpApi(problems.length ? 2 : tcf.cmpId, problems.length ? 0 : tcf.cmpVersion, true, {
    // Google's Additional Consent travels in TCData (https://support.google.com/admanager/answer/9681920).
    getTCData: (next: (data: TCData, ok: boolean) => void, data: TCData, ok: boolean) => {
      if (data && ac) data.addtlConsent = ac;
      next(data, ok);
    },
  });
  const refuse = (message: string) => {
    error(message + '. No TC string is made and nothing non-essential runs.');
    cmpApi.disable();
    link.gate!.disable();
    link.load(null);
  };
  if (problems.length) return problems.forEach(refuse);

  loadVendorList(tcf.vendorListUrl).then(
    (gvl) => run(gvl, scopeOf(gvl, tcf)),
    (e) => refuse(`could not read the vendor list at config.tcf.vendorListUrl (${tcf.vendorListUrl}): ${e?.message || e}`),
  );

  function run(gvl: GVL, scope: Scope): void {
    const cfg = api.config;
    const atpIds = scope.atp.map((p) => p.id);
    const acOf = (atp: IdFlags | null) => (atpIds.length ? addtlConsent(atpIds, atp) : null);
    const stored = readCookie(TC_COOKIE);
    let model: TCModel | null = null;
    try {
      if (stored) model = TCString.decode(stored);
    } catch {
      error(`the stored ${TC_COOKIE} cookie is not a TC string; asking the visitor again`);
    }
    const earlier = model && choicesOf(model, scope, consentedInAddtlConsent(readCookie(AC_COOKIE)) || {});
    /** The TC string on record and its choice, while it answers for this site. */
    let onRecord = model && isCurrent(model, gvl, tcf, scope) && api.get().given ? { tcString: stored!, model, choices: earlier! } : null;
    const untouched = allChoices(scope, false, true);

    const handle: TcfCmpHandle = {
      async view(language) {
        try {
          await gvl.changeLanguage(language);
        } catch {
          warn(`no ${language} translation of the vendor list next to ${tcf.vendorListUrl}: purposes are shown in English`);
        }
        return viewOf(gvl, scope);
      },
      start: () => onRecord?.choices || earlier || untouched,
      asksAgain: () => !onRecord && !!earlier,
      all: (value) => allChoices(scope, value),
      decide(choices: TcfChoices, method) {
        const categories = categoriesFromTcf(choices.purposes, cfg.categories, tcf.categories);
        if (link.gate!.disabled()) return api.set(categories, method); // reports why nothing is recorded
        const tcString = encodeChoices(gvl, tcf, scope, choices, onRecord?.model.created);
        ac = acOf(choices.atp);
        writeTcCookies(cfg, tcString, ac);
        onRecord = { tcString, model: TCString.decode(tcString), choices };
        link.state = snapshotOf(tcString, ac, scope);
        cmpApi.update(tcString, false);
        return api.set(categories, method);
      },
    };

    // Whenever the banner or the preferences show: the string on record, else transparency only (legitimate
    // interests on, no consent), as the CMP API asks for `cmpuishown`.
    api.on('show', () => {
      if (!onRecord) ac = acOf(null);
      cmpApi.update(onRecord?.tcString || encodeChoices(gvl, tcf, scope, untouched), true);
    });
    link.provide!(handle);
    if (onRecord) {
      ac = acOf(earlier!.atp);
      cmpApi.update(onRecord.tcString, false);
      link.load(snapshotOf(onRecord.tcString, ac, scope));
    } else if (model && api.get().given) {
      // The vendor list changed since the choice (or a vendor was added): the Consentry record goes too,
      // so that Consentry's own tags and Consent Mode wait for the new choice with the TCF vendors.
      api.reset().finally(() => link.load(null));
    } else link.load(null);
  }
}
