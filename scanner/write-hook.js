/**
 * Runs in every frame before the page's own scripts: reports each `document.cookie` write and each
 * `localStorage`/`sessionStorage.setItem` to the scanner with the URL of the script that made it (the
 * innermost frame of its stack with an http(s) URL, passing over Consentry's own files unless nothing else
 * is there; an inline script's is the page's own URL). The page's behaviour is unchanged: the original
 * setter runs every time. Serialised into the page: it may use nothing from outside itself.
 * @param {string} binding the name of the function the scanner exposed
 */
export function installWriteHook(binding) {
  const report = window[binding];
  const capture = Error.captureStackTrace;
  const writer = (skip) => {
    const o = {};
    capture(o, skip);
    const urls = [];
    for (const line of String(o.stack).split('\n')) {
      const m = /(https?:\/\/[^\s()]+?):\d+:\d+\)?\s*$/.exec(line);
      if (m) urls.push(m[1]);
    }
    return urls.find((u) => !/\/consentry(-[\w.-]+)?\.m?js$/.test(u.split(/[?#]/)[0])) || urls[0] || null;
  };
  const send = (w) => {
    try {
      report(w);
    } catch {
      // The page replaced the binding: that write goes unattributed.
    }
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get: cookie.get,
      set: function set(value) {
        const name = String(value).split(';')[0].split('=')[0].trim();
        send({ kind: 'cookie', name, url: writer(set) });
        cookie.set.call(this, value);
      },
    });
  }

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItemHook(key, value) {
    let area = 'sessionStorage';
    try {
      if (this === window.localStorage) area = 'localStorage';
    } catch {
      // Storage refused in this frame.
    }
    send({ kind: 'storage', area, name: String(key), url: writer(setItemHook) });
    return setItem.call(this, key, value);
  };
}
