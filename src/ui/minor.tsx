/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Store } from './store';
import { Dialog } from './dialog';
import { safeUrl } from '../shared/safe-url';
import { isObject } from '../shared/config';
import { withAge } from './with-age';

/** After "I am under {age}": only what the site needs runs; the guardian's page, when the site has a safe one. */
export function Minor({ store }: { store: Store }) {
  const { texts: t } = store;
  const { minors } = store.cfg;
  const href = isObject(minors) && minors.guardianUrl;
  const close = () => store.show(null);
  return (
    <Dialog
      store={store}
      name="minor"
      title={withAge(store, t.minorTitle)}
      text={withAge(store, t.minorText)}
      leave={close}
      foot={
        <div class="btns">
          <button type="button" class="btn" data-action="dismiss" onClick={close}>
            {t.dismiss}
          </button>
        </div>
      }
    >
      {typeof href == 'string' && href && safeUrl(href) && (
        <p>
          <a href={href}>{t.guardianLink}</a>
        </p>
      )}
    </Dialog>
  );
}
