// Runs a mini program's code the way WeChat does, in a Node `vm` context holding only what a mini
// program has: `wx`, `App`, `Page`, `getApp`, `getCurrentPages`, `console`, timers and `Promise`.
// No `globalThis`, `window`, `process` or Node `require`. `require` resolves relative files and
// packages in `miniprogram_npm` (as built by WeChat's npm build), nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import vm from 'node:vm';

/**
 * @param {string} root the mini program's folder (app.js, app.json, miniprogram_npm)
 * @param {{ wx?: unknown, App: Function, Page: Function, getApp: Function, getCurrentPages: Function }} runtime
 * @param {Record<string, unknown>} [api] the platform's API global (default `{ wx: runtime.wx }`; Douyin: `{ tt }`)
 */
export function runMiniProgram(root, runtime, api = { wx: runtime.wx }) {
  const context = vm.createContext({
    ...api,
    App: runtime.App,
    getApp: runtime.getApp,
    getCurrentPages: runtime.getCurrentPages,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
  });
  // Old iOS engines have no `globalThis`: the code must not need it.
  vm.runInContext('delete globalThis.globalThis', context);
  const cache = new Map();

  function resolve(from, request) {
    if (request.startsWith('.') || request.startsWith('/')) {
      const base = request.startsWith('/') ? join(root, request) : join(dirname(from), request);
      for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
        if (existsSync(candidate) && candidate.endsWith('.js')) return candidate;
      }
    } else {
      // WeChat looks in miniprogram_npm of the requiring file's folder, then of each parent.
      for (let dir = dirname(from); dir.startsWith(root); dir = dirname(dir)) {
        const candidate = join(dir, 'miniprogram_npm', request, 'index.js');
        if (existsSync(candidate)) return candidate;
        if (dir === root) break;
      }
    }
    throw new Error(`module "${request}" is not defined (required from ${relative(root, from)})`);
  }

  function load(file) {
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapped = `(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`;
    const fn = vm.runInContext(wrapped, context, { filename: file });
    fn(module, module.exports, (request) => load(resolve(file, request)));
    return module.exports;
  }

  // WeChat runs app.js, then each page file with `Page` bound to that page's route.
  load(join(root, 'app.js'));
  const { pages } = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
  for (const route of pages) {
    context.Page = (options) => runtime.Page(route, options);
    load(join(root, `${route}.js`));
  }
  return { context, evaluate: (code) => vm.runInContext(code, context) };
}
