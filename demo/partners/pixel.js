// Stand-in for an advertising pixel: sets its `_adp` cookie and fills the page's ad slots.
(function () {
  var id = (document.cookie.match(/(?:^|; )_adp=([^;]*)/) || [])[1] || 'adp.' + Math.random().toString(36).slice(2, 10);
  document.cookie = '_adp=' + id + '; path=/; max-age=' + 60 * 60 * 24 * 90 + '; SameSite=Lax';
  var slots = document.querySelectorAll('[data-ad-slot]');
  for (var i = 0; i < slots.length; i++) {
    var slot = slots[i];
    slot.textContent = '';
    var label = document.createElement('small');
    label.textContent = 'Ad';
    var text = document.createElement('strong');
    text.textContent = 'iCanspk Plus: unlimited lessons, first month free';
    slot.append(label, text);
    slot.classList.add('filled');
  }
  if (window.demoPartnerRan) window.demoPartnerRan('ad-partner', 'set _adp, filled ' + slots.length + ' ad slot(s)');
})();
