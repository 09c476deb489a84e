/** Feed items: the newest stories, each linked and dated, with its actors as categories. */
import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedItems } from '../../src/lib/feed';
import { createPaths } from '../../src/lib/paths';
import { buildSiteIndex } from '../../src/lib/site-index';
import { actor, article, location } from '../helpers/content';

// 60 stories on 60 consecutive days from 2 January 2026.
const site = buildSiteIndex({
  actors: [actor('sergey-lavrov'), actor('abbas-araghchi')],
  locations: [location('istanbul')],
  articles: Array.from({ length: 60 }, (_, i) =>
    article(`story-${String(i + 1).padStart(2, '0')}`, {
      published: formatISO(addDays(new Date(2026, 0, 2), i), { representation: 'date' }),
      actors: i % 2 ? ['sergey-lavrov', 'abbas-araghchi'] : ['sergey-lavrov'],
    }),
  ),
});
const items = feedItems(site.articles, createPaths('/news/'));

describe('feedItems', () => {
  it(`carries the newest ${FEED_ITEMS} stories, newest first`, () => {
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]!.link).toBe('/news/articles/story-60/');
    expect(items.at(-1)!.link).toBe(`/news/articles/story-${60 - FEED_ITEMS + 1}/`);
    expect(items[0]!.pubDate.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('names each story’s actors as categories', () => {
    expect(items[0]!.categories).toEqual(['Sergey Lavrov', 'Abbas Araghchi']);
    expect(items[1]!.categories).toEqual(['Sergey Lavrov']);
  });

  it('keeps every story of a shorter list', () => {
    expect(feedItems(site.articles.slice(0, 3), createPaths('/'))).toHaveLength(3);
  });
});
