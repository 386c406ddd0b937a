/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { buttons } from './buttons';
import { CategoryRow } from './category-row';
import { Dialog } from './dialog';
import { controllerBlock } from './controller';
import { policyPageLink } from './policy-page-link';
import { toggle } from './switch';
import { childAge, withAge } from './with-age';

/**
 * The second layer, a modal dialog: who handles the visitor's information, "I am under {age}" when the site
 * offers it (while on, the other switches wait), one row per category with its partners, then save, accept all
 * and reject all. Escape or the close control leaves without deciding: back to the banner while a choice is
 * still needed, else closed.
 */
export function Preferences({ store }: { store: Store }) {
  const { texts: t, cfg, snap, minor } = store;
  const leave = () => store.show(snap.value.given ? null : 'banner');
  return (
    <Dialog
      store={store}
      name="preferences"
      title={t.preferencesTitle}
      text={[t.preferencesText, ' ', policyPageLink(store, t.policyLink)]}
      leave={leave}
      foot={buttons(store, ['save', 'acceptAll', 'rejectAll'])}
    >
      {snap.value.gpc && <p class="note">{t.gpcHonoured}</p>}
      {controllerBlock(store)}
      {childAge(cfg) > 0 && (
        <div class="cat row">
          <h3 id="mn">{withAge(store, t.minorButton)}</h3>
          {toggle('mn', minor.value, () => (minor.value = !minor.value))}
        </div>
      )}
      {Object.keys(cfg.categories).map((id, i) => (
        <CategoryRow store={store} id={id} uid={'c' + i} />
      ))}
    </Dialog>
  );
}
