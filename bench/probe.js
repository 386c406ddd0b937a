// Runs first in every fixture page (with or without a consent library): notes when the library's
// banner is first visible, layout shifts, when each released tag ran, and the accept-click latency.
// Times are performance.now(): milliseconds since navigation start.
(() => {
  const B = (window.__bench = { ran: [], cls: 0, visible: null, accept: null });
  B.tag = (name) => {
    B.ran.push([name, performance.now()]);
    if (B.check) B.check();
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) B.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });

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
      if (onScreen(find())) B.visible = performance.now();
      else requestAnimationFrame(tick);
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
