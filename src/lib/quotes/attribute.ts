/**
 * Whose each quotation is: the cue of its sentence that governs it (the nearest verb of saying
 * before a fragment, the attribution after a quotation that opens its sentence) and the speaker
 * that cue's subject names, directly or by reference back (a pronoun, "the statement", "the
 * ministry"). A cue whose subject cannot be told gives no speaker rather than a guess.
 */
import type { Cue } from './cues';
import { endsSentence, type QuoteSpan, type SentenceSpan } from './find';
import { foldText, type Mention, type SpeakerNames } from './names';
import { resolvePhrase, type Reference } from './subject';

export interface Paragraph {
  readonly text: string;
  /** The text with its quotations blanked out (see `unquoted`). */
  readonly masked: string;
  readonly quotes: readonly QuoteSpan[];
  readonly sentences: readonly SentenceSpan[];
  /** Speakers named in the narration, in order. */
  readonly mentions: readonly Mention[];
  /** The attribution cues of the narration, in order. */
  readonly cues: readonly Cue[];
}

/** Stands for "in a statement" after a verb: the subject issued a statement that "the statement" later means. */
const IN_A_STATEMENT = /^\s+(?:(?:on|last|early|late)\s+[\p{L}\d.]+\s+)?(?:in|through|via)\s+an?\s+(?:[\p{L}-]+\s+){0,2}statement\b/iu;

/** A person named after a role word ("spokesman Dmitry Peskov", "Mr. Smith"): a person, known or not. */
const UNKNOWN_PERSON =
  /(?<![\p{L}])(?:[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]dvis[eo]r|[Aa]ide|[Oo]fficial|[Aa]mbassador|[Nn]egotiator|[Aa]nalyst|[Ee]conomist|[Ll]awyer|Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu})/gu;

