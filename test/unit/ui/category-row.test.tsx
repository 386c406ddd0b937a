import { describe, expect, it } from 'vitest';
import { CategoryRow } from '../../../src/ui/category-row';
import { createStore } from '../../../src/ui/store';
import { en } from '../../../src/locales/en';
import { fakeApi } from './fake-api';
import { click, mountInto, texts } from './render';

const setup = (id: string, textsOver = en) => {
  const store = createStore(fakeApi(), textsOver, 'en');
  store.show('preferences');
  return { store, box: mountInto(() => <CategoryRow store={store} id={id} uid="c1" />) };
};

describe('CategoryRow', () => {
  it('shows the name, the description, a described switch, the policy section and the partners', () => {
    const { box } = setup('analytics');
    expect(box.querySelector('h3')!.textContent).toBe('Analytics');
    const sw = box.querySelector('[aria-labelledby=c1]')!;
    expect([sw.tagName, sw.getAttribute('type'), sw.getAttribute('role'), sw.getAttribute('aria-checked')]).toEqual(['BUTTON', 'button', 'switch', 'false']);
    expect(box.querySelector('#' + sw.getAttribute('aria-describedby'))!.textContent).toBe(en.categories.analytics.description);
    const link = box.querySelector('a.sec')!;
    expect([link.getAttribute('href'), link.getAttribute('aria-label')]).toEqual(['/privacy#analytics', 'Policy section: Analytics']);
    expect(texts(box, 'li h4')).toEqual(['stats']);
  });

  it('switching the category switches its partners with it', () => {
    const { store, box } = setup('analytics');
    click(box.querySelector('[aria-labelledby=c1]'));
    expect(store.draft.value).toMatchObject({ analytics: true, stats: true });
    expect(box.querySelector('[aria-labelledby=c1]')!.getAttribute('aria-checked')).toBe('true');
    click(box.querySelector('[aria-labelledby=c1]'));
    expect(store.draft.value).toMatchObject({ analytics: false, stats: false });
  });

  it('shows a required category as always on, without a switch', () => {
    const { box } = setup('necessary');
    expect(box.querySelector('[role=switch]')).toBe(null);
    expect(box.querySelector('.on')!.textContent).toBe('Always on');
  });

  it('falls back to the id for a category without texts', () => {
    const { box } = setup('advertising', { ...en, categories: {} });
    expect(box.querySelector('h3')!.textContent).toBe('advertising');
    expect(box.querySelector('[role=switch]')!.hasAttribute('aria-describedby')).toBe(false);
  });
});
