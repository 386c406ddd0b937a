// Stand-in for Google's gtag.js: it reads the dataLayer the way gtag.js does (only `arguments` objects,
// as pushed by gtag()), keeps the Consent Mode state from 'consent' 'default' / 'update' commands, and
// "sends" a page view for each 'config' command: with a _ga cookie when analytics_storage is granted,
// cookieless otherwise. Nothing leaves the machine.
(function () {
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var configured = [];
  var replaying = true; // the queue that was there before this script: read it all, then send
  var report = function (text) {
    if (window.demoPartnerRan) window.demoPartnerRan('google-analytics', text);
  };
  var isArguments = function (entry) {
    return Object.prototype.toString.call(entry) === '[object Arguments]';
  };
  var pageView = function (id) {
    if (consent.analytics_storage === 'granted') {
      if (!/(?:^|; )_ga=/.test(document.cookie)) {
        document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax';
      }
      report(id + ': page view with cookies (analytics_storage granted)');
    } else {
      report(id + ': cookieless ping (analytics_storage ' + (consent.analytics_storage || 'not set') + ')');
    }
  };
  var handle = function (entry) {
    if (!isArguments(entry)) return;
    var command = entry[0];
    if (command === 'consent' && (entry[1] === 'default' || entry[1] === 'update') && entry[2]) {
      if (entry[1] === 'default' && entry[2].region) return; // region defaults: not this visitor's region here
      var was = consent.analytics_storage;
      for (var key in entry[2]) if (/_storage$|^ad_/.test(key)) consent[key] = entry[2][key];
      report('consent ' + entry[1] + ': analytics_storage ' + consent.analytics_storage + ', ad_storage ' + consent.ad_storage);
      if (!replaying && entry[1] === 'update' && was !== 'granted' && consent.analytics_storage === 'granted') configured.forEach(pageView);
    } else if (command === 'config') {
      configured.push(entry[1]);
      if (!replaying) pageView(entry[1]);
    }
  };
  for (var i = 0; i < dataLayer.length; i++) handle(dataLayer[i]);
  replaying = false;
  configured.forEach(pageView);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) handle(arguments[j]);
    return push.apply(dataLayer, arguments);
  };
  window.gtagStandIn = { consent: consent };
})();
