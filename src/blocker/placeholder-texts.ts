export interface PlaceholderTexts {
  /** `{name}` is the service's name. */
  about: string;
  cookies: string;
  policy: string;
  once: string;
  /** `{name}` is the service's name. */
  always: string;
}

/** Built-in placeholder texts. */
export const PLACEHOLDER_TEXTS: Record<'en' | 'zh-Hans' | 'zh-Hant', PlaceholderTexts> = {
  en: {
    about: 'This content comes from {name}, a partner of this site. Loading it sends data about your visit to {name}, which may set cookies.',
    cookies: 'Cookies:',
    policy: 'Privacy policy',
    once: 'Load this once',
    always: 'Always allow {name}',
  },
  'zh-Hans': {
    about: '此内容来自本网站的合作伙伴 {name}。加载后，你本次访问的数据会发送给 {name}，它可能会在你的设备上设置 Cookie。',
    cookies: 'Cookie：',
    policy: '隐私政策',
    once: '仅加载这一次',
    always: '始终允许 {name}',
  },
  'zh-Hant': {
    about: '此內容來自本網站的合作夥伴 {name}。載入後，你本次造訪的資料會傳送給 {name}，它可能會在你的裝置上設定 Cookie。',
    cookies: 'Cookie：',
    policy: '隱私權政策',
    once: '僅載入這一次',
    always: '一律允許 {name}',
  },
};
