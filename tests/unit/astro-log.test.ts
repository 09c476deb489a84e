import { describe, expect, it } from 'vitest';
import { countAstroComplaints, StoryPageProgress } from '../../src/node/astro-log';

describe('countAstroComplaints', () => {
  it('counts the warning and error lines Astro prints, as real builds print them', () => {
    const log = [
      '13:56:37 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
      '13:19:34 [build] 41 page(s) built in 3.70s',
      '12:00:01 [ERROR] [content] Invalid content reference: actors → nobody',
      '13:30:24 [glob-loader] Reloaded data from 2026-02-20-lavrov-araghchi-call.md',
    ].join('\n');
    expect(countAstroComplaints(log)).toBe(2);
  });

  it('passes a clean build log', () => {
    expect(countAstroComplaints('13:19:34 [build] Complete!\n[content] Synced content\nA story about a [WARNING] sign')).toBe(0);
  });
});

describe('StoryPageProgress', () => {
  // Lines as `astro build` writes them to a pipe: the path when a page starts, the rest of the
  // line once its file is written.
  const page = (path: string, tail = ' (+14ms) ') => [`11:58:37   ├─ ${path}`, `${tail}\n`];

  it('is done once every story page line has ended, however the output is chunked', () => {
    const progress = new StoryPageProgress(2);
    const chunks = [
      ' generating static routes \n',
      ...page('/actors/abbas-berg/rss.xml'),
      ...page('/articles/2026-02-20-lavrov-araghchi-call/index.html'),
      ...page('/articles/2026-02-28-the-japanese-coast-guard-visits-san-orkar/index.html').slice(0, 1),
    ];
    expect(chunks.map((chunk) => progress.read(chunk))).toEqual([false, false, false, false, false, false]);
    expect(progress.storiesStarted).toBe(1); // the second story's line has not ended yet
    expect(progress.read(' (+4ms) \n11:58:38   ├─ /dates/2026/index.html')).toBe(true);
  });

  it('waits, when Astro renders pages side by side, for as many ends as pages begun by the last story', () => {
    // Eight pages at a time: their starts run together on one line, and each end may belong to
    // any page in flight (as logged by a 1,000-story build).
    const progress = new StoryPageProgress(3);
    const starts = [
      '/actors/zoe-ito/index.html',
      '/articles/2026-02-28-samir-asante-and-banerjee-hold-talks-on/index.html',
      '/articles/2026-02-27-an-aid-convoy-organised-by-hali-reaches/index.html',
      '/articles/2026-02-25-an-aid-convoy-organised-by-oliveira-reaches/index.html',
      '/dates/2021/01/04/index.html',
    ];
    expect(progress.read(`${starts.map((path) => `15:10:01   ├─ ${path}`).join('')} (+27ms) \n`)).toBe(false);
    expect(progress.storiesStarted).toBe(3);
    expect(progress.read(' (+28ms) \n (+31ms) \n')).toBe(false); // three of the first four pages ended
    expect(progress.read(' (+1.2s) \n')).toBe(true);
  });

  it('counts pages an incremental build kept, and stories under a base path', () => {
    const progress = new StoryPageProgress(2);
    progress.read(page('/articles/a/index.html', ' (cached)').join(''));
    progress.read(page('/news/articles/b/index.html').join(''));
    expect(progress.done).toBe(true);
  });

  it('reads the lines in colour, as Astro writes them under FORCE_COLOR', () => {
    const progress = new StoryPageProgress(1);
    progress.read('\u001b[2m12:23:32\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/articles/a/index.html\u001b[22m \u001b[2m(+18ms)\u001b[22m \n');
    expect(progress.done).toBe(true);
  });

  it('ignores pages that are not stories: the article index, an actor called "articles", feeds', () => {
    const progress = new StoryPageProgress(1);
    const log = ['/articles/index.html', '/actors/articles/index.html', '/articles/a/rss.xml', '/dates/2026/02/20/index.html']
      .flatMap((path) => page(path))
      .join('');
    expect(progress.read(log)).toBe(false);
    expect(progress.storiesStarted).toBe(0);
  });
});
