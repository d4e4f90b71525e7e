import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { type BuildOptions, build as bundle } from 'esbuild';
import { type Options, build as tsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config';
import { APP_ID, encrypt, stamped } from './helpers';

// The package as a consumer sees it: the real package.json (exports map, sideEffects, browser
// field) over a fresh build of src made with the real tsup config, installed in a temp
// node_modules. Self-contained, so it needs no earlier `pnpm build` and never touches dist/.

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GUARD = /@sharekit\/server is Node-only: it holds the session_key; call it from your server, never from a client bundle/;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sharekit-server-'));
  const installed = join(root, 'node_modules/@sharekit/server');
  mkdirSync(installed, { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(installed, 'package.json'));
  symlinkSync(realpathSync(join(packageDir, 'node_modules/@sharekit/core')), join(root, 'node_modules/@sharekit/core'), 'dir');
  const config = tsupConfig as Options;
  const entry = Object.fromEntries(
    Object.entries(config.entry as Record<string, string>).map(([name, path]) => [name, join(packageDir, path)]),
  );
  await tsup({ ...config, entry, outDir: join(installed, 'dist'), dts: false, silent: true, config: false });
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function bundleText(contents: string, options: BuildOptions, resolveDir = root) {
  const result = await bundle({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return { text: result.outputFiles?.[0]?.text ?? '', warnings: result.warnings };
}

describe('client bundles get the guard', () => {
  it("esbuild --platform=browser: a bare import '@sharekit/server' bundles the guard, not the crypto", async () => {
    const { text, warnings } = await bundleText("import '@sharekit/server';", { platform: 'browser', format: 'iife' });
    // sideEffects lists the guard: otherwise a bare import would be dropped, guard and all.
    expect(warnings).toEqual([]);
    expect(text).toMatch(GUARD);
    expect(text).not.toMatch(/aes-128-cbc|createDecipheriv|node:crypto/);
    expect(() => runInNewContext(text, {})).toThrow(GUARD);
  });

  it('throws at import, before any call is reached', async () => {
    const { text } = await bundleText(
      "import { decryptShareInfo } from '@sharekit/server'; globalThis.reached = true; decryptShareInfo({});",
      { platform: 'browser', format: 'iife' },
    );
    const context: { reached?: boolean } = {};
    expect(() => runInNewContext(text, context)).toThrow(GUARD);
    expect(context.reached).toBeUndefined();
  });

  it('the thrown value is a ShareError with code unsupported', async () => {
    const { text } = await bundleText(
      "import { isShareError } from '@sharekit/core'; try { await import('@sharekit/server'); } catch (e) { globalThis.result = { guarded: isShareError(e, 'unsupported'), message: e.message }; }",
      { platform: 'browser', format: 'esm' },
    );
    const file = join(root, 'guard-check.mjs');
    writeFileSync(file, `${text}\nconsole.log(JSON.stringify(globalThis.result));`);
    const result = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
    expect(result.guarded).toBe(true);
    expect(result.message).toMatch(/^unsupported: /);
    expect(result.message).toMatch(GUARD);
  });

  it('the ./redis subpath gets the guard too', async () => {
    const { text } = await bundleText("import { createRedisTicketStore } from '@sharekit/server/redis'; createRedisTicketStore({});", {
      platform: 'browser',
      format: 'iife',
    });
    expect(text).toMatch(GUARD);
    expect(text).not.toMatch(/@redis\/client|SET NX/);
  });

  it('a require() in a browser bundle gets the guard too', async () => {
    const { text } = await bundleText("require('@sharekit/server');", { platform: 'browser', format: 'iife' });
    expect(text).toMatch(GUARD);
    expect(text).not.toMatch(/aes-128-cbc/);
  });

  it('the "worker" condition gets the guard', async () => {
    const { text } = await bundleText("import '@sharekit/server';", {
      platform: 'neutral',
      conditions: ['worker'],
      mainFields: ['module', 'main'],
      format: 'esm',
    });
    expect(text).toMatch(GUARD);
    expect(text).not.toMatch(/aes-128-cbc/);
  });

  it('bundlers without exports support get the guard through the legacy "browser" field', async () => {
    const legacyRoot = join(root, 'legacy');
    const installed = join(legacyRoot, 'node_modules/@sharekit/server');
    mkdirSync(installed, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    delete manifest.exports;
    writeFileSync(join(installed, 'package.json'), JSON.stringify(manifest));
    symlinkSync(join(root, 'node_modules/@sharekit/server/dist'), join(installed, 'dist'), 'dir');
    const { text } = await bundleText("import '@sharekit/server';", { platform: 'browser', format: 'iife' }, legacyRoot);
    expect(text).toMatch(GUARD);
    expect(text).not.toMatch(/aes-128-cbc/);
  });
});

describe('Node gets the real code', () => {
  const vector = { appId: APP_ID, ...encrypt(JSON.stringify(stamped({ openGId: 'GNodeOnly' }))) };
  const call = `.decryptShareInfo(${JSON.stringify(vector)}).openGId`;

  it('esbuild --platform=node bundles the real code, which decrypts', async () => {
    const { text } = await bundleText(
      `import { decryptShareInfo } from '@sharekit/server'; console.log(decryptShareInfo(${JSON.stringify(vector)}).openGId);`,
      { platform: 'node', format: 'esm' },
    );
    expect(text).toMatch(/aes-128-cbc/);
    expect(text).not.toMatch(GUARD);
    const file = join(root, 'node-bundle.mjs');
    writeFileSync(file, text);
    expect(execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim()).toBe('GNodeOnly');
  });

  it('the main entry never loads a Redis client: apps that only decrypt need no @redis/client', async () => {
    const { text } = await bundleText("export { decryptShareInfo, createJsapiSigner } from '@sharekit/server';", {
      platform: 'node',
      format: 'esm',
    });
    expect(text).toMatch(/aes-128-cbc/);
    expect(text).not.toMatch(/@redis\/client/);
  });

  it.each([
    ['require', ['-e', `console.log(require('@sharekit/server')${call})`]],
    ['import', ['--input-type=module', '-e', `console.log((await import('@sharekit/server'))${call})`]],
    // "node" comes first in the exports map: a runtime that says it is Node gets the real build.
    ['import with --conditions=browser', ['--conditions=browser', '--input-type=module', '-e', `console.log((await import('@sharekit/server'))${call})`]],
  ])('plain Node: %s', (_name, args) => {
    expect(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim()).toBe('GNodeOnly');
  });
});
