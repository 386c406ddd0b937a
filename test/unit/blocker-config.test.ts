import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/engine/config-check';
import { exampleConfig } from './helpers';

describe('config for automatic blocking', () => {
  it('accepts blocking: true or false and services with hosts', () => {
    const services = { ...exampleConfig.services, video: { category: 'advertising', hosts: ['video.example'] } };
    expect(checkConfig({ ...exampleConfig, services, blocking: false })).toEqual([]);
    expect(checkConfig({ ...exampleConfig, services, blocking: true })).toEqual([]);
  });

  it('names the field when blocking or hosts are mistyped', () => {
    expect(checkConfig({ ...exampleConfig, blocking: 'off' }).join('\n')).toMatch(/config\.blocking/);
    const services = { video: { category: 'advertising', hosts: 'video.example' } };
    expect(checkConfig({ ...exampleConfig, services }).join('\n')).toMatch(/services\.video\.hosts/);
  });
});
