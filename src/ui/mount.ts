import css from '../../styles/consentry.css?raw';
import { mountShadow } from '../shared/shadow-mount';

/** The banner's and the preferences' shadow root, with the UI's styles. */
export const mount = (nonce?: string): ShadowRoot => mountShadow('consentry-ui', css, nonce);
