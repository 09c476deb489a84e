/**
 * A function that remembers its results. Pages ask for the same few thousand days, labels and URLs
 * again and again (every timeline, axis tick and link), and in profiles of large builds computing
 * them afresh was a visible cost. Past `limit` keys it starts over, so a long `npm run dev` session
 * cannot grow it without bound.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 100_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
