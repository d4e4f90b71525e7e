// The README's Taro and uni-app examples, type-checked as written against the frameworks' own
// types (@tarojs/taro, @dcloudio/types). Each code block starts with a comment naming its file.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The ```ts blocks of one `## heading` section, by the file their first line names. */
function examples(heading: string): Map<string, string> {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README section "## ${heading}"`).toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split(/\n## /)[0]!;
  const files = new Map<string, string>();
  for (const [, code] of section.matchAll(/```ts\n([\s\S]*?)```/g)) {
    // `// App.vue, <script lang="ts">` is checked as App.ts (imports of './share' resolve alike).
    const name = /^\/\/ (\S+?)(?:,.*)?\n/.exec(code!)?.[1]?.replace(/\.vue$/, '.ts');
    expect(name, `a code block under "## ${heading}" without a "// file" first line`).toBeDefined();
    files.set(name!, code!);
  }
  return files;
}

/** Type errors of `files` compiled together, as if they were a project inside this package. */
function typeErrors(files: Map<string, string>, types: string[]): string[] {
  const base = join(root, 'test', 'readme-project');
  const virtual = new Map([...files].map(([name, code]) => [join(base, name), code]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    esModuleInterop: true,
    skipLibCheck: true,
    types,
    baseUrl: root,
    paths: { '@sharekit/wx': ['src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  // `types` resolve from the current directory: the package's, wherever vitest runs (core's
  // mutation run starts in packages/core, which has no @dcloudio/types).
  host.getCurrentDirectory = () => root;
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  const dirs = new Set([...virtual.keys()].flatMap((f) => f.slice(base.length).split('/').slice(1, -1).map((_, i, parts) => join(base, ...parts.slice(0, i + 1)))));
  dirs.add(base);
  host.directoryExists = (d) => dirs.has(d) || (directoryExists?.(d) ?? false);
  host.fileExists = (f) => virtual.has(f) || fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) =>
    virtual.has(f) ? ts.createSourceFile(f, virtual.get(f)!, language) : getSourceFile(f, language, ...rest);
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(`${base}/`, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

// A full type-check of each project: seconds, more on a busy machine.
describe('README examples type-check', { timeout: 60_000 }, () => {
  it('Taro: Taro as wx, useShareAppMessage, enableShareAppMessage', () => {
    const files = examples('Taro');
    expect([...files.keys()]).toEqual(['src/share.ts', 'src/app.ts', 'src/pages/article/index.config.ts', 'src/pages/article/index.ts']);
    expect(typeErrors(files, [])).toEqual([]);
  });

  it("uni-app: uni as wx, the hook's result as uni's CustomShareContent without a cast", () => {
    const files = examples('uni-app');
    expect([...files.keys()]).toEqual(['share.ts', 'App.ts', 'pages/article/index.ts']);
    expect(typeErrors(files, ['@dcloudio/types'])).toEqual([]);
  });
});
