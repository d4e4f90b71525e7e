#!/usr/bin/env node
// Runs web's browser test files (test/*.browser.test.ts, the same files vitest runs in Chromium)
// in Firefox and WebKit, from Debian's packages only:
//   - Firefox: firefox-esr, driven by puppeteer-core over WebDriver BiDi (Debian has no geckodriver);
//   - WebKit: WebKitWebDriver (webkit2gtk-driver) driving MiniBrowser, under xvfb-run (MiniBrowser
//     has no headless mode).
// vitest's browser mode has no provider for either here, so each file is bundled with esbuild
// (`vitest` and `vitest/browser` replaced by the small shims beside this file; expect is
// vitest's own), served on 127.0.0.1 and opened in a fresh page; clicks and keys are real input
// events sent by the driver. Prints one line per test, naming the engine, and a vitest-shaped
// summary line per engine. Usage: node test/engines/run.mjs [firefox] [webkit]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..', '..');
const repo = join(pkg, '..', '..');
const out = join(pkg, 'node_modules', '.cache', 'engines');
const results = join(pkg, 'test-results');
const config = (name) => JSON.parse(readFileSync(join(repo, 'scripts', `${name}.json`), 'utf8'));
const FILE_TIMEOUT = Number(process.env.ENGINE_FILE_TIMEOUT ?? 180_000);

const engines = process.argv.slice(2).length ? process.argv.slice(2) : ['firefox', 'webkit'];
// ENGINE_FILES=sheet,qr: only the files whose names contain one of these.
const only = process.env.ENGINE_FILES?.split(',');
const files = (await readdir(join(pkg, 'test')))
  .filter((f) => f.endsWith('.browser.test.ts') && (!only || only.some((o) => f.includes(o))))
  .sort();

// ---- bundle -----------------------------------------------------------------------------------

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const entryPlugin = {
  name: 'engine-entry',
  setup(b) {
    b.onResolve({ filter: /^engine-entry:/ }, (args) => ({ path: args.path.slice('engine-entry:'.length), namespace: 'engine-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'engine-entry' }, (args) => ({
      resolveDir: pkg,
      contents: `import ${JSON.stringify(`./test/${args.path}`)}; import { start } from './test/engines/page.ts'; start(${JSON.stringify(args.path)});`,
    }));
  },
};
await build({
  entryPoints: files.map((f) => ({ in: `engine-entry:${f}`, out: f.replace(/\.ts$/, '') })),
  outdir: out,
  outbase: pkg,
  // Lazy chunks keep their source names (src/sheet-HASH.js): tests look for them by name.
  entryNames: '[dir]/[name]',
  chunkNames: 'src/[name]-[hash]',
  bundle: true,
  // The package says "sideEffects": false; the test files are nothing but side effects.
  ignoreAnnotations: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: 'inline',
  alias: { vitest: join(here, 'vitest-shim.ts'), 'vitest/browser': join(here, 'browser-shim.ts') },
  define: { 'process.env.SHAREKIT_MODEL_RUNS': 'undefined' },
  plugins: [entryPlugin],
  logLevel: 'warning',
});

// ---- server -----------------------------------------------------------------------------------

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json', '.css': 'text/css' };
let active; // { engine, file, driver, onResult, onDone }

