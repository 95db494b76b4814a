/**
 * An object whose properties are each built the first time they are read, then kept: a
 * request that asks only for a chart never builds the repositories, services and DataLoaders
 * of people, referrals or QI editing. Every property is enumerable, like a plain object's.
 */
export function lazyProperties<T extends object>(builders: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(builders) as (keyof T)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = builders[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return target;
}

/** A value built on the first call and returned by every later one, for parts two lazy properties share. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}
