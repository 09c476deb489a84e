/**
 * The seed story as shipped in content/: it validates, its references resolve, and its timeline
 * holds the events the story implies, dated as a reader of a Friday 20 Feb 2026 story would.
 */
import { describe, expect, it } from 'vitest';
import { describeOffset } from '../../src/lib/format';
import { buildSiteIndex } from '../../src/lib/site-index';
import { loadContentFolder } from '../../src/node/content-files';

const content = loadContentFolder('content');
const site = buildSiteIndex(content);
const story = site.articlesById.get('2026-02-20-lavrov-araghchi-call')!;

describe('the demo story', () => {
  it('is the seed story, filed from Istanbul on Friday 20 Feb 2026 by Anadolu Agency', () => {
    expect(story.entry.data.dateline).toBe('istanbul');
    expect(story.entry.data.published.iso).toBe('2026-02-20');
    expect(story.entry.data.source).toBe('Anadolu Agency');
    expect(content.articles[0]!.body).toMatch(/^\s*Russian Foreign Minister Sergey Lavrov on Friday reaffirmed/);
    expect(content.articles[0]!.body.trim()).toMatch(/describing the tensions as "unprecedented\."$/);
  });

  it('names the actors of the seed by their kebab-case ids', () => {
    const ids = story.allActors.map((a) => a.id);
    for (const id of ['sergey-lavrov', 'abbas-araghchi', 'jd-vance', 'donald-trump', 'kremlin', 'oman']) {
      expect(ids).toContain(id);
    }
    expect(story.locations.map((l) => l.id)).toEqual(expect.arrayContaining(['geneva', 'muscat', 'switzerland']));
  });

  it.each([
    ['2025-06', /12-day war/, 'occurred', '8 months before'],
    ['2025-06', /strikes on three Iranian nuclear facilities/, 'occurred', '8 months before'],
    ['2026-02-06', /first round .* Muscat/, 'occurred', '14 days before'],
    ['2026-02-17', /second round .* Geneva/, 'occurred', '3 days before'],
    ['2026-02-17', /Vance/, 'occurred', '3 days before'],
    ['2026-02-19', /next probably 10 days/, 'occurred', '1 day before'],
    ['2026-03-01', /10-day window/, 'expected', '9 days after'],
    ['2026-02-20', /Lavrov and Araghchi/, 'occurred', 'same day'],
  ])('dates %s: %s', (iso, title, status, offset) => {
    const event = story.timeline.find((e) => title.test(e.title));
    expect(event, `no event matching ${title}`).toBeDefined();
    expect(event!.date.start.iso).toBe(iso);
    expect(event!.status).toBe(status);
    expect(describeOffset(event!.date, story.entry.data.published)).toBe(offset);
  });

  it('gives every actor and location named in content a page-worthy entry', () => {
    expect(content.actors.length).toBeGreaterThanOrEqual(10);
    expect([...site.locations.values()].filter((p) => p.filedFrom.length + p.mentionedIn.length > 0).length).toBeGreaterThanOrEqual(6);
  });
});
