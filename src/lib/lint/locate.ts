/**
 * Where a field sits in YAML frontmatter, so a message can say "line 14". Uses the `yaml` package's
 * source ranges; js-yaml (which Astro parses with) keeps none.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface FrontmatterLocator {
  /** Line (from 1, in the file) of the value at `path`, or of its nearest existing ancestor. */
  line(path: FieldPath): number | undefined;
  /** Line of the key `key` in the mapping at `path` (for unknown keys). */
  keyLine(path: FieldPath, key: string): number | undefined;
}

export function locateFrontmatter(yaml: string, firstLine: number): FrontmatterLocator {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  const nodeAt = (path: FieldPath): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (depth === path.length || isMap(node) || isSeq(node))) return node;
    }
    return undefined;
  };
  return {
    line: (path) => lineOf(nodeAt(path)),
    keyLine: (path, key) => {
      const container = path.length ? doc.getIn(path, true) : doc.contents;
      if (!isMap(container)) return lineOf(container as Node | undefined);
      const pair = container.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      return lineOf((pair?.key as Node | undefined) ?? container);
    },
  };
}
