/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { contactLink } from './contact-link';
import { isObject } from '../shared/config';

/** The config's controller when it is one (`{ name, contact }`); the engine's check explains any other value. */
const controllerOf = (store: Store) => (isObject(store.cfg.controller) ? store.cfg.controller : null);

/** The first layer's line naming who handles the visitor's personal information and how to reach them. */
export function controllerLine(store: Store) {
  const t = store.texts;
  const c = controllerOf(store);
  return (
    c && (
      <p>
        {t.controllerText.replace('{name}', String(c.name || ''))}
        <br />
        {t.contactLabel + t.colon}
        {contactLink(c.contact)}
      </p>
    )
  );
}

/** The preferences' block about the same: name, contact, address. */
export function controllerBlock(store: Store) {
  const t = store.texts;
  const c = controllerOf(store);
  return (
    c && (
      <div class="cat">
        <h3>{t.controllerLabel}</h3>
        <p>{String(c.name || '')}</p>
        <p>
          {t.contactLabel + t.colon}
          {contactLink(c.contact)}
        </p>
        {c.address && <p>{t.addressLabel + t.colon + c.address}</p>}
      </div>
    )
  );
}
