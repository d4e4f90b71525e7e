import { canIUseAt, type FeatureTable, featureRow } from '../can-i-use-at';

export interface RuntimeCanIUseOptions {
  /** The platform's version table (`wxFeatures`, `qqFeatures`, …). */
  table: FeatureTable;
  /**
   * Schemas whose first segment is not a function of the platform object (page handlers, a
   * handler's result, components): the version table alone answers for them.
   */
  tableOnly: readonly string[];
}

/**
 * A platform's static `canIUse(schema, { version })` from its version table. Unknown schemas are
 * false; a malformed (or unreadable) version throws a ShareError `invalid-version`.
 */
export function staticCanIUse(table: FeatureTable): (schema: string, options: { version: string }) => boolean {
  return (schema, options) => {
    let version: unknown;
    try {
      // Stryker disable next-line OptionalChaining: without it, missing options throw a TypeError that the catch below turns into the same missing version
      version = options?.version;
    } catch {
      // A hostile options object: a missing version, which is invalid-version.
    }
    return canIUseAt(table, schema, version as string);
  };
}

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on the platform object (an old or trimmed runtime lacks it whatever the
 * table says). Schemas outside the table go to the platform's own `canIUse`, from the version
 * the table gives it when it lists `canIUse` (Douyin's arrived in 1.35.0). Never throws.
 */
export function runtimeCanIUse(options: RuntimeCanIUseOptions, api: object | undefined, version: string, schema: string): boolean {
  try {
    if (typeof schema !== 'string') return false;
    if (featureRow(options.table, schema) !== undefined) {
      if (!canIUseAt(options.table, schema, version)) return false;
      const name = schema.split('.')[0]!;
      return options.tableOnly.includes(name) || typeof (api as Record<string, unknown> | undefined)?.[name] === 'function';
    }
    if (featureRow(options.table, 'canIUse') !== undefined && !canIUseAt(options.table, 'canIUse', version)) return false;
    const own = (api as { canIUse?: unknown } | undefined)?.canIUse;
    return typeof own === 'function' && own.call(api, schema) === true;
  } catch {
    return false;
  }
}
