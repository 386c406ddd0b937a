// The ESM build for bundlers: `import { init } from 'consentry'`.
export { init } from './core/init';
export type * from './core/types';
