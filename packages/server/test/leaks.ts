import { expect } from 'vitest';
import { everythingIn } from './helpers';

/** Fails when any window of 8+ characters of a secret appears in `haystack`. */
export function expectNoSecret(haystack: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    const size = Math.min(8, secret.length);
    for (let i = 0; i + size <= secret.length; i++) {
      const part = secret.slice(i, i + size);
      if (haystack.includes(part)) {
        expect.fail(`leaked ${JSON.stringify(part)} of a secret in:\n${haystack.slice(0, 2000)}`);
      }
    }
  }
}

/** Everything a thrown value carries (message, cause chain, JSON, inspect) checked for secrets. */
export function expectErrorWithoutSecrets(error: unknown, secrets: readonly string[]): void {
  expectNoSecret(everythingIn(error).join('\n'), secrets);
}

/** Runs fn with console.* captured; returns fn's result and every line written. */
export async function captureConsole<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((method) => console[method]);
  const lines: string[] = [];
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => everythingIn(arg).join(' ')).join(' '));
    };
  }
  const writes = [process.stdout.write, process.stderr.write];
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    const result = await fn();
    return { result, output: lines.join('\n') };
  } finally {
    methods.forEach((method, i) => {
      console[method] = saved[i] as (typeof console)[typeof method];
    });
    [process.stdout.write, process.stderr.write] = writes as [typeof process.stdout.write, typeof process.stderr.write];
  }
}
