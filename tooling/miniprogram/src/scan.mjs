// What may land in a mini program's miniprogram_npm: code WeChat's npm build can parse (it uses an
// old parser) and that runs on old engines. ES2015 syntax only, and no reference to globals a mini
// program does not have (`window`, `process`) or that old iOS engines lack (`globalThis`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

export const FORBIDDEN_GLOBALS = ['globalThis', 'window', 'process'];

/**
 * Static built-ins newer than what old mini program engines (JavaScriptCore before iOS 12.2) have.
 * Syntax is lowered by the build; these are calls it cannot lower.
 */
export const NEWER_BUILTINS = ['Object.fromEntries', 'Object.hasOwn', 'Promise.allSettled', 'Promise.any', 'structuredClone', 'queueMicrotask'];

/** `Object.fromEntries`-style static member names used anywhere (non-computed). */
function staticMembers(node, found = new Set()) {
  if (Array.isArray(node)) {
    for (const child of node) staticMembers(child, found);
    return found;
  }
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier') {
    found.add(`${node.object.name}.${node.property.name}`);
  }
  for (const value of Object.values(node)) if (value && typeof value === 'object') staticMembers(value, found);
  return found;
}

/**
 * Every .js file under `dir`, recursively.
 * @param {string} dir
 * @returns {string[]}
 */
export function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** Identifiers used as names (not property names after `.` or object keys). */
function referencedNames(node, found = new Set()) {
  if (Array.isArray(node)) {
    for (const child of node) referencedNames(child, found);
    return found;
  }
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'Identifier') {
    found.add(node.name);
    return found;
  }
  for (const [key, value] of Object.entries(node)) {
    if (!value || typeof value !== 'object') continue;
    const isName = key === 'property' && node.type === 'MemberExpression';
    const isKey = key === 'key' && (node.type === 'Property' || node.type === 'MethodDefinition');
    if ((isName || isKey) && !node.computed) continue;
    referencedNames(value, found);
  }
  return found;
}

/**
 * Problems of one file: a syntax error under ES2015 (with line and column), or a forbidden global.
 * @param {string} code
 * @returns {string[]}
 */
export function es2015Problems(code) {
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 2015, sourceType: 'script', locations: true });
  } catch (e) {
    return [`not ES2015: ${e instanceof Error ? e.message : String(e)}`];
  }
  const names = referencedNames(ast);
  const members = staticMembers(ast);
  return [
    ...FORBIDDEN_GLOBALS.filter((name) => names.has(name)).map((name) => `uses \`${name}\`, which a mini program does not have`),
    ...NEWER_BUILTINS.filter((name) => names.has(name) || members.has(name)).map((name) => `uses \`${name}\`, which old mini program engines lack`),
  ];
}

/**
 * `{ file, problems }` for every .js file under `dir` (file relative to `dir`).
 * @param {string} dir
 * @returns {{ file: string, problems: string[] }[]}
 */
export function scanFolder(dir) {
  return jsFiles(dir).map((path) => ({ file: relative(dir, path), problems: es2015Problems(readFileSync(path, 'utf8')) }));
}
