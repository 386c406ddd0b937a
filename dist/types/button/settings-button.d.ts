import type { ConsentryApi, ResolvedConfig } from '../shared/types';
/**
 * The floating way back to the preferences, drawn by the gate itself so that returning visitors download
 * no UI for it: a round cookie icon, or under the `us` rule a pill reading "Do Not Sell or Share My Personal
 * Information". Off with `ui.settingsButton: false`; a corner such as `bottom-right` moves it.
 */
export declare function showSettingsButton(cfg: ResolvedConfig, api: Pick<ConsentryApi, 'showBanner' | 'showPreferences'>): void;