const body = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data ? JSON.parse(data) : {}));
  });

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  try {
    if (req.method === 'POST') {
      const data = await body(req);
      if (url.pathname === '/__result') active?.onResult(data);
      else if (url.pathname === '/__done') active?.onDone(data);
      else if (url.pathname === '/__command') {
        if (!active) throw new Error('no test file is running');
        await active.driver.command(data.name, ...data.args);
      }
      res.writeHead(200).end('{}');
      return;
    }
    if (url.pathname.startsWith('/run/')) {
      const file = url.pathname.slice('/run/'.length);
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${file}</title></head><body><script type="module" src="/${file.replace(/\.ts$/, '.js')}"></script></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const path = join(out, decodeURIComponent(url.pathname));
    if (!path.startsWith(out) || !existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(path));
  } catch (e) {
    res.writeHead(500).end(String(e?.message ?? e));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- drivers ----------------------------------------------------------------------------------

const screenshotPath = (engine, path) => join(results, engine, relative(results, join(pkg, 'test', path)));

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const ff = config('firefox');
  const executablePath = process.env.FIREFOX_PATH ?? ff.path;
  if (!existsSync(executablePath)) throw new Error(`no Firefox at ${executablePath}: run bash scripts/setup.sh --browser (Debian's firefox-esr), or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: ff.prefs });
  let page;
  return {
    version: await browser.version(),
    async open(url) {
      await page?.close();
      page = await browser.newPage();
      page.on('pageerror', (e) => console.log(`   [firefox page error] ${e.message}`));
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(url);
    },
    async command(name, ...args) {
      if (name === 'click') await page.mouse.click(args[0], args[1]);
      else if (name === 'press') await page.keyboard.press(args[0]);
      else if (name === 'down') await page.keyboard.down(args[0]);
      else if (name === 'up') await page.keyboard.up(args[0]);
      else if (name === 'viewport') await page.setViewport({ width: args[0], height: args[1] });
      else if (name === 'colorScheme') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: args[0] }]);
      else if (name === 'screenshot') {
        const path = screenshotPath('firefox', args[0]);
        await mkdir(dirname(path), { recursive: true });
        await page.screenshot({ path });
      } else throw new Error(`unknown command ${name}`);
    },
    close: () => browser.close(),
  };
}

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function webkit() {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const wk = config('webkit');
  const driverPath = process.env.WEBKIT_DRIVER_PATH ?? wk.driver;
  const binary = process.env.MINIBROWSER_PATH ?? wk.browser;
  for (const path of [driverPath, binary]) {
    if (!existsSync(path)) throw new Error(`no ${path}: run bash scripts/setup.sh --browser (Debian's webkit2gtk-driver and xvfb), or set WEBKIT_DRIVER_PATH / MINIBROWSER_PATH`);
  }
  const port = await freePort();
  // Its own process group: xvfb-run, Xvfb, the driver and MiniBrowser end together at close().
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', driverPath, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  // Whatever way this process ends (an error, a timeout's kill), the display and browser go too.
  process.once('exit', stop);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {}
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not start under xvfb-run: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  let driver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: wk.args } })
      .build();
  } catch (e) {
    stop();
    throw e;
  }
  const KEYS = { Escape: Key.ESCAPE, Tab: Key.TAB, Enter: Key.ENTER, Control: Key.CONTROL, Shift: Key.SHIFT };
  const key = (name) => KEYS[name] ?? name;
  const viewport = async (width, height) => {
    // WebDriver sizes the window; the viewport is what is left inside it.
    await driver.manage().window().setRect({ width, height });
    const [w, h] = await driver.executeScript('return [innerWidth, innerHeight]');
    await driver.manage().window().setRect({ width: width + (width - w), height: height + (height - h) });
  };
  const capabilities = await driver.getCapabilities();
  return {
    version: `MiniBrowser (WebKitGTK ${capabilities.get('browserVersion')})`,
    async open(url) {
      await driver.get('about:blank');
      await viewport(1280, 800);
      await driver.get(url);
    },
    async command(name, ...args) {
      if (name === 'click') await driver.actions({ async: true }).move({ x: args[0], y: args[1], origin: Origin.VIEWPORT }).press().release().perform();
      else if (name === 'press') await driver.actions({ async: true }).keyDown(key(args[0])).keyUp(key(args[0])).perform();
      else if (name === 'down') await driver.actions({ async: true }).keyDown(key(args[0])).perform();
      else if (name === 'up') await driver.actions({ async: true }).keyUp(key(args[0])).perform();
      else if (name === 'viewport') await viewport(args[0], args[1]);
      else if (name === 'colorScheme') throw new Error('WebKitWebDriver cannot emulate prefers-color-scheme');
      else if (name === 'screenshot') {
        const path = screenshotPath('webkit', args[0]);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      } else throw new Error(`unknown command ${name}`);
    },
    async close() {
      await driver.quit().catch(() => {});
      stop();
    },
  };
}

// ---- run --------------------------------------------------------------------------------------

const DRIVERS = { firefox, webkit };
// Interrupted (Ctrl+C, a timeout): exit normally, so that the exit handlers stop the browsers.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
const color = (code, text) => (process.stdout.isTTY ? `\x1b[${code}m${text}\x1b[0m` : text);
let failedAny = false;

async function runFile(engine, driver, file) {
  const counts = { pass: 0, fail: 0, skip: 0 };
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not finish within ${FILE_TIMEOUT / 1000} s`)), FILE_TIMEOUT);
    active = {
      engine,
      file,
      driver,
      onResult(r) {
        counts[r.state]++;
        const mark = r.state === 'pass' ? color(32, '✓') : r.state === 'skip' ? color(33, '↓') : color(31, '×');
        console.log(` ${mark} ${engine} ${file} > ${r.name}${r.state === 'skip' ? ` (skipped: ${r.error})` : ` ${r.ms}ms`}`);
        if (r.state === 'fail') console.log(color(31, `     ${r.error.split('\n').slice(0, 12).join('\n     ')}`));
      },
      onDone({ errors }) {
        clearTimeout(timer);
        for (const e of errors) {
          counts.fail++;
          console.log(` ${color(31, '×')} ${engine} ${file} > ${e}`);
        }
        resolve();
      },
    };
    driver.open(`${origin}/run/${file}?engine=${engine}`).catch(reject);
  }).catch((e) => {
    counts.fail++;
    console.log(` ${color(31, '×')} ${engine} ${file} > ${e.message}`);
  });
  active = undefined;
  return counts;
}

const totals = { pass: 0, fail: 0, skip: 0 };
for (const engine of engines) {
  if (!DRIVERS[engine]) throw new Error(`unknown engine ${engine} (firefox, webkit)`);
  const started = Date.now();
  let driver;
  try {
    driver = await DRIVERS[engine]();
  } catch (e) {
    failedAny = true;
    totals.fail++;
    console.log(` ${color(31, '×')} ${engine}: could not start: ${e.message}`);
    continue;
  }
  console.log(`\n ${engine}: ${driver.version}`);
  const counts = { pass: 0, fail: 0, skip: 0 };
  try {
    for (const file of files) {
      const c = await runFile(engine, driver, file);
      for (const k of Object.keys(counts)) counts[k] += c[k];
    }
  } finally {
    await driver.close();
  }
  for (const k of Object.keys(totals)) totals[k] += counts[k];
  failedAny ||= counts.fail > 0;
  const skipped = counts.skip ? ` | ${counts.skip} skipped` : '';
  console.log(`\n ${engine}: ${files.length} files, ${counts.fail ? `${counts.fail} failed | ` : ''}${counts.pass} passed${skipped} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
server.close();
// The summary in vitest's shape, which CI's closing count adds up.
const n = totals.pass + totals.fail + totals.skip;
console.log(`\n      Tests  ${totals.fail ? `${totals.fail} failed | ` : ''}${totals.pass} passed${totals.skip ? ` | ${totals.skip} skipped` : ''} (${n})  [${engines.join(', ')}]`);
process.exit(failedAny ? 1 : 0);
