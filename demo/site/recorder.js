// Demo instrumentation, loaded before the gate: records, with their times, each consentry:* window
// event, each window.dataLayer entry and each stand-in partner tag that ran. The marketer panel
// (panel.js) shows the log. A real site does not need this file.
(function () {
  var log = (window.demoLog = { events: [], dataLayer: [], partners: [] });
  var stamp = function () {
    return { time: new Date(), since: Math.round(performance.now()) };
  };
  var changed = function () {
    dispatchEvent(new Event('demo:log'));
  };
  ['ready', 'consent', 'change'].forEach(function (name) {
    addEventListener('consentry:' + name, function (e) {
      var entry = stamp();
      entry.name = 'consentry:' + name;
      entry.detail = e.detail;
      log.events.push(entry);
      changed();
    });
  });

  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) {
      var entry = stamp();
      entry.value = arguments[i];
      log.dataLayer.push(entry);
    }
    var result = push.apply(dataLayer, arguments);
    changed();
    return result;
  };

  /** Each stand-in partner tag calls this when it runs. */
  window.demoPartnerRan = function (service, text) {
    var entry = stamp();
    entry.service = service;
    entry.text = text;
    log.partners.push(entry);
    changed();
  };
})();
