import { ShareError } from '@sharekit/core';
import { isObject } from './url';

/** Validation of a runtime factory's options: every problem is a ShareError that names the factory and option. */
export interface OptionReader {
  invalid(detail: string): ShareError;
  /** The options object, `{}` when absent; throws when it is not an object. */
  object<T>(options: T | undefined): T;
  milliseconds(name: string, value: unknown, fallback: number): number;
  nonEmpty(name: string, value: unknown, fallback: string): string;
  oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T;
}

export function optionReader(factory: string): OptionReader {
  const invalid = (detail: string) => new ShareError('invalid-argument', `${factory}: ${detail}`);
  return {
    invalid,
    object<T>(options: T | undefined): T {
      if (options !== undefined && !isObject(options as unknown)) throw invalid('options must be an object');
      return options ?? ({} as T);
    },
    milliseconds(name, value, fallback) {
      if (value === undefined) return fallback;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw invalid(`${name} must be a non-negative number of milliseconds (got ${String(value)})`);
      }
      return value;
    },
    nonEmpty(name, value, fallback) {
      const result = value ?? fallback;
      if (typeof result !== 'string' || result === '') throw invalid(`${name} must be a non-empty string`);
      return result;
    },
    oneOf(name, value, allowed, fallback) {
      const result = value ?? fallback;
      if (!allowed.includes(result as (typeof allowed)[number])) {
        throw invalid(`${name} must be one of ${allowed.join(', ')} (got ${String(value)})`);
      }
      return result as (typeof allowed)[number];
    },
  };
}
