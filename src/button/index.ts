// consentry-settings-button.js: loaded by the gate once the page has parsed and a choice exists.
import { showSettingsButton } from './settings-button';

const api = window.consentry;
if (api) showSettingsButton(api.config, api.showPreferences);
