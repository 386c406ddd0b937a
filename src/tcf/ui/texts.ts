/** The TCF banner's own texts; the names and descriptions of purposes and features come from the vendor list. */
export interface TcfTexts {
  title: string;
  /** `{n}` is the number of vendors. */
  intro: string;
  uses: string;
  specialFeatures: string;
  legitimateInterest: string;
  withdraw: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  manage: string;
  prefsTitle: string;
  prefsText: string;
  purposes: string;
  specialPurposes: string;
  features: string;
  specialFeaturesTitle: string;
  vendors: string;
  atp: string;
  atpText: string;
  consent: string;
  object: string;
  save: string;
  close: string;
  vendorConsent: string;
  vendorLi: string;
  retention: string;
  /** `{n}` days. */
  days: string;
  cookieAge: string;
  session: string;
  otherStorage: string;
  vendorPolicy: string;
  liClaim: string;
  changed: string;
  details: string;
}

export const TCF_TEXTS: Record<string, TcfTexts> = {
  en: {
    title: 'Your privacy choices',
    intro:
      'We and our {n} partners store and/or access information on your device, such as cookies, and process personal data, such as unique identifiers and the standard information your device sends.',
    uses: 'With your permission, the data is used to:',
    specialFeatures: 'With your consent, partners may also:',
    legitimateInterest: 'Some partners process data on the basis of legitimate interest without asking for consent. You can object to that under Manage options.',
    withdraw: 'Your choice applies to this site only. You can change it or withdraw your consent at any time with the privacy settings button.',
    policyLink: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    manage: 'Manage options',
    prefsTitle: 'Manage your privacy options',
    prefsText: 'Choose what each purpose and each partner may do. Purposes on legitimate interest apply unless you object.',
    purposes: 'Purposes',
    specialPurposes: 'Special purposes (always apply)',
    features: 'Features (always apply)',
    specialFeaturesTitle: 'Special features',
    vendors: 'Partners',
    atp: 'Other advertising partners',
    atpText: 'Google ad technology providers that are not in the IAB vendor list.',
    consent: 'Consent',
    object: 'Object to legitimate interest',
    save: 'Save choices',
    close: 'Close',
    vendorConsent: 'Asks consent for',
    vendorLi: 'Legitimate interest for',
    retention: 'Keeps data',
    days: '{n} days',
    cookieAge: 'Longest cookie lifetime',
    session: 'until the browser closes',
    otherStorage: 'Also stores or reads information without cookies.',
    vendorPolicy: 'Privacy policy',
    liClaim: 'Legitimate interest claim',
    changed: 'Our partners or their purposes changed since your last choice. Please choose again.',
    details: 'Details',
  },
  'zh-Hans': {
    title: '您的隐私选择',
    intro: '我们和我们的 {n} 个合作伙伴会在您的设备上存储和/或访问信息（例如 Cookie），并处理个人数据（例如唯一标识符以及您的设备发送的标准信息）。',
    uses: '经您许可，这些数据将用于：',
    specialFeatures: '经您同意，合作伙伴还可以：',
    legitimateInterest: '部分合作伙伴基于正当利益处理数据，不征求同意。您可以在“管理选项”中提出反对。',
    withdraw: '您的选择仅适用于本网站。您可以随时通过隐私设置按钮更改选择或撤回同意。',
    policyLink: '隐私政策',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    manage: '管理选项',
    prefsTitle: '管理您的隐私选项',
    prefsText: '请为每项目的和每个合作伙伴做出选择。基于正当利益的目的在您提出反对之前适用。',
    purposes: '目的',
    specialPurposes: '特殊目的（始终适用）',
    features: '功能（始终适用）',
    specialFeaturesTitle: '特殊功能',
    vendors: '合作伙伴',
    atp: '其他广告合作伙伴',
    atpText: '未列入 IAB 供应商列表的 Google 广告技术提供商。',
    consent: '同意',
    object: '反对正当利益',
    save: '保存选择',
    close: '关闭',
    vendorConsent: '征求同意的目的',
    vendorLi: '基于正当利益的目的',
    retention: '数据保留',
    days: '{n} 天',
    cookieAge: 'Cookie 最长有效期',
    session: '至浏览器关闭',
    otherStorage: '还会以 Cookie 以外的方式存储或读取信息。',
    vendorPolicy: '隐私政策',
    liClaim: '正当利益说明',
    changed: '自您上次选择以来，我们的合作伙伴或其目的有所变化，请重新选择。',
    details: '详细信息',
  },
  'zh-Hant': {
    title: '您的隱私選擇',
    intro: '我們和我們的 {n} 個合作夥伴會在您的裝置上儲存和/或存取資訊（例如 Cookie），並處理個人資料（例如唯一識別碼以及您的裝置傳送的標準資訊）。',
    uses: '經您許可，這些資料將用於：',
    specialFeatures: '經您同意，合作夥伴還可以：',
    legitimateInterest: '部分合作夥伴基於正當利益處理資料，不徵求同意。您可以在「管理選項」中提出反對。',
    withdraw: '您的選擇僅適用於本網站。您可以隨時透過隱私設定按鈕變更選擇或撤回同意。',
    policyLink: '隱私權政策',
    acceptAll: '全部接受',
    rejectAll: '全部拒絕',
    manage: '管理選項',
    prefsTitle: '管理您的隱私選項',
    prefsText: '請為每項目的和每個合作夥伴做出選擇。基於正當利益的目的在您提出反對之前適用。',
    purposes: '目的',
    specialPurposes: '特殊目的（一律適用）',
    features: '功能（一律適用）',
    specialFeaturesTitle: '特殊功能',
    vendors: '合作夥伴',
    atp: '其他廣告合作夥伴',
    atpText: '未列入 IAB 供應商清單的 Google 廣告技術供應商。',
    consent: '同意',
    object: '反對正當利益',
    save: '儲存選擇',
    close: '關閉',
    vendorConsent: '徵求同意的目的',
    vendorLi: '基於正當利益的目的',
    retention: '資料保留',
    days: '{n} 天',
    cookieAge: 'Cookie 最長有效期',
    session: '至瀏覽器關閉',
    otherStorage: '還會以 Cookie 以外的方式儲存或讀取資訊。',
    vendorPolicy: '隱私權政策',
    liClaim: '正當利益說明',
    changed: '自您上次選擇以來，我們的合作夥伴或其目的有所變更，請重新選擇。',
    details: '詳細資訊',
  },
};
