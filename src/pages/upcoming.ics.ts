import type { APIContext } from 'astro';
import { dataFileResponse } from '../data/data-files';
import { pageProps } from '../data/page';

/** The calendar of expected events (src/data/data-files.ts). */
export const GET = (context: APIContext) => dataFileResponse(pageProps(context, 'dataFile'));
