/**
 * Finding where a text names an actor or a place. Pure string matching over the names the editor
 * wrote in content/, shared by the Markdown mention links, the content lint and the import command,
 * so all three agree on what counts as a mention.
 */

export type MentionKind = 'actor' | 'location';

/** Something a story can mention by name. */
export interface MentionTarget {
  readonly id: string;
  readonly kind: MentionKind;
  /** The entry's `name` followed by its `aliases`, spelt as the text spells them. */
  readonly names: readonly string[];
}

/** Every actor and location that can be mentioned, by id. */
export interface MentionTargets {
  readonly actors: ReadonlyMap<string, MentionTarget>;
  readonly locations: ReadonlyMap<string, MentionTarget>;
}

/** The mention targets of a site: every actor and place by its `name` and `aliases`, in the order given. */
export function mentionTargetsOf(
  actors: readonly { id: string; data: { name: string; aliases?: readonly string[] } }[],
  locations: readonly { id: string; data: { name: string; aliases?: readonly string[] } }[],
): MentionTargets {
  const targets = (entries: typeof actors, kind: MentionKind) =>
    new Map(entries.map((entry): [string, MentionTarget] => [entry.id, { id: entry.id, kind, names: [entry.data.name, ...(entry.data.aliases ?? [])] }]));
  return { actors: targets(actors, 'actor'), locations: targets(locations, 'location') };
}

/** One occurrence of a name in a text; `text.slice(start, end)` is the name as written there. */
export interface Mention {
  readonly id: string;
  readonly kind: MentionKind;
  /** The listed name that matched (as in `MentionTarget.names`), whatever the spacing in the text. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface MentionMatcher {
  /**
   * One global, Unicode expression for every name: compiled once, because a story is matched
   * paragraph by paragraph. Being global it carries `lastIndex`; prefer `findMentions`, which
   * neither reads nor moves it, unless a tool (mdast-util-find-and-replace) wants the RegExp.
   */
  readonly pattern: RegExp;
  /** The target and listed name behind a string `pattern` matched. */
  resolve(matched: string): { readonly target: MentionTarget; readonly name: string } | undefined;
  /** Every target that lists the matched name, in the order the targets were given. */
  candidates(matched: string): ReadonlyArray<{ readonly target: MentionTarget; readonly name: string }>;
}

/**
 * Compiles the names of `targets` into one matcher. Matching is case-sensitive because names are
 * proper nouns ("US" is not "us"); at any position the longest name wins, so "Abbas Araghchi" is
 * one mention rather than an unlinked first name and an alias. A name listed for two targets
 * ("Iran", the state and the country) belongs to the first one given: callers pass actors first.
 */
export function createMentionMatcher(targets: readonly MentionTarget[]): MentionMatcher {
  const byKey = new Map<string, Array<{ target: MentionTarget; name: string }>>();
  for (const target of targets) {
    for (const name of target.names) {
      const key = keyOf(name);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.some((c) => c.target === target)) list.push({ target, name });
      byKey.set(key, list);
    }
  }
  const pattern = byKey.size ? new RegExp(`${NOT_AFTER_WORD}${namesPattern([...byKey.keys()])}${NOT_BEFORE_WORD}`, 'gu') : /(?!)/gu;
  const candidates = (matched: string) => byKey.get(keyOf(matched)) ?? [];
  return { pattern, resolve: (matched) => candidates(matched)[0], candidates };
}

/** Every mention in `text`, in order and non-overlapping. */
export function findMentions(matcher: MentionMatcher, text: string): Mention[] {
  // A fresh copy starts at 0 (matchAll's own clone would inherit `lastIndex`) and leaves the shared one alone.
  return [...text.matchAll(new RegExp(matcher.pattern))].flatMap((match) => {
    const found = matcher.resolve(match[0]);
    if (!found) return [];
    const { target, name } = found;
    return [{ id: target.id, kind: target.kind, name, start: match.index, end: match.index + match[0].length }];
  });
}

/*
 * Whole words only, by Unicode letters, marks and digits rather than `\b`: `\b` is ASCII-only and
 * finds no boundary after a final '.', so it would miss "U.S." and split "Genève". Punctuation after
 * the name is fine, which is what lets "Tehran’s" and "Tehran's" mention "Tehran".
 */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

/*
 * Names and matched text compare by this key: a name may be wrapped across lines in the Markdown
 * source, and SmartyPants (on in Astro) has already curled the apostrophe in "Côte d'Ivoire".
 */
function keyOf(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').replaceAll('’', "'");
}

/** What one character of a key matches: itself (escaped), any whitespace, either apostrophe. */
function atomOf(char: string): string {
  if (char === ' ') return '\\s+';
  if (char === "'") return "['’]";
  return char.replace(/[\\^$.*+?()[\]{}|]/, '\\$&');
}

interface TrieNode {
  /** A key ends here. */
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/**
 * One expression for all keys, factored by common prefix (`Ab(?:bas Araghchi|raham Lincoln)`)
 * rather than a flat alternation: the engine then tries one branch per character instead of every
 * name at every position, which for a newsroom's thousands of names is most of the matching time.
 * A key that is also the prefix of a longer one becomes an optional tail tried first
 * (`Abraham(?: Lincoln)?`), so the longest name that fits wins, as it must.
 */
function namesPattern(keys: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      const atom = atomOf(char);
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.next.size === 0) return '';
    const branches = [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([atom, child]) => atom + emit(child));
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

/** A short, stable digest of every id and name, for cache invalidation. */
export function mentionTargetsDigest(targets: MentionTargets): string {
  let hash = 0x811c9dc5; // FNV-1a: tiny, fast and deterministic; this is a cache key, not security
  for (const target of [...targets.actors.values(), ...targets.locations.values()]) {
    for (const char of `${target.kind}:${target.id}=${target.names.join('|')};`) {
      hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    }
  }
  return hash.toString(36);
}
