export { init } from './core/init';
export type * from './core/types';
