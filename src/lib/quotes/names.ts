/**
 * Which speakers a stretch of narration names: by name, alias or (persons) surname, accent-folded
 * and case-insensitive, the longest name winning ("TCG Anadolu" over "Anadolu"). A name two
 * speakers share (two Hoxhas' surname) names both, so that it is never taken for either.
 */
import type { Speaker } from './index';

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Every speaker the words can name; more than one when they are ambiguous. */
  readonly ids: readonly string[];
}

interface Entry {
  readonly tokens: readonly string[];
  readonly ids: string[];
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
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

/** Words as runs of letters and digits: "Ter-Petrosyan", "People’s", "J.D." split the same way in names and text. */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

export function tokensOf(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export class SpeakerNames {
  private readonly byFirst = new Map<string, Entry[]>();
  readonly speakers: ReadonlyMap<string, Speaker>;

  constructor(speakers: readonly Speaker[]) {
    this.speakers = new Map(speakers.map((s) => [s.id, s]));
    const entries = new Map<string, Entry>();
    const add = (name: string, id: string) => {
      const tokens = tokensOf(name).map((t) => t.word);
      if (tokens.length === 0) return;
      const capitals = /^[\p{Lu}.]{1,5}$/u.test(name.replace(/\s/g, ''));
      const key = `${capitals ? 'A' : 'a'}:${tokens.join(' ')}`;
      const entry = entries.get(key) ?? { tokens, ids: [], capitals };
      if (!entry.ids.includes(id)) entry.ids.push(id);
      entries.set(key, entry);
    };
    for (const s of speakers) {
      const names = [s.name, ...s.aliases];
      for (const n of names) {
        add(n, s.id);
        // "The Kremlin" is also "Kremlin".
        const bare = /^the\s+(.+)$/i.exec(n)?.[1];
        if (bare) add(bare, s.id);
      }
      if (s.kind === 'person') {
        const words = s.name.trim().split(/\s+/);
        if (words.length > 1) add(words.at(-1)!, s.id);
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
  mentions(text: string, offset = 0): Mention[] {
    const tokens = tokensOf(text);
    const out: Mention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const entry = this.byFirst.get(tokens[i]!.word)?.find((e) => this.matches(e, tokens, i, text));
      if (!entry) {
        i++;
        continue;
      }
      const last = tokens[i + entry.tokens.length - 1]!;
      out.push({ start: offset + tokens[i]!.start, end: offset + last.end, ids: entry.ids });
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

  isPerson(id: string): boolean {
    return this.speakers.get(id)?.kind === 'person';
  }
}
