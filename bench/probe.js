// Runs first in every fixture page (with or without a consent library): notes when the library's
// banner is first visible, layout shifts, when each released tag ran, and the accept-click latency.
// Times are performance.now(): milliseconds since navigation start.
(() => {
  const B = (window.__bench = { ran: [], cls: 0, visible: null, accept: null });
  /** Waits without polling: `until(test, ms)` settles when a tag runs or the banner shows and `test()` holds. */
  const waiters = [];
  const notify = () => {
    for (const w of waiters.slice()) if (w.test()) waiters.splice(waiters.indexOf(w), 1) && w.resolve();
  };
  B.until = (test, ms) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve();
      waiters.push({ test, resolve });
      setTimeout(() => reject(new Error(`not done after ${ms} ms`)), ms);
    });
  B.tag = (name) => {
    B.ran.push([name, performance.now()]);
    if (B.check) B.check();
    notify();
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) B.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });

  // Event Timing: every event of an interaction that took 16 ms or more (the API's floor) to its next paint.
  B.events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      B.events.push({ name: e.name, duration: e.duration, id: e.interactionId, sentinel: !!B.sentinel && e.target == B.sentinel });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  /**
   * A sentinel for the Event Timing entries: a small button in the top-left corner whose click takes
   * 40 ms, so its entries always arrive; entries of an earlier interaction arrive before them.
   */
  B.armSentinel = () => {
    const b = (B.sentinel = document.createElement('button'));
    b.style.cssText = 'position:fixed;top:0;left:0;width:24px;height:24px;margin:0;padding:0;border:0;z-index:2147483647';
    b.addEventListener('click', () => {
      const t = performance.now();
      while (performance.now() - t < 40);
    });
    document.body.appendChild(b);
  };
  /** The longest event (pointerdown, pointerup, click) of the last interaction before the sentinel's; 0 when none reached 16 ms. */
  B.interactionMs = () => {
    const ids = B.events.filter((e) => e.id && !e.sentinel).map((e) => e.id);
    if (!ids.length) return 0;
    const last = Math.max(...ids);
    return Math.max(0, ...B.events.filter((e) => e.id == last && /^(pointerdown|pointerup|click)$/.test(e.name)).map((e) => e.duration));
  };

  /** On screen: laid out, inside the viewport, and neither it nor an ancestor hidden or fully transparent. */
  const onScreen = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width * r.height == 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility != 'visible') return false;
    for (let n = el; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
      const s = getComputedStyle(n);
      if (s.display == 'none' || Number(s.opacity) == 0) return false;
    }
    return true;
  };
  B.onScreen = onScreen;

  /** Polls once a frame until `find()` returns an element on screen. */
  B.watch = (find) => {
    const tick = () => {
      if (onScreen(find())) {
        B.visible = performance.now();
        notify();
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };

  /**
   * Arms the accept-click measurement: t0 when the click reaches the window (capture, before any
   * handler), then the first moment the banner is gone (checked after the click's handlers, on every
   * DOM mutation, when a tag runs, and each frame).
   */
  B.armAccept = (find, gone) => {
    const A = (B.accept = { t0: null, gone: null });
    const check = () => {
      if (A.t0 != null && A.gone == null && (gone() || !onScreen(find()))) A.gone = performance.now();
    };
    B.check = check;
    addEventListener('click', () => { if (A.t0 == null) A.t0 = performance.now(); }, true);
    addEventListener('click', check);
    const mo = new MutationObserver(check);
    mo.observe(document, { subtree: true, childList: true, attributes: true });
    for (const host of document.body.children) if (host.shadowRoot) mo.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
    const frame = () => {
      check();
      if (A.gone == null) requestAnimationFrame(frame);
      else mo.disconnect();
    };
    requestAnimationFrame(frame);
  };
})();
