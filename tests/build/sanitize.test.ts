/** Raw HTML in a story is sanitised: nothing that runs code survives, news markup does. */
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, buildSite, one, page, text, type BuildResult } from '../helpers/build';

let site: BuildResult;
const STORY = '/articles/2026-02-20-hostile-html/';

beforeAll(async () => {
  site = await buildSite({ content: 'tests/fixtures/xss/content', name: 'xss' });
  if (!site.ok) throw new Error(`xss build failed:\n${site.output}`);
});

describe('a story with hostile raw HTML', () => {
  it('keeps no script, iframe, object, embed, form, style, link or meta in the body', () => {
    const body = one(page(site, STORY), '.story-body');
    for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'input', 'style', 'link', 'meta', 'svg']) {
      expect(all(body, tag), tag).toEqual([]);
    }
  });

  it('keeps no event handler, inline style or javascript: URL anywhere on the page', () => {
    const tree = page(site, STORY);
    for (const element of all(tree, '*')) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${element.tagName} ${name}`).toBe(false);
        expect(String(value).toLowerCase(), `${element.tagName} ${name}`).not.toContain('javascript:');
      }
      expect(element.properties.style, element.tagName).toBeUndefined();
    }
    expect(all(tree, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json')).toEqual([]);
  });

  it('keeps what a news story needs: emphasis, links, images with alt, quotes, tables', () => {
    const body = one(page(site, STORY), '.story-body');
    expect(text(one(body, 'em'))).toBe('Emphasis');
    expect(text(one(body, 'abbr'))).toBe('EU');
    expect(attr(one(body, 'img'), 'alt')).toBe('A harbour at dawn');
    expect(attr(one(body, 'a[href="https://example.org/safe"]'), 'href')).toBe('https://example.org/safe');
    expect(text(one(body, 'blockquote'))).toBe('A quote stays.');
    expect(all(body, 'table td').map((td) => text(td))).toEqual(['2025', 'Muscat']);
    // Dateline's own markup survives the sanitiser.
    expect(attr(one(body, 'time.date-mention'), 'dateTime')).toBe('2026-02-20');
    expect(attr(one(body, 'a.mention'), 'href')).toBe('/actors/anna-arden/');
  });

  it('carries a Content Security Policy that allows only the site’s own scripts', () => {
    const csp = attr(one(page(site, STORY), 'meta[http-equiv="content-security-policy"]'), 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toContain('unsafe-inline');
  });
});
