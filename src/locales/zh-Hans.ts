import type { Texts } from '../shared/types';

/** 简体中文 */
export const zhHans: Texts = {
  bannerTitle: '您的隐私选择',
  bannerText: '我们使用 Cookie 及类似技术来维持网站运行、记住您的设置、了解网站的使用情况，并与合作伙伴一起为您展示相关广告。在您做出选择之前，我们只使用必要的 Cookie。',
  policyLink: '隐私政策',
  policyUpdated: '隐私政策（更新于 {date}）',
  policyChanged: '自您上次选择以来，我们的隐私政策已有更新，请重新确认您的选择。',
  gpcHonoured: '您的浏览器发出了“全球隐私控制”（GPC）信号，因此我们不会出售或共享您的数据。',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  doNotSell: '请勿出售或共享我的个人信息',
  optOutText: '我们使用 Cookie 及类似技术来维持网站运行并了解网站的使用情况。我们会与广告合作伙伴共享部分数据，这可能构成“出售”。您可以随时选择退出。',
  dismiss: '知道了',
  close: '关闭',
  preferencesTitle: '隐私偏好设置',
  preferencesText: '请选择您允许使用的 Cookie 类型和合作伙伴，您可以随时更改。',
  save: '保存设置',
  alwaysOn: '始终启用',
  cookies: 'Cookie',
  lifetime: '有效期',
  policySection: '政策相关章节',
  settings: 'Cookie 设置',
  saveFailed: '未能保存您的选择，请重试。',
  categories: {
    necessary: { title: '必要', description: '维持网站正常运行和安全所必需，包括记住您的隐私选择。' },
    preferences: { title: '偏好', description: '记住您的语言、地区等设置。' },
    analytics: { title: '统计分析', description: '了解网站的使用频率、故障和性能，帮助我们改进服务。' },
    advertising: { title: '广告', description: '允许广告合作伙伴在本站及其他网站和应用中向您展示可能感兴趣的广告，并衡量广告效果。' },
  },
  services: {},
};
