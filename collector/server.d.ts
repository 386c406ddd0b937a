import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Settings } from './settings.js';
import type { Log, Store } from './storage/store';
export function createCollector(settings: Settings, store: Store, options?: { now?: () => number; log?: Log }): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export function createCollectorServer(handler: RequestListener): Server;
