// A mini program adapter's build as a mini program runs it: each package's miniprogram_dist as
// plain CommonJS in a bare `vm` context holding only the platform's globals, timers and Promise
// (`globalThis` deleted: old iOS engines lack it). For platforms whose own npm build cannot run
// offline (QQ's IDE, Alipay's minidev): what they copy into miniprogram_npm is this folder as is.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const PACKAGES = fileURLToPath(new URL('../../../packages', import.meta.url));

/**
 * The built files an adapter's mini program build needs: core's two entries and the adapter's.
 * @param {string} adapter a package folder under packages/ (`qq`, `alipay`)
 * @returns {Record<string, string>}
 */
export function miniprogramBuild(adapter) {
  return {
    '@sharekit/core': join(PACKAGES, 'core/miniprogram_dist/index.js'),
    '@sharekit/core/adapter': join(PACKAGES, 'core/miniprogram_dist/adapter/index.js'),
    [`@sharekit/${adapter}`]: join(PACKAGES, adapter, 'miniprogram_dist/index.js'),
  };
}

/**
 * @param {Record<string, string>} files package name -> its built file (`@sharekit/core` -> .../miniprogram_dist/index.js)
 * @param {Record<string, unknown>} globals the platform's globals (`qq`, `App`, `getApp`, `getCurrentPages`)
 * @returns {(name: string) => unknown} `require` for those packages
 */
export function bareRequire(files, globals) {
  const context = vm.createContext({ ...globals, console, setTimeout, clearTimeout, Promise });
  vm.runInContext('delete globalThis.globalThis;', context);
  const cache = new Map();
  const load = (name, from) => {
    const file = name.startsWith('.') && from ? resolve(dirname(from), name) : files[name];
    if (!file) throw new Error(`require('${name}'): not in the mini program build`);
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapper = vm.runInContext(`(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`, context, { filename: file });
    wrapper(module, module.exports, (next) => load(next, file));
    return module.exports;
  };
  return (name) => load(name);
}
