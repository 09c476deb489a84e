/**
 * The little English grammar titles need: whether a stretch of text has a finite verb (so that a
 * cut leaves a clause, not a noun phrase), whether a clause opens with a subject, which words
 * cannot end a sentence, and which verbs report speech.
 */
import nlp from 'compromise';

interface Term {
  text: string;
  tags: string[];
}

/**
 * Whether compromise finds a finite verb outside quotations: a past or present form, a modal, an
 * auxiliary or a copula, not a bare gerund ("speaking in Shusha") or infinitive ("to call"). Errs
 * towards "no", which keeps a sentence whole rather than cutting it.
 */
export function hasFiniteVerb(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  if (/\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|did|does|said|says|told)\b/i.test(unquoted)) return true;
  if (IRREGULAR_AFTER_NOUN.test(unquoted)) return true;
  const terms = (nlp(unquoted).json() as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
  return terms.some((t) => {
    const tags = new Set(t.tags);
    if (!tags.has('Verb') || tags.has('Hyphenated')) return false; // "Ankara-based"
    if (tags.has('Modal') || tags.has('Auxiliary') || tags.has('Copula')) return true;
    if (tags.has('Gerund') || tags.has('Infinitive') || tags.has('Participle')) return false;
    return tags.has('PastTense') || tags.has('PresentTense');
  });
}

/**
 * Irregular past forms that compromise can miss after a name or noun ("Galatasaray beat …", "A
 * drone attack set fire …"); not after a determiner, preposition or "to", and not hyphenated
 * ("US-led").
 */
const IRREGULAR_AFTER_NOUN = new RegExp(
  String.raw`(?<![\p{L}-])(?!(?:the|a|an|its|his|her|their|our|this|that|to|of|for|in|on|at|by|with|from|and|or)\s)[\p{L}]+\s+` +
    String.raw`(?:beat|set|struck|held|met|won|lost|took|made|gave|sent|brought|sought|fought|fled|led|kept|found|began|came|went|rose|fell|saw|drew|ran|stood|wrote|became|broke|chose|spoke|withdrew|paid|sold|bought|caught|shot|built|spent|knew|grew|threw|flew|drove|swore|froze)(?![\p{L}-])(?!\s+of\b)`,
  'iu',
);

/** Words a subject opens with, besides a capitalised name or a number. */
const SUBJECT_OPENERS = new Set(
  'the a an its his her their our this these those he she it they we i there no some most many all both each every one two three four five six seven eight nine ten several few'.split(
    ' ',
  ),
);

/** Whether `text` opens like a clause's subject: a name, a number, a determiner or a pronoun. */
export function startsLikeSubject(text: string): boolean {
  const word = /^\s*["“]?([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u.exec(text)?.[1];
  if (!word) return false;
  return /^[\p{Lu}\p{N}]/u.test(word) || SUBJECT_OPENERS.has(word.toLowerCase());
}

/**
 * Words no sentence ends with: prepositions, articles, determiners, conjunctions and the like
 * ("slated for.", "in the week of.", "since early.").
 */
export const DANGLING = new Set(
  (
    'a an the this that these those its his her their our my your of for to from in on at by with without into onto over under until till ' +
    'since during before after between through toward towards against about around amid among via per as than and or but nor so yet if ' +
    'because while whereas although though whether when where which who whom whose what early late mid such very more less'
  ).split(' '),
);

/** Verbs that report what someone said; "published" and "released" report a document. */
export const SPEECH_VERB = String.raw`(?:said|says|announced|added|stated|reported|confirmed|wrote|posted|tweeted|declared|claimed|published|released|issued|noted|stressed|insisted|warned|told|tells)`;
