/**
 * Who a subject phrase names: the words before a verb of saying ("US Vice President JD Vance",
 * "Selim Karabulut, the governor of Şırnak,", "a Foreign Ministry statement", "he", "the
 * ministry") or after one in an inversion ("said Hannah Brooke, an economist at the firm").
 * Errs towards "nobody": a phrase that names a speaker's spokesman ("Kremlin spokesman Dmitry
 * Peskov"), two speakers ("the EU and the OSCE") or someone not among the speakers gives none.
 */
import type { Mention } from './names';

/** What a phrase refers to when it names no speaker itself. */
export type Reference =
  | { readonly kind: 'speaker'; readonly id: string }
  /** "he", "she" (`person`) or "it". */
  | { readonly kind: 'pronoun'; readonly person: boolean }
  | { readonly kind: 'statement' }
  | { readonly kind: 'head'; readonly head: string }
  /** "Iran's foreign minister": the person whose role is that, of that speaker. */
  | { readonly kind: 'role-of'; readonly of: string; readonly role: string }
  | { readonly kind: 'none' };

const NONE: Reference = { kind: 'none' };

/** Words that may stand between a subject's name and its verb: times, adverbs, "in a statement". */
const FILLER_WORD =
  /^(?:also|later|earlier|again|then|previously|separately|meanwhile|further|too|first|once|now|still|last|this|next|had|has|have|would|will|on|in|a|an|the|written|joint|statement|early|late|week|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)$/iu;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\p{L}*\.?$/iu;
const RELATIVE = /^(?:who|which|whose|whom|where|when|that)\b/iu;
const COORDINATED = /(?:^|[\s,])(?:and|or|with|&)(?:\s|$)/iu;
const PRONOUN = /^(?:he|she|it)$/iu;

/**
 * Resolve the subject phrase `phrase` (offset `at` in the paragraph) with the mentions of the
 * paragraph inside it. Comma-separated parts are read from the verb backwards: a relative clause
 * or an appositive after a name ("Hatice Şenyurt, 54, who lost her husband…,") is passed over to
 * the name before it.
 */
export function resolvePhrase(phrase: string, at: number, mentions: readonly Mention[]): Reference {
  const parts = splitParts(phrase).filter((p) => phrase.slice(p.start, p.end).trim());
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    const text = phrase.slice(part.start, part.end).trim();
    const inPart = mentions.filter((m) => m.start >= at + part.start && m.end <= at + part.end);
    const last = k === parts.length - 1;
    if (RELATIVE.test(text)) continue;
    // "The ministry, in a statement, said": a part of times or "in a statement" only is passed over.
    if (parts.length > 1 && inPart.length === 0 && /^(?:in|on|at|during|via|through|last|earlier|later)\s/iu.test(text) && onlyFiller(text)) continue;
    // "The statement, carried by the state news agency IRNA, said": an appositive naming another actor.
    if (inPart.length > 0 && parts.length > 1 && /^\p{Ll}/u.test(text) && !/^(?:the|a|an|its|his|her|their)\s/iu.test(text)) continue;
    if (inPart.length > 0) {
      const ref = namedBy(phrase, at, part, inPart);
      // An appositive naming somebody else's place ("a 23-year-old from Afghanistan") is passed over.
      if (ref.kind === 'none' && !last && /^[\p{Ll}\p{N}]/u.test(text)) continue;
      if (!last && ref.kind === 'speaker' && !endsWithName(phrase, at, part, inPart)) return NONE;
      return ref;
    }
    const bare = stripFiller(text);
    if (PRONOUN.test(bare)) return { kind: 'pronoun', person: !/^it$/i.test(bare) };
    // "a statement from the ministry" is the ministry's.
    const from = /\bstatement\s+(?:from|by|of)\s+the\s+([\p{L}-]+)$/iu.exec(bare)?.[1];
    if (from) return { kind: 'head', head: from.toLowerCase() };
    if (/\bstatement\b/i.test(text)) return { kind: 'statement' };
    const head = /^the\s+([\p{L}-]+)$/iu.exec(bare)?.[1];
    if (head) return { kind: 'head', head: head.toLowerCase() };
    if (/^[\p{Ll}\p{N}]/u.test(text) && parts.length > 1) continue; // appositive
    return NONE;
  }
  return NONE;
}

function splitParts(phrase: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: phrase.length });
  return parts;
}

/** The speaker a part names: its last name, when nothing but filler follows it and no second speaker is joined to it. */
function namedBy(phrase: string, at: number, part: { start: number; end: number }, inPart: readonly Mention[]): Reference {
  const lastMention = inPart.at(-1)!;
  const trailing = phrase.slice(lastMention.end - at, part.end);
  if (!onlyFiller(trailing)) {
    const role = /^['’]s?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*$/u.exec(trailing.trim())?.[1];
    if (role && lastMention.ids.length === 1) return { kind: 'role-of', of: lastMention.ids[0]!, role: role.toLowerCase() };
    return NONE;
  }
  for (let i = 1; i < inPart.length; i++) {
    const gap = phrase.slice(inPart[i - 1]!.end - at, inPart[i]!.start - at);
    if (COORDINATED.test(gap) && inPart[i - 1]!.ids.join() !== inPart[i]!.ids.join()) return NONE;
  }
  // "Iran's foreign minister", "the Greens’ co-leader": the speaker is somebody of theirs.
  if (lastMention.ids.length !== 1) return NONE;
  return { kind: 'speaker', id: lastMention.ids[0]! };
}

function endsWithName(phrase: string, at: number, part: { start: number; end: number }, inPart: readonly Mention[]): boolean {
  return !phrase.slice(inPart.at(-1)!.end - at, part.end).trim().replace(/^\)/, '');
}

/** Whether the words after a name are only times, adverbs, a bracketed acronym or "statement". */
function onlyFiller(trailing: string): boolean {
  const rest = trailing.replace(/\([^)]*\)|[()]/g, ' ').trim();
  if (!rest) return true;
  if (/^['’]/.test(rest)) {
    // A possessive: only "X's statement" is X's own saying.
    return /^['’]s?\s+statement\b/i.test(rest) && onlyFiller(rest.replace(/^['’]s?\s+statement/i, ''));
  }
  // Lower-case "-ly" words are adverbs ("has repeatedly said", "publicly warned").
  return rest.split(/\s+/).every((w) => FILLER_WORD.test(w) || MONTHS.test(w) || /^\p{Ll}+ly$/u.test(w));
}

/** The phrase without times and adverbs around it ("the president later" → "the president"). */
function stripFiller(text: string): string {
  const words = text.split(/\s+/);
  while (words.length > 1 && /^(?:also|later|earlier|again|then|previously|separately|meanwhile|further|too|first|once)$/i.test(words.at(-1)!)) words.pop();
  const on = words.findIndex((w, i) => i > 0 && /^(?:on|last|this)$/i.test(w));
  return (on > 0 ? words.slice(0, on) : words).join(' ');
}
