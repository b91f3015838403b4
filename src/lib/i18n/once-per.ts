/**
 * `make` called once for each distinct set of arguments, then the same object again.
 * Intl objects (formats, plural rules, collators) are costly to make, and a list formats
 * and compares hundreds of values per render: one per locale (and currency) is enough.
 */
export function oncePer<A extends string[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
