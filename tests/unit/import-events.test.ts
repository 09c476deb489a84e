/**
 * Events and titles drafted by `npm run import` (src/lib/import/events/).
 *
 * - Titles: a table of wire-style sentences, each with its date phrases and the exact title it
 *   must give: free adverbials out ("On Tuesday,", "… on Tuesday"), everything else kept
 *   (possessives, dates after a determiner or an object-taking preposition, inside names, inside
 *   quotes, windows), long sentences cut only where a whole main clause is left.
 * - Events: the date of a saying against the date of what was said, one fact named twice, two
 *   facts in one sentence, dates inside a quotation read from the day it was given.
 * - Fixtures: every story in tests/fixtures/wire/ (gold owned by the entities work) and
 *   tests/fixtures/wire-events/ (stories written for these rules: dates of sayings, quotes, two
 *   facts a sentence) drafted; every title passes the whole-sentence checks below, and drafted
 *   event dates are compared with the gold (`events: [{ date, fact }]`): recall (gold facts with
 *   a drafted event of that date) and precision (drafted events whose date is a gold date),
 *   written to the console per folder. Gold dates out of reach are listed in GOLD_OUT_OF_REACH
 *   with the reason; the floors are what the drafts reached when written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftArticle } from '../../src/lib/import/draft';
import { storyFacts, storyTitle, titleFrom } from '../../src/lib/import/events';
import { parsePublishedDate } from '../../src/lib/published-date';

// ---------------------------------------------------------------------------------------------
// Whole-sentence checks: what a title must pass, written independently of the code under test.

const SENTENCE_END_WORDS = new Set(
  'a an the this that these those its his her their our of for to from in on at by with into over until till since during before after between through about amid among via as than and or but nor if because while whereas although whether when early late'.split(
    ' ',
  ),
);
const W = String.raw`[\p{L}\p{N}]`;
const word = (source: string) => new RegExp(String.raw`(?<!${W})(?:${source})(?!${W})`, 'iu');

/**
 * What is wrong with `title` as a whole sentence (an empty list when nothing is). Words inside
 * quotation marks are the speaker's: the checks of grammar skip them ("whoever they voted for,").
 */
