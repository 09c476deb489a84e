/** The content lint behind `npm run check`, on small in-memory content folders. */
import { describe, expect, it } from 'vitest';
import { parseContentFile, type CollectionName } from '../../src/lib/lint/content-file';
import { formatDiagnostic, lintContent } from '../../src/lib/lint/lint-content';

function file(collection: CollectionName, id: string, source: string, folder = '') {
  return parseContentFile({ collection, id, filePath: `content/${collection}/${folder}${id}.md`, source });
}

const base = [
  file('actors', 'sergey-lavrov', '---\nname: Sergey Lavrov\nkind: person\naliases: [Lavrov]\n---\n'),
  file('actors', 'abbas-araghchi', '---\nname: Abbas Araghchi\nkind: person\naliases: [Araghchi]\n---\n'),
  file('actors', 'donald-trump', '---\nname: Donald Trump\nkind: person\naliases: [Trump]\n---\n'),
  file('locations', 'istanbul', '---\nname: Istanbul\nkind: city\n---\n'),
];

const story = (frontmatter: string, body: string) =>
  file(
    'articles',
    'story',
    `---\ntitle: T\ndateline: istanbul\npublished: 2026-02-20\nsource: AA\n${frontmatter}---\n\n${body}\n`,
  );

const lint = (...files: ReturnType<typeof file>[]) => lintContent([...base, ...files]).map(formatDiagnostic);

describe('lintContent', () => {
  it('passes clean content', () => {
    expect(
      lint(
        story(
          'actors: [sergey-lavrov]\nevents:\n  - date: 2026-02-20\n    title: Lavrov speaks.\n',
          'Sergey Lavrov spoke on Friday.',
        ),
      ),
    ).toEqual([]);
  });

  it('reports schema errors with their line and fix, all at once', () => {
    const bad = story('actorz: [x]\nactors: [sergey-lavrov]\nevents:\n  - date: 2026-02-31\n    title: E\n    status: maybe\n', 'Lavrov.');
    expect(lint(bad)).toEqual([
      'content/articles/story.md:6: error: actorz: unknown field "actorz". Fix: rename it to "actors" or remove it; the fields here are title, summary, dateline, published, updated, source, author, actors, locations, events.',
      'content/articles/story.md:9: error: events[0].date: "2026-02-31" is not a date in the calendar (check the month and day); write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025", "2025-06" or "2025-06-13". Fix: correct "events[0].date" as the message says (the content format is in README.md).',
      'content/articles/story.md:11: error: events[0].status: Invalid option: expected one of "occurred"|"expected". Fix: use one of "occurred", "expected".',
    ]);
  });

  it('names a missing required field', () => {
    const noSource = file('articles', 'x', '---\ntitle: T\ndateline: istanbul\npublished: 2026-02-20\nactors: [sergey-lavrov]\n---\nLavrov.');
    expect(lint(noSource)).toEqual([
      'content/articles/x.md:2: error: source: this required field is missing. Fix: add "source" (see the content format in README.md).',
    ]);
  });

  it('reports YAML syntax errors at the editor’s line', () => {
    const broken = file('articles', 'x', '---\ntitle: T\nactors: [sergey-lavrov\nsource: AA\n---\nText');
    const [message] = lint(broken);
    expect(message).toMatch(/^content\/articles\/x\.md:\d+: error: frontmatter is not valid YAML: /);
    expect(message).toMatch(/Fix: correct the YAML/);
  });

  it('reports broken references on the line of the id', () => {
    const bad = story('actors: [sergey-lavrov, abbas-araghci]\n', 'Lavrov and Araghchi.');
    expect(lint(bad)).toContain(
      'content/articles/story.md:6: error: actors[1]: unknown actor "abbas-araghci". Fix: did you mean "abbas-araghchi"? Otherwise create content/actors/abbas-araghci.md or remove "abbas-araghci" from actors.',
    );
  });

  it('flags an event after publication that is not expected', () => {
    const bad = story(
      'actors: [donald-trump]\nevents:\n  - date: 2026-03-01\n    title: Deadline.\n  - date: 2026-03\n    title: Talks.\n    status: expected\n',
      'Trump spoke.',
    );
    expect(lint(bad)).toEqual([
      'content/articles/story.md:8: error: events[0].date: "Deadline." is dated Sun 1 Mar 2026, after publication (Fri 20 Feb 2026), but not expected. Fix: add "status: expected" if it was anticipated, or correct the date.',
    ]);
  });

  it('warns about a body date with no event, quoting the sentence', () => {
    const draft = story(
      'actors: [sergey-lavrov]\nevents:\n  - date: 2026-02-20\n    title: Call.\n',
      'Lavrov called on Friday.\n\nThe talks ended on Tuesday in Geneva.',
    );
    expect(lint(draft)).toEqual([
      'content/articles/story.md:14: warning: "Tuesday" (Tue 17 Feb 2026) has no event in the frontmatter: "The talks ended on Tuesday in Geneva.". Fix: add an event dated 2026-02-17 if this is news the timeline should show.',
    ]);
  });

  it('warns about listed actors the text never names, and named actors it does not list', () => {
    const draft = story('actors: [sergey-lavrov, abbas-araghchi]\n', 'Lavrov met officials.\n\nLater, Trump and Trump again.');
    expect(lint(draft)).toEqual([
      'content/articles/story.md:6: warning: actors[1]: actor "abbas-araghchi" is never named in the text. Fix: add the name the text uses to "aliases" in content/actors/abbas-araghchi.md, or remove "abbas-araghchi" from actors.',
      'content/articles/story.md:11: warning: the text names "Trump" (actor "donald-trump"), who is not in actors. Fix: add "donald-trump" to actors.',
    ]);
  });

  it('counts actors of events as listed', () => {
    const draft = story(
      'actors: [sergey-lavrov]\nevents:\n  - date: 2026-02-20\n    title: Call.\n    actors: [donald-trump]\n',
      'Lavrov and Trump spoke on Friday.',
    );
    expect(lint(draft)).toEqual([]);
  });

  it('finds duplicate ids, also differing only in case or in subfolders', () => {
    const files = [
      file('actors', 'Sergey-Lavrov', '---\nname: S\nkind: person\n---\n', 'old/'),
      file('locations', 'istanbul', '---\nname: Istanbul\nkind: city\n---\n', 'turkey/'),
    ];
    const messages = lint(...files).filter((m) => m.includes('duplicate'));
    expect(messages).toEqual([
      'content/actors/old/Sergey-Lavrov.md: error: duplicate id "Sergey-Lavrov": content/actors/sergey-lavrov.md has the same file name (ignoring case). Fix: rename one of them: the file name is the id, and ids must differ in more than case.',
      'content/actors/sergey-lavrov.md: error: duplicate id "sergey-lavrov": content/actors/old/Sergey-Lavrov.md has the same file name (ignoring case). Fix: rename one of them: the file name is the id, and ids must differ in more than case.',
      'content/locations/istanbul.md: error: duplicate id "istanbul": content/locations/turkey/istanbul.md has the same file name. Fix: rename one of them: the file name is the id, and ids must differ in more than case.',
      'content/locations/turkey/istanbul.md: error: duplicate id "istanbul": content/locations/istanbul.md has the same file name. Fix: rename one of them: the file name is the id, and ids must differ in more than case.',
    ]);
  });
});

