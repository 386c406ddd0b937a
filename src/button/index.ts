// consentry-settings-button.js: loaded by the gate after load once a choice exists (under the `us` rule, from the start).
import { showSettingsButton } from './settings-button';

const api = window.consentry;
if (api) showSettingsButton(api.config, api);
