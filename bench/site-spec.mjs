// What every library is configured with: the same four categories, six services and texts, taken from
// the iCanspk privacy policy. Each file in libraries/ turns this into that library's own config format.

export const policyUrl = '/privacy.html';

export const texts = {
  bannerTitle: 'Cookies on iCanspk',
  bannerText:
    'We use cookies to run the service, remember your settings, measure how the site is used and show ads that fit. Choose which ones we may use.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie preferences',
  preferencesText: 'Switch each purpose on or off. Necessary cookies keep the service working and cannot be switched off.',
  save: 'Save choices',
  close: 'Close',
};

/** Category id → title, description, required. */
export const categories = {
  necessary: { title: 'Necessary', description: 'Sign-in, security and remembering this choice.', required: true },
  preferences: { title: 'Preferences', description: 'Language and location settings.' },
  analytics: { title: 'Analytics', description: 'How often features are used, faults and performance data.' },
  advertising: { title: 'Advertising', description: 'Ad recommendation and measurement with advertising partners.' },
};

/** Service id → category, name, purpose, cookies. Every service but the necessary one has one inert tag on the page. */
export const services = {
  'icanspk-session': { category: 'necessary', name: 'iCanspk session', purpose: 'Keeps you signed in.', cookies: ['icanspk_sid'] },
  'language-settings': { category: 'preferences', name: 'Language settings', purpose: 'Remembers your language.', cookies: ['ica_lang'] },
  'site-analytics': { category: 'analytics', name: 'Site analytics', purpose: 'Counts visits and feature use.', cookies: ['_ica_id'] },
  'error-reports': { category: 'analytics', name: 'Error reports', purpose: 'Reports faults and slow pages.', cookies: ['_ica_err'] },
  'ad-partner': { category: 'advertising', name: 'Ad partner', purpose: 'Chooses ads that fit your interests.', cookies: ['_adp'] },
  'ad-measurement': { category: 'advertising', name: 'Ad measurement', purpose: 'Measures whether ads were seen.', cookies: ['_adm'] },
};

/** The services whose tags sit inert in the page, in document order. */
export const taggedServices = Object.keys(services).filter((id) => !categories[services[id].category].required);

/** The body of the inert tag for a service: it notes when it ran. */
export const tagBody = (id) => `__bench.tag(${JSON.stringify(id)});`;
