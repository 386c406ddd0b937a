import type { Server } from 'node:http';

/** The page views the stand-in analytics tag reported to `/collect`. */
export interface PageView {
  visitor: string;
  page: string;
  lang: string;
  views: number;
}

export interface DemoServer extends Server {
  collected: PageView[];
}

/** Starts the demo site; `port` 0 picks a free port. */
export function start(port?: number, host?: string): Promise<DemoServer>;
