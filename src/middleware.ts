/**
 * Pages render from the props in `Astro.locals.dateline`. The build's publisher sets them for each
 * page it renders; under `npm run dev` this finds them in the page list of the content on disk,
 * and an address with no page gets the 404 page.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV || context.locals.dateline) return next();
  const { devPages } = await import('./store/dev-site');
  const pages = await devPages(import.meta.env.BASE_URL);
  const base = import.meta.env.BASE_URL;
  const path = decodeURI(context.url.pathname).startsWith(base) ? context.url.pathname.slice(base.length) : undefined;
  const page = path === undefined ? undefined : pages.get(path);
  if (page) {
    context.locals.dateline = page;
    return next();
  }
  context.locals.dateline = pages.get('404/');
  return next(`${base}404/`);
});
