// `vitest/browser` as the browser tests use it, for run.mjs's engines: every action is a real
// (trusted) input event that run.mjs performs with the engine's driver, so user activation,
// focus and `:focus-visible` behave as with a user.

async function command(name: string, ...args: unknown[]): Promise<void> {
  const response = await fetch('/__command', { method: 'POST', body: JSON.stringify({ name, args }) });
  if (!response.ok) throw new Error(`${name}: ${await response.text()}`);
}

/** The centre of an element in viewport coordinates, scrolled into view first. */
function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

export const userEvent = {
  click: (element: Element) => command('click', ...centre(element)),
  /** vitest's key syntax: `{Escape}` presses, `{Control>}` holds, `{/Control}` releases, `v` types. */
  keyboard: async (keys: string) => {
    for (const [, hold, key, release, char] of keys.matchAll(/\{(\/?)(\w+)(>?)\}|(.)/gu)) {
      if (char) await command('press', char);
      else await command(hold ? 'up' : release ? 'down' : 'press', key);
    }
  },
};

export const page = {
  viewport: (width: number, height: number) => command('viewport', width, height),
  screenshot: ({ path }: { path: string }) => command('screenshot', path),
};

export const commands = {
  colorScheme: (scheme: 'light' | 'dark') => command('colorScheme', scheme),
  clickAt: (x: number, y: number) => command('click', x, y),
};

/** Which engine runs the tests (run.mjs puts it in the page's URL). */
export const engine = new URLSearchParams(location.search).get('engine') ?? 'unknown';

/** As vitest's `server.browser`: the engine's name. */
export const server = { browser: engine };
