/** The demo content that ships in content/: the seed story's page as a reader sees it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, buildSite, one, page, text, type BuildResult } from '../helpers/build';

let site: BuildResult;
const STORY = '/articles/2026-02-20-lavrov-araghchi-call/';

beforeAll(async () => {
  site = await buildSite({ content: './content', name: 'demo', tz: 'Pacific/Honolulu' });
  if (!site.ok) throw new Error(`demo build failed:\n${site.output}`);
});

describe('the seed story page', () => {
  it('prints the Istanbul dateline and the Friday publication date', () => {
    const tree = page(site, STORY);
    expect(text(one(tree, '.dateline-label'))).toBe('ISTANBUL');
    const published = one(tree, '.byline time');
    expect([attr(published, 'dateTime'), text(published)]).toEqual(['2026-02-20', 'Fri 20 Feb 2026']);
    expect(text(one(tree, '.story-body'))).toMatch(/Russian Foreign Minister Sergey Lavrov on Friday reaffirmed support/);
  });

  it('shows the story’s timeline from June 2025 to the expected end of Trump’s window', () => {
    const events = all(page(site, STORY), '.story-aside .timeline > li');
    expect(events.map((li) => `${attr(one(li, 'time'), 'dateTime')} ${text(one(li, '.offset'))}`)).toEqual([
      '2025-06 8 months before',
      '2025-06 8 months before',
      '2026-02-06 14 days before',
      '2026-02-17 3 days before',
      '2026-02-17 3 days before',
      '2026-02-17 3 days before',
      '2026-02-19 1 day before',
      '2026-02-20 same day',
      '2026-03-01 9 days after',
    ]);
    expect(text(one(events[0]!, 'time'))).toBe('June 2025');
    expect(text(one(events[3]!, 'time'))).toBe('Tue 17 Feb 2026');
    const last = events.at(-1)!;
    expect(text(one(last, '.event-date'))).toBe('Sun 1 Mar 2026 9 days after');
    expect(text(one(last, '.event-title'))).toMatch(/^Expected End of the roughly 10-day window/);
  });

  it('links Lavrov’s page back to the story and to the day of the call', () => {
    const lavrov = page(site, '/actors/sergey-lavrov/');
    expect(all(lavrov, '.teaser-title a').map((a) => attr(a, 'href'))).toEqual([STORY]);
    const call = all(lavrov, '.event').find((li) => text(li).includes('by phone'))!;
    expect(attr(one(call, 'time'), 'dateTime')).toBe('2026-02-20');
    const day = page(site, '/dates/2026/02/20/');
    expect(all(day, '.teaser-title a').map((a) => attr(a, 'href'))).toEqual([STORY]);
  });
});
