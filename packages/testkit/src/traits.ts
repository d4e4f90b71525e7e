import type { ShareAdapter } from '@sharekit/core';
import type { ScriptedResult, Traits } from './types';

const ALL: readonly ScriptedResult[] = ['shared', 'cancelled', 'failed', 'unconfirmed'];

/** What the adapter says it can do: its initiation and its `supports()` answers. */
export function traitsOf(adapter: ShareAdapter, outcomes: readonly ScriptedResult[] = ALL): Traits {
  const has = (i: string) => adapter.initiation.includes(i as never);
  return {
    app: has('app'),
    user: has('user'),
    preset: has('preset'),
    button: adapter.supports('button'),
    menu: adapter.supports('menu'),
    tickets: adapter.supports('tickets'),
    result: adapter.supports('result'),
    image: adapter.supports('image'),
    text: adapter.supports('text'),
    async: adapter.supports('async'),
    outcomes,
  };
}

/** What a scripted result must end in: without `result`, the platform never says shared or cancelled. */
export const expected = (traits: Traits, scripted: ScriptedResult): ScriptedResult =>
  !traits.result && (scripted === 'shared' || scripted === 'cancelled') ? 'unconfirmed' : scripted;
