/**
 * sitemap-index.xml and sitemap-0.xml (-1, … past 45,000 addresses, as @astrojs/sitemap splits
 * them), written with the `sitemap` library from the site's page list.
 */
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { Readable } from 'node:stream';

const PER_FILE = 45_000;

/** The sitemap files by name, for `urls` (absolute, in page order). */
export async function sitemapFiles(urls: readonly string[], siteRoot: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i === 0 || i * PER_FILE < urls.length; i++) {
    const name = `sitemap-${i}.xml`;
    names.push(name);
    const stream = new SitemapStream();
    files.set(name, (await streamToPromise(Readable.from(urls.slice(i * PER_FILE, (i + 1) * PER_FILE).map((url) => ({ url }))).pipe(stream))).toString());
  }
  const index = new SitemapIndexStream();
  files.set('sitemap-index.xml', (await streamToPromise(Readable.from(names.map((name) => ({ url: new URL(name, siteRoot).href }))).pipe(index))).toString());
  return files;
}
