/** @jsxRuntime classic */
/** @jsx h */
import { h, type ComponentChild } from 'preact';
import type { Store } from './store';
import { cookieName } from '../shared/cookie-name';
import { cookiesOf, isObject } from '../shared/config';
import { lifetimeText } from './lifetime';
import { contactLink } from './contact-link';
import { countryName } from './country-name';

const fact = (colon: string, label: string, value: ComponentChild, props?: { id?: string; class?: string }) => (
  <p {...props}>
    {label + colon}
    {value}
  </p>
);

/**
 * What the visitor is told about a partner, each when given: its purpose (`uid + 'd'`, which describes its
 * switch), the other handler it provides personal information to with its contact, where it is, which personal
 * information it receives, the cookies it sets with their lifetimes.
 */
export function serviceFacts(store: Store, id: string, uid: string) {
  const { texts: t, cfg, tag } = store;
  const svc = cfg.services[id];
  const about = t.services[id];
  const to = svc.recipient;
  const cookies = cookiesOf(svc);
  return [
    about?.purpose && fact(t.colon, t.purposeLabel, about.purpose, { id: uid + 'd' }),
    isObject(to) && fact(t.colon, t.recipientLabel, [String(to.name || ''), ' (', t.contactLabel + t.colon, contactLink(to.contact), ')']),
    typeof svc.country == 'string' && fact(t.colon, t.countryLabel, countryName(svc.country, tag)),
    about?.data && fact(t.colon, t.dataLabel, about.data),
    cookies.length > 0 &&
      fact(
        t.colon,
        t.cookies,
        cookies.map((c, i) => (
          <span>
            {i > 0 && ', '}
            <code>{cookieName(c.name)}</code>
            {c.lifetime && ` (${t.lifetime} ${lifetimeText(c.lifetime, tag)})`}
          </span>
        )),
        { class: 'ck' },
      ),
  ];
}
