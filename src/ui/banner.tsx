/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { Buttons } from './buttons';
import { trapTab } from './focus-trap';
import { revisionDate } from './revision-date';

/**
 * The first layer: what the site does, the policy link with its revision date, and equal choices.
 * A bar or a box is a labelled region; the `dialog` layout is a modal dialog.
 */
export function Banner({ store }: { store: Store }) {
  const { texts: t, cfg, snap } = store;
  const { layout = 'bar', position = 'bottom-right', closeButton } = cfg.ui;
  const s = snap.value;
  const optOut = cfg.mode == 'opt-out';
  const modal = layout == 'dialog';
  return (
    <section
      class={`banner ${layout} ${layout == 'box' ? position : ''}`}
      role={modal ? 'dialog' : 'region'}
      aria-modal={modal || undefined}
      aria-labelledby="bt"
      tabIndex={-1}
      onKeyDown={modal ? (e) => trapTab(e, e.currentTarget) : undefined}
    >
      <div class="head">
        <h2 id="bt">{t.bannerTitle}</h2>
        {closeButton && (
          <button type="button" class="x" aria-label={t.close} onClick={() => store.decide('reject')}>
            ×
          </button>
        )}
      </div>
      {s.previous && !s.given && <p class="note">{t.policyChanged}</p>}
      <p>{optOut ? t.optOutText : t.bannerText}</p>
      {s.gpc && <p class="note">{t.gpcHonoured}</p>}
      <p>
        <a href={cfg.policy.url}>{t.policyUpdated.replace('{date}', revisionDate(cfg.policy.revision, store.tag))}</a>
      </p>
      <Buttons store={store} actions={optOut ? ['do-not-sell', 'customize', 'dismiss'] : ['accept', 'reject', 'customize']} />
    </section>
  );
}
