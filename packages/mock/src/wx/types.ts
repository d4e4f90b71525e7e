/**
 * The simulated WeChat runtime's public types, by topic: options, launches and cards, pages and
 * the app, the user, the `wx` API, the runtime.
 */
export type * from './types/options';
export type * from './types/launch';
export type * from './types/page';
export type * from './types/user';
export type * from './types/api';
export type * from './types/runtime';
