import base from '../../../styles/consentry.css?raw';
import tcf from './tcf.css?raw';
import { mountShadow } from '../../shared/shadow-mount';

/** The TCF banner's shadow root: the main UI's styles and the TCF layers' own. */
export const mountTcf = (nonce?: string): ShadowRoot => mountShadow('consentry-tcf-ui', base + tcf, nonce);
