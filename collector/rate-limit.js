/**
 * A fixed-window request counter per client (in memory, per process). The key is the client address as the
 * server sees it; it is never stored. Returns how long to wait when over the limit.
 */
export function createRateLimit({ limit, windowMs }, now = () => Date.now()) {
  let windowStart = now();
  let counts = new Map();
  return {
    /** 0 when allowed, else the seconds until the next window. */
    hit(key) {
      const t = now();
      if (t - windowStart >= windowMs) {
        // A new window forgets every client: the map never grows past one window's clients.
        windowStart = t - ((t - windowStart) % windowMs);
        counts = new Map();
      }
      const n = (counts.get(key) || 0) + 1;
      counts.set(key, n);
      return n > limit ? Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) : 0;
    },
  };
}
