/**
 * Sentences of news text, with their offsets: tense is read within a sentence, and windows count
 * from the day their sentence is about.
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Unicode sentence breaking splits after "Feb." in "on Feb. 6." and after initials: rejoin those. */
const ENDS_IN_ABBREVIATION =
  /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sen|Rep|Gov|Prof|No|Jr|Sr|vs|[A-Z])\.\s*$/;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of SEGMENTER.segment(text)) {
    const previous = sentences.at(-1);
    if (previous && ENDS_IN_ABBREVIATION.test(previous.text)) {
      sentences[sentences.length - 1] = { text: previous.text + segment, start: previous.start, end: index + segment.length };
    } else {
      sentences.push({ text: segment, start: index, end: index + segment.length });
    }
  }
  return sentences;
}
