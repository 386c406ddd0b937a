import { advertising } from './advertising';
import { analytics } from './analytics';
import { chat } from './chat';
import { china } from './china';
import { embeds } from './embeds';
import { security } from './security';
import type { CatalogueEntry } from './types';

/** Every entry, grouped by kind in its own file. */
export const catalogue: readonly CatalogueEntry[] = [...security, ...analytics, ...advertising, ...embeds, ...chat, ...china];
