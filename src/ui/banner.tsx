/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import type { Store } from './store';
import { buttons } from './buttons';
import { controllerLine } from './controller';
import { childAge } from './with-age';
import { trapTab } from './focus-trap';
import { revisionDate } from './revision-date';
import { policyPageLink } from './policy-page-link';
import { useScrollPadding } from './scroll-padding';

/**
 * The first layer: what the site does, the policy link with its revision date, and equal choices, as the rule
 * in force asks. `gdpr`: accept, reject, customize. `pipl`: the same, who handles the visitor's information,
 * and "I am under {age}" when the site offers it. Opt-out (`us`): do not sell, customize, OK. `notice`: OK and
 * customize. A bar or a box is a labelled region; the `dialog` layout is a modal dialog.
 */
export function Banner({ store }: { store: Store }) {
  const { texts: t, cfg, snap } = store;
  const { layout = 'bar', position = 'bottom-right', closeButton } = cfg.ui;
  const s = snap.value;
  const { rule } = cfg;
  const optOut = cfg.mode == 'opt-out';
  const notice = rule == 'notice';
  const pipl = rule == 'pipl';
  const modal = layout == 'dialog';
  const box = useRef<HTMLElement>(null);
  useScrollPadding(box, layout);
  return (
    <section
      ref={box}
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
          <button type="button" class="x" aria-label={t.close} onClick={() => store.decide('rejectAll')}>
            ×
          </button>
        )}
      </div>
      {s.previous && !s.given && <p class="note">{t.policyChanged}</p>}
      <p>{notice ? t.noticeText : optOut ? t.optOutText : t.bannerText}</p>
      {pipl && controllerLine(store)}
      {s.gpc && <p class="note">{t.gpcHonoured}</p>}
      <p>
        {policyPageLink(store, t.policyUpdated.replace('{date}', revisionDate(cfg.policy.revision, store.tag)))}
      </p>
      {buttons(
        store,
        notice
          ? ['dismiss', 'customize']
          : optOut
            ? ['doNotSell', 'customize', 'dismiss']
            : pipl && childAge(cfg)
              ? ['acceptAll', 'rejectAll', 'customize', 'minor']
              : ['acceptAll', 'rejectAll', 'customize'],
      )}
    </section>
  );
}