function brokenBy(title: string, story = false): string[] {
  const problems: string[] = [];
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g)) problems.push('unbalanced brackets');
  if (count(/“/g) !== count(/”/g) || count(/"/g) % 2 !== 0) problems.push('unbalanced quotes');
  const unquoted = title.replace(/“[^”]*”|"[^"]*"/g, '"Q"');
  if (!/^[\p{Lu}"“]/u.test(title)) problems.push('does not start with a capital or a quote');
  if (story) {
    if (/[.,;:]$/.test(title)) problems.push('story title ends in punctuation');
  } else if (!/[.!?]["”’]?$/.test(title)) problems.push('does not end with . ! ? or a closing quote');
  if (/…|\.\.\./.test(title)) problems.push('ellipsis');
  if (/,\s*[.,;:!?]/.test(title)) problems.push('",." or doubled punctuation');
  if (/\s[.,;:!?]/.test(title)) problems.push('space before punctuation');
  if (/\s{2}/.test(title)) problems.push('double space');
  for (const sentence of unquoted.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u)) {
    const last = /([\p{L}\p{N}%'’-]+)[^\p{L}\p{N}%]*$/u.exec(sentence)?.[1]?.toLowerCase() ?? '';
    if (SENTENCE_END_WORDS.has(last)) problems.push(`a sentence ends with "${last}"`);
  }
  if (/(?:^|[\s(“"])['’]s(?![\p{L}\p{N}])/u.test(title)) problems.push(`"'s" left hanging`);
  if (word(String.raw`(?:the|a|an|its|his|her|their|of|for|until|by|since|from|to|at|with|during)\s*[,.;:!?)]`).test(unquoted)) {
    problems.push('function word before punctuation');
  }
  if (word(String.raw`(?:until|by|since|from|of|for|during|between)\s+(?:to|of|for|in|on|at|by)`).test(unquoted)) {
    problems.push('preposition left without its object');
  }
  if (/(?<![\p{L}\p{N}])[Aa]\s+(?!uni|use|usu|ute|eu|Eu|one|once|U[NSK])[aeiouAEIOU]/u.test(unquoted)) problems.push('"a" before a vowel ("A election")');
  const day = 'the|a|this|that|every|each|same|one|last|next|late|early|in|on|tomorrow|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
  if (word(String.raw`(?<!(?:${day})\s)(?:night|morning|afternoon|evening)(?:\s+(?:at|to|in|while|as|near|off)(?!${W})|\s*[,.;])`).test(unquoted)) {
    problems.push('time of day left without its day');
  }
  return problems;
}

describe('the whole-sentence checks', () => {
  it.each([
    ['Opposition candidate Zeynep Karaağaçlı won ’s runoff for mayor of Pristina.', `"'s" left hanging`],
    ['A election would follow.', '"a" before a vowel ("A election")'],
    ['Nationwide local elections are scheduled for.', 'a sentence ends with "for"'],
    ['The parties hope to elect a chancellor in the week of, Hinrichsen said.', 'function word before punctuation'],
    ['President Erdoğan has until to call a new election.', 'preposition left without its object'],
    ['The boat had set off from the coast near Ayvalık night, survivors said.', 'time of day left without its day'],
    ['The energy ministers agreed to study an undersea power cable…', 'ellipsis'],
    ['I will be the mayor of everyone," Karaağaçlı said.', 'unbalanced quotes'],
    ['Turnout was 83%,.', '",." or doubled punctuation'],
  ])('catch %j', (title, problem) => {
    expect(brokenBy(title)).toContain(problem);
  });
});

// ---------------------------------------------------------------------------------------------
// Titles: one sentence, its date phrases (as the resolver would find them), the exact title.

/** A date phrase of the table: its words, or `{ text, window }`, or `{ text, own: false }` for a date of another event. */
type Phrase = string | { text: string; window?: boolean; own?: boolean };

function title(sentence: string, phrases: readonly Phrase[], max?: number): string {
  return titleFrom(
    sentence,
    phrases.map((p) => {
      const { text, window = false, own = true } = typeof p === 'string' ? { text: p } : p;
      const start = sentence.indexOf(text);
      if (start < 0) throw new Error(`"${text}" is not in "${sentence}"`);
      return { start, end: start + text.length, window, own };
    }),
    max,
  );
}

const TITLES: ReadonlyArray<[sentence: string, phrases: Phrase[], title: string]> = [
  // Free adverbials: out, with their preposition, comma and a following time of day.
  ['Lavrov on Friday reaffirmed support for the talks.', ['Friday'], 'Lavrov reaffirmed support for the talks.'],
  ['On Tuesday, the ministry said the border gate would reopen.', ['Tuesday'], 'The ministry said the border gate would reopen.'],
  ['Last June, the two leaders signed a defense pact in Ankara.', ['Last June'], 'The two leaders signed a defense pact in Ankara.'],
  ['Early on Monday, police raided 12 addresses in Izmir.', ['Monday'], 'Police raided 12 addresses in Izmir.'],
  ['Yesterday, the central bank cut its main rate by 50 basis points.', ['Yesterday'], 'The central bank cut its main rate by 50 basis points.'],
  [
    'The frigate sailed through the Bosphorus on Tuesday on its way to the Mediterranean.',
    ['Tuesday'],
    'The frigate sailed through the Bosphorus on its way to the Mediterranean.',
  ],
  ['Thousands gathered in Hatay early on Tuesday to mark the anniversary.', ['Tuesday'], 'Thousands gathered in Hatay to mark the anniversary.'],
  [
    'The boat set off from the coast near Ayvalık on Tuesday night, survivors said.',
    ['Tuesday'],
    'The boat set off from the coast near Ayvalık, survivors said.',
  ],
  ['The first round was held in Muscat, Oman, on Feb. 6.', ['Feb. 6'], 'The first round was held in Muscat, Oman.'],
  ['The governor, on Wednesday, ordered schools in the province closed.', ['Wednesday'], 'The governor ordered schools in the province closed.'],
  [
    'The second tremor hit the Elbistan district nine hours later on Feb. 6, 2023, flattening entire neighborhoods.',
    ['Feb. 6, 2023'],
    'The second tremor hit the Elbistan district nine hours later, flattening entire neighborhoods.',
  ],
  ['The Kremlin said last week that it remained ready to help.', ['last week'], 'The Kremlin said that it remained ready to help.'],
  [
    'Türkiye and Azerbaijan will sign a new gas agreement next month, officials said.',
    ['next month'],
    'Türkiye and Azerbaijan will sign a new gas agreement, officials said.',
  ],
  [
    'The New Democracy party won a second term in June, and the opposition split.',
    ['June'],
    'The New Democracy party won a second term, and the opposition split.',
  ],
  [
    'Turnout was 41%, up from 36% in the first round on Jan. 31, the commission said.',
    ['Jan. 31'],
    'Turnout was 41%, up from 36% in the first round, the commission said.',
  ],
  ['Krasniqi told cheering supporters in the city center late on Sunday.', ['Sunday'], 'Krasniqi told cheering supporters in the city center.'],
  ['The US and its allies stepped up patrols in the Black Sea during 2014.', ['2014'], 'The US and its allies stepped up patrols in the Black Sea.'],
  [
    'Forest fires destroyed more than 140,000 hectares in the country last year, according to the ministry.',
    ['last year'],
    'Forest fires destroyed more than 140,000 hectares in the country, according to the ministry.',
  ],
  ['The two countries signed a preferential trade agreement in 2014.', ['2014'], 'The two countries signed a preferential trade agreement.'],
  [
    'Traffic through the straits was briefly suspended on Tuesday morning while the submarine passed.',
    ['Tuesday'],
    'Traffic through the straits was briefly suspended while the submarine passed.',
  ],
  ['Police said the attack on Monday killed five people.', ['Monday'], 'Police said the attack killed five people.'],
  ['In 2019, the two countries signed a memorandum on energy cooperation.', ['2019'], 'The two countries signed a memorandum on energy cooperation.'],
  ['Earlier this month, the ministry announced a new visa regime.', ['Earlier this month'], 'The ministry announced a new visa regime.'],
  ['Two days ago, a cargo ship ran aground off the coast of Çanakkale.', ['Two days ago'], 'A cargo ship ran aground off the coast of Çanakkale.'],
  ['Inflation reached 6.8% in July, the highest in a year.', ['July'], 'Inflation reached 6.8%, the highest in a year.'],

  // Kept: possessives, after a determiner or adjective, after for/until/by/since/from/of, names.
  ['Karaağaçlı won Sunday\'s mayoral by-election in Esenyurt.', ['Sunday'], 'Karaağaçlı won Sunday\'s mayoral by-election in Esenyurt.'],
  ['Krasniqi won Sunday’s runoff for mayor of Pristina.', ['Sunday'], 'Krasniqi won Sunday’s runoff for mayor of Pristina.'],
  ['A June election would leave the country without a budget.', ['June'], 'A June election would leave the country without a budget.'],
  ['An August deadline looms over the talks.', ['August'], 'An August deadline looms over the talks.'],
  ['The country last voted in the June 7 parliamentary elections.', ['June 7'], 'The country last voted in the June 7 parliamentary elections.'],
  ['Nationwide local elections are scheduled for March 2024.', ['March 2024'], 'Nationwide local elections are scheduled for March 2024.'],
  ['The final vote is slated for Monday.', ['Monday'], 'The final vote is slated for Monday.'],
  ['President Erdoğan has until Aug. 23 to call a new election.', ['Aug. 23'], 'President Erdoğan has until Aug. 23 to call a new election.'],
  ['The debt brake will be respected again from 2023.', ['2023'], 'The debt brake will be respected again from 2023.'],
  ['Deliveries through the pipeline will continue until 2040.', ['2040'], 'Deliveries through the pipeline will continue until 2040.'],
  ['The yield rose to 10.2%, the highest level since early 2014.', ['2014'], 'The yield rose to 10.2%, the highest level since early 2014.'],
  [
    'The parties hope to elect a new chancellor in the week of Dec. 6.',
    ['Dec. 6'],
    'The parties hope to elect a new chancellor in the week of Dec. 6.',
  ],
  ['Bozdoğan had held the post since 2014.', ['2014'], 'Bozdoğan had held the post since 2014.'],
  ['A draft coalition treaty is expected by the end of November.', ['November'], 'A draft coalition treaty is expected by the end of November.'],
  ['Sunday was the calmest day since the ceasefire began.', ['Sunday'], 'Sunday was the calmest day since the ceasefire began.'],
  ['Monday, the ministry said, was the busiest day at the border.', ['Monday'], 'Monday, the ministry said, was the busiest day at the border.'],
  ['By Monday, rescuers had pulled 40 people from the rubble.', ['Monday'], 'By Monday, rescuers had pulled 40 people from the rubble.'],
  ['The ceasefire, agreed on Jan. 19, has largely held.', ['Jan. 19'], 'The ceasefire, agreed on Jan. 19, has largely held.'],
  [
    'The deal, which takes effect on March 1, caps gas prices for households.',
    ['March 1'],
    'The deal, which takes effect on March 1, caps gas prices for households.',
  ],
  ['Thousands crossed the 15 July Martyrs Bridge on foot.', ['15 July'], 'Thousands crossed the 15 July Martyrs Bridge on foot.'],
  ['The Monday talks ended without a statement.', ['Monday'], 'The Monday talks ended without a statement.'],
  ['Ministers agreed to hold Monday talks in Geneva.', ['Monday'], 'Ministers agreed to hold Monday talks in Geneva.'],
  ['The May 19 holiday was moved to Friday.', ['May 19', 'Friday'], 'The May 19 holiday was moved to Friday.'],
  ['The report, published last Thursday, said attacks had fallen.', ['last Thursday'], 'The report, published last Thursday, said attacks had fallen.'],
  [
    "Schools will stay closed on Wednesday and Thursday, the governor's office said.",
    ['Wednesday', { text: 'Thursday', own: false }],
    "Schools will stay closed on Wednesday and Thursday, the governor's office said.",
  ],
  [
    'The talks began in June 2024, when the first conference was held in Luxembourg.',
    ['June 2024'],
    'The talks began in June 2024, when the first conference was held in Luxembourg.',
  ],
  ['"We will meet again on Monday," the minister said.', ['Monday'], '"We will meet again on Monday," the minister said.'],
  [
    'Trump said a deal could come over the next 10 days.',
    [{ text: 'over the next 10 days', window: true }],
    'Trump said a deal could come over the next 10 days.',
  ],

  // Long sentences: cut only where a whole main clause is left, never before the event's date.
  [
    'At least 11 migrants died and 37 were rescued after an overcrowded wooden boat sank in the Aegean Sea off the port city of Alexandroupoli early on Wednesday, the Hellenic Coast Guard said.',
    ['Wednesday'],
    'At least 11 migrants died and 37 were rescued after an overcrowded wooden boat sank in the Aegean Sea off the port city of Alexandroupoli.',
  ],
  [
    'On Thursday, Trump said it will be clear if it is possible to make a deal with Iran "over the next probably 10 days," warning that Washington "may have to take it a step further" if negotiations fall short.',
    [{ text: 'Thursday', own: false }, { text: 'over the next probably 10 days', window: true }],
    'Trump said it will be clear if it is possible to make a deal with Iran "over the next probably 10 days."',
  ],
  [
    'A drone attack set fire to an oil field in Iraq’s Kurdistan Region on Thursday, halting the production of around 50,000 barrels per day, the regional Ministry of Natural Resources said.',
    ['Thursday'],
    'A drone attack set fire to an oil field in Iraq’s Kurdistan Region, halting the production of around 50,000 barrels per day.',
  ],
  [
    'The lira weakened to a record low against the dollar as political uncertainty grew after coalition talks between the two largest parties in parliament collapsed on Monday, ending weeks of negotiations.',
    ['Monday'],
    'The lira weakened to a record low against the dollar as political uncertainty grew after coalition talks between the two largest parties in parliament collapsed.',
  ],
  [
    'The energy ministers of Azerbaijan and Georgia met in Baku on Wednesday, just three hours after the pipeline operator announced a technical fault that had halted deliveries to Georgia and Türkiye for most of the week.',
    ['Wednesday'],
    'The energy ministers of Azerbaijan and Georgia met in Baku.',
  ],
  [
    'Azerbaijani Foreign Minister Elnur Hasanzade and his Armenian counterpart, Vahagn Ter-Petrosyan, met on Thursday in the Kazakh city of Almaty for a new round of talks on a peace treaty and on the reopening of transport links.',
    ['Thursday'],
    'Azerbaijani Foreign Minister Elnur Hasanzade and his Armenian counterpart, Vahagn Ter-Petrosyan, met in the Kazakh city of Almaty for a new round of talks on a peace treaty and on the reopening of transport links.',
  ],
  [
    '"Esenyurt has chosen unity over division. I will be the mayor of everyone in this district, whoever they voted for," Karaağaçlı told supporters gathered outside the party\'s district office early on Monday.',
    ['Monday'],
    '"Esenyurt has chosen unity over division. I will be the mayor of everyone in this district, whoever they voted for," Karaağaçlı told supporters gathered outside the party\'s district office.',
  ],
];

describe('event titles', () => {
  it(`the table has at least 40 sentences (${TITLES.length})`, () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TITLES)('%s', (sentence, phrases, expected) => {
    const drafted = title(sentence, phrases);
    expect(drafted).toBe(expected);
    expect(brokenBy(drafted)).toEqual([]);
  });
});

describe('story titles', () => {
  const published = parsePublishedDate('2026-02-20');
  it.each([
    [
      'Russian Foreign Minister Sergey Lavrov on Friday reaffirmed support for the negotiation process between Washington and Tehran amid escalating regional tensions.',
      'Russian Foreign Minister Sergey Lavrov reaffirmed support for the negotiation process between Washington and Tehran',
    ],
    [
      "Opposition candidate Zeynep Karaağaçlı won Sunday's mayoral by-election in Istanbul's Esenyurt district with 51.4% of the vote, according to unofficial results.",
      "Opposition candidate Zeynep Karaağaçlı won Sunday's mayoral by-election in Istanbul's Esenyurt district",
    ],
    ['On Tuesday, the ministers agreed on a new round of talks in Geneva. More talks followed.', 'The ministers agreed on a new round of talks in Geneva'],
    ['Nationwide local elections are scheduled for March 2024, the election board said.', 'Nationwide local elections are scheduled for March 2024, the election board said'],
  ])('%s', (lede, expected) => {
    const drafted = storyTitle(lede, published);
    expect(drafted).toBe(expected);
    expect(brokenBy(drafted, true)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Events: which dates are facts, how many, and their titles.

type Expected = [date: string, title: string, status?: 'expected'];

function events(text: string, published: string): Expected[] {
  return storyFacts(text, parsePublishedDate(published)).map((fact): Expected => {
    const date = fact.value.end ? `${fact.value.start.iso}/${fact.value.end.iso}` : fact.value.start.iso;
    return fact.expected ? [date, fact.title, 'expected'] : [date, fact.title];
  });
}

describe('events', () => {
  it('the day a fact was reported is no event when the sentence dates the fact', () => {
    expect(events('The quake struck on Monday, the disaster agency said on Tuesday.', '2026-02-18')).toEqual([
      ['2026-02-16', 'The quake struck, the disaster agency said.'],
    ]);
    expect(events('On Thursday, the minister said talks had collapsed on Monday.', '2026-02-20')).toEqual([
      ['2026-02-16', 'The minister said talks had collapsed.'],
    ]);
    expect(events('The governor told Anadolu on Wednesday that three suspects were caught on Sunday.', '2026-02-19')).toEqual([
      ['2026-02-15', 'The governor told Anadolu that three suspects were caught.'],
    ]);
  });

  it('a date of the saying goes only when its own clause dates what was said', () => {
    expect(
      events(
        "The spokeswoman said the commission had received the report last Friday, and Hungary's foreign minister said on Thursday that his country would not block the talks.",
        '2026-03-13',
      ),
    ).toEqual([
      ['2026-03-06', 'The spokeswoman said the commission had received the report.'],
      ['2026-03-12', "Hungary's foreign minister said that his country would not block the talks."],
    ]);
  });

  it('a saying dated alone is the event', () => {
    expect(events("Moody's said on Tuesday that a snap election would weigh on the country's credit profile.", '2026-02-18')).toEqual([
      ['2026-02-17', "Moody's said that a snap election would weigh on the country's credit profile."],
    ]);
  });

  it('one fact named twice is one event', () => {
    expect(events('The talks ended on Tuesday, Feb. 17, in Geneva.', '2026-02-20')).toEqual([['2026-02-17', 'The talks ended in Geneva.']]);
    expect(events('Police detained 14 fans on Sunday, and the stadium stayed closed on Sunday night.', '2017-11-20')).toEqual([
      ['2017-11-19', 'Police detained 14 fans, and the stadium stayed closed.'],
    ]);
  });

  it('two days named as a pair are one fact over both', () => {
    expect(events("Schools in the town will stay closed on Wednesday and Thursday, the governor's office said.", '2025-02-11')).toEqual([
      ['2025-02-12/2025-02-13', "Schools in the town will stay closed, the governor's office said.", 'expected'],
    ]);
  });

  it('two facts are two events, each titled by its own clause when the sentence splits', () => {
    expect(events('Galatasaray travel to Konya on Saturday to face Konyaspor, while Fenerbahçe host Beşiktaş on Dec. 3.', '2017-11-20')).toEqual([
      ['2017-11-25', 'Galatasaray travel to Konya to face Konyaspor.', 'expected'],
      ['2017-12-03', 'Fenerbahçe host Beşiktaş.', 'expected'],
    ]);
    expect(
      events('The two countries signed a framework agreement in November 2013, and TANAP has carried Azerbaijani gas to Europe since 2020.', '2026-03-09'),
    ).toEqual([
      ['2013-11', 'The two countries signed a framework agreement.'],
      ['2020', 'TANAP has carried Azerbaijani gas to Europe since 2020.'],
    ]);
  });

  it('two facts that do not split into clauses are titled by the sentence', () => {
    const sentence = 'The country last voted in the June 7 elections, in which the party lost its majority for the first time since 2002.';
    expect(events(sentence, '2015-08-20')).toEqual([
      ['2015-06-07', sentence],
      ['2002', sentence],
    ]);
  });

  it('dates inside a quotation are read from the day it was given', () => {
    expect(events('"We will meet again on Monday," the minister said on Thursday.', '2026-02-24')).toEqual([
      ['2026-02-23', '"We will meet again on Monday," the minister said.', 'expected'],
    ]);
    expect(events('“Change starts tomorrow morning,” Krasniqi told supporters late on Sunday.', '2021-02-15')).toEqual([
      ['2021-02-15', '“Change starts tomorrow morning,” Krasniqi told supporters.', 'expected'],
    ]);
    expect(events('"The talks went well. We meet again on Friday," Hasanzade told reporters on Wednesday.', '2025-04-17')).toEqual([
      ['2025-04-18', '"The talks went well. We meet again on Friday," Hasanzade told reporters.', 'expected'],
    ]);
  });

  it('a quotation with no dated attribution is read from publication', () => {
    expect(events('"We will meet again on Monday," the minister said.', '2026-02-24')).toEqual([
      ['2026-03-02', '"We will meet again on Monday," the minister said.', 'expected'],
    ]);
  });

  it('future clauses and windows are expected', () => {
    expect(events('The ministers will meet again in Ashgabat in November to review progress.', '2016-05-25')).toEqual([
      ['2016-11', 'The ministers will meet again in Ashgabat to review progress.', 'expected'],
    ]);
    expect(events('Member states will have to report transfers within 30 days.', '2026-03-16')).toEqual([
      ['2026-03-16/2026-04-15', 'Member states will have to report transfers within 30 days.', 'expected'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Fixtures: every wire story drafted; titles whole; event dates against the gold.

interface GoldEvent {
  date: string | { start: string; end: string };
  fact: string;
}

const DIRS = ['tests/fixtures/wire', 'tests/fixtures/wire-events'];
/** Stories without a gold file: a publication day for drafting their titles (no dates compared). */
const PUBLISHED_WITHOUT_GOLD: Record<string, string> = {
  'istanbul-lavrov-araghchi': '2026-02-20',
  'ankara-energy': '2026-03-09',
  'brussels-sanctions': '2026-03-16',
};

/**
 * Gold dates the drafts do not reach, as `fixture: date`, with the reason. Some wait on the date
 * resolver (another engineer's work); some the rules exclude on purpose.
 */
const GOLD_OUT_OF_REACH: Record<string, string> = {
  'ankara-border-security: 2024-03-11':
    'the day the minister spoke; the sentence dates what he reported ("over the past week"), so by the issue\'s rule it is no event',
  'ankara-border-security: 2024-03-07':
    'the day the report was published ("said in a report published last Thursday that … since 2019"): a date of the saying, and the sentence dates what was said',
  'ankara-border-security: 2019/2024': 'the resolver reads "since 2019" as the year 2019, not a span to publication',
  'ankara-central-bank: 2015-08-01/2015-08-19':
    'TurkStat "said earlier this month": a date of the saying, and the sentence dates what it reported (inflation in July)',
  'ankara-central-bank: 2014': 'the resolver reads "since early 2014" as early 2014 (January–April), not the year',
  'antakya-quake-anniversary: 2023-02-06/2023-02-12': '"in the first week" of the quake is not a date expression the resolver finds',
  'baku-peace-talks: 2022/2025': 'the resolver reads "since 2022" as the year 2022, not a span to publication',
  'istanbul-straits-warships: 2014/2020': 'the resolver reads "since 2014" as the year 2014, not a span to publication',
  'izmir-wildfire: 2025-07-03/2025-07-06': 'the resolver reads "until Sunday" as the Sunday, not a span from publication',
  'peshawar-flash-floods: 2025-08-15/2025-08-17': 'the resolver reads "since Friday" as the Friday, not a span to publication',
  'peshawar-flash-floods: 2025-08-17/2025-08-21': 'the resolver reads "until Thursday" as the Thursday, not a span from publication',
  'sarajevo-general-election: 2010/2026': 'the resolver reads "since 2010" as the year 2010, not a span to publication',
};

/**
 * Floors, per folder: what the drafts reached when this was written (raise them as the resolver
 * improves). tests/fixtures/wire: recall 107/119, precision 106/117 since the six held-out stories
 * of issue 13 joined it (before them: recall 82/91, precision 80/86); their extra dates are the
 * resolver's ("in winter" and "in summer" of a plant's yearly cycle read as the next seasons,
 * "since 2014" and "since 2010" as those years, "until Thursday" as the Thursday);
 * tests/fixtures/wire-events: recall 16/16, precision 16/16.
 */
const FLOORS: Record<string, { recall: number; precision: number }> = {
  'tests/fixtures/wire': { recall: 0.89, precision: 0.9 },
  'tests/fixtures/wire-events': { recall: 1, precision: 1 },
};

const stories = DIRS.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => ({ dir, name: file.replace(/\.txt$/, '') }))
    : [],
);

const key = (date: GoldEvent['date']) => (typeof date === 'string' ? date : `${date.start}/${date.end}`);
const tallies = Object.fromEntries(DIRS.map((dir) => [dir, { titles: 0, broken: 0, gold: 0, recalled: 0, drafted: 0, precise: 0 }]));
const misses: string[] = [];

describe('wire fixtures', () => {
  it.each(stories)('$name: titles are whole sentences; event dates against the gold', ({ dir, name }) => {
    const goldPath = `${dir}/${name}.expected.json`;
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as { published: string; events?: GoldEvent[] }) : undefined;
    const published = gold?.published ?? PUBLISHED_WITHOUT_GOLD[name] ?? '2026-01-15';
    const draft = draftArticle({
      raw: readFileSync(`${dir}/${name}.txt`, 'utf8'),
      published: parsePublishedDate(published),
      source: 'Anadolu Agency',
      known: { actors: [], locations: [] },
      origin: `${name}.txt`,
    });
    const storyTitleLine = String((parse(draft.article.contents.split('---\n')[1]!) as { title: string }).title);
    const broken = [
      ...brokenBy(storyTitleLine, true).map((p) => `story title "${storyTitleLine}": ${p}`),
      ...draft.events.flatMap((e) => brokenBy(e.title).map((p) => `"${e.title}": ${p}`)),
    ];
    const tally = tallies[dir]!;
    tally.titles += 1 + draft.events.length;
    tally.broken += new Set(broken.map((b) => b.replace(/: [^:]*$/, ''))).size;

    const missed: string[] = [];
    if (gold?.events) {
      const drafted = new Set(draft.events.map((e) => key(e.date)));
      const goldDates = new Set(gold.events.map((e) => key(e.date)));
      missed.push(...gold.events.filter((e) => !drafted.has(key(e.date))).map((e) => `${name}: ${key(e.date)}`));
      tally.gold += gold.events.length;
      tally.recalled += gold.events.length - missed.length;
      tally.drafted += draft.events.length;
      tally.precise += draft.events.filter((e) => goldDates.has(key(e.date))).length;
      misses.push(...missed);
    }
    expect(broken).toEqual([]);
    expect(missed.filter((m) => GOLD_OUT_OF_REACH[m] === undefined)).toEqual([]);
    // The first story pays for reading the gazetteer's 53 MB of cities, seconds on a loaded machine.
  }, 60_000);

  it.each(DIRS)('%s: event dates reach the recall and precision floors', (dir) => {
    const tally = tallies[dir]!;
    const recall = tally.recalled / tally.gold;
    const precision = tally.precise / tally.drafted;
    console.log(
      `import events on ${stories.filter((s) => s.dir === dir).length} stories in ${dir}: ${tally.broken}/${tally.titles} titles broken; ` +
        `event dates: recall ${tally.recalled}/${tally.gold} = ${recall.toFixed(3)}, precision ${tally.precise}/${tally.drafted} = ${precision.toFixed(3)}`,
    );
    if (dir === DIRS.at(-1) && misses.length) console.log(`gold dates missed: ${misses.join('; ')}`);
    expect(recall).toBeGreaterThanOrEqual(FLOORS[dir]!.recall);
    expect(precision).toBeGreaterThanOrEqual(FLOORS[dir]!.precision);
  });
});