const TITLES_ONLY = /^[\s,]*(?:(?:the|a|an)\s+|\p{Lu}[\p{L}\p{N}'’.-]*\s+)*$/u;

export class Attribution {
  /** Who issued the statement "the statement" refers to; null when it was issued jointly or by nobody known. */
  private issuer: string | null = null;
  private readonly mentioned = new Set<string>();
  /** Speakers the cues of each sentence resolved to, by "paragraph:sentence". */
  private readonly sayers = new Map<string, Set<string>>();

  constructor(
    private readonly names: SpeakerNames,
    private readonly paragraphs: readonly Paragraph[],
  ) {}

  /** The speaker of each quotation of paragraph `p` (in order of `quotes`), undefined when not told; paragraphs must be asked in order. */
  speakersOf(p: number): Array<string | undefined> {
    const para = this.paragraphs[p]!;
    const out: Array<string | undefined> = new Array(para.quotes.length).fill(undefined);
    let lastSpeaker: string | undefined;
    // Sentences, cues, quotations and mentions are all in text order: one pointer each.
    let c = 0;
    let q = 0;
    let m = 0;
    para.sentences.forEach((sentence, si) => {
      while (c < para.cues.length && para.cues[c]!.start < sentence.start) c++;
      const from = c;
      while (c < para.cues.length && para.cues[c]!.start < sentence.end) c++;
      const cues = para.cues.slice(from, c);
      const said = this.resolveCues(p, si, sentence, cues);
      // `"We have been clear," Lavrov said. "Russia will not accept ultimatums."`: a sentence that
      // is nothing but a quotation goes on with the speaker of the quotation just before it.
      const bare = cues.length === 0 && !/[\p{L}\p{N}]/u.test(para.masked.slice(sentence.start, sentence.end));
      let speaker: string | undefined;
      while (q < para.quotes.length && para.quotes[q]!.start < sentence.start) q++;
      for (; q < para.quotes.length && para.quotes[q]!.start < sentence.end; q++) {
        speaker = out[q] = bare ? lastSpeaker : governing(para, sentence, para.quotes[q]!, cues, said);
      }
      lastSpeaker = speaker;
      for (; m < para.mentions.length && para.mentions[m]!.start < sentence.end; m++) for (const id of para.mentions[m]!.ids) this.mentioned.add(id);
    });
    return out;
  }

  private resolveCues(p: number, si: number, sentence: SentenceSpan, cues: readonly Cue[]): Array<string | undefined> {
    const said: Array<string | undefined> = [];
    const pending: number[] = [];
    cues.forEach((cue, i) => {
      const result = this.resolveCue(p, sentence, cue, i > 0 ? said[i - 1] : undefined, i > 0);
      said.push(result === 'next' ? undefined : result);
      if (result === 'next') pending.push(i);
    });
    // "Noting the call took place at Tehran's initiative, the statement said …": the participle's subject is the main clause's.
    for (const i of pending) said[i] = cues.slice(i + 1).map((c, k) => (c.kind === 'finite' ? said[i + 1 + k] : undefined)).find((s) => s !== undefined);
    const ids = new Set(said.filter((s): s is string => s !== undefined));
    this.sayers.set(`${p}:${si}`, ids);
    return said;
  }

  private resolveCue(p: number, sentence: SentenceSpan, cue: Cue, previous: string | undefined, hasPrevious: boolean): string | undefined | 'next' {
    const para = this.paragraphs[p]!;
    const { masked } = para;
    if (cue.kind === 'according') {
      const end = phraseEnd(masked, cue.end, sentence.end);
      return this.resolveAndNote(p, cue.start, masked.slice(cue.end, end), cue.end, true);
    }
    const clauseStart = clauseStartOf(para, sentence, cue.start);
    const pre = masked.slice(clauseStart, cue.start);
    if (cue.kind === 'participle') {
      // "Lavrov was quoted by TASS as saying", "TASS quoted Lavrov as saying": the one quoted.
      const passive = /(?:^|\s)(?:was|were|is|are|has been|have been)\s+quoted\b[^,]*\bas\s*$/i.exec(pre);
      if (passive) return this.resolveAndNote(p, cue.start, pre.slice(0, passive.index), clauseStart, false);
      const active = /\bquoted\s+([^,]+?)\s+as\s*$/i.exec(pre);
      if (active) return this.resolveAndNote(p, cue.start, active[1]!, clauseStart + active.index + active[0].indexOf(active[1]!, 6), false);
      // "…, with its group leader, Jörg Tannhäuser, calling it …": the absolute clause has its own subject.
      const withAt = lastWith(pre);
      if (withAt !== -1 && (pre.slice(withAt).match(/,/g)?.length ?? 0) <= 3) {
        const phrase = pre.slice(withAt + 5).replace(/,\s*$/, '');
        const ref = resolvePhrase(phrase, clauseStart + withAt + 5, para.mentions);
        if (ref.kind === 'speaker') return ref.id;
      }
      return hasPrevious ? previous : 'next';
    }
    const subject = pre.replace(/^[\s,;:—–-]+/, '').replace(/^(?:and|but|while|whereas|although|though)\s+/i, '');
    if (!subject.trim()) {
      // "…, but said Tehran was …" carries the subject on; `"…," said Hannah Brooke` inverts it.
      if (pre.trim() && hasPrevious) return previous;
      if (pre.trim()) return undefined;
      const end = phraseEnd(masked, cue.end, sentence.end);
      return this.resolveAndNote(p, cue.start, masked.slice(cue.end, end), cue.end, false);
    }
    const statement = IN_A_STATEMENT.test(masked.slice(cue.end, sentence.end));
    // "Trump withdrew from what he called …", "Iran rejected what it described as …".
    if (/(?:^|\s)what\s+(?:he|she|it)\s*$/i.test(subject)) return this.opening(para, clauseStart, cue.start);
    if (/(?:^|\s)(?:and|but)\s*$/i.test(subject)) {
      // "The KDP, the main rival of the PUK, stayed away from the session and said …": the verb
      // shares the clause's subject, the name it opens with, not the name nearest to it.
      const id = hasPrevious && previous !== undefined ? previous : this.opening(para, clauseStart, cue.start);
      if (statement) this.issuer = id ?? null;
      return id;
    }
    return this.resolveAndNote(p, cue.start, subject, cue.start - subject.length, statement);
  }

  /** "Iran's foreign minister": the one person whose role is "Foreign Minister of Iran" (or of Tehran, an alias). */
  private roleOf(of: string, role: string): string | undefined {
    const owner = this.names.speakers.get(of);
    if (!owner) return undefined;
    const ownerNames = new Set([owner.name, ...owner.aliases].map((n) => foldText(n).replace(/^the\s+/, '')));
    const wanted = foldText(role);
    const fits: string[] = [];
    for (const [id, s] of this.names.speakers) {
      const m = s.kind === 'person' && s.role ? /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(s.role) : null;
      if (m && foldText(m[1]!) === wanted && ownerNames.has(foldText(m[2]!))) fits.push(id);
    }
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The speaker a clause opens with, after nothing but titles ("Deputy Prime Minister Rezgar Fattah …"). */
  private opening(para: Paragraph, from: number, to: number): string | undefined {
    const first = para.mentions.find((m) => m.start >= from && m.end <= to);
    if (!first || first.ids.length !== 1) return undefined;
    return TITLES_ONLY.test(para.masked.slice(from, first.start)) ? first.ids[0] : undefined;
  }

  /** Resolve a subject phrase, and remember its speaker as the issuer when it is a statement's. */
  private resolveAndNote(p: number, at: number, phrase: string, offset: number, statement: boolean): string | undefined {
    const ref = resolvePhrase(phrase, offset, this.paragraphs[p]!.mentions);
    const id = this.referent(ref, p, at);
    if (ref.kind !== 'statement' && (statement || /\bstatement\b/i.test(phrase))) this.issuer = id ?? null;
    return id;
  }

  private referent(ref: Reference, p: number, at: number): string | undefined {
    switch (ref.kind) {
      case 'speaker':
        return ref.id;
      case 'pronoun':
        return this.pronoun(p, at, ref.person);
      case 'statement':
        return this.issuer ?? undefined;
      case 'head':
        return this.head(ref.head, p, at);
      case 'role-of':
        return this.roleOf(ref.of, ref.role);
      case 'none':
        return undefined;
    }
  }

  /**
   * "he", "she": the person named last, in this paragraph before the pronoun or else in the one
   * before. Gender cannot be known, so when that sentence names two persons the one it reports
   * saying something is taken, and otherwise nobody. "it": the same among the speakers that are
   * not persons ("The Kremlin denied the report. "Fake news," it said.").
   */
  private pronoun(p: number, at: number, personal: boolean): string | undefined {
    const person = (m: Mention) => m.ids.some((id) => this.names.isPerson(id) === personal);
    let q = p;
    let named = this.paragraphs[p]!.mentions.filter((m) => m.end <= at && person(m));
    if (named.length === 0 && p > 0) {
      q = p - 1;
      named = this.paragraphs[q]!.mentions.filter(person);
    }
    const last = named.at(-1);
    if (!last) return undefined;
    // "… envoy Steve Witkoff arrived. "We'll see," he said.": someone not among the speakers was
    // named since, and may be the one meant.
    if (personal && this.unknownPersonBetween(q, last.end, p, at)) return undefined;
    const sentences = this.paragraphs[q]!.sentences;
    const si = sentences.findIndex((s) => last.start >= s.start && last.start < s.end);
    const sentence = sentences[si];
    if (!sentence) return undefined;
    const inSentence = named.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    if (inSentence.some((m) => m.ids.length !== 1)) return undefined;
    const ids = new Set(inSentence.map((m) => m.ids[0]!));
    if (ids.size === 1) return [...ids][0];
    const sayers = [...(this.sayers.get(`${q}:${si}`) ?? [])].filter((id) => ids.has(id) && this.names.isPerson(id) === personal);
    return sayers.length === 1 ? sayers[0] : undefined;
  }

  private unknownPersonBetween(q: number, from: number, p: number, at: number): boolean {
    const stretches: Array<[number, number, number]> = q === p ? [[p, from, at]] : [[q, from, this.paragraphs[q]!.masked.length], [p, 0, at]];
    return stretches.some(([i, start, end]) => {
      const para = this.paragraphs[i]!;
      for (const m of para.masked.slice(start, end).matchAll(UNKNOWN_PERSON)) {
        const nameAt = start + m.index + m[0].length - m[1]!.length;
        if (!para.mentions.some((n) => n.start <= nameAt && n.end > nameAt)) return true;
      }
      return false;
    });
  }

  /**
   * "the ministry", "the Kremlin", "the president": the one speaker already named whose name (an
   * organisation) or role (a person: "President", "Finance Minister", not "Vice President") has
   * that head word.
   */
  private head(head: string, p: number, at: number): string | undefined {
    const named = new Set(this.mentioned);
    for (const m of this.paragraphs[p]!.mentions) if (m.start < at) for (const id of m.ids) named.add(id);
    const fits: string[] = [];
    for (const [id, s] of this.names.speakers) {
      if (!named.has(id)) continue;
      if (s.kind === 'person') {
        // "Finance Minister" is "the minister"; a "Vice President" or "Deputy Minister" is not "the president", "the minister".
        const words = (s.role?.split(/\s+(?:of|at|for)\s+/i)[0] ?? '').trim().split(/\s+/);
        if (words[0] && !/^(?:vice|deputy|former|acting|assistant|first|second)$/i.test(words[0]) && foldText(words.at(-1)!) === head) fits.push(id);
      } else if ([s.name, ...s.aliases].some((n) => foldText(n).split(/[^\p{L}\p{N}]+/u).includes(head))) {
        fits.push(id);
      }
    }
    return fits.length === 1 ? fits[0] : undefined;
  }
}

/** Where the last word "with" of `text` starts, or -1. */
function lastWith(text: string): number {
  for (let i = text.lastIndexOf('with'); i !== -1; i = i > 0 ? text.lastIndexOf('with', i - 1) : -1) {
    const before = text[i - 1];
    if ((before === undefined || /[\s(]/.test(before)) && /\s/.test(text[i + 4] ?? '')) return i;
  }
  return -1;
}

/** Where the clause of a verb at `at` starts: after the last quotation or semicolon before it, or the sentence start. */
function clauseStartOf(para: Paragraph, sentence: SentenceSpan, at: number): number {
  let start = sentence.start;
  // The last quotation closed before `at` (quotations are in order and do not overlap).
  let lo = 0;
  let hi = para.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (para.quotes[mid]!.end <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  const q = para.quotes[hi];
  if (q && q.end > start) start = q.end;
  for (let i = at - 1; i >= start; i--) if (para.masked[i] === ';') return i + 1;
  return start;
}

/** The end of a phrase after `from`: the next comma, semicolon, full stop or quotation. */
function phraseEnd(masked: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = masked[i]!;
    if (c === ',' || c === ';' || c === ':' || c === '\u{E000}') return i;
    if (c === '.' && (i + 1 === limit || /\s/.test(masked[i + 1] ?? ' ')) && endsSentence(masked, i)) return i;
  }
  return limit;
}

/**
 * The cue that governs quotation `q`: for one that opens its sentence the attribution after it;
 * otherwise the nearest cue before it, or the one after when that tells nobody.
 */
function governing(para: Paragraph, sentence: SentenceSpan, q: QuoteSpan, cues: readonly Cue[], said: ReadonlyArray<string | undefined>): string | undefined {
  const opens = !para.masked.slice(sentence.start, q.start).trim();
  let before = -1;
  for (let i = 0; i < cues.length; i++) if (cues[i]!.end <= q.start) before = i;
  const after = cues.findIndex((c) => c.start >= q.end);
  if (!opens && before !== -1 && said[before] !== undefined) return said[before];
  return after !== -1 ? said[after] : undefined;
}
