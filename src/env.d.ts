declare namespace App {
  interface Locals {
    /** The page being rendered and its props (src/data/page.ts). */
    dateline?: import('./lib/site-pages').SitePage;
  }
}
