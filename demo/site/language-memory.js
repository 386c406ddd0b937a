// The site's own preferences tag: remembers the page language in `ica_lang` for the next visit.
// It runs only when the "preferences" category (service "language-memory") is allowed.
(function () {
  var lang = document.documentElement.lang;
  document.cookie = 'ica_lang=' + encodeURIComponent(lang) + '; path=/; max-age=31536000; SameSite=Lax';
  if (window.demoPartnerRan) window.demoPartnerRan('language-memory', 'remembered ' + lang + ' in ica_lang');
})();
