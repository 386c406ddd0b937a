import type { CatalogueEntry } from './types';

/** Bot protection and payments: needed for the service the visitor asked for (the `necessary` category). */
export const security: CatalogueEntry[] = [
  {
    id: 'recaptcha',
    category: 'necessary',
    hosts: ['www.google.com/recaptcha', 'www.gstatic.com/recaptcha', 'recaptcha.net'],
    cookies: [],
    recipient: { name: 'Google LLC', contact: 'https://policies.google.com/privacy' },
    country: 'US',
    policyUrl: 'https://policies.google.com/privacy',
    purpose: {
      en: 'Checks that a form is sent by a person and not a bot.',
      'zh-Hans': '验证表单是由真人而不是自动程序提交的。',
      'zh-Hant': '驗證表單是由真人而非自動程式送出的。',
    },
    sources: ['https://developers.google.com/recaptcha/docs/faq', 'https://developers.google.com/tag-platform/security/guides/csp'],
  },
  {
    id: 'cloudflare-turnstile',
    category: 'necessary',
    hosts: ['challenges.cloudflare.com'],
    cookies: [],
    recipient: { name: 'Cloudflare, Inc.', contact: 'https://www.cloudflare.com/privacypolicy/' },
    country: 'US',
    policyUrl: 'https://www.cloudflare.com/privacypolicy/',
    purpose: {
      en: 'Tells people from bots without a puzzle, to protect forms and sign-ins.',
      'zh-Hans': '无需解谜即可区分真人与自动程序，用于保护表单和登录。',
      'zh-Hant': '無需解謎即可區分真人與自動程式，用於保護表單與登入。',
    },
    sources: ['https://developers.cloudflare.com/turnstile/reference/content-security-policy/'],
  },
  {
    id: 'stripe',
    category: 'necessary',
    hosts: ['js.stripe.com', 'm.stripe.network', 'm.stripe.com'],
    cookies: [],
    recipient: { name: 'Stripe, Inc.', contact: 'https://stripe.com/privacy' },
    country: 'US',
    policyUrl: 'https://stripe.com/privacy',
    purpose: {
      en: 'Takes card payments securely and checks them for fraud.',
      'zh-Hans': '安全地处理银行卡付款，并进行反欺诈检查。',
      'zh-Hant': '安全地處理信用卡付款，並進行防詐騙檢查。',
    },
    sources: ['https://docs.stripe.com/security/guide#content-security-policy'],
  },
];
