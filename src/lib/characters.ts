/**
 * Characters a content file must not hold, and how to name one in a message.
 */

/**
 * Characters no XML feed or sitemap may carry (XML 1.0 refuses them): C0 controls other than tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone.
 * YAML escapes (`"\x01"`, `"\u0000"`) write them into a field; a careless tool, into the text.
 */
export const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `the control character U+0001`, `the noncharacter U+FFFE`, `half of a surrogate pair U+D800`. */
export function describeUnwritable(char: string): string {
  const what = /[\uD800-\uDFFF]/.test(char) ? 'half of a surrogate pair' : char >= '\uFFFE' ? 'the noncharacter' : 'the control character';
  return `${what} ${codePoint(char)}`;
}

/** `U+200B`: the first character's code point. */
export const codePoint = (text: string) => `U+${text.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
