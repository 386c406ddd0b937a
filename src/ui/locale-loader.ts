import { error } from '../shared/log';
import { locales } from './locale-registry';

/**
 * Loads `consentry-ui.<tag>.js` from next to the UI script, once; resolves when it ran, or failed (then
 * the UI speaks English and says why in the console).
 */
export function loadLocale(tag: string, uiUrl: string, nonce?: string): Promise<void> {
  return new Promise((done) => {
    if (locales()[tag]) return done();
    const file = `consentry-ui.${tag}.js`;
    const script = document.createElement('script');
    script.src = new URL(file, uiUrl).href;
    if (nonce) script.nonce = nonce;
    script.onload = () => done();
    script.onerror = () => {
      error(`could not load ${file}; showing English. Keep dist/ files together.`);
      done();
    };
    document.head.append(script);
  });
}
