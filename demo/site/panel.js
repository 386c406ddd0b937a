// The marketer panel: what Consentry decided and announced on this page, live. Plain DOM, text only:
// nothing here is ever parsed as HTML. Demo code; a real site does not need it.
(function () {
  var log = window.demoLog || { events: [], dataLayer: [], partners: [] };
  var consentry = window.consentry;
  var query = new URLSearchParams(location.search);
  /** Query parameters of the demo switches, kept on every internal link. */
  var SWITCHES = ['lang', 'region', 'mode', 'gpc', 'theme', 'layout', 'revision', 'csp', 'panel'];

  function el(tag, props, children) {
    var node = document.createElement(tag);
    for (var key in props || {}) {
      if (key == 'text') node.textContent = props[key];
      else if (key == 'class') node.className = props[key];
      else if (key.indexOf('data-') == 0 || key.indexOf('aria-') == 0 || key == 'for') node.setAttribute(key, props[key]);
      else node[key] = props[key];
    }
    (children || []).forEach(function (c) {
      if (c) node.append(c); // strings become text nodes
    });
    return node;
  }
  function time(entry) {
    var t = entry.time;
    var pad = function (n, w) {
      return String(n).padStart(w || 2, '0');
    };
    return pad(t.getHours()) + ':' + pad(t.getMinutes()) + ':' + pad(t.getSeconds()) + '.' + pad(t.getMilliseconds(), 3) + ' (+' + entry.since + ' ms)';
  }
  function isArguments(value) {
    return Object.prototype.toString.call(value) == '[object Arguments]';
  }
  /** JSON for display; `arguments` objects (gtag commands) become arrays. */
  function json(value, indent) {
    return JSON.stringify(value, function (key, v) {
      return isArguments(v) ? Array.prototype.slice.call(v) : v instanceof Date ? v.toISOString() : v;
    }, indent);
  }
  function allowedList(snapshot) {
    var on = Object.keys(snapshot.categories).filter(function (id) {
      return snapshot.categories[id];
    });
    return on.length ? on.join(', ') : 'nothing';
  }
  function summary(snapshot) {
    return (snapshot.given ? 'given' : 'not given') + (snapshot.method ? ' (' + snapshot.method + ')' : '') + '; allowed: ' + allowedList(snapshot);
  }

  // Keep the demo switches on internal links, so the situation survives navigation.
  function keepSwitches() {
    document.querySelectorAll('a[href]').forEach(function (a) {
      var url = new URL(a.href, location.href);
      if (url.origin != location.origin || a.getAttribute('href').charAt(0) == '#') return;
      SWITCHES.forEach(function (key) {
        if (query.has(key) && !url.searchParams.has(key)) url.searchParams.set(key, query.get(key));
      });
      a.href = url.href;
    });
  }

  // ---- the panel's frame ----
  var stored = sessionStorage.getItem('demo-panel');
  var open = query.get('panel') ? query.get('panel') != 'closed' : stored ? stored == 'open' : innerWidth >= 1100;
  var body = el('div', { class: 'demo-panel-body', id: 'demo-panel-body' });
  var toggle = el('button', { type: 'button', class: 'demo-panel-toggle', 'aria-controls': 'demo-panel-body' });
  var panel = el('aside', { class: 'demo-panel', 'aria-label': 'Marketer panel', 'data-demo-panel': '' }, [toggle, body]);
  function setOpen(value) {
    open = value;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide marketer panel' : 'Marketer panel';
    panel.classList.toggle('open', open);
    document.documentElement.classList.toggle('demo-panel-open', open);
    sessionStorage.setItem('demo-panel', open ? 'open' : 'closed');
  }
  toggle.addEventListener('click', function () {
    setOpen(!open);
  });

  /** A titled section whose content is rebuilt only when its data changes. */
  function section(title, build, key) {
    var content = el('div');
    var count = el('span', { class: 'demo-count' });
    var name = title.split(/[\s:]/)[0].toLowerCase();
    var box = el('section', { class: 'demo-section', 'data-section': name }, [el('h2', {}, [document.createTextNode(title + ' '), count]), content]);
    var last = null;
    box.refresh = function () {
      var k = key();
      if (k === last) return;
      last = k;
      content.replaceChildren.apply(content, build(count));
    };
    return box;
  }

  // ---- actions and switches ----
  function actionButton(label, fn, attrs) {
    var b = el('button', Object.assign({ type: 'button', text: label }, attrs || {}));
    if (fn) b.addEventListener('click', fn);
    return b;
  }
  var actions = el('div', { class: 'demo-actions' }, consentry ? [
    // Each button is the API call it makes, as a site's own code would.
    actionButton('acceptAll()', function () { consentry.acceptAll(); }),
    actionButton('rejectAll()', function () { consentry.rejectAll(); }),
    actionButton('showBanner()', function () { consentry.showBanner(); }),
    actionButton('reset()', function () { consentry.reset(); }),
    // Handled by the gate, like the header's "Cookie settings" link: opens the preferences.
    actionButton('[data-consentry-open]', null, { 'data-consentry-open': '' }),
  ] : [el('p', { class: 'demo-error', text: 'window.consentry is missing: build the library first (npm run build).' })]);

  function select(name, label, options) {
    var s = el('select', { name: name, id: 'demo-' + name });
    options.forEach(function (o) {
      s.append(el('option', { value: o[0], text: o[1] }));
    });
    s.value = query.get(name) || '';
    return el('label', { for: 'demo-' + name }, [document.createTextNode(label + ' '), s]);
  }
  function checkbox(name, value, label) {
    var c = el('input', { type: 'checkbox', name: name, value: value, id: 'demo-' + name });
    c.checked = query.get(name) == value;
    return el('label', { for: 'demo-' + name, class: 'demo-check' }, [c, document.createTextNode(' ' + label)]);
  }
  var form = el('form', { method: 'get', action: location.pathname, class: 'demo-switches' }, [
    select('lang', 'Language', [['', 'page default'], ['en', 'English'], ['zh-Hans', '简体中文'], ['zh-Hant', '繁體中文']]),
    select('mode', 'Mode', [['', 'by region (rules)'], ['opt-out', 'opt-out everywhere']]),
    select('theme', 'Theme', [['', 'config default'], ['light', 'light'], ['dark', 'dark'], ['auto', 'auto']]),
    select('layout', 'Layout', [['', 'config default'], ['bar', 'bar'], ['bar-top', 'bar-top'], ['box', 'box'], ['dialog', 'dialog']]),
    checkbox('gpc', '1', 'Simulate Global Privacy Control'),
    checkbox('revision', 'new', 'New policy revision (2021-03-01)'),
    checkbox('csp', 'strict', 'Strict Content-Security-Policy (nonce)'),
    el('button', { type: 'submit', text: 'Reload with these' }),
  ]);
  // Empty selects add nothing to the URL.
  form.addEventListener('formdata', function (e) {
    Array.from(e.formData.keys()).forEach(function (k) {
      if (!e.formData.get(k)) e.formData.delete(k);
    });
  });

  // ---- live sections ----
  var snapshotSection = section('Snapshot: consentry.get()', function () {
    return [el('pre', { text: consentry ? json(consentry.get(), 2) : 'no window.consentry' })];
  }, function () {
    return consentry ? json(consentry.get()) : '';
  });

  var eventsSection = section('Events', function (count) {
    count.textContent = '(' + log.events.length + ')';
    if (!log.events.length) return [el('p', { class: 'demo-empty', text: 'No consentry:* event yet.' })];
    return [el('ol', { class: 'demo-log' }, log.events.map(function (e) {
      return el('li', {}, [
        el('time', { text: time(e) }),
        el('strong', { text: e.name }),
        ' ',
        el('span', { text: summary(e.detail) }),
      ]);
    }))];
  }, function () {
    return log.events.length;
  });

  var dataLayerSection = section('dataLayer', function (count) {
    var entries = log.dataLayer.length ? log.dataLayer : (window.dataLayer || []).map(function (v) { return { value: v }; });
    count.textContent = '(' + entries.length + ')';
    if (!entries.length) return [el('p', { class: 'demo-empty', text: 'window.dataLayer is empty.' })];
    return [el('ol', { class: 'demo-log' }, entries.map(function (e) {
      var v = e.value;
      var label = isArguments(v) ? 'gtag(' + json(v).slice(1, -1) + ')' : v && v.event ? 'event: ' + v.event : json(v);
      var detail = v && v.consentry ? summary(v.consentry) : '';
      return el('li', {}, [
        e.time ? el('time', { text: time(e) }) : null,
        el('code', { text: label }),
        detail ? ' ' : null,
        detail ? el('span', { text: detail }) : null,
      ]);
    }))];
  }, function () {
    return log.dataLayer.length + ':' + (window.dataLayer || []).length;
  });

  var partnersSection = section('Partner tags', function (count) {
    var services = consentry ? Object.keys(consentry.config.services) : [];
    var ran = {};
    log.partners.forEach(function (p) {
      ran[p.service] = true;
    });
    count.textContent = '(' + Object.keys(ran).length + ' of ' + services.length + ' ran)';
    var status = el('ul', { class: 'demo-status' }, services.map(function (id) {
      var cat = consentry.config.services[id].category;
      return el('li', { class: ran[id] ? 'ran' : 'waiting', 'data-service': id }, [
        el('strong', { text: id }),
        el('span', { text: ' (' + cat + '): ' + (ran[id] ? 'ran' : consentry.allowed(id) ? 'allowed' : 'waiting for consent') }),
      ]);
    }));
    var history = el('ol', { class: 'demo-log' }, log.partners.map(function (p) {
      return el('li', {}, [el('time', { text: time(p) }), el('strong', { text: p.service }), ' ', el('span', { text: p.text })]);
    }));
    return [status, history];
  }, function () {
    return log.partners.length + ':' + (consentry ? json(consentry.get().services) : '');
  });

  var cookiesSection = section('Cookies (document.cookie)', function (count) {
    var list = document.cookie ? document.cookie.split('; ').sort() : [];
    count.textContent = '(' + list.length + ')';
    if (!list.length) return [el('p', { class: 'demo-empty', text: 'No cookies.' })];
    return [el('ul', { class: 'demo-cookies' }, list.map(function (c) {
      var i = c.indexOf('=');
      var value = c.slice(i + 1);
      return el('li', {}, [el('code', { text: c.slice(0, i) }), ' ', el('span', { text: value.length > 48 ? value.slice(0, 48) + '…' : value })]);
    }))];
  }, function () {
    return document.cookie;
  });

  var sections = [snapshotSection, eventsSection, dataLayerSection, partnersSection, cookiesSection];
  body.append(
    el('p', { class: 'demo-intro', text: 'What Consentry decided and announced on this page, live.' }),
    actions,
    el('details', { class: 'demo-try' }, [el('summary', { text: 'Try another situation' }), form]),
  );
  sections.forEach(function (s) {
    body.append(s);
  });
  function refresh() {
    sections.forEach(function (s) {
      s.refresh();
    });
  }

  function mount() {
    document.body.append(panel);
    setOpen(open);
    keepSwitches();
    refresh();
    addEventListener('demo:log', refresh);
    // Cookies change without events; a light poll keeps the list honest.
    setInterval(refresh, 500);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
