// Development builds (the `development` export condition) and the sources themselves (tests) keep
// every message readable; production builds define `__SHAREKIT_DEV__` as false, so the messages'
// text is dropped from the bundle and an error reads as its code. Never a global at run time.
declare const __SHAREKIT_DEV__: boolean | undefined;

export const DEV: boolean = typeof __SHAREKIT_DEV__ === 'undefined' || __SHAREKIT_DEV__;
