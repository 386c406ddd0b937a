import type { Texts } from '../shared/types';

/** 繁體中文 */
export const zhHant: Texts = {
  bannerTitle: '您的隱私選擇',
  bannerText: '我們使用 Cookie 及類似技術來維持網站運作、記住您的設定、了解網站的使用情況，並與合作夥伴一起為您顯示相關廣告。在您做出選擇之前，我們只會使用必要的 Cookie。',
  policyLink: '隱私權政策',
  policyUpdated: '隱私權政策（更新於 {date}）',
  policyChanged: '自您上次選擇後，我們的隱私權政策已有更新，請重新確認您的選擇。',
  gpcHonoured: '您的瀏覽器送出了「全球隱私控制」（GPC）訊號，因此我們不會出售或分享您的資料。',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  doNotSell: '請勿出售或分享我的個人資訊',
  optOutText: '我們使用 Cookie 及類似技術來維持網站運作並了解網站的使用情況。我們會與廣告合作夥伴分享部分資料，這可能構成「出售」。您可以隨時選擇退出。',
  dismiss: '知道了',
  close: '關閉',
  preferencesTitle: '隱私偏好設定',
  preferencesText: '請選擇您允許使用的 Cookie 類型和合作夥伴，您可以隨時變更。',
  save: '儲存設定',
  alwaysOn: '一律啟用',
  cookies: 'Cookie',
  lifetime: '有效期限',
  policySection: '政策相關章節',
  settings: 'Cookie 設定',
  saveFailed: '未能儲存您的選擇，請再試一次。',
  categories: {
    necessary: { title: '必要', description: '維持網站正常運作與安全所必需，包括記住您的隱私選擇。' },
    preferences: { title: '偏好', description: '記住您的語言、地區等設定。' },
    analytics: { title: '統計分析', description: '了解網站的使用頻率、故障與效能，協助我們改善服務。' },
    advertising: { title: '廣告', description: '允許廣告合作夥伴在本站及其他網站和應用程式中向您顯示可能感興趣的廣告，並衡量廣告成效。' },
  },
  services: {},
};
