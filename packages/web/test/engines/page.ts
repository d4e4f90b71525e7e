// The page side of run.mjs: runs the tests a file registered and posts each result back.
import { runRegistered } from './vitest-shim';

const post = (path: string, body: object) => fetch(path, { method: 'POST', body: JSON.stringify(body) }).then(() => undefined);

const errors: string[] = [];
// vitest fails a run on an unhandled error or rejection; so does this one.
addEventListener('error', (e) => errors.push(`unhandled error: ${e.message}`));
addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack : String(e.reason)}`));

export function start(file: string): void {
  runRegistered((result) => post('/__result', { file, ...result }))
    .then(
      () => errors,
      (e: unknown) => [...errors, `the runner failed: ${e instanceof Error ? e.stack : String(e)}`],
    )
    .then((unhandled) => post('/__done', { file, errors: unhandled }));
}
