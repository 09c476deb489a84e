/** Whether a word is ordinary English, by compromise's lexicon: "Capital", "Economics", "White" are; "Ekinci" is not. */
import nlp from 'compromise';

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)$/;
let lexicon: Record<string, string | string[]> | undefined;

export function isEnglishWord(word: string): boolean {
  lexicon ??= (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const lower = word.toLowerCase();
  for (const form of [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')]) {
    const tags = lexicon[form];
    if (tags === undefined) continue;
    return ![tags].flat().some((t) => NAME_TAGS.test(t));
  }
  return false;
}

/** Whether compromise's lexicon knows the word as a given name: "Hannah", "Mehmet", "Zeynep". */
export function isGivenName(word: string): boolean {
  isEnglishWord(word);
  const tags = lexicon?.[word.toLowerCase()];
  return tags !== undefined && [tags].flat().some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t));
}
