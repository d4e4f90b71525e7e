import type { ShareTrigger } from '../contract/content';
import { fieldsOf } from '../fields';

/** What a mini program passes its share hook (`onShareAppMessage(options)`), on any platform. */
export interface RawShareOptions {
  from?: unknown;
  target?: unknown;
  channel?: unknown;
  webViewUrl?: unknown;
  /** Douyin's spelling. */
  webviewUrl?: unknown;
}

/**
 * A platform's share-hook options as a {@link ShareTrigger}: `from` mapped through `from` (e.g.
 * Alipay's `code` to `api`), default `menu` (old base libraries pass nothing: only the menu could
 * ask); `target` kept for buttons; `webViewUrl` under either spelling; `channel` when a string.
 */
export function normalizeTrigger(raw: unknown, from: Readonly<Record<string, string>> = {}): ShareTrigger {
  const o = fieldsOf(raw) as RawShareOptions;
  const name = typeof o.from === 'string' && o.from !== '' ? o.from : 'menu';
  // biome-ignore lint/suspicious/noPrototypeBuiltins: own keys only; Object.hasOwn is missing from old engines
  const trigger: ShareTrigger = { from: Object.prototype.hasOwnProperty.call(from, name) ? from[name]! : name };
  if (typeof o.channel === 'string' && o.channel !== '') trigger.channel = o.channel;
  if (trigger.from === 'button' && o.target !== undefined) trigger.target = o.target;
  const url = typeof o.webViewUrl === 'string' ? o.webViewUrl : o.webviewUrl;
  if (typeof url === 'string') trigger.webViewUrl = url;
  return trigger;
}
