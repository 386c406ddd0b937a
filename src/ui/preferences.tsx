/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { buttons } from './buttons';
import { CategoryRow } from './category-row';
import { trapTab } from './focus-trap';
import { policyPageLink } from './policy-page-link';

/**
 * The second layer, a modal dialog: one row per category with its partners, then save, accept all and
 * reject all. Escape or the close control leaves without deciding: back to the banner while a choice is
 * still needed, else closed.
 */
export function Preferences({ store }: { store: Store }) {
  const { texts: t, cfg, snap } = store;
  const leave = () => store.show(snap.value.given ? null : 'banner');
  return (
    <div class="shade">
      <div
        class="prefs"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pt"
        aria-describedby="pd"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key == 'Escape') {
            e.stopPropagation();
            leave();
          } else trapTab(e, e.currentTarget);
        }}
      >
        <div class="head">
          <h2 id="pt">{t.preferencesTitle}</h2>
          <button type="button" class="x" aria-label={t.close} onClick={leave}>
            ×
          </button>
        </div>
        <div class="body">
          <p id="pd">
            {t.preferencesText} {policyPageLink(store, t.policyLink)}
          </p>
          {snap.value.gpc && <p class="note">{t.gpcHonoured}</p>}
          {Object.keys(cfg.categories).map((id, i) => (
            <CategoryRow store={store} id={id} uid={'c' + i} />
          ))}
        </div>
          {buttons(store, ['save', 'acceptAll', 'rejectAll'])}
      </div>
    </div>
  );
}
