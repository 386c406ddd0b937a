import type { Texts } from '../shared/types';

/** English, the fallback for every language and every missing text. */
export const en: Texts = {
  bannerTitle: 'Your privacy choices',
  bannerText:
    'We use cookies and similar technologies to run this site, remember your settings, measure how it is used and show relevant advertising with our partners. Only the necessary ones are used until you choose.',
  policyLink: 'Privacy Policy',
  policyUpdated: 'Privacy Policy, updated {date}',
  policyChanged: 'Our Privacy Policy has changed since you last chose. Please review your choices.',
  gpcHonoured: 'Your browser sent a Global Privacy Control signal, so we do not sell or share your data.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  optOutText:
    'We use cookies and similar technologies to run this site and measure how it is used. We share some data with advertising partners, which may count as a sale. You can opt out at any time.',
  dismiss: 'OK',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesText: 'Choose which kinds of cookies and partners you allow. You can change this at any time.',
  save: 'Save choices',
  alwaysOn: 'Always on',
  cookies: 'Cookies',
  lifetime: 'lifetime',
  policySection: 'Policy section',
  settings: 'Cookie settings',
  saveFailed: 'Your choice could not be saved. Please try again.',
  noticeText:
    'We use cookies and similar technologies to run this site, remember your settings, measure how it is used and show advertising with our partners. You can switch any of them off at any time.',
  controllerText: '{name} handles your personal information on this site.',
  controllerLabel: 'Personal information handler',
  contactLabel: 'Contact',
  addressLabel: 'Address',
  recipientLabel: 'Recipient',
  countryLabel: 'Located in',
  dataLabel: 'Personal information provided',
  purposeLabel: 'Purpose',
  separateLabel: 'Needs your separate consent',
  separateTitle: 'Your separate consent',
  separateText:
    'These partners receive your personal information as handlers of their own, or outside the country where we are. They stay off unless you agree to each of them here.',
  separateAgree: 'I agree',
  separateLater: 'Not now',
  personalizedLabel: 'Personalised {category}',
  personalizedText: 'Chosen for you from your interests and behaviour. Switched off, what this category shows you is not targeted at you.',
  minorButton: 'I am under {age}',
  minorTitle: 'For visitors under {age}',
  minorText:
    'We use only the cookies the site needs to work. Please ask your parent or guardian to read our Privacy Policy with you; they can give consent for you.',
  guardianLink: 'For parents and guardians',
  categories: {
    necessary: { title: 'Necessary', description: 'Needed for the site to work and stay secure, including remembering your privacy choices.' },
    preferences: { title: 'Preferences', description: 'Remember settings such as your language and location.' },
    analytics: { title: 'Analytics', description: 'Measure how often the site is used, its faults and performance, so that we can improve it.' },
    advertising: { title: 'Advertising', description: 'Let advertising partners show you ads that may interest you here and on other sites and apps, and measure them.' },
  },
  services: {},
};
