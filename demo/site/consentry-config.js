// iCanspk's consent config. The categories come from the privacy policy (/privacy.html); each one links
// to the section it comes from. Copy this file as a starting point for your own site.
window.consentryConfig = {
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  // Who handles the personal information: the policy's "Contact us" section gives the e-mail address and no
  // postal address. iCanspk is in China ("we ... store the personal information of users collected in China
  // in China"), so a service located elsewhere provides information abroad.
  controller: { name: 'iCanspk', contact: 'nic@icanspk.com', country: 'CN' },
  // The rule set by the visitor's region; the server fills `region` (demo/layout.mjs: ?region=, a cookie, a
  // CF-IPCountry header). The most specific code wins: US-CA over US, then `default`.
  rules: { CN: 'pipl', 'US-CA': 'us', DE: 'gdpr', default: 'gdpr' },
  // The policy's "Protection of minors": children under 14 need their parent's or guardian's consent.
  minors: { age: 14, guardianUrl: '/privacy.html#protection-of-minors' },
  categories: {
    // Service, security, and the consent cookie itself.
    necessary: { required: true, policyAnchor: '#how-we-use-cookies' },
    // Language and location settings.
    preferences: { policyAnchor: '#how-we-use-information' },
    // Usage frequency, faults, performance data.
    analytics: { policyAnchor: '#how-we-use-information' },
    // Ad recommendation and measurement with advertising partners, ads on other sites and apps.
    // The visitor may see ads without their being chosen for them ("more relevant advertisements").
    advertising: { sale: true, personalization: true, policyAnchor: '#advertising' },
  },
  services: {
    'language-memory': {
      category: 'preferences',
      cookies: [{ name: 'ica_lang', lifetime: { months: 12 } }],
      policyAnchor: '#how-we-use-information',
    },
    'lesson-video': {
      category: 'preferences',
      cookies: [{ name: '_icv_q', lifetime: { days: 30 } }],
      policyAnchor: '#how-we-use-cookies',
    },
    'site-analytics': {
      category: 'analytics',
      cookies: [
        { name: '_ica_id', lifetime: { months: 13 } },
        { name: '/^_ica_s_/', lifetime: { minutes: 30 } },
      ],
      policyAnchor: '#how-we-use-information',
    },
    'google-analytics': {
      category: 'analytics',
      cookies: [
        { name: '_ga', lifetime: { months: 13 } },
        { name: '/^_ga_/', lifetime: { months: 13 } },
      ],
      policyAnchor: '#how-we-use-cookies',
      // Google's privacy policy names Google LLC as the controller, in the United States:
      // https://policies.google.com/privacy
      recipient: { name: 'Google LLC', contact: 'https://policies.google.com/privacy' },
      country: 'US',
    },
    'ad-partner': {
      category: 'advertising',
      cookies: [{ name: '_adp', lifetime: { days: 90 } }],
      policyAnchor: '#advertising',
      // A stand-in for a real ad network (demo/partners/pixel.js); ads.example is a reserved name (RFC 2606).
      // The policy: advertising partners "may not be located in your jurisdiction".
      recipient: { name: 'Example Ad Network (demo stand-in)', contact: 'https://ads.example/privacy' },
      country: 'US',
    },
  },
  // Google Consent Mode v2: advertising grants ad_storage, ad_user_data and ad_personalization,
  // analytics grants analytics_storage, preferences grants functionality and personalization storage.
  consentMode: { waitForUpdate: 500 },
  ui: {
    texts: {
      en: {
        // The PIPL confirmation in the policy's own words ("Information we share", "How we use the collected information").
        separateText:
          'Our policy says we share personal information with third-party partners, including advertising partners, who "may not be located in your jurisdiction". These partners stay off unless you agree to each of them here.',
        personalizedText: 'We "recommend to you advertisements … that may be of interest to you". Switched off, you still see {category}, but not chosen for you.',
        categories: {
          necessary: {
            title: 'Strictly necessary',
            description: 'Keep the service running and secure, and remember this cookie choice. Always on.',
          },
          preferences: {
            title: 'Preferences',
            description: 'Remember your language and location settings, and play embedded lesson videos.',
          },
          analytics: {
            title: 'Analytics',
            description: 'Count how often pages are used and record faults and performance data, so we can fix and improve the service.',
          },
          advertising: {
            title: 'Advertising',
            description: 'Let our advertising partners recommend ads that may interest you, here and on other sites and apps, and measure how well they work.',
          },
        },
        services: {
          'language-memory': {
            name: 'Language memory',
            purpose: 'Remembers the language you picked for your next visit.',
            data: 'Your language setting.',
          },
          'lesson-video': {
            name: 'Lesson video player',
            purpose: 'Plays embedded lesson videos and remembers the playback quality.',
            data: 'Your playback quality setting; software information such as the browser type.',
          },
          'site-analytics': {
            name: 'iCanspk Analytics',
            purpose: 'Counts page views and visits with first-party cookies.',
            data: 'The frequency of your use, fault information, overall usage and performance data; device information such as the device model and operating system version.',
          },
          'google-analytics': {
            name: 'Google Analytics',
            purpose: 'Measures how the site is used; Consent Mode tells it what you allowed.',
            data: 'The frequency of your use, overall usage and performance data, referring URLs; device and software information such as the operating system version and browser type; IP address.',
          },
          'ad-partner': {
            name: 'Advertising partner',
            purpose: 'Shows ads and measures their results.',
            data: 'The ads you see and how you interact with them; device information such as the device model and a unique device identifier; IP address.',
          },
        },
      },
      'zh-Hans': {
        separateText: '我们的隐私政策写明，我们会与第三方合作伙伴（包括广告合作伙伴）共享个人信息，而它们“可能不位于您所在的司法管辖区”。未经您在此逐项单独同意，我们不会向其提供。',
        personalizedText: '我们会“向您推荐可能感兴趣的广告”。关闭后，您仍会看到{category}，但不会针对您的个人特征推荐。',
        categories: {
          necessary: { title: '必要', description: '保障服务正常运行和安全，并记住您的 Cookie 选择。始终开启。' },
          preferences: { title: '偏好设置', description: '记住您的语言和位置设置，并播放嵌入的课程视频。' },
          analytics: { title: '统计分析', description: '统计页面的使用频率，记录故障和性能数据，帮助我们修复问题、改进服务。' },
          advertising: {
            title: '广告',
            description: '允许我们的广告合作伙伴在本网站及其他网站和应用中为您推荐可能感兴趣的广告，并衡量广告效果。',
          },
        },
        services: {
          'language-memory': {
            name: '语言记忆',
            purpose: '记住您选择的语言，下次访问时直接使用。',
            data: '您的语言设置。',
          },
          'lesson-video': {
            name: '课程视频播放器',
            purpose: '播放嵌入的课程视频，并记住播放画质。',
            data: '您的播放画质设置；浏览器类型等软件信息。',
          },
          'site-analytics': {
            name: 'iCanspk 统计',
            purpose: '通过第一方 Cookie 统计页面浏览量和访问次数。',
            data: '您的使用频率、故障信息、整体使用情况和性能数据；设备型号、操作系统版本等设备信息。',
          },
          'google-analytics': {
            name: 'Google Analytics',
            purpose: '衡量网站的使用情况；同意模式会告诉它您允许了哪些用途。',
            data: '您的使用频率、整体使用情况和性能数据、来源网址；操作系统版本、浏览器类型等设备和软件信息；IP 地址。',
          },
          'ad-partner': {
            name: '广告合作伙伴',
            purpose: '展示广告并衡量广告效果。',
            data: '您看到的广告以及您与广告的互动；设备型号、设备唯一标识符等设备信息；IP 地址。',
          },
        },
      },
      'zh-Hant': {
        separateText: '我們的隱私權政策寫明，我們會與第三方合作夥伴（包括廣告合作夥伴）共享個人信息，而它們「可能不位於您所在的司法管轄區」。未經您在此逐項單獨同意，我們不會向其提供。',
        personalizedText: '我們會「向您推薦可能感興趣的廣告」。關閉後，您仍會看到{category}，但不會針對您的個人特徵推薦。',
        categories: {
          necessary: { title: '必要', description: '維持服務正常運作與安全，並記住您的 Cookie 選擇。一律開啟。' },
          preferences: { title: '偏好設定', description: '記住您的語言與位置設定，並播放嵌入的課程影片。' },
          analytics: { title: '統計分析', description: '統計頁面的使用頻率，記錄故障與效能資料，協助我們修正問題、改善服務。' },
          advertising: {
            title: '廣告',
            description: '允許我們的廣告合作夥伴在本網站及其他網站與應用程式中，為您推薦可能感興趣的廣告，並評估廣告成效。',
          },
        },
        services: {
          'language-memory': {
            name: '語言記憶',
            purpose: '記住您選擇的語言，下次造訪時直接使用。',
            data: '您的語言設定。',
          },
          'lesson-video': {
            name: '課程影片播放器',
            purpose: '播放嵌入的課程影片，並記住播放畫質。',
            data: '您的播放畫質設定；瀏覽器類型等軟體資訊。',
          },
          'site-analytics': {
            name: 'iCanspk 統計',
            purpose: '透過第一方 Cookie 統計頁面瀏覽量與造訪次數。',
            data: '您的使用頻率、故障資訊、整體使用情形與效能資料；裝置型號、作業系統版本等裝置資訊。',
          },
          'google-analytics': {
            name: 'Google Analytics',
            purpose: '衡量網站的使用情形；同意模式會告訴它您允許了哪些用途。',
            data: '您的使用頻率、整體使用情形與效能資料、來源網址；作業系統版本、瀏覽器類型等裝置與軟體資訊；IP 位址。',
          },
          'ad-partner': {
            name: '廣告合作夥伴',
            purpose: '展示廣告並評估廣告成效。',
            data: '您看到的廣告以及您與廣告的互動；裝置型號、裝置唯一識別碼等裝置資訊；IP 位址。',
          },
        },
      },
    },
  },
};
