/**
 * The settle rule: a page is quiet when its load event has fired, no request is in flight, and nothing
 * happened for `settle` milliseconds: no request started or ended, no cookie or storage write through
 * script. The wait is bounded: after `timeout` milliseconds it gives up and says so (a page that polls
 * or streams never goes quiet). It is a scanner's rule, not a proof: a tag that waits longer than the
 * window before it fires is missed; raise `--settle` for such sites.
 */
export function trackActivity(context, now = () => Date.now()) {
  const pending = new Set();
  let last = now();
  const touch = () => (last = now());
  context.on('request', (r) => (pending.add(r), touch()));
  for (const event of ['requestfinished', 'requestfailed']) context.on(event, (r) => (pending.delete(r), touch()));
  return {
    touch,
    /** Resolves true once quiet, false when `timeout` passed first. */
    async quiet({ settle, timeout }) {
      const start = now();
      touch();
      while (pending.size || now() - last < settle) {
        if (now() - start >= timeout) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
      return true;
    },
  };
}
