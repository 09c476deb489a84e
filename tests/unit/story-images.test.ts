/** Where a story's pictures may come from (src/lib/story-images.ts), on the paths editors write. */
import { describe, expect, it } from 'vitest';
import { findImages, imageSource } from '../../src/lib/story-images';

const story = 'content/articles/2026/2026-02-20-talks.md';
const source = (url: string) => imageSource(url, story, 'content');
const problem = (url: string) => {
  const result = source(url);
  return 'problem' in result ? result.problem.message : undefined;
};

describe('findImages', () => {
  it('finds inline pictures and the definitions picture references use, with their lines, and nothing else', () => {
    const text = 'A [link](notes.txt) and ![inline](a.png).\n\n![by reference][map]\n\n[map]: pictures/map.webp\n[unused]: other.png\n';
    expect(findImages(text)).toEqual([
      { url: 'a.png', line: 1 },
      { url: 'pictures/map.webp', line: 5 },
    ]);
    expect(findImages('No pictures here, only [a link](x.png).')).toEqual([]);
  });
});

describe('imageSource', () => {
  it('publishes a picture of the content folder under media/, at its path in the folder', () => {
    expect(source('photo.jpg')).toEqual({ kind: 'content', file: 'content/articles/2026/photo.jpg', published: 'media/articles/2026/photo.jpg' });
    expect(source('../pictures/my%20photo.PNG')).toEqual({ kind: 'content', file: 'content/articles/pictures/my photo.PNG', published: 'media/articles/pictures/my photo.PNG' });
    expect(source('../../locations/map.webp')).toMatchObject({ published: 'media/locations/map.webp' });
  });

  it('serves a site path from public/, SVG included', () => {
    expect(source('/photos/logo.svg')).toEqual({ kind: 'public', file: 'public/photos/logo.svg', published: 'photos/logo.svg' });
  });

  it('refuses what would leave the content folder or public/, or show a broken or foreign picture', () => {
    expect(problem('../../../secret.png')).toBe('the picture "../../../secret.png" is outside content/ (it would be secret.png)');
    expect(problem('../../../../etc/passwd.png')).toMatch(/is outside content\//);
    expect(problem('/../package.png')).toBe('the picture "/../package.png" is outside public/');
    expect(problem('notes.txt')).toBe('"notes.txt" is not a picture (the page would show a broken image)');
    expect(problem('chart.svg')).toBe('the picture "chart.svg" is an SVG, which can carry scripts');
    expect(problem('https://example.com/a.png')).toMatch(/is on another site/);
    expect(problem('//example.com/a.png')).toMatch(/is on another site/);
    expect(problem('file:///etc/hostname')).toBe('the picture "file:///etc/hostname" is a file: address, which a page cannot show');
    expect(problem('a%E0.png')).toMatch(/broken %-escape/);
  });
});