describe('file names', () => {
  const named = (id: string) => lint(file('actors', id, '---\nname: Someone\nkind: person\n---\n')).filter((line) => line.includes('kebab-case'));

  it('accepts kebab-case ids and names what is wrong with any other, with a name to rename to', () => {
    expect(named('sergey-lavrov-2')).toEqual([]);
    expect(named('Sergey Lavrov')).toEqual([
      'content/actors/Sergey Lavrov.md: error: the file name "Sergey Lavrov" is not a kebab-case id: it has capital letters. Fix: rename the file to sergey-lavrov.md (file names are ids and URLs: lowercase letters, digits and single hyphens).',
    ]);
    expect(named('lavrov--2')[0]).toContain('it must begin and end with a letter or a digit, with single hyphens between words. Fix: rename the file to lavrov-2.md');
    expect(named('t\u00fcrkiye')[0]).toContain('it holds "\u00fc" (U+00FC), which is not ASCII. Fix: rename the file to turkiye.md');
    expect(named('\u0441\u0435rgey')[0]).toContain('the Cyrillic letter "\u0441" (U+0441), which looks like the Latin "c". Fix: rename the file to cergey.md');
    expect(named('\u03bfslo')[0]).toContain('the Greek letter "\u03bf" (U+03BF), which looks like the Latin "o". Fix: rename the file to oslo.md');
  });

  it('reports two files whose names differ only in Unicode form as one id', () => {
    const lines = lint(file('actors', 'jose\u0301', '---\nname: José\nkind: person\n---\n'), file('actors', 'jos\u00e9', '---\nname: José\nkind: person\n---\n'));
    expect(lines.filter((line) => line.includes('duplicate id'))).toHaveLength(2);
    expect(lines.join('\n')).toContain('(written with another Unicode form of the same letters)');
  });
});
