/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { TcfStore } from './store';
import { Buttons } from './buttons';

/**
 * The first layer, as the TCF Policy asks: how many vendors, what they do (stacks, and purposes no stack
 * names), special features, that legitimate interest applies unless one objects, how to withdraw, and
 * Accept all / Reject all / Manage options with equal weight.
 */
export function Banner({ store }: { store: TcfStore }) {
  const { t, data, cfg } = store;
  const inStacks = new Set(data.stacks.flatMap((s) => s.purposes));
  const sfInStacks = new Set(data.stacks.flatMap((s) => s.specialFeatures));
  const uses = [...data.stacks.map((s) => s.name), ...data.purposes.filter((p) => !inStacks.has(p.id)).map((p) => p.name)];
  const features = data.specialFeatures.filter((f) => !sfInStacks.has(f.id));
  const layout = cfg.ui.layout == 'box' || cfg.ui.layout == 'bar-top' ? cfg.ui.layout : 'bar';
  return (
    <section class={`banner tcf ${layout} ${layout == 'box' ? cfg.ui.position || 'bottom-right' : ''}`} role="region" aria-labelledby="bt" tabIndex={-1}>
      <h2 id="bt">{t.title}</h2>
      {store.again && <p class="note">{t.changed}</p>}
      <p>{t.intro.replace('{n}', String(data.vendors.length + data.atp.length))}</p>
      <p>{t.uses}</p>
      <ul class="uses">
        {uses.map((u) => (
          <li>{u}</li>
        ))}
      </ul>
      {features.length > 0 && <p>{t.specialFeatures}</p>}
      {features.length > 0 && (
        <ul class="uses">
          {features.map((f) => (
            <li>{f.name}</li>
          ))}
        </ul>
      )}
      {data.liPurposes.length > 0 && <p>{t.legitimateInterest}</p>}
      <p>
        {t.withdraw} <a href={cfg.policy.url}>{t.policyLink}</a>
      </p>
      <Buttons store={store} actions={['accept', 'reject', 'customize']} />
    </section>
  );
}
