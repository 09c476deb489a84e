/**
 * The search page's script — the only client JavaScript on the site. It drives Pagefind's API (the
 * indexes `npm run build` writes to /pagefind/<month>/, one per month of publication, merged here
 * into one search) from a plain form: words, and facet checkboxes that
 * also work with no words at all, so a reader can browse by actor, place or year.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

interface Pagefind {
  mergeIndex(url: string, options?: { baseUrl?: string }): Promise<void>;
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

const FACETS = ['actor', 'location', 'year'] as const;

export function runSearchPage(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const [newest, ...older] = (form.dataset.indexes ?? '').split(' ').filter(Boolean);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  // The form state comes from the address, so results can be linked and the header box works.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }

  async function loadPagefind(): Promise<Pagefind> {
    if (!newest) throw new Error('the site has no stories to search');
    const module = (await import(/* @vite-ignore */ `${base}pagefind/${newest}/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    await Promise.all(older.map((month) => module.mergeIndex(`${base}pagefind/${month}/`, { baseUrl: base })));
    return module;
  }

  async function search(): Promise<void> {
    const run = ++latest;
    const term = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const facet of FACETS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value);
      if (values.length) filters[facet] = { any: values };
    }
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type words or tick an actor, place or year.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      pagefind ??= loadPagefind();
      const { results } = await (await pagefind).search(term || null, { filters });
      const pages = await Promise.all(results.slice(0, 50).map((result) => result.data()));
      if (run !== latest) return; // a newer search has started
      list.replaceChildren(...pages.map(renderResult));
      status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}.`;
    } catch (error) {
      console.warn('Dateline search:', error);
      status.textContent = 'Search is not available here: it needs the index that npm run build writes.';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('change', () => void search());
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), 250);
  });
  void search();
}

function renderResult(page: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'teaser';
  const heading = document.createElement('h2');
  heading.className = 'teaser-title';
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'teaser-summary';
  // Pagefind's excerpt is escaped text with <mark> around the matches.
  excerpt.innerHTML = page.excerpt;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [...(page.filters.location ?? []).slice(0, 1), ...(page.filters.year ?? [])].join(' · ');
  article.append(heading, meta, excerpt);
  item.append(article);
  return item;
}
