import type { ConsentryConfig, ResolvedConfig } from '../../src/shared/types';
import { readConfig } from '../../src/shared/config';

export const exampleConfig: ConsentryConfig = {
  policy: { url: '/privacy.html', revision: '2020-09-25' },
  categories: { necessary: { required: true }, preferences: {}, analytics: {}, advertising: {} },
  services: {
    'site-analytics': { category: 'analytics', cookies: ['_ica_id', '/^_ica_s_/'] },
    'ad-partner': { category: 'advertising', cookies: ['_adp'] },
  },
};

export const resolved = (config: ConsentryConfig = exampleConfig): ResolvedConfig => readConfig(config)!;

/** Deletes every cookie of the happy-dom document. */
export function clearCookies(): void {
  for (const c of document.cookie.split('; ')) {
    const name = c.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
