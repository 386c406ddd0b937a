import { GVL } from '@iabtechlabtcf/core';

/**
 * The site's own copy of the Global Vendor List (IAB Europe asks every CMP to serve its own; the IAB library
 * refuses to fetch vendorlist.consensu.org). Translations (`purposes-{lang}.json`) and older versions
 * (`archives/vendor-list-v{N}.json`, asked for by `getVendorList` with a version) load from next to it.
 */
export async function loadVendorList(url: string): Promise<GVL> {
  const href = new URL(url, document.baseURI).href;
  GVL.baseUrl = href.slice(0, href.lastIndexOf('/') + 1);
  const res = await fetch(href, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${href} answered ${res.status}`);
  return new GVL(await res.json());
}
