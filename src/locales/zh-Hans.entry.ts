// consentry-ui.zh-Hans.js: the Simplified Chinese texts, loaded by consentry-ui.js when needed.
import { registerLocale } from '../ui/locale-registry';
import { zhHans } from './zh-Hans';

registerLocale('zh-Hans', zhHans);
