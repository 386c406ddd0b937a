import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { exampleConfig, fakePartners, launch, serve, type Site } from './browser';

// A single-page app replaces its views for ever; the blocker must not keep the iframes it held behind
// placeholders once their view is gone. V8's gc() (--expose-gc) and a WeakRef tell whether anything still does.
const config = {
  ...exampleConfig,
  services: { ...exampleConfig.services, video: { category: 'preferences', hosts: ['video.example'] } },
};

describe('the blocker and the memory of a long-lived page', () => {
  let browser: Browser;
  let site: Site;

  beforeAll(async () => {
    browser = await launch({ args: ['--js-flags=--expose-gc'] });
    site = await serve({
      '/app': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.consentryConfig = ${JSON.stringify(config)};</script>
<script src="/dist/consentry-blocking.js"></script></head><body><main id="app"></main>
<script>
  // The app's router: each view is a fresh container; the old one is dropped.
  window.showView = function (name) {
    var view = document.createElement('section');
    view.id = name;
    var video = document.createElement('iframe');
    video.title = name;
    video.src = 'https://www.video.example/embed/' + name;
    view.append(video);
    document.getElementById('app').replaceChildren(view);
  };
</script></body></html>`,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('forgets an iframe held behind a placeholder once its container left the page', async () => {
    const context = await browser.newContext();
    const partners = await fakePartners(context);
    const page = await context.newPage();
    await page.goto(site.url + '/app');
    expect(await page.evaluate(() => typeof (window as unknown as { gc?: unknown }).gc)).toBe('function');

    await page.evaluate(() => (window as unknown as { showView: (n: string) => void }).showView('first'));
    // Booleans only: a returned element would be a handle that Playwright keeps.
    await page.waitForFunction(() => !!document.querySelector('#first [data-consentry-placeholder]'));
    // The page keeps only a weak reference to the held iframe, then navigates to another view.
    await page.evaluate(() => {
      const w = window as unknown as { held: WeakRef<Element>; showView: (n: string) => void };
      w.held = new WeakRef(document.querySelector('#first iframe')!);
      w.showView('second');
    });
    await page.waitForFunction(() => !document.getElementById('first') && !!document.querySelector('#second [data-consentry-placeholder]'));
    expect(partners).toEqual([]);

    // Collect until it is gone (a few rounds: each call runs in a task of its own, frames apart), or give up.
    const gone = await page.evaluate(async () => {
      const w = window as unknown as { held: WeakRef<Element>; gc: (o?: object) => Promise<void> | void };
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      for (let i = 0; i < 20; i++) {
        await frame();
        // Without the stack, so that nothing on it counts as a reference.
        await w.gc({ type: 'major', execution: 'async' });
        await frame();
        if (w.held.deref() === undefined) return true;
      }
      return false;
    });
    expect(gone).toBe(true);
    await context.close();
  });
});
