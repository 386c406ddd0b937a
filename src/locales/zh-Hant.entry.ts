// consentry-ui.zh-Hant.js: the Traditional Chinese texts, loaded by consentry-ui.js when needed.
import { registerLocale } from '../ui/locale-registry';
import { zhHant } from './zh-Hant';

registerLocale('zh-Hant', zhHant);
