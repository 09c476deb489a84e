/**
 * Who said what (src/lib/quotes, issue 14): one test a rule, each with the sentence that needs
 * it, and the demo story content/articles/2026-02-20-lavrov-araghchi-call.md with its actors.
 * The gold of whole wire stories is in quotes-fixtures.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findQuotations, type Speaker } from '../../src/lib/quotes';
import { quoteSpans } from '../../src/lib/quotes/find';

const person = (id: string, name: string, aliases: string[] = [], role?: string): Speaker => ({ id, name, aliases, kind: 'person', role });
const body = (id: string, name: string, aliases: string[] = [], kind: Speaker['kind'] = 'government'): Speaker => ({ id, name, aliases, kind });

const SPEAKERS: Speaker[] = [
  person('lavrov', 'Sergey Lavrov', ['Lavrov'], 'Foreign Minister of Russia'),
  person('araghchi', 'Abbas Araghchi', [], 'Foreign Minister of Iran'),
  person('vance', 'JD Vance', ['J.D. Vance'], 'Vice President of the United States'),
  person('erdogan', 'Recep Tayyip Erdoğan', [], 'President'),
  body('ministry', 'Russian Foreign Ministry', ['Foreign Ministry']),
  body('kremlin', 'The Kremlin', ['Kremlin']),
  body('us', 'United States', ['US', 'Washington'], 'state'),
];

/** The speaker of each quotation of `paragraphs`, by its text. */
function said(paragraphs: string | string[], speakers: Speaker[] = SPEAKERS): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const q of findQuotations(typeof paragraphs === 'string' ? [paragraphs] : paragraphs, speakers)) out[q.text] = q.speaker ?? null;
  return out;
}

