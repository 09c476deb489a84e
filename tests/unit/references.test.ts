import { describe, expect, it } from 'vitest';
import { ContentReferenceError, findReferenceProblems, formatProblems } from '../../src/lib/references';
import { buildSiteIndex } from '../../src/lib/site-index';
import { actor, article, location } from '../helpers/content';

const actors = [actor('sergey-lavrov', { country: 'russia' }), actor('abbas-araghchi')];
const locations = [location('istanbul'), location('geneva'), location('russia', { kind: 'country' })];

describe('findReferenceProblems', () => {
  it('finds nothing when every id resolves', () => {
    const articles = [
      article('a', {
        actors: ['sergey-lavrov'],
        locations: ['geneva'],
        events: [{ date: '2026-02-17', title: 'Talks', actors: ['abbas-araghchi'], locations: ['geneva'] }],
      }),
    ];
    expect(findReferenceProblems({ articles, actors, locations })).toEqual([]);
  });

  it('reports every missing id with its file, field path, and a fix', () => {
    const articles = [
      article('a', {
        dateline: 'istanbull',
        actors: ['sergey-lavrov', 'sergey-lavrv'],
        locations: ['tehran'],
        events: [
          { date: '2026-02-17', title: 'Talks', actors: ['abbas-araghchi', 'jd-vance'], locations: ['genva'] },
        ],
      }),
    ];
    const problems = findReferenceProblems({ articles, actors: [...actors, actor('x', { country: 'atlantis' })], locations });
    expect(problems.map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
      'content/articles/a.md dateline unknown location "istanbull"',
      'content/articles/a.md actors[1] unknown actor "sergey-lavrv"',
      'content/articles/a.md locations[0] unknown location "tehran"',
      'content/articles/a.md events[0].actors[1] unknown actor "jd-vance"',
      'content/articles/a.md events[0].locations[0] unknown location "genva"',
      'content/actors/x.md country unknown location "atlantis"',
    ]);
    expect(problems[1]!.fix).toBe(
      'did you mean "sergey-lavrov"? Otherwise create content/actors/sergey-lavrv.md or remove "sergey-lavrv" from actors',
    );
    expect(problems[2]!.fix).toBe('create content/locations/tehran.md or remove "tehran" from locations');
    expect(problems[4]!.fix).toMatch(/^did you mean "geneva"\?/);
  });

  it('formats one line per problem', () => {
    const problems = findReferenceProblems({ articles: [article('a', { actors: ['nobody'] })], actors: [], locations });
    expect(formatProblems(problems)).toBe(
      'content/articles/a.md: actors[0]: unknown actor "nobody". Fix: create content/actors/nobody.md or remove "nobody" from actors.',
    );
  });
});

describe('buildSiteIndex', () => {
  it('refuses content with broken references, listing all of them', () => {
    const build = () =>
      buildSiteIndex({ articles: [article('a', { actors: ['nobody', 'nemo'] })], actors, locations });
    expect(build).toThrow(ContentReferenceError);
    expect(build).toThrow(/2 broken references in content:\n.*"nobody".*\n.*"nemo"/);
  });
});
