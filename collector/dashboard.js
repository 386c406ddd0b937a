/**
 * The dashboard: one server-rendered page with inline SVG charts, no script. Every value from receipts is
 * escaped as text. Served with a CSP that allows only its own nonce'd style.
 */

const COLORS = { 'accept-all': '#2e7d32', 'reject-all': '#c62828', custom: '#f9a825', api: '#78909c' };
const LABELS = { 'accept-all': 'Accept all', 'reject-all': 'Reject all', custom: 'Custom', api: 'Site code (API)' };

const esc = (v) => String(v).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x) => `${Math.round(x * 1000) / 10}%`;

function perDayChart(perDay) {
  const w = 720;
  const h = 180;
  const max = Math.max(1, ...perDay.map((d) => d.total));
  const bw = w / Math.max(1, perDay.length);
  const bars = perDay.map((d, i) => {
    let y = h;
    const parts = Object.keys(COLORS).map((m) => {
      const bh = (d[m] / max) * (h - 10);
      y -= bh;
      return d[m] ? `<rect x="${(i * bw + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${bh.toFixed(1)}" fill="${COLORS[m]}"><title>${esc(d.day)}: ${d[m]} ${esc(LABELS[m])}</title></rect>` : '';
    });
    return parts.join('');
  });
  const first = perDay[0]?.day || '';
  const last = perDay[perDay.length - 1]?.day || '';
  return `<svg role="img" aria-label="Decisions per day, at most ${max} a day" viewBox="0 0 ${w} ${h + 20}" width="100%">
<line x1="0" y1="${h}" x2="${w}" y2="${h}" stroke="#999"/>${bars.join('')}
<text x="0" y="${h + 16}" font-size="12">${esc(first)}</text><text x="${w}" y="${h + 16}" font-size="12" text-anchor="end">${esc(last)}</text>
<text x="${w}" y="12" font-size="12" text-anchor="end">max ${max}/day</text></svg>`;
}

function splitBar(s) {
  const w = 720;
  let x = 0;
  const parts = Object.keys(COLORS).map((m) => {
    const bw = s.methodShares[m] * w;
    const r = bw ? `<rect x="${x.toFixed(1)}" y="0" width="${bw.toFixed(1)}" height="28" fill="${COLORS[m]}"><title>${esc(LABELS[m])}: ${s.methods[m]} (${pct(s.methodShares[m])})</title></rect>` : '';
    x += bw;
    return r;
  });
  const legend = Object.keys(COLORS)
    .map((m) => `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${COLORS[m]}"/></svg> ${esc(LABELS[m])}: <b>${pct(s.methodShares[m])}</b> (${s.methods[m]})</li>`)
    .join('');
  return `<svg role="img" aria-label="Accept all ${pct(s.methodShares['accept-all'])}, reject all ${pct(s.methodShares['reject-all'])}, custom ${pct(s.methodShares.custom)}" viewBox="0 0 ${w} 28" width="100%"><rect width="${w}" height="28" fill="#eee"/>${parts.join('')}</svg><ul class="legend">${legend}</ul>`;
}

function categoryBars(s) {
  const ids = Object.keys(s.categories);
  const w = 720;
  const row = 30;
  const rows = ids.map((id, i) => {
    const c = s.categories[id];
    const y = i * row;
    return `<text x="0" y="${y + 19}" font-size="14">${esc(id)}</text><rect x="160" y="${y + 4}" width="480" height="20" fill="#eee"/><rect x="160" y="${y + 4}" width="${(c.share * 480).toFixed(1)}" height="20" fill="#1565c0"/><text x="${w}" y="${y + 19}" font-size="14" text-anchor="end">${pct(c.share)}</text>`;
  });
  return `<svg role="img" aria-label="Share of visitors accepting each category" viewBox="0 0 ${w} ${Math.max(1, ids.length) * row}" width="100%">${rows.join('')}</svg>`;
}

function table(title, groups, categories) {
  const keys = Object.keys(groups);
  if (!keys.length) return '';
  const head = ['Visitors', 'Accept all', 'Reject all', 'Custom', 'GPC', 'Under age', ...categories].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = keys
    .map((k) => {
      const g = groups[k];
      const cells = [g.visitors, pct(g.methodShares['accept-all']), pct(g.methodShares['reject-all']), pct(g.methodShares.custom), pct(g.gpc.share), pct(g.minors.share), ...categories.map((c) => pct(g.categories[c].share))];
      return `<tr><th scope="row">${esc(k)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<h2>${esc(title)}</h2><table><thead><tr><th scope="col">${esc(title.split(' ').pop())}</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function dashboardPage(stats, categories, nonce) {
  const q = `from=${stats.from}&to=${stats.to}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Consent receipts: ${esc(stats.from)} to ${esc(stats.to)}</title>
<style nonce="${nonce}">body{font:15px/1.5 system-ui,sans-serif;max-width:780px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}.big{font-size:2rem;font-weight:700}.kpis{display:flex;gap:2rem;flex-wrap:wrap}
.legend{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem;text-align:right}th[scope=row],thead th:first-child{text-align:left;white-space:nowrap}form{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap}</style></head>
<body><h1>Consent receipts</h1>
<form method="get" action="/dashboard"><label>From <input type="date" name="from" value="${esc(stats.from)}"></label><label>To <input type="date" name="to" value="${esc(stats.to)}"></label><button>Show</button></form>
<div class="kpis"><p><span class="big">${stats.decisions}</span><br>decisions</p><p><span class="big">${stats.visitors}</span><br>visitors (consent ids)</p><p><span class="big">${pct(stats.methodShares['accept-all'])}</span><br>accept all</p><p><span class="big">${pct(stats.gpc.share)}</span><br>sent Global Privacy Control</p></div>
<h2>Decisions per day</h2>${perDayChart(stats.perDay)}
<h2>How visitors decided</h2><p>Each visitor's latest decision in the range.</p>${splitBar(stats)}
<h2>Visitors accepting each category</h2>${categoryBars(stats)}
${table('By policy revision', stats.byRevision, categories)}
${table('By language', stats.byLanguage, categories)}
${table('By rule', stats.byRule, categories)}
${table('By region', stats.byRegion, categories)}
<h2>Export</h2><p><a href="/v1/receipts?${q}&amp;format=csv">CSV</a> · <a href="/v1/receipts?${q}&amp;format=jsonl">JSON lines</a> · <a href="/v1/stats?${q}">statistics (JSON)</a></p>
</body></html>`;
}
