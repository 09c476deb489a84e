import type { APIContext } from 'astro';
import { pageProps } from '../../../data/page';
import { dataFile, exportUrls } from '../../../data/paths';
import { storyTimelineJs } from '../../../lib/exports';

export function GET(context: APIContext) {
  const { article } = pageProps(context, 'storyTimelineData');
  return dataFile(storyTimelineJs(article, exportUrls), 'application/json');
}
