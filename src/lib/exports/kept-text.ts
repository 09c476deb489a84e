/**
 * Text made from an object, kept while the object lives. Under `npm run build -- --watch` the
 * records of unchanged stories, their events and unchanged actor profiles stay the same objects
 * from one update to the next, so a data file written again after an edit serialises only what
 * the edit changed. The links in the text depend on the URLs given, so the text is kept per
 * `urls` object too.
 */
export function keptText<K extends object>(): (urls: object, key: K, make: () => string) => string {
  const byUrls = new WeakMap<object, WeakMap<K, string>>();
  return (urls, key, make) => {
    let kept = byUrls.get(urls);
    if (!kept) byUrls.set(urls, (kept = new WeakMap()));
    let text = kept.get(key);
    if (text === undefined) {
      text = make();
      kept.set(key, text);
    }
    return text;
  };
}
