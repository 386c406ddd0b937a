/** Ad measurement, retargeting and ads on other sites (the `advertising` category). */
const advertising = [
    {
        id: 'google-ads',
        category: 'advertising',
        hosts: ['googleadservices.com', 'googleads.g.doubleclick.net', 'www.google.com/pagead'],
        cookies: [{ name: '_gcl_au', lifetime: { days: 90 } }],
        recipient: { name: 'Google LLC', contact: 'https://policies.google.com/privacy' },
        country: 'US',
        policyUrl: 'https://policies.google.com/privacy',
        purpose: {
            en: 'Measures which Google ads lead to purchases or sign-ups and builds audiences to show ads to again.',
            'zh-Hans': '衡量哪些 Google 广告带来了购买或注册，并建立再次投放广告的受众。',
            'zh-Hant': '衡量哪些 Google 廣告帶來購買或註冊，並建立再次投放廣告的受眾。',
        },
        sources: ['https://policies.google.com/technologies/cookies', 'https://developers.google.com/tag-platform/security/guides/csp'],
    },
    {
        id: 'microsoft-advertising',
        category: 'advertising',
        hosts: ['bat.bing.com'],
        cookies: [],
        recipient: { name: 'Microsoft Corporation', contact: 'https://privacy.microsoft.com/privacystatement' },
        country: 'US',
        policyUrl: 'https://privacy.microsoft.com/privacystatement',
        purpose: {
            en: 'Reports what visitors do after clicking a Microsoft ad (UET), for conversion tracking and remarketing.',
            'zh-Hans': '记录访客点击 Microsoft 广告后的行为（UET），用于转化跟踪和再营销。',
            'zh-Hant': '記錄訪客點擊 Microsoft 廣告後的行為（UET），用於轉換追蹤與再行銷。',
        },
        sources: ['https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_faq'],
    },
    {
        id: 'meta-pixel',
        category: 'advertising',
        hosts: ['connect.facebook.net', 'www.facebook.com/tr'],
        cookies: [{ name: '_fbp', lifetime: { days: 90 } }],
        recipient: { name: 'Meta Platforms, Inc.', contact: 'https://www.facebook.com/privacy/policy/' },
        country: 'US',
        policyUrl: 'https://www.facebook.com/privacy/policy/',
        purpose: {
            en: 'Tells Meta which visits follow its ads on Facebook and Instagram, to measure them and show related ads.',
            'zh-Hans': '让 Meta 知道哪些访问来自其在 Facebook 和 Instagram 上的广告，用于衡量效果并展示相关广告。',
            'zh-Hant': '讓 Meta 知道哪些造訪來自其在 Facebook 與 Instagram 上的廣告，用於衡量成效並顯示相關廣告。',
        },
        sources: [
            'https://www.facebook.com/privacy/policies/cookies/',
            'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
            'https://developers.facebook.com/docs/meta-pixel/get-started',
        ],
    },
    {
        id: 'linkedin-insight',
        category: 'advertising',
        hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
        cookies: [
            { name: 'li_sugr', lifetime: { days: 90 } },
            { name: 'bcookie', lifetime: { years: 1 } },
            { name: 'lidc', lifetime: { days: 1 } },
            { name: 'AnalyticsSyncHistory', lifetime: { days: 30 } },
            { name: 'li_fat_id', lifetime: { days: 30 } },
        ],
        recipient: { name: 'LinkedIn Corporation', contact: 'https://www.linkedin.com/legal/privacy-policy' },
        country: 'US',
        policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
        purpose: {
            en: 'Measures LinkedIn ad conversions and builds audiences of professionals who visited the site.',
            'zh-Hans': '衡量 LinkedIn 广告的转化效果，并把访问过网站的职场用户建成受众群体。',
            'zh-Hant': '衡量 LinkedIn 廣告的轉換成效，並把造訪過網站的職場使用者建立為受眾。',
        },
        sources: ['https://www.linkedin.com/legal/l/cookie-table'],
    },
    {
        id: 'tiktok-pixel',
        category: 'advertising',
        hosts: ['analytics.tiktok.com'],
        cookies: [
            { name: '_ttp', lifetime: { months: 13 } },
            { name: '_tt_enable_cookie', lifetime: { months: 13 } },
        ],
        recipient: { name: 'TikTok Pte. Ltd.', contact: 'https://www.tiktok.com/legal/page/global/privacy-policy/en' },
        country: 'SG',
        policyUrl: 'https://www.tiktok.com/legal/page/global/privacy-policy/en',
        purpose: {
            en: 'Matches visits and purchases with TikTok ads, to measure and optimise campaigns and retarget visitors.',
            'zh-Hans': '把访问和购买与 TikTok 广告关联，用于衡量和优化投放并再次触达访客。',
            'zh-Hant': '把造訪與購買和 TikTok 廣告關聯，用於衡量與最佳化投放並再次觸及訪客。',
        },
        sources: ['https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel'],
    },
    {
        id: 'pinterest-tag',
        category: 'advertising',
        hosts: ['s.pinimg.com', 'ct.pinterest.com'],
        cookies: [],
        recipient: { name: 'Pinterest, Inc.', contact: 'https://policy.pinterest.com/en/privacy-policy' },
        country: 'US',
        policyUrl: 'https://policy.pinterest.com/en/privacy-policy',
        purpose: {
            en: 'Reports visits and purchases that follow Pinterest ads, for measurement and retargeting.',
            'zh-Hans': '记录 Pinterest 广告带来的访问和购买，用于效果衡量和再营销。',
            'zh-Hant': '記錄 Pinterest 廣告帶來的造訪與購買，用於成效衡量與再行銷。',
        },
        sources: ['https://help.pinterest.com/en/business/article/install-the-pinterest-tag'],
    },
    {
        id: 'snap-pixel',
        category: 'advertising',
        hosts: ['sc-static.net', 'tr.snapchat.com'],
        cookies: [],
        recipient: { name: 'Snap Inc.', contact: 'https://values.snap.com/privacy/privacy-policy' },
        country: 'US',
        policyUrl: 'https://values.snap.com/privacy/privacy-policy',
        purpose: {
            en: 'Measures the actions visitors take after seeing Snapchat ads and builds audiences for them.',
            'zh-Hans': '衡量访客看到 Snapchat 广告后的行为，并据此建立广告受众。',
            'zh-Hant': '衡量訪客看到 Snapchat 廣告後的行為，並據此建立廣告受眾。',
        },
        sources: ['https://developers.snap.com/api/marketing-api/Ads-API/snap-pixel'],
    },
    {
        id: 'x-pixel',
        category: 'advertising',
        hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co'],
        cookies: [],
        recipient: { name: 'X Corp.', contact: 'https://x.com/en/privacy' },
        country: 'US',
        policyUrl: 'https://x.com/en/privacy',
        purpose: {
            en: 'Tracks conversions from ads on X (Twitter) and builds audiences of site visitors.',
            'zh-Hans': '跟踪 X（Twitter）广告带来的转化，并建立网站访客受众。',
            'zh-Hant': '追蹤 X（Twitter）廣告帶來的轉換，並建立網站訪客受眾。',
        },
        sources: ['https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites'],
    },
    {
        id: 'reddit-pixel',
        category: 'advertising',
        hosts: ['www.redditstatic.com/ads', 'alb.reddit.com'],
        cookies: [],
        recipient: { name: 'Reddit, Inc.', contact: 'https://www.reddit.com/policies/privacy-policy' },
        country: 'US',
        policyUrl: 'https://www.reddit.com/policies/privacy-policy',
        purpose: {
            en: 'Counts conversions from Reddit ads and builds retargeting audiences.',
            'zh-Hans': '统计 Reddit 广告带来的转化，并建立再营销受众。',
            'zh-Hant': '統計 Reddit 廣告帶來的轉換，並建立再行銷受眾。',
        },
        sources: ['https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website'],
    },
    {
        id: 'quora-pixel',
        category: 'advertising',
        hosts: ['a.quora.com', 'q.quora.com'],
        cookies: [],
        recipient: { name: 'Quora, Inc.', contact: 'https://www.quora.com/about/privacy' },
        country: 'US',
        policyUrl: 'https://www.quora.com/about/privacy',
        purpose: {
            en: 'Measures conversions from Quora ads and lets the site show ads again to its visitors.',
            'zh-Hans': '衡量 Quora 广告带来的转化，并可向网站访客再次投放广告。',
            'zh-Hant': '衡量 Quora 廣告帶來的轉換，並可向網站訪客再次投放廣告。',
        },
        sources: ['https://quoraadsupport.zendesk.com/hc/en-us/articles/115010466208-How-do-I-install-the-Quora-pixel-'],
    },
    {
        id: 'criteo',
        category: 'advertising',
        hosts: ['criteo.net', 'criteo.com'],
        cookies: [],
        recipient: { name: 'Criteo SA', contact: 'https://www.criteo.com/privacy/' },
        country: 'FR',
        policyUrl: 'https://www.criteo.com/privacy/',
        purpose: {
            en: 'Shows visitors ads for products they viewed here, on other sites (retargeting).',
            'zh-Hans': '在其他网站上向访客展示他们在本站浏览过的商品广告（再营销）。',
            'zh-Hant': '在其他網站上向訪客顯示他們在本站瀏覽過的商品廣告（再行銷）。',
        },
        sources: ['https://www.criteo.com/privacy/'],
    },
    {
        id: 'taboola',
        category: 'advertising',
        hosts: ['taboola.com'],
        cookies: [],
        recipient: { name: 'Taboola, Inc.', contact: 'https://www.taboola.com/policies/privacy-policy' },
        country: 'US',
        policyUrl: 'https://www.taboola.com/policies/privacy-policy',
        purpose: {
            en: 'Recommends sponsored and site content to visitors and measures the clicks it brings.',
            'zh-Hans': '向访客推荐赞助内容和本站内容，并衡量由此带来的点击。',
            'zh-Hant': '向訪客推薦贊助內容與本站內容，並衡量由此帶來的點擊。',
        },
        sources: ['https://www.taboola.com/policies/cookie-policy'],
    },
    {
        id: 'outbrain',
        category: 'advertising',
        hosts: ['outbrain.com'],
        cookies: [],
        recipient: { name: 'Outbrain Inc.', contact: 'https://www.outbrain.com/privacy/' },
        country: 'US',
        policyUrl: 'https://www.outbrain.com/privacy/',
        purpose: {
            en: 'Shows recommended and sponsored content and measures conversions from Outbrain campaigns.',
            'zh-Hans': '展示推荐和赞助内容，并衡量 Outbrain 推广带来的转化。',
            'zh-Hant': '顯示推薦與贊助內容，並衡量 Outbrain 推廣帶來的轉換。',
        },
        sources: ['https://www.outbrain.com/privacy/cookies/'],
    },
    {
        id: 'klaviyo',
        category: 'advertising',
        hosts: ['klaviyo.com'],
        cookies: [],
        recipient: { name: 'Klaviyo, Inc.', contact: 'https://www.klaviyo.com/legal/privacy-notice' },
        country: 'US',
        policyUrl: 'https://www.klaviyo.com/legal/privacy-notice',
        purpose: {
            en: 'Links site activity to email and SMS subscribers, for targeted marketing messages.',
            'zh-Hans': '把网站上的活动与邮件、短信订阅者关联，用于定向营销信息。',
            'zh-Hant': '把網站上的活動與電子郵件、簡訊訂閱者關聯，用於精準行銷訊息。',
        },
        sources: ['https://help.klaviyo.com/hc/en-us/articles/115005076767'],
    },
    {
        id: 'mailchimp',
        category: 'advertising',
        hosts: ['chimpstatic.com', 'list-manage.com'],
        cookies: [],
        recipient: { name: 'The Rocket Science Group LLC (Mailchimp)', contact: 'https://www.intuit.com/privacy/statement/' },
        country: 'US',
        policyUrl: 'https://www.intuit.com/privacy/statement/',
        purpose: {
            en: 'Runs sign-up forms and pop-ups and ties site visits to the site’s email campaigns.',
            'zh-Hans': '提供订阅表单和弹窗，并把网站访问与网站的邮件营销活动关联。',
            'zh-Hant': '提供訂閱表單與彈出視窗，並把網站造訪與網站的電子郵件行銷活動關聯。',
        },
        sources: ['https://mailchimp.com/help/connect-or-disconnect-a-custom-website/'],
    },
];

