/**
 * Content digests of plain data: two values have the same digest exactly when they serialise the
 * same way (keys in their order, Maps by entry, Dates by instant). A page whose props digest is
 * unchanged renders to the same bytes, which is what lets the build skip it.
 *
 * One digester per build: it remembers each object it has seen, so data shared by thousands of
 * pages (a story's entry, an actor's profile) is serialised once, not once per page.
 */
import { createHash } from 'node:crypto';

/** Serialisations longer than this are replaced by their hash, which keeps the strings short. */
const INLINE_LIMIT = 64;

export type Digester = (value: unknown) => string;

export function createDigester(): Digester {
  const seen = new WeakMap<object, string>();

  function encode(value: unknown): string {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'u';
      case 'bigint':
        return `${value}n`;
      case 'object':
        return value === null ? 'n' : encodeObject(value);
      default:
        // A function or symbol cannot be compared between builds: a page must not take one as a prop.
        throw new TypeError(`cannot digest a ${typeof value}`);
    }
  }

  function encodeObject(value: object): string {
    const known = seen.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (Array.isArray(value)) text = `[${value.map(encode).join(',')}]`;
    else if (value instanceof Map) text = `M[${[...value].map(([k, v]) => `${encode(k)}:${encode(v)}`).join(',')}]`;
    else if (value instanceof Set) text = `S[${[...value].map(encode).join(',')}]`;
    else if (value instanceof Date) text = `D${value.getTime()}`;
    else {
      const parts: string[] = [];
      for (const key of Object.keys(value)) parts.push(`${JSON.stringify(key)}:${encode((value as Record<string, unknown>)[key])}`);
      text = `{${parts.join(',')}}`;
    }
    if (text.length > INLINE_LIMIT) text = `#${createHash('sha1').update(text).digest('base64')}`;
    seen.set(value, text);
    return text;
  }

  return (value) => createHash('sha256').update(encode(value)).digest('hex');
}
