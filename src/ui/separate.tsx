/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { buttons } from './buttons';
import { Dialog } from './dialog';
import { pendingSeparate } from './pending-separate';
import { serviceFacts } from './service-facts';

/**
 * The separate consents that "Accept all" could not give (PIPL arts. 23 and 39): each partner that provides
 * personal information to another handler or abroad, with what it receives and where it goes; "I agree" gives
 * them all, "Not now" (or Escape) leaves them off.
 */
export function Separate({ store }: { store: Store }) {
  const { texts: t } = store;
  return (
    <Dialog store={store} name="separate" title={t.separateTitle} text={t.separateText} leave={() => store.show(null)} foot={buttons(store, ['separateAgree', 'separateLater'])}>
      <ul>
        {pendingSeparate(store.cfg, store.snap.value).map((id, i) => (
          <li class="svc">
            <h3>{t.services[id]?.name || id}</h3>
            {serviceFacts(store, id, 'sp' + i)}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
