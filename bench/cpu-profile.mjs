// CPU profiles from the Chrome DevTools Protocol (`Profiler.stop`): self time per function, summed over
// several page loads and averaged, so that the report can list where the main thread's time went.

/** Self time (ms) per call-frame key in one profile: each sample counts until the next one. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const next = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    const f = byId.get(samples[i]);
    const key = `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}\u0000${f.columnNumber}`;
    out.set(key, (out.get(key) || 0) + next / 1000);
  }
  return out;
}

/**
 * Every call frame's self time averaged over `profiles`, most first: { functionName, url, line, column
 * (1-based), ms }. Idle time is left out.
 */
export function selfTimeEntries(profiles) {
  const total = new Map();
  for (const p of profiles) for (const [k, ms] of selfTimes(p)) total.set(k, (total.get(k) || 0) + ms);
  return [...total]
    .map(([k, ms]) => {
      const [functionName, url, line, column] = k.split('\u0000');
      return { functionName, url, line: Number(line) + 1, column: Number(column) + 1, ms: ms / profiles.length };
    })
    .filter((e) => e.functionName != '(idle)')
    .sort((a, b) => b.ms - a.ms);
}