describe('quotation marks', () => {
  it('reads straight and curly double quotes, without the marks', () => {
    const [q] = findQuotations(['Lavrov said the talks were "useful."'], SPEAKERS);
    expect(q).toEqual({ text: 'useful', paragraph: 0, partial: true, speaker: 'lavrov' });
    expect(said('Lavrov said the talks were “useful.”')).toEqual({ useful: 'lavrov' });
  });

  it('does not take apostrophes or single quotes for quotation marks', () => {
    expect(findQuotations(["Trump's envoy met Iran’s minister; the 'deal' was not signed, the Greens’ leader said."], SPEAKERS)).toEqual([]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(said('“He called it ‘a red line’ and “a test,” not a threat,” Lavrov said.')).toEqual({ 'He called it ‘a red line’ and “a test,” not a threat': 'lavrov' });
    expect(quoteSpans('“a “b” c”')).toEqual([{ start: 0, end: 9, innerStart: 1, innerEnd: 8, closed: true }]);
  });

  it('runs a quotation left open to the end of its paragraph', () => {
    expect(findQuotations(['Lavrov said: "We will not wait.'], SPEAKERS)).toEqual([{ text: 'We will not wait.', paragraph: 0, partial: false, speaker: 'lavrov' }]);
  });

  it('tells a fragment inside a sentence from a whole quoted statement', () => {
    const quotes = findQuotations(['“We are ready,” Lavrov said, “to talk.” He called the offer “serious.”', 'Lavrov told reporters: "The door is open."'], SPEAKERS);
    expect(quotes.map((q) => [q.text, q.partial, q.paragraph])).toEqual([
      ['We are ready', false, 0],
      ['to talk.', false, 0],
      ['serious', true, 0],
      ['The door is open.', false, 1],
    ]);
  });

  it('keeps a quotation with full stops inside one sentence with its attribution', () => {
    expect(said('"Markets are overreacting. Our debt is low," Lavrov said.')).toEqual({ 'Markets are overreacting. Our debt is low': 'lavrov' });
  });
});

describe('attribution cues', () => {
  it('X said', () => expect(said('"We are ready," Lavrov said.')).toEqual({ 'We are ready': 'lavrov' }));
  it('said X (inversion), after a title, before an appositive', () =>
    expect(said('"We are ready," said Russian Foreign Minister Sergey Lavrov, a veteran diplomat.')).toEqual({ 'We are ready': 'lavrov' }));
  it('according to X', () => expect(said('The offer was "final," according to the Kremlin.')).toEqual({ final: 'kremlin' }));
  it('X told …', () => expect(said('Araghchi told state television that the talks were "serious."')).toEqual({ serious: 'araghchi' }));
  it('X added', () => expect(said('Lavrov added that Moscow was "ready to help."')).toEqual({ 'ready to help': 'lavrov' }));
  it('X warned', () => expect(said('Araghchi warned that Tehran would "respond firmly."')).toEqual({ 'respond firmly': 'araghchi' }));
  it('X called on … to', () =>
    expect(said('Earlier, the Kremlin called on Iran and all regional partners to "exercise restraint."')).toEqual({ 'exercise restraint': 'kremlin' }));
  it('X described it as', () => expect(said('Lavrov described the call as "substantive."')).toEqual({ substantive: 'lavrov' }));
  it('a participle carries the subject on: "…, describing", "…, warning that"', () =>
    expect(said('Araghchi said talks showed progress, describing the atmosphere as "more constructive," and warning that Washington "must not" raise the stakes.')).toEqual({
      'more constructive': 'araghchi',
      'must not': 'araghchi',
    }));
  it('"…, but said" carries the subject on', () =>
    expect(said('Vance described the process as productive "in some ways," but said Tehran was "not yet willing."')).toEqual({
      'in some ways': 'vance',
      'not yet willing': 'vance',
    }));
  it('"quoted as saying" is the one quoted', () => {
    const withAgency = [...SPEAKERS, body('tass', 'TASS', [], 'organization')];
    expect(said('Lavrov was quoted by TASS as saying that the talks were "useful."', withAgency)).toEqual({ useful: 'lavrov' });
    expect(said('TASS quoted Araghchi as saying the talks were "useful."', withAgency)).toEqual({ useful: 'araghchi' });
  });
  it('adverbs between the name and the verb', () => expect(said('Lavrov has repeatedly said that Moscow is "ready to talk."')).toEqual({ 'ready to talk': 'lavrov' }));
  it('a split quotation is two quotations of one speaker', () =>
    expect(said('"We are ready," he said, "to talk." Lavrov', SPEAKERS)).toEqual({ 'We are ready': null, 'to talk.': null }));

  it('a Foreign Ministry statement said / the statement said / the statement added', () =>
    expect(
      said([
        'Lavrov backed “fair political solutions,” a Foreign Ministry statement said.',
        'Noting the call was at Tehran’s initiative, the statement said the two ministers had “exchanged views.”',
        '“Some issues were also discussed,” the statement added.',
      ]),
    ).toEqual({ 'fair political solutions': 'ministry', 'exchanged views': 'ministry', 'Some issues were also discussed': 'ministry' }));
  it('X said in a statement, then the statement said', () =>
    expect(said(['The Kremlin said in a statement that the strikes were "unacceptable."', '"Moscow will respond," the statement said.'])).toEqual({
      unacceptable: 'kremlin',
      'Moscow will respond': 'kremlin',
    }));
  it('a statement nobody is known to have issued is nobody’s', () => expect(said('"Talks will resume," the statement said.')).toEqual({ 'Talks will resume': null }));

  it('a pronoun: the person named last, in the paragraph or the one before', () => {
    expect(said(['Araghchi arrived in Moscow on Friday.', '"The talks were useful," he said.'])).toEqual({ 'The talks were useful': 'araghchi' });
    expect(said('Lavrov spoke after the meeting with the Kremlin. "We agree," he said.')).toEqual({ 'We agree': 'lavrov' });
  });
  it('"it": the speaker named last that is not a person', () => {
    expect(said('The Kremlin denied the report. "This is fake news," it said.')).toEqual({ 'This is fake news': 'kremlin' });
    expect(said('Lavrov denied the report. "This is fake news," it said.')).toEqual({ 'This is fake news': null });
  });
  it('"what he called", "what it described as": the clause’s subject', () => {
    expect(said('Araghchi rejected what he called "baseless accusations."')).toEqual({ 'baseless accusations': 'araghchi' });
    expect(said('The Kremlin rejected what it described as "provocations."')).toEqual({ provocations: 'kremlin' });
  });
  it('a pronoun with two persons equally plausible is nobody', () =>
    expect(said('Lavrov met Araghchi in Moscow. "We agree," he said.')).toEqual({ 'We agree': null }));
  it('a pronoun with two persons, one of whom is reported speaking, is that one', () =>
    expect(said('Lavrov said he had invited Araghchi. "We agree," he added.')).toEqual({ 'We agree': 'lavrov' }));
  it('a pronoun with nobody named in two paragraphs is nobody', () =>
    expect(said(['Lavrov arrived on Monday.', 'The talks ran late.', '"We agree," he said.'])).toEqual({ 'We agree': null }));

  it('a surname that refers back; a surname two persons share is nobody', () => {
    expect(said('"We agree," Araghchi said.')).toEqual({ 'We agree': 'araghchi' });
    const hoxhas = [person('dritan', 'Dritan Hoxha', [], 'President'), person('elira', 'Elira Hoxha')];
    expect(said('"We voted for change," Hoxha said.', hoxhas)).toEqual({ 'We voted for change': null });
    expect(said('"We voted for change," Elira Hoxha said.', hoxhas)).toEqual({ 'We voted for change': 'elira' });
  });

  it('a shared surname is the person named so far, or the one whose alias it is', () => {
    const brothers = [person('luka', 'Luka Dzhaparidze'), person('nika', 'Nika Dzhaparidze')];
    expect(said(['Trabzonspor signed Luka Dzhaparidze.', '"I chose Trabzon," Dzhaparidze said.', 'His brother, Nika Dzhaparidze, plays in Batumi.', '"He is ready," Dzhaparidze said.'], brothers)).toEqual({
      'I chose Trabzon': 'luka',
      'He is ready': null,
    });
    const erdogans = [person('recep', 'Recep Tayyip Erdoğan', ['Erdoğan']), person('emine', 'Emine Erdoğan')];
    expect(said('"We will rebuild," Erdogan said.', erdogans)).toEqual({ 'We will rebuild': 'recep' });
  });
  it('a verb joined by "and" shares the subject its clause opens with', () => {
    const parties = [body('kdp', 'Kurdistan Democratic Party', ['KDP'], 'organization'), body('puk', 'Patriotic Union of Kurdistan', ['PUK'], 'organization')];
    expect(said('The Kurdistan Democratic Party (KDP), the main rival of the PUK, stayed away and said the deal was "cooked in Baghdad."', parties)).toEqual({ 'cooked in Baghdad': 'kdp' });
    expect(said('Russian Foreign Minister Sergey Lavrov met Araghchi and warned of "grave consequences."')).toEqual({ 'grave consequences': 'lavrov' });
    expect(said('After the talks ended, the two sides met again and said they were "hopeful."')).toEqual({ hopeful: null });
  });
  it('matches names accent-folded and case-insensitively, with a title before them', () => {
    expect(said('"Türkiye is ready," ERDOGAN said.')).toEqual({ 'Türkiye is ready': 'erdogan' });
    expect(said('"We are ready," said US Vice President J.D. Vance.')).toEqual({ 'We are ready': 'vance' });
  });
  it('matches acronyms only in capitals ("us" is not the US)', () =>
    expect(said('"They told us nothing," us officials said.')).toEqual({ 'They told us nothing': null }));

  it('an organisation by its head: "the ministry", "the Kremlin", when exactly one fits', () => {
    expect(said(['The Russian Foreign Ministry summoned the envoy.', 'The ministry said the move was "hostile."'])).toEqual({ hostile: 'ministry' });
    expect(said('"We are ready," the Kremlin said.')).toEqual({ 'We are ready': 'kremlin' });
    const two = [...SPEAKERS, body('iran-ministry', 'Iranian Foreign Ministry')];
    expect(said(['The Russian and Iranian foreign ministries met. The Russian Foreign Ministry and the Iranian Foreign Ministry agreed.', 'The ministry said it was "hostile."'], two)).toEqual({ hostile: null });
  });
  it('a person by the head of their role ("the president", not a vice president)', () => {
    expect(said(['Erdoğan arrived in Ankara.', 'The president later urged voters "not to stay home."'])).toEqual({ 'not to stay home': 'erdogan' });
    expect(said(['Vance arrived in Ankara.', 'The president later urged voters "not to stay home."'])).toEqual({ 'not to stay home': null });
  });

  it('a quotation without attribution is nobody’s', () => expect(said(['Lavrov arrived on Monday.', '"No decision has been taken."'])).toEqual({ 'No decision has been taken.': null }));
  it('a spokesman not among the speakers, a possessive and a joint statement are nobody’s', () => {
    expect(said('Kremlin spokesman Dmitry Peskov said the talks were "on pause."')).toEqual({ 'on pause': null });
    expect(said('Erdoğan’s office said the visit was "postponed."')).toEqual({ postponed: null });
    expect(said('The Kremlin and the Russian Foreign Ministry said in a joint statement that the vote was "orderly."')).toEqual({ orderly: null });
  });
  it('skips relative clauses and appositives to the name before them', () => {
    expect(said('Lavrov, who met Araghchi on Monday, said the talks were "frank."')).toEqual({ frank: 'lavrov' });
    expect(said('The talks were hosted by Lavrov, who said Moscow would "spare no effort."')).toEqual({ 'spare no effort': 'lavrov' });
    expect(said('Survivors said the boat was "overcrowded."')).toEqual({ overcrowded: null });
  });
  it('passes over "in a statement" and an appositive that names another actor', () => {
    expect(said('The Russian Foreign Ministry, in a statement, said the strikes were "unjustified."')).toEqual({ unjustified: 'ministry' });
    const withAgency = [...SPEAKERS, body('tass', 'TASS', [], 'organization')];
    expect(said(['The Kremlin said in a statement that it was "alarmed."', 'The statement, carried by the state news agency TASS, said Moscow reserved "the right to respond."'], withAgency)).toEqual({
      alarmed: 'kremlin',
      'the right to respond': 'kremlin',
    });
  });
  it('a sentence that is only a quotation goes on with the speaker just before it, in its paragraph', () => {
    expect(said('"We have been clear," Lavrov said. "Russia will not accept ultimatums."')).toEqual({ 'We have been clear': 'lavrov', 'Russia will not accept ultimatums.': 'lavrov' });
    expect(said(['"We have been clear," Lavrov said.', '"Russia will not accept ultimatums."'])).toEqual({ 'We have been clear': 'lavrov', 'Russia will not accept ultimatums.': null });
  });
  it('a quotation that runs on into the next paragraph is one speaker’s, both ways', () => {
    expect(said(['"We are ready to talk. We have always been ready.', '"But we will not be threatened," Araghchi said.'])).toEqual({
      'We are ready to talk. We have always been ready.': 'araghchi',
      'But we will not be threatened': 'araghchi',
    });
    expect(said(['Lavrov told reporters: "We are ready to talk.', '"We have always been ready."'])).toEqual({
      'We are ready to talk.': 'lavrov',
      'We have always been ready.': 'lavrov',
    });
  });
  it('a possessive with a role is the person who has that role: "Iran’s foreign minister"', () => {
    const withIran = [...SPEAKERS, body('iran', 'Iran', ['Tehran'], 'state')];
    expect(said('"We have nothing to hide," Iran’s foreign minister said.', withIran)).toEqual({ 'We have nothing to hide': 'araghchi' });
    expect(said('"We have nothing to hide," Iran’s interior minister said.', withIran)).toEqual({ 'We have nothing to hide': null });
  });
  it('"a statement from the ministry" is the ministry’s', () =>
    expect(said(['The Russian Foreign Ministry summoned the envoy.', 'The move was "hostile," according to a statement from the ministry.'])).toEqual({ hostile: 'ministry' }));
  it('a pronoun after someone not among the speakers was named is nobody', () =>
    expect(said(['Trump sent envoy Steve Witkoff to Moscow.', '"We will see," he said.'], [...SPEAKERS, person('trump', 'Donald Trump')])).toEqual({ 'We will see': null }));
  it('never reads a name inside a quotation as the speaker', () => expect(said('"Lavrov is right," a diplomat said.')).toEqual({ 'Lavrov is right': null }));
});

describe('the demo story (content/articles/2026-02-20-lavrov-araghchi-call.md)', () => {
  const root = join(import.meta.dirname, '../..');
  const markdown = readFileSync(join(root, 'content/articles/2026-02-20-lavrov-araghchi-call.md'), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)!;
  const paragraphs = markdown
    .slice(front[0].length)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const ids = (parse(front[1]!) as { actors: string[] }).actors;
  const speakers = ids.map((id): Speaker => {
    const actor = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content/actors', `${id}.md`), 'utf8'))![1]!) as Omit<Speaker, 'id'>;
    return { id, name: actor.name, aliases: actor.aliases ?? [], kind: actor.kind, role: actor.role };
  });

  it('reads every actor of the story', () => expect(speakers.map((s) => s.id).sort()).toEqual([...readdirSync(join(root, 'content/actors'))].map((f) => f.replace(/\.md$/, '')).sort()));

  it('attributes each quotation to its speaker', () => {
    const quotes = findQuotations(paragraphs, speakers);
    expect(quotes.map((q) => [q.text, q.speaker ?? null, q.partial])).toEqual([
      ['fair political and diplomatic solutions', 'russian-foreign-ministry', true],
      ['Some issues of mutual interest on the bilateral agenda were also discussed', 'russian-foreign-ministry', false],
      ['in some ways', 'jd-vance', true],
      ['not yet willing', 'jd-vance', true],
      // In Vance's reported speech: his words, though the red lines are Trump's (see src/lib/quotes/index.ts).
      ['red lines', 'jd-vance', true],
      ['more constructive', 'abbas-araghchi', true],
      ['over the next probably 10 days', 'donald-trump', true],
      ['may have to take it a step further', 'donald-trump', true],
      ['exercise restraint and caution', 'kremlin', true],
      ['unprecedented', 'kremlin', true],
    ]);
    expect(quotes.map((q) => q.paragraph)).toEqual([1, 3, 5, 5, 5, 6, 9, 9, 10, 10]);
  });
});

describe('any text', () => {
  const piece = fc.constantFrom('"', '“', '”', '’', "'", ' ', ', ', '. ', ': ', 'said ', 'he ', 'she ', 'Lavrov ', 'the Kremlin ', 'the statement ', 'according to ', 'and ', 'who ', 'Araghchi', 'Foreign Ministry ', 'US ', 'J.D. ', '(', ')', ';', '\n');
  const paragraph = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  it('never throws, quotes only words of the paragraph and names only the speakers given', () => {
    const ids = new Set(SPEAKERS.map((s) => s.id));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        for (const q of findQuotations(paragraphs, SPEAKERS)) {
          expect(paragraphs[q.paragraph]).toContain(q.text);
          if (q.speaker !== undefined) expect(ids.has(q.speaker)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('cost', () => {
  it('stays linear in the length of the text', () => {
    const paragraph = 'Russian Foreign Minister Sergey Lavrov, who met Araghchi, said the talks were "useful," adding that Moscow would "help." "We agree," he said.';
    const run = (n: number) => {
      const paragraphs = Array.from({ length: n }, () => paragraph);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        expect(findQuotations(paragraphs, SPEAKERS)).toHaveLength(3 * n);
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    run(100);
    const small = run(200);
    const large = run(2000);
    // Ten times the text in well under a hundred times the time (what a quadratic pass would take).
    expect(large / Math.max(small, 0.5)).toBeLessThan(40);
  });
});
