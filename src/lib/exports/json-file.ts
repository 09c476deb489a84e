/**
 * The envelope every JSON export shares. One item per line: the file stays valid JSON, a build's
 * change to one story shows as a one-line diff, and the file is a third smaller than indented JSON
 * (these files grow with the archive: 20,000 events at newsroom scale).
 */

/**
 * `dateline.<name>/<version>`. The version counts breaking changes only: a field removed, renamed
 * or changed in meaning or type. Adding a field keeps the number, so consumers ignore unknown keys.
 */
export type SchemaId = `dateline.${string}/${number}`;

export function jsonFile(schema: SchemaId, items: readonly unknown[]): string {
  return jsonLines(schema, items.map((item) => JSON.stringify(item)));
}

/** The same file from items already serialised, one per line. */
export function jsonLines(schema: SchemaId, lines: readonly string[]): string {
  if (lines.length === 0) return `{"schema":${JSON.stringify(schema)},"count":0,"items":[]}\n`;
  return `{"schema":${JSON.stringify(schema)},"count":${lines.length},"items":[\n${lines.join(',\n')}\n]}\n`;
}
