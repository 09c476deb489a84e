/**
 * The props of the page being rendered. The build's publisher and the dev server both find them in
 * the site's page list (src/lib/site-pages.ts) and pass them in `Astro.locals`, so a page reads
 * exactly the data its digest covers and nothing else.
 */
import type { PageProps, RouteName, SitePage } from '../lib/site-pages';

export function pageProps<R extends RouteName>(astro: { readonly locals: App.Locals }, route: R): PageProps[R] {
  const page = astro.locals.dateline;
  if (page?.route !== route) {
    throw new Error(`the ${route} page was rendered without its props (got ${page ? `the ${page.route} page's` : 'none'})`);
  }
  return (page as SitePage<R>).props;
}
