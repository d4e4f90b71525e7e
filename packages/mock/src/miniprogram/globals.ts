/**
 * Defines `values` as non-enumerable globals on `target`; returns a function that restores what
 * was there before (or deletes what was not).
 */
export function installGlobals(target: object, values: Readonly<Record<string, unknown>>): () => void {
  const scope = target as Record<string, unknown>;
  const names = Object.keys(values);
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const);
  for (const name of names) {
    Object.defineProperty(scope, name, { value: values[name], configurable: true, writable: true, enumerable: false });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else delete scope[name];
    }
  };
}
