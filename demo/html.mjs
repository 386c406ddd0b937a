// Escaping for the demo server's templates: every string that is not one of our own page files goes
// through here, so nothing from a file or a request is ever read as markup.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value → safe HTML text. */
export function escape(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
