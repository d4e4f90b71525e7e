// Which published packages run inside a mini program: core and the mini program adapters
// (DESIGN.md, "Builds"). Each ships the folder its `miniprogram` field names.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPackages } from '@sharekit/release-checks/src/packages.mjs';

/** Folders under packages/ that must ship a mini program build, when they exist. */
export const MINIPROGRAM_FOLDERS = ['core', 'wx', 'alipay', 'douyin', 'qq', 'baidu'];

export function miniprogramPackages() {
  return publishedPackages().filter((p) => MINIPROGRAM_FOLDERS.includes(p.folder));
}

/** The built mini program folder of a package (undefined when the manifest names none). */
export function miniprogramDir(pkg) {
  const folder = pkg.manifest.miniprogram;
  return typeof folder === 'string' ? join(pkg.dir, folder) : undefined;
}

export const isBuilt = (pkg) => {
  const dir = miniprogramDir(pkg);
  return dir !== undefined && existsSync(join(dir, 'index.js'));
};