const GOOGLE$1 = { name: 'Google LLC', contact: 'https://policies.google.com/privacy' };
const GOOGLE_CSP = 'https://developers.google.com/tag-platform/security/guides/csp';
const MICROSOFT = { name: 'Microsoft Corporation', contact: 'https://privacy.microsoft.com/privacystatement' };
/** Measurement: audience, usage, faults and performance (the `analytics` category). */
const analytics = [
    {
        id: 'google-analytics',
        category: 'analytics',
        hosts: ['google-analytics.com', 'analytics.google.com'],
        cookies: [
            { name: '_ga', lifetime: { years: 2 } },
            { name: '/^_ga_/', lifetime: { years: 2 }, example: '_ga_1A2B3C4D5E' },
        ],
        recipient: GOOGLE$1,
        country: 'US',
        policyUrl: 'https://policies.google.com/privacy',
        purpose: {
            en: 'Counts visits and tells apart visitors and sessions so the site can see how its pages are used.',
            'zh-Hans': '统计访问量，区分访客与会话，让网站了解各页面的使用情况。',
            'zh-Hant': '統計造訪次數，區分訪客與工作階段，讓網站了解各頁面的使用情形。',
        },
        sources: ['https://support.google.com/analytics/answer/11397207', GOOGLE_CSP],
    },
    {
        id: 'google-tag-manager',
        category: 'analytics',
        hosts: ['googletagmanager.com'],
        cookies: [],
        recipient: GOOGLE$1,
        country: 'US',
        policyUrl: 'https://policies.google.com/privacy',
        purpose: {
            en: 'Loads the measurement and marketing tags the site has configured in its tag container, including the Google tag (gtag.js).',
            'zh-Hans': '加载网站在代码容器中配置的统计与营销代码，包括 Google 代码（gtag.js）。',
            'zh-Hant': '載入網站在代碼容器中設定的統計與行銷代碼，包括 Google 代碼（gtag.js）。',
        },
        sources: [GOOGLE_CSP],
    },
    {
        id: 'microsoft-clarity',
        category: 'analytics',
        hosts: ['clarity.ms'],
        cookies: [
            { name: '_clck', lifetime: { days: 365 } },
            { name: '_clsk', lifetime: { days: 1 } },
        ],
        recipient: MICROSOFT,
        country: 'US',
        policyUrl: 'https://privacy.microsoft.com/privacystatement',
        purpose: {
            en: 'Records how visitors click, scroll and move through pages, as heatmaps and session replays.',
            'zh-Hans': '以热图和会话回放的形式，记录访客在页面上的点击、滚动和浏览路径。',
            'zh-Hant': '以熱圖和工作階段重播的形式，記錄訪客在頁面上的點擊、捲動與瀏覽路徑。',
        },
        sources: [
            'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
            'https://github.com/microsoft/clarity/blob/master/packages/clarity-js/types/data.d.ts',
            'https://www.npmjs.com/package/@microsoft/clarity',
        ],
    },
    {
        id: 'hotjar',
        category: 'analytics',
        hosts: ['hotjar.com'],
        cookies: [
            { name: '/^_hjSessionUser_\\d+$/', lifetime: { days: 365 }, example: '_hjSessionUser_1234567' },
            { name: '/^_hjSession_\\d+$/', lifetime: { minutes: 30 }, example: '_hjSession_1234567' },
        ],
        recipient: { name: 'Hotjar Ltd.', contact: 'https://www.hotjar.com/legal/policies/privacy/' },
        country: 'MT',
        policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
        purpose: {
            en: 'Shows heatmaps and recordings of visits and runs on-page surveys, to find what helps or gets in the way.',
            'zh-Hans': '提供热图、访问录像和页面问卷，帮助找出页面上好用或碍事的地方。',
            'zh-Hant': '提供熱圖、造訪錄影與頁面問卷，協助找出頁面上好用或礙事之處。',
        },
        sources: [
            'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
            'https://www.npmjs.com/package/@hotjar/browser',
        ],
    },
    {
        id: 'matomo',
        category: 'analytics',
        hosts: ['matomo.cloud'],
        cookies: [
            { name: '/^_pk_id\\./', lifetime: { months: 13 }, example: '_pk_id.1.1fff' },
            { name: '/^_pk_ses\\./', lifetime: { minutes: 30 }, example: '_pk_ses.1.1fff' },
            { name: '/^_pk_ref\\./', lifetime: { months: 6 }, example: '_pk_ref.1.1fff' },
        ],
        recipient: { name: 'InnoCraft Ltd', contact: 'https://matomo.org/privacy-policy/' },
        country: 'NZ',
        policyUrl: 'https://matomo.org/privacy-policy/',
        purpose: {
            en: 'Measures visits, page views and referrers; a self-hosted Matomo keeps the data on the site owner’s own server.',
            'zh-Hans': '统计访问、浏览量和来源；自行部署的 Matomo 会把数据留在网站自己的服务器上。',
            'zh-Hant': '統計造訪、瀏覽量與來源；自行架設的 Matomo 會把資料留在網站自己的伺服器上。',
        },
        sources: ['https://matomo.org/faq/general/faq_146/', 'https://github.com/matomo-org/matomo/blob/5.x-dev/js/piwik.js'],
    },
    {
        id: 'hubspot',
        category: 'analytics',
        hosts: ['hs-scripts.com', 'hs-analytics.net', 'track.hubspot.com'],
        cookies: [],
        recipient: { name: 'HubSpot, Inc.', contact: 'https://legal.hubspot.com/privacy-policy' },
        country: 'US',
        policyUrl: 'https://legal.hubspot.com/privacy-policy',
        purpose: {
            en: 'Tracks page views and form submissions so the site’s marketing and sales team can follow up on visitors.',
            'zh-Hans': '记录页面浏览和表单提交，供网站的营销与销售团队跟进访客。',
            'zh-Hant': '記錄頁面瀏覽與表單提交，供網站的行銷與銷售團隊跟進訪客。',
        },
        sources: [
            'https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
        ],
    },
    {
        id: 'contentsquare',
        category: 'analytics',
        hosts: ['contentsquare.net'],
        cookies: [
            { name: '_cs_id', lifetime: { months: 13 } },
            { name: '_cs_s', lifetime: { minutes: 30 } },
            { name: '_cs_c', lifetime: { months: 13 } },
        ],
        recipient: { name: 'Contentsquare SAS', contact: 'https://contentsquare.com/privacy-center/' },
        country: 'FR',
        policyUrl: 'https://contentsquare.com/privacy-center/',
        purpose: {
            en: 'Analyses how visitors interact with pages, with zone heatmaps and session replays.',
            'zh-Hans': '通过区域热图和会话回放，分析访客与页面的互动方式。',
            'zh-Hant': '透過區域熱圖與工作階段重播，分析訪客與頁面的互動方式。',
        },
        sources: ['https://docs.contentsquare.com/en/web/cookies/'],
    },
    {
        id: 'piano-analytics',
        category: 'analytics',
        hosts: ['aticdn.net', 'xiti.com'],
        cookies: [
            { name: 'atuserid', lifetime: { months: 13 } },
            { name: 'atidvisitor', lifetime: { months: 6 } },
            { name: 'atsession', lifetime: { minutes: 30 } },
        ],
        recipient: { name: 'AT Internet SAS (Piano)', contact: 'https://piano.io/privacy-policy/' },
        country: 'FR',
        policyUrl: 'https://piano.io/privacy-policy/',
        purpose: {
            en: 'Measures audience and campaigns, counting visitors and visits across the site’s pages.',
            'zh-Hans': '统计受众与推广活动，计算网站各页面的访客和访问次数。',
            'zh-Hant': '統計受眾與推廣活動，計算網站各頁面的訪客與造訪次數。',
        },
        sources: ['https://github.com/at-internet/smarttag-documentation-archive/wiki/AT-Internet-cookies'],
    },
    {
        id: 'adobe-analytics',
        category: 'analytics',
        hosts: ['sc.omtrdc.net', '2o7.net'],
        cookies: [],
        recipient: { name: 'Adobe Inc.', contact: 'https://www.adobe.com/privacy.html' },
        country: 'US',
        policyUrl: 'https://www.adobe.com/privacy.html',
        purpose: {
            en: 'Collects page views and interactions for the site’s reports in Adobe Analytics.',
            'zh-Hans': '收集页面浏览和互动数据，生成网站在 Adobe Analytics 中的报表。',
            'zh-Hant': '收集頁面瀏覽與互動資料，產生網站在 Adobe Analytics 中的報表。',
        },
        sources: ['https://experienceleague.adobe.com/docs/core-services/interface/administration/ec-cookies/cookies-analytics.html'],
    },
    {
        id: 'adobe-target',
        category: 'analytics',
        hosts: ['tt.omtrdc.net'],
        cookies: [{ name: 'mbox', lifetime: { years: 2 } }],
        recipient: { name: 'Adobe Inc.', contact: 'https://www.adobe.com/privacy.html' },
        country: 'US',
        policyUrl: 'https://www.adobe.com/privacy.html',
        purpose: {
            en: 'Tests versions of pages and offers against each other to learn which ones visitors find more relevant.',
            'zh-Hans': '对页面和优惠的不同版本做对比测试，了解哪些版本对访客更有用。',
            'zh-Hant': '對頁面與優惠的不同版本做比較測試，了解哪些版本對訪客更有用。',
        },
        sources: ['https://experienceleague.adobe.com/docs/core-services/interface/administration/ec-cookies/cookies-target.html'],
    },
    {
        id: 'segment',
        category: 'analytics',
        hosts: ['segment.com', 'segment.io'],
        cookies: [],
        recipient: { name: 'Twilio Inc.', contact: 'https://www.twilio.com/en-us/legal/privacy' },
        country: 'US',
        policyUrl: 'https://www.twilio.com/en-us/legal/privacy',
        purpose: {
            en: 'Collects events about visits in one place and forwards them to the other tools the site has connected.',
            'zh-Hans': '把访问事件集中收集，再转发给网站接入的其他工具。',
            'zh-Hant': '把造訪事件集中收集，再轉送給網站串接的其他工具。',
        },
        sources: ['https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/'],
    },
    {
        id: 'mixpanel',
        category: 'analytics',
        hosts: ['mxpnl.com', 'mixpanel.com'],
        // The library's defaults: cookie `mp_<project token>_mixpanel`, `cookie_expiration: 365` days.
        cookies: [{ name: '/^mp_\\w+_mixpanel$/', lifetime: { days: 365 }, example: 'mp_0f1e2d3c4b5a69788796a5b4c3d2e1f0_mixpanel' }],
        recipient: { name: 'Mixpanel, Inc.', contact: 'https://mixpanel.com/legal/privacy-policy/' },
        country: 'US',
        policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
        purpose: {
            en: 'Records product events such as sign-ups and feature use, to show funnels and retention.',
            'zh-Hans': '记录注册、功能使用等产品事件，用于分析转化漏斗和留存。',
            'zh-Hant': '記錄註冊、功能使用等產品事件，用於分析轉換漏斗與留存。',
        },
        sources: ['https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript', 'https://github.com/mixpanel/mixpanel-js/blob/master/src/mixpanel-core.js'],
    },
    {
        id: 'amplitude',
        category: 'analytics',
        hosts: ['amplitude.com'],
        cookies: [],
        recipient: { name: 'Amplitude, Inc.', contact: 'https://amplitude.com/privacy' },
        country: 'US',
        policyUrl: 'https://amplitude.com/privacy',
        purpose: {
            en: 'Records how visitors use the product, to analyse journeys, funnels and retention.',
            'zh-Hans': '记录访客使用产品的方式，用于分析用户路径、转化漏斗和留存。',
            'zh-Hant': '記錄訪客使用產品的方式，用於分析使用者路徑、轉換漏斗與留存。',
        },
        sources: ['https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2'],
    },
    {
        id: 'plausible',
        category: 'analytics',
        hosts: ['plausible.io'],
        cookies: [],
        recipient: { name: 'Plausible Insights OÜ', contact: 'https://plausible.io/privacy' },
        country: 'EE',
        policyUrl: 'https://plausible.io/privacy',
        purpose: {
            en: 'Counts page views and referrers in aggregate, without cookies.',
            'zh-Hans': '以汇总方式统计页面浏览量和来源，不使用 Cookie。',
            'zh-Hant': '以彙總方式統計頁面瀏覽量與來源，不使用 Cookie。',
        },
        sources: ['https://plausible.io/data-policy'],
    },
    {
        id: 'sentry',
        category: 'analytics',
        hosts: ['sentry-cdn.com', 'sentry.io'],
        cookies: [],
        recipient: { name: 'Functional Software, Inc. (Sentry)', contact: 'https://sentry.io/privacy/' },
        country: 'US',
        policyUrl: 'https://sentry.io/privacy/',
        purpose: {
            en: 'Reports errors and slow pages to the site’s developers so they can fix them.',
            'zh-Hans': '把页面错误和性能问题报告给网站开发者，便于修复。',
            'zh-Hant': '把頁面錯誤與效能問題回報給網站開發者，以便修正。',
        },
        sources: ['https://docs.sentry.io/platforms/javascript/install/loader/'],
    },
    {
        id: 'vercel-analytics',
        category: 'analytics',
        hosts: ['va.vercel-scripts.com'],
        cookies: [],
        recipient: { name: 'Vercel Inc.', contact: 'https://vercel.com/legal/privacy-policy' },
        country: 'US',
        policyUrl: 'https://vercel.com/legal/privacy-policy',
        purpose: {
            en: 'Counts page views and measures loading speed in aggregate, without cookies.',
            'zh-Hans': '以汇总方式统计页面浏览量并测量加载速度，不使用 Cookie。',
            'zh-Hant': '以彙總方式統計頁面瀏覽量並量測載入速度，不使用 Cookie。',
        },
        sources: ['https://vercel.com/docs/analytics/privacy-policy'],
    },
    {
        id: 'yandex-metrica',
        category: 'analytics',
        hosts: ['mc.yandex.ru', 'mc.yandex.com'],
        cookies: [{ name: '_ym_uid', lifetime: { years: 1 } }],
        recipient: { name: 'YANDEX LLC', contact: 'https://yandex.com/legal/confidential/' },
        country: 'RU',
        policyUrl: 'https://yandex.com/legal/confidential/',
        purpose: {
            en: 'Measures visits and traffic sources and can record sessions, for the site’s Yandex Metrica reports.',
            'zh-Hans': '统计访问和流量来源，并可录制会话，用于网站的 Yandex Metrica 报表。',
            'zh-Hant': '統計造訪與流量來源，並可錄製工作階段，用於網站的 Yandex Metrica 報表。',
        },
        sources: ['https://yandex.com/support/metrica/en/general/cookie-usage.html', 'https://docs.prebid.org/dev-docs/modules/userid-submodules/yandex.html'],
    },
];

