// The fixture page: the same article, head and inert tags for every case; only the consent library differs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagBody, taggedServices } from './site-spec.mjs';

const probe = readFileSync(join(import.meta.dirname, 'probe.js'), 'utf8');

const article = Array.from({ length: 8 }, (_, i) =>
  `<h2>Section ${i + 1}</h2><p>iCanspk helps people practise speaking a new language with short daily lessons, ` +
  `live conversation rooms and feedback on pronunciation. This paragraph stands in for the text of a real page, ` +
  `long enough to wrap over several lines at any common width.</p>`,
).join('\n');

/**
 * The page in three parts: up to the article, the article, and from the end of the article on.
 * `lib`: a library descriptor from libraries/, or null for the page without any consent library (its
 * tags are ordinary scripts). `extraBody`: HTML appended to the body (the stress case's script).
 */
function fixtureParts(lib, extraBody = '') {
  const tags = taggedServices
    .map((id) => (lib ? lib.tag(id) : '<script>') + tagBody(id) + (lib?.tagEnd || '</script>'))
    .join('\n');
  const before = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>iCanspk: speak a new language</title>
<script>${probe}</script>
${lib ? lib.head() : ''}
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}</style>
</head><body>
<header><strong>iCanspk</strong><nav><a href="/">Home</a><a href="/lessons">Lessons</a><a href="/rooms">Rooms</a><a href="/privacy.html">Privacy</a></nav></header>
<main><h1>Speak a new language, a few minutes a day</h1>
`;
  const after = `
</main>
<footer><a href="/privacy.html">Privacy policy</a> · <a href="#" data-consentry-open>Cookie settings</a></footer>
${tags}
${extraBody}
</body></html>`;
  return { before, after };
}

export function fixturePage(lib, extraBody = '') {
  const { before, after } = fixtureParts(lib, extraBody);
  return before + article + after;
}

/**
 * The large page: the same page with `count` paragraphs for its article, in `batches` parts that the
 * server sends one at a time, so that the parser adds them to the document batch by batch.
 */
export function largePageParts(lib, count, batches) {
  const { before, after } = fixtureParts(lib);
  const parts = [before];
  for (let b = 0; b < batches; b++) {
    let html = '';
    for (let i = Math.floor((b * count) / batches); i < Math.floor(((b + 1) * count) / batches); i++) {
      html += `<p>Lesson note ${i + 1}: repeat the phrase aloud, then record it and compare.</p>\n`;
    }
    parts.push(html);
  }
  parts.push(after);
  return parts;
}
