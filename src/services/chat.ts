import type { CatalogueEntry } from './types';

/**
 * Chat and help widgets. They are `preferences`: a feature the visitor may use, not needed to show the page;
 * a site that opens the chat only when the visitor asks for it may treat it as necessary from then on.
 */
export const chat: CatalogueEntry[] = [
  {
    id: 'intercom',
    category: 'preferences',
    hosts: ['intercom.io', 'intercomcdn.com'],
    cookies: [
      { name: '/^intercom-id-/', lifetime: { months: 9 }, example: 'intercom-id-abc12345' },
      { name: '/^intercom-session-/', lifetime: { days: 7 }, example: 'intercom-session-abc12345' },
      { name: '/^intercom-device-id-/', lifetime: { months: 9 }, example: 'intercom-device-id-abc12345' },
    ],
    recipient: { name: 'Intercom, Inc.', contact: 'https://www.intercom.com/legal/privacy' },
    country: 'US',
    policyUrl: 'https://www.intercom.com/legal/privacy',
    purpose: {
      en: 'Runs the chat messenger and keeps a visitor’s conversations across pages and visits.',
      'zh-Hans': '提供在线聊天窗口，并在不同页面和访问之间保留访客的对话。',
      'zh-Hant': '提供線上聊天視窗，並在不同頁面與造訪之間保留訪客的對話。',
    },
    sources: ['https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies'],
  },
  {
    id: 'crisp',
    category: 'preferences',
    hosts: ['crisp.chat'],
    cookies: [],
    recipient: { name: 'Crisp IM SAS', contact: 'https://crisp.chat/en/privacy/' },
    country: 'FR',
    policyUrl: 'https://crisp.chat/en/privacy/',
    purpose: {
      en: 'Runs the live chat widget so visitors can message the site’s team.',
      'zh-Hans': '提供在线客服聊天窗口，方便访客联系网站团队。',
      'zh-Hant': '提供線上客服聊天視窗，方便訪客聯絡網站團隊。',
    },
    sources: ['https://help.crisp.chat/en/article/whats-crisp-cookie-policy-3tzy0q/'],
  },
  {
    id: 'zendesk',
    category: 'preferences',
    hosts: ['zdassets.com'],
    cookies: [],
    recipient: { name: 'Zendesk, Inc.', contact: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/' },
    country: 'US',
    policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    purpose: {
      en: 'Runs the help and messaging widget so visitors can search answers or contact support.',
      'zh-Hans': '提供帮助与消息窗口，方便访客查找答案或联系客服。',
      'zh-Hant': '提供說明與訊息視窗，方便訪客查詢解答或聯絡客服。',
    },
    sources: ['https://developer.zendesk.com/documentation/zendesk-web-widget-sdks/sdks/web/cookies/'],
  },
];
