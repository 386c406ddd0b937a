import type { CatalogueEntry } from './types';

/** Partners common on sites for visitors in mainland China. */
export const china: CatalogueEntry[] = [
  {
    id: 'baidu-tongji',
    category: 'analytics',
    hosts: ['hm.baidu.com'],
    cookies: [
      // The tracker's own settings (`age: 31536000000` ms): the visitor cookie lives a year.
      { name: '/^Hm_lvt_[0-9a-f]{32}$/', lifetime: { years: 1 }, example: 'Hm_lvt_68df874fd78fd8f5cd345fd470a49b12' },
      { name: '/^Hm_lpvt_[0-9a-f]{32}$/', lifetime: 'session', example: 'Hm_lpvt_68df874fd78fd8f5cd345fd470a49b12' },
    ],
    recipient: { name: '北京百度网讯科技有限公司 (Beijing Baidu Netcom Science and Technology Co., Ltd.)', contact: 'https://privacy.baidu.com/policy/PrivacyPolicy' },
    country: 'CN',
    policyUrl: 'https://privacy.baidu.com/policy/PrivacyPolicy',
    purpose: {
      en: 'Counts visits, visitors and traffic sources for the site’s Baidu Tongji reports.',
      'zh-Hans': '统计访问量、访客数和流量来源，生成网站的百度统计报表。',
      'zh-Hant': '統計造訪次數、訪客數與流量來源，產生網站的百度統計報表。',
    },
    sources: ['https://hm.baidu.com/hm.js', 'https://privacy.baidu.com/policy/PrivacyPolicy'],
  },
  {
    id: 'cnzz',
    category: 'analytics',
    hosts: ['cnzz.com'],
    cookies: [],
    recipient: { name: '友盟同欣（北京）科技有限公司 (Umeng+)', contact: 'https://www.umeng.com/page/policy' },
    country: 'CN',
    policyUrl: 'https://www.umeng.com/page/policy',
    purpose: {
      en: 'Counts page views, visitors and events for the site’s Umeng+ (CNZZ) web statistics.',
      'zh-Hans': '统计页面浏览量、访客和事件，生成网站的友盟+（CNZZ）网站统计数据。',
      'zh-Hant': '統計頁面瀏覽量、訪客與事件，產生網站的友盟+（CNZZ）網站統計資料。',
    },
    sources: ['https://open.cnzz.com/a/new/trackevent/'],
  },
  {
    id: 'wechat-jssdk',
    category: 'preferences',
    hosts: ['res.wx.qq.com', 'res2.wx.qq.com'],
    cookies: [],
    recipient: { name: '深圳市腾讯计算机系统有限公司 (Shenzhen Tencent Computer Systems Co., Ltd.)', contact: 'https://privacy.qq.com/' },
    country: 'CN',
    policyUrl: 'https://privacy.qq.com/',
    purpose: {
      en: 'Lets pages opened inside WeChat share to chats and Moments and use WeChat features such as scanning and location.',
      'zh-Hans': '让在微信中打开的页面可以分享到聊天和朋友圈，并使用扫一扫、位置等微信功能。',
      'zh-Hant': '讓在微信中開啟的頁面可以分享到聊天與朋友圈，並使用掃一掃、位置等微信功能。',
    },
    sources: ['https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html'],
  },
  {
    id: 'bilibili',
    category: 'preferences',
    hosts: ['player.bilibili.com'],
    cookies: [],
    recipient: { name: '上海宽娱数码科技有限公司 (Bilibili)', contact: 'https://www.bilibili.com/blackboard/privacy-pc.html' },
    country: 'CN',
    policyUrl: 'https://www.bilibili.com/blackboard/privacy-pc.html',
    purpose: {
      en: 'Plays embedded Bilibili videos.',
      'zh-Hans': '播放嵌入的哔哩哔哩视频。',
      'zh-Hant': '播放嵌入的嗶哩嗶哩影片。',
    },
    sources: ['https://www.bilibili.com/blackboard/privacy-pc.html'],
  },
  {
    id: 'aliyun-captcha',
    category: 'necessary',
    hosts: ['o.alicdn.com/captcha-frontend'],
    cookies: [],
    recipient: {
      name: '阿里云计算有限公司 (Alibaba Cloud Computing Co., Ltd.)',
      contact: 'https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201902141711_54837.html',
    },
    country: 'CN',
    policyUrl: 'https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201902141711_54837.html',
    purpose: {
      en: 'Checks that sign-ins and forms come from people, using the visitor’s behaviour and device signals.',
      'zh-Hans': '根据访客的操作行为和设备信息，验证登录和表单是否由真人提交。',
      'zh-Hant': '依據訪客的操作行為與裝置資訊，驗證登入與表單是否由真人送出。',
    },
    sources: [
      'https://www.alibabacloud.com/help/doc-detail/2928714.html',
      'https://help.aliyun.com/zh/captcha/captcha2-0/product-overview/how-to-upgrade-captcha-1-0-to-2-0',
    ],
  },
];
