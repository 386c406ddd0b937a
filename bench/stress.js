// The stress case: after load, insert 5,000 elements (200 sections of 25) and 200 inline scripts, then
// let mutation observers run (they are microtasks queued at the first insertion, so they run before
// this function resumes) and force a layout. Paint is left out: it is the same work with or without a
// consent library and only adds frame-timing noise. Resolves with the time it took.
window.__stress = async () => {
  let ran = 0;
  window.__stressRan = () => ran++;
  const main = document.querySelector('main');
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) {
    const section = document.createElement('section');
    for (let j = 0; j < 24; j++) {
      const el = document.createElement(j % 4 == 0 ? 'p' : j % 4 == 1 ? 'a' : 'span');
      if (j % 4 == 1) el.href = '#item-' + i + '-' + j;
      el.textContent = 'Item ' + i + '.' + j + ' ';
      section.appendChild(el);
    }
    main.appendChild(section);
    const script = document.createElement('script');
    script.textContent = '__stressRan()';
    document.body.appendChild(script);
  }
  await Promise.resolve();
  void document.body.offsetHeight;
  const ms = performance.now() - t0;
  return { ms, elements: main.querySelectorAll('section, section *').length, scripts: ran };
};
