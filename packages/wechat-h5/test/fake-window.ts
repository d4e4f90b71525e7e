// A window as small as the adapter needs, for the Node tests of its configuration rules; the
// browser tests run the same adapter in real Chromium.
import { WECHAT_USER_AGENT } from './user-agent';

export interface FakeWindow {
  window: Window;
  /** history.pushState: the URL changes, nothing is dispatched. */
  pushState(url: string): void;
  /** Back or forward: the URL changes and popstate fires. */
  popState(url: string): void;
}

export function fakeWindow({ url = 'https://example.com/article/42', userAgent = WECHAT_USER_AGENT, title = 'Article 42', language = 'en-US' } = {}): FakeWindow {
  let href = url;
  const listeners = new Map<string, Set<() => void>>();
  const win = {
    location: {
      get href() {
        return href;
      },
      get origin() {
        return new URL(href).origin;
      },
    },
    navigator: { userAgent, language },
    document: { title },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  };
  return {
    window: win as unknown as Window,
    pushState(next) {
      href = next;
    },
    popState(next) {
      href = next;
      for (const fn of listeners.get('popstate') ?? []) fn();
    },
  };
}
