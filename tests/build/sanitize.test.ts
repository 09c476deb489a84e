/**
 * Raw HTML in a story is sanitised: nothing that runs code survives, news markup does. Markup,
 * entities and CDATA ends written into frontmatter fields stay text in pages, feeds, structured
 * data, the calendar and the data files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, buildSite, builtPages, one, page, text, type BuildResult } from '../helpers/build';

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

describe('hostile text in every frontmatter field', () => {
  const FIELDS = '/articles/2026-02-21-hostile-fields/';
  const TITLE = `Talks </title><script>alert('title')</script> ]]> & "quotes" <b>bold</b> \u202Eevil`;
  const read = (file: string) => readFileSync(join(site.outDir, file), 'utf8');
  const xmlFiles = () => readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));

  it('comes out as text on every page: no element it names exists, and the headline reads as written', () => {
    expect(text(one(page(site, FIELDS), 'h1'))).toBe(TITLE);
    for (const path of builtPages(site)) {
      const tree = page(site, path);
      // The search page's own module is the one script the site has.
      const scripts = all(tree, 'script:not([type="application/ld+json"])').filter((e) => attr(e, 'type') !== 'module' || !attr(e, 'src'));
      expect([...all(tree, 'x'), ...scripts].map((e) => e.tagName), path).toEqual([]);
      expect(all(tree, 'b, i').filter((e) => /bold|Reporter/.test(text(e))).map((e) => e.tagName), path).toEqual([]);
    }
  });

  it('keeps every feed and sitemap XML that a strict parser reads, with the title as written', () => {
    expect(xmlFiles()).toEqual(expect.arrayContaining(['rss.xml', 'actors/hostile-actor/rss.xml', 'sitemap-index.xml']));
    for (const file of xmlFiles()) {
      const parser = new SaxesParser();
      const problems: string[] = [];
      const titles: string[] = [];
      let inTitle = false;
      parser.on('error', (error) => problems.push(error.message));
      parser.on('opentag', (tag) => (inTitle = tag.name === 'title'));
      parser.on('closetag', () => (inTitle = false));
      parser.on('text', (value) => inTitle && titles.push(value));
      parser.on('cdata', (value) => inTitle && titles.push(value));
      parser.write(read(file)).close();
      expect(problems, file).toEqual([]);
      if (file === 'rss.xml') expect(titles).toContain(TITLE);
    }
  });

  it('keeps the structured data JSON, with the headline and author as written', () => {
    const ld = JSON.parse(text(one(page(site, FIELDS), 'script[type="application/ld+json"]')));
    const article = [ld, ...(ld['@graph'] ?? [])].find((node: { headline?: string }) => node.headline);
    expect(article.headline).toBe(TITLE);
    expect(JSON.stringify(article)).toContain('R. <i>Reporter</i> \\"Jr\\"');
  });

  it('keeps the calendar to one event per expected event, its summary as written', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('upcoming.ics')));
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries).toEqual(['Vote; END:VEVENT, BEGIN:VEVENT \\n SUMMARY:forged']);
  });

  it('keeps the data files parseable, each value as written', () => {
    const stories = JSON.parse(read('data/stories.json'));
    expect(stories.items.find((item: { id: string }) => item.id === '2026-02-21-hostile-fields').title).toBe(TITLE);
    const rows = parseCsv(read('data/events.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.event_title)).toContain('Event </script><!-- --> ]]> & <x> {{ braces }}');
    expect(JSON.parse(read('data/actors.json')).items.map((actor: { name: string }) => actor.name)).toContain(`Ahmed O'Neil </script> & ]]>`);
  });
});
