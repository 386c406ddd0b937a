// Renders the plain-text privacy policy (demo/privacy-policy.txt) as HTML. Every piece of the file is
// escaped text: the file is content, never markup. Headings get stable anchors that the consent
// config's `policyAnchor` fields point at.
import { escape } from './html.mjs';

/** Short, stable anchors for the sections the banner links to; other headings get a slug of their text. */
const ANCHORS = {
  'Information we collect': 'information-we-collect',
  'How we use the collected information': 'how-we-use-information',
  'How we use cookies and related technologies': 'how-we-use-cookies',
  'Information we share': 'information-we-share',
  Advertising: 'advertising',
  'Contact us': 'contact-us',
  更改: 'changes',
};

/** Headings that belong to the section above them. */
const SUBHEADINGS = new Set([
  'Information you actively provide when using our services',
  'Information we obtain when you use the service',
  'Information push',
  'Service-related announcements',
  'Where to store information',
  'Period of information storage',
]);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function slug(heading) {
  return ANCHORS[heading] || heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
}

/** Escaped text, with e-mail addresses turned into mailto links. */
function inline(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(EMAIL)) {
    out += escape(text.slice(last, m.index)) + `<a href="mailto:${escape(m[0])}">${escape(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

const isHeading = (line, prevBlank, nextBlank) =>
  prevBlank && nextBlank && !/^\s/.test(line) && line.length < 80 && !/[.,:;。，：；]$/.test(line.trim());

/**
 * Parses the policy text into `{ title, updated, sections: [{ id, title, level }], html }`.
 * Lines: a title, an update line, headings (short lines standing alone, no final punctuation),
 * paragraphs, `•` bullets and `1.` numbered items, nested by indentation.
 */
export function renderPolicy(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  const sections = [];
  const used = new Set();
  /** Open lists, innermost last: { indent, tag }. */
  const lists = [];
  let title = '';
  let updated = '';
  let paragraph = [];

  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
    paragraph = [];
  };
  const closeLists = (indent = -1) => {
    while (lists.length && lists[lists.length - 1].indent > indent) out.push(`</li></${lists.pop().tag}>`);
  };

  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line) return flushParagraph();
    const item = /^(\s+)(?:(•)|(\d+)\.)\s*(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      const indent = item[1].length;
      const tag = item[2] ? 'ul' : 'ol';
      closeLists(indent);
      const top = lists[lists.length - 1];
      if (top && top.indent == indent && top.tag == tag) out.push('</li><li>');
      else {
        if (top && top.indent == indent) out.push(`</li></${lists.pop().tag}>`);
        lists.push({ indent, tag });
        out.push(`<${tag}><li>`);
      }
      out.push(inline(item[4]));
      return;
    }
    closeLists();
    const text = line.trim();
    if (!title) return void (title = text);
    if (!updated && /update/i.test(text)) return void (updated = text);
    if (isHeading(line, !lines[i - 1]?.trim(), !lines[i + 1]?.trim())) {
      flushParagraph();
      let id = slug(text);
      for (let n = 2; used.has(id); n++) id = `${slug(text)}-${n}`;
      used.add(id);
      const level = SUBHEADINGS.has(text) ? 3 : 2;
      sections.push({ id, title: text, level });
      const lang = /[\u3400-\u9fff]/.test(text) ? ' lang="zh"' : '';
      out.push(`<h${level} id="${id}"${lang}>${escape(text)} <a class="anchor" href="#${id}" aria-label="Link to this section">#</a></h${level}>`);
      return;
    }
    paragraph.push(text);
  });
  flushParagraph();
  closeLists();
  return { title, updated, sections, html: out.join('\n') };
}
