// The script tag build: starts at once from window.consentryConfig.
import { init } from '../core/init';

init(window.consentryConfig);
