/**
 * Which speakers a stretch of narration names: by name, alias or (persons) surname, accent-folded
 * and case-insensitive, the longest name winning ("TCG Anadolu" over "Anadolu"). A name two
 * speakers share (two Hoxhas' surname) names both, so that it is never taken for either, unless
 * the story tells them apart (see `narrow`).
 */
import type { Speaker } from './index';

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Every speaker the words can name; more than one when they are ambiguous. */
  readonly ids: readonly string[];
  /** Those whose own name or alias the words are (not a surname taken from the name). */
  readonly explicit: readonly string[];
}

interface Entry {
  readonly tokens: readonly string[];
  readonly ids: string[];
  readonly explicit: string[];
  /** Acronyms ("US", "ND", "MIT") only match in capitals, never the words "us", "mit". */
  readonly capitals: boolean;
}

const fold = new Map<string, string>();

/** One folded character per character, so offsets in the folded text are offsets in the original. */
function foldChar(c: string): string {
  if (c < '\u0080') return c.toLowerCase();
  let f = fold.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD')[0]!.toLowerCase();
    f = base === 'ı' ? 'i' : base === 'ł' ? 'l' : base === 'ø' ? 'o' : base === 'đ' ? 'd' : base.length === 1 ? base : c;
    fold.set(c, f);
  }
  return f;
}

export function foldText(text: string): string {
  // Most wire narration is ASCII (with its quotations blanked out): one call instead of a character at a time.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

const NON_ASCII = /[^\u0000-\u007f\u{E000}’“”—–]/u;

export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words as runs of letters and digits, folded: "Ter-Petrosyan", "People’s", "J.D." split the
 * same way in names and in text. A hand-written scan, since this runs over every paragraph.
 */
export function tokensOf(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && isLetter(folded[i]!));
    if (letter) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      tokens.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const letters = new Map<string, boolean>();
function isLetter(c: string): boolean {
  let l = letters.get(c);
  if (l === undefined) letters.set(c, (l = LETTER.test(c)));
  return l;
}

interface Name {
  readonly key: string;
  readonly tokens: readonly string[];
  readonly capitals: boolean;
  readonly derived: boolean;
}

/** A build passes the same actor objects to story after story: their names are read once. */
const NAMES = new WeakMap<Speaker, readonly Name[]>();

/** The names a speaker goes by: name, aliases, either without "The", and a person's surname. */
function namesOf(s: Speaker): readonly Name[] {
  const cached = NAMES.get(s);
  if (cached) return cached;
  const names: Name[] = [];
  const add = (name: string, derived = false) => {
    const tokens = tokensOf(name).map((t) => t.word);
    if (tokens.length === 0) return;
    const capitals = /^[\p{Lu}.]{1,5}$/u.test(name.replace(/\s/g, ''));
    names.push({ key: `${capitals ? 'A' : 'a'}:${tokens.join(' ')}`, tokens, capitals, derived });
  };
  for (const n of [s.name, ...s.aliases]) {
    add(n);
    const bare = /^the\s+(.+)$/i.exec(n)?.[1]; // "The Kremlin" is also "Kremlin"
    if (bare) add(bare);
  }
  if (s.kind === 'person') {
    const words = s.name.trim().split(/\s+/);
    if (words.length > 1) add(words.at(-1)!, true);
  }
  NAMES.set(s, names);
  return names;
}

export class SpeakerNames {
  private readonly byFirst = new Map<string, Entry[]>();
  readonly speakers: ReadonlyMap<string, Speaker>;

  constructor(speakers: readonly Speaker[]) {
    this.speakers = new Map(speakers.map((s) => [s.id, s]));
    const entries = new Map<string, Entry>();
    for (const s of speakers) {
      for (const { key, tokens, capitals, derived } of namesOf(s)) {
        const entry = entries.get(key) ?? { tokens, ids: [], explicit: [], capitals };
        if (!entry.ids.includes(s.id)) entry.ids.push(s.id);
        if (!derived && !entry.explicit.includes(s.id)) entry.explicit.push(s.id);
        entries.set(key, entry);
      }
    }
    for (const e of entries.values()) {
      const list = this.byFirst.get(e.tokens[0]!) ?? [];
      list.push(e);
      this.byFirst.set(e.tokens[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** The speakers named in `text` (quotations already blanked out), in order, offsets in `text`. */
  mentions(text: string, tokens: readonly Token[] = tokensOf(text), offset = 0): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const entry = this.byFirst.get(tokens[i]!.word)?.find((e) => this.matches(e, tokens, i, text));
      if (!entry) {
        i++;
        continue;
      }
      const last = tokens[i + entry.tokens.length - 1]!;
      out.push({ start: offset + tokens[i]!.start, end: offset + last.end, ids: entry.ids, explicit: entry.explicit });
      i += entry.tokens.length;
    }
    return out;
  }

  private matches(entry: Entry, tokens: readonly Token[], i: number, text: string): boolean {
    for (let k = 0; k < entry.tokens.length; k++) {
      const t = tokens[i + k];
      if (!t || t.word !== entry.tokens[k]) return false;
      // Words of one name are next to each other: a space, hyphen, apostrophe or full stop apart.
      if (k > 0 && !/^[\s.'’-]{1,3}$/.test(text.slice(tokens[i + k - 1]!.end, t.start))) return false;
      if (entry.capitals && /\p{Ll}/u.test(text.slice(t.start, t.end))) return false;
    }
    return true;
  }

  /**
   * A name two speakers share, told apart where the story allows: "Dzhaparidze" when only Luka
   * Dzhaparidze has been named so far (his brother comes two paragraphs later), or when it is the
   * alias of one of them and only the surname of the other (the actors say who goes by it). Two
   * Hoxhas both named before stay both. `named`: speakers named unambiguously so far, in story
   * order; the caller adds to it.
   */
  narrow(m: Mention, named: ReadonlySet<string>): Mention {
    if (m.ids.length <= 1) return m;
    const earlier = m.ids.filter((id) => named.has(id));
    if (earlier.length === 1) return { ...m, ids: earlier };
    if (earlier.length === 0 && m.explicit.length === 1) return { ...m, ids: m.explicit };
    return m;
  }

  isPerson(id: string): boolean {
    return this.speakers.get(id)?.kind === 'person';
  }
}