/**
 * Chat and help widgets. They are `preferences`: a feature the visitor may use, not needed to show the page;
 * a site that opens the chat only when the visitor asks for it may treat it as necessary from then on.
 */
const chat = [
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

/** Partners common on sites for visitors in mainland China. */
const china = [
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

const GOOGLE = { name: 'Google LLC', contact: 'https://policies.google.com/privacy' };
/**
 * Players and maps embedded in pages. They are `preferences`: what a visitor chooses to see, and the vendors'
 * own cookie documentation files the cookies they set for it under functionality (Google lists YouTube's
 * `VISITOR_INFO1_LIVE` and Maps' `NID` as cookies that keep preferences).
 */
const embeds = [
    {
        id: 'youtube',
        category: 'preferences',
        hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
        cookies: [
            { name: 'VISITOR_INFO1_LIVE', lifetime: { months: 6 } },
            { name: 'YSC', lifetime: 'session' },
        ],
        recipient: GOOGLE,
        country: 'US',
        policyUrl: 'https://policies.google.com/privacy',
        purpose: {
            en: 'Plays embedded YouTube videos and remembers playback settings; Google may use the visit for its own services.',
            'zh-Hans': '播放嵌入的 YouTube 视频并记住播放设置；Google 也可能把这次访问用于自身服务。',
            'zh-Hant': '播放嵌入的 YouTube 影片並記住播放設定；Google 也可能把這次造訪用於自身服務。',
        },
        sources: ['https://policies.google.com/technologies/cookies', 'https://support.google.com/youtube/answer/171780'],
    },
    {
        id: 'vimeo',
        category: 'preferences',
        hosts: ['player.vimeo.com', 'vimeocdn.com'],
        cookies: [],
        recipient: { name: 'Vimeo.com, Inc.', contact: 'https://vimeo.com/privacy' },
        country: 'US',
        policyUrl: 'https://vimeo.com/privacy',
        purpose: {
            en: 'Plays embedded Vimeo videos and counts their views for the video’s owner.',
            'zh-Hans': '播放嵌入的 Vimeo 视频，并为视频所有者统计观看次数。',
            'zh-Hant': '播放嵌入的 Vimeo 影片，並為影片擁有者統計觀看次數。',
        },
        sources: ['https://vimeo.com/cookie_policy', 'https://developer.vimeo.com/player/sdk/embed'],
    },
    {
        id: 'google-maps',
        category: 'preferences',
        hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'www.google.com/maps'],
        cookies: [{ name: 'NID', lifetime: { months: 6 } }],
        recipient: GOOGLE,
        country: 'US',
        policyUrl: 'https://policies.google.com/privacy',
        purpose: {
            en: 'Shows interactive Google maps and remembers map preferences such as language.',
            'zh-Hans': '显示可交互的 Google 地图，并记住语言等地图偏好。',
            'zh-Hant': '顯示可互動的 Google 地圖，並記住語言等地圖偏好。',
        },
        sources: ['https://policies.google.com/technologies/cookies', 'https://developers.google.com/maps/documentation/javascript/content-security-policy'],
    },
    {
        id: 'spotify',
        category: 'preferences',
        hosts: ['open.spotify.com/embed'],
        cookies: [],
        recipient: { name: 'Spotify AB', contact: 'https://www.spotify.com/legal/privacy-policy/' },
        country: 'SE',
        policyUrl: 'https://www.spotify.com/legal/privacy-policy/',
        purpose: {
            en: 'Plays embedded Spotify tracks, albums and podcasts.',
            'zh-Hans': '播放嵌入的 Spotify 单曲、专辑和播客。',
            'zh-Hant': '播放嵌入的 Spotify 單曲、專輯與 Podcast。',
        },
        sources: ['https://developer.spotify.com/documentation/embeds'],
    },
];

/** Bot protection and payments: needed for the service the visitor asked for (the `necessary` category). */
const security = [
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

/** Every entry, grouped by kind in its own file. */
const catalogue = [...security, ...analytics, ...advertising, ...embeds, ...chat, ...china];

/** A `/regex/flags` cookie name as a RegExp; null for a plain name. */
function cookiePattern(name) {
    const m = /^\/(.+)\/([a-z]*)$/.exec(name);
    return m ? new RegExp(m[1], m[2]) : null;
}
/** `host/path` split at the first `/`: `www.google.com/maps` → `['www.google.com', '/maps']`. */
function splitHost(entry) {
    const i = entry.indexOf('/');
    return i < 0 ? [entry.toLowerCase(), ''] : [entry.slice(0, i).toLowerCase(), entry.slice(i)];
}
/** Whether `path` lies under `prefix`, segment by segment (a prefix ending in `/` matches anything after it). */
function underPath(path, prefix) {
    if (!prefix)
        return true;
    if (prefix.endsWith('/'))
        return path.startsWith(prefix);
    return path == prefix || path.startsWith(prefix + '/');
}
/** An absolute http(s) URL (or a protocol-relative one), parsed; null for anything else. */
function parse(url) {
    try {
        const u = new URL(url.startsWith('//') ? 'https:' + url : url);
        return /^https?:$/.test(u.protocol) ? u : null;
    }
    catch {
        return null;
    }
}
/**
 * How specifically `entry` claims `url`: 0 when it does not, else the length of the matching host and path
 * prefix, so that `www.google.com/maps` is preferred to a bare `google.com`.
 */
function hostScore(entry, url) {
    const u = parse(url);
    if (!u)
        return 0;
    const host = u.hostname.toLowerCase();
    let best = 0;
    for (const h of entry.hosts) {
        const [name, path] = splitHost(h);
        if ((host == name || host.endsWith('.' + name)) && underPath(u.pathname, path))
            best = Math.max(best, h.length);
    }
    return best;
}
/** A request URL belongs to the entry: its host is a listed host or a subdomain of one, under the listed path. */
function matchHost(entry, url) {
    return hostScore(entry, url) > 0;
}
/** The cookie name is one the entry lists, by exact name or by pattern. */
function matchCookie(entry, cookieName) {
    return entry.cookies.some((c) => {
        const re = cookiePattern(c.name);
        return re ? re.test(cookieName) : c.name == cookieName;
    });
}

/** One host name is the other or a subdomain of it. */
const related = (a, b) => a == b || a.endsWith('.' + b) || b.endsWith('.' + a);
/**
 * The entry as a Consentry service config. Consentry's blocker matches host names only, so a host given with a
 * path prefix is kept as its bare host name when no other entry of `catalogue` uses that host name (Meta's
 * `www.facebook.com/tr` → `www.facebook.com`), and left out when another entry shares it (reCAPTCHA's
 * `www.google.com/recaptcha` and Maps' `www.google.com/maps`: blocking `www.google.com` for one would hold
 * back the other). `policyAnchor` is the site's own, so it is left for the site owner to add.
 */
function serviceConfigIn(catalogue, entry) {
    const hosts = [];
    for (const h of entry.hosts) {
        const [name, path] = splitHost(h);
        const shared = path && catalogue.some((other) => other.id != entry.id && other.hosts.some((o) => related(splitHost(o)[0], name)));
        if (!shared && !hosts.includes(name))
            hosts.push(name);
    }
    return {
        category: entry.category,
        hosts,
        cookies: entry.cookies.map(({ name, lifetime }) => ({ name, lifetime })),
    };
}

/** The partner catalogue, keyed by id. */
const services = Object.fromEntries(catalogue.map((e) => [e.id, e]));
/** The entry a request URL belongs to; where two entries match, the one with the longer host and path. */
function findService(url) {
    let found;
    let best = 0;
    for (const entry of catalogue) {
        const score = hostScore(entry, url);
        if (score > best)
            [found, best] = [entry, score];
    }
    return found;
}
/** The entry that sets a cookie of this name; an exact name wins over a pattern. */
function findCookie(cookieName) {
    return (catalogue.find((e) => e.cookies.some((c) => !cookiePattern(c.name) && c.name == cookieName)) ||
        catalogue.find((e) => matchCookie(e, cookieName)));
}
/**
 * The entry as it goes into a Consentry config's `services`:
 * `services: { 'google-analytics': toServiceConfig(services['google-analytics']) }`.
 * Path-prefixed hosts become their bare host name when no other entry shares that host, else they are left
 * out (Consentry's blocker matches host names only).
 */
function toServiceConfig(entry) {
    return serviceConfigIn(catalogue, entry);
}

export { findCookie, findService, matchCookie, matchHost, services, toServiceConfig };
