import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/lib/paths';
import { parsePartialDate } from '../../src/lib/partial-date';

describe('createPaths', () => {
  it.each(['/', '/news/', '/news'])('builds every URL under the base %j with a trailing slash', (base) => {
    const paths = createPaths(base);
    const root = base.endsWith('/') ? base : `${base}/`;
    expect(paths.home()).toBe(root);
    expect(paths.article('2026-02-20-lavrov-araghchi-call')).toBe(`${root}articles/2026-02-20-lavrov-araghchi-call/`);
    expect(paths.actor('sergey-lavrov')).toBe(`${root}actors/sergey-lavrov/`);
    expect(paths.location('geneva')).toBe(`${root}locations/geneva/`);
    expect(paths.timeline()).toBe(`${root}timeline/`);
    expect([paths.actors(), paths.locations(), paths.dates(), paths.search()]).toEqual([
      `${root}actors/`,
      `${root}locations/`,
      `${root}dates/`,
      `${root}search/`,
    ]);
    expect([paths.feed(), paths.actorFeed('sergey-lavrov')]).toEqual([`${root}rss.xml`, `${root}actors/sergey-lavrov/rss.xml`]);
  });

  it('gives each date precision its own archive level', () => {
    const paths = createPaths('/');
    expect(['2025', '2025-06', '2026-02-17'].map((iso) => paths.date(parsePartialDate(iso)))).toEqual([
      '/dates/2025/',
      '/dates/2025/06/',
      '/dates/2026/02/17/',
    ]);
  });
});
