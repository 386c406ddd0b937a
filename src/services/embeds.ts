import type { CatalogueEntry } from './types';

const GOOGLE = { name: 'Google LLC', contact: 'https://policies.google.com/privacy' };

/**
 * Players and maps embedded in pages. They are `preferences`: what a visitor chooses to see, and the vendors'
 * own cookie documentation files the cookies they set for it under functionality (Google lists YouTube's
 * `VISITOR_INFO1_LIVE` and Maps' `NID` as cookies that keep preferences).
 */
export const embeds: CatalogueEntry[] = [
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
