/**
 * The search page's script: loads the edition's index from this site, then searches as the
 * reader types or changes a filter, and keeps the query in the address (?q=…) so a search
 * can be linked to. The page without it explains what it needs.
 */
import {
  facets,
  search,
  sentenceOf,
  type FigureHit,
  type ParagraphHit,
  type SearchFilters,
} from '../lib/edition/search-query';
import type { SearchIndex } from '../lib/edition/search-index';

const FIGURES_SHOWN = 100;
const PARAGRAPHS_SHOWN = 50;
const EXCERPT = 30;

const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) void start(form);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = element('a', text, 'underline underline-offset-4');
  a.href = url;
  return a;
}

async function start(form: HTMLFormElement): Promise<void> {
  form.classList.replace('hidden', 'flex');
  const base = form.dataset.base!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let index: SearchIndex;
  try {
    const response = await fetch(form.dataset.index!);
    if (!response.ok) throw new Error(String(response.status));
    index = (await response.json()) as SearchIndex;
  } catch {
    status.textContent = '检索文件没有载入，请刷新页面再试。';
    return;
  }

  const { places, years, units } = facets(index);
  const fill = (name: string, values: (string | number)[]): void => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    for (const v of values) select.append(new Option(String(v), String(v)));
    // A filter with one choice or none filters nothing.
    form.querySelector<HTMLElement>(`[data-facet="${name}"]`)!.hidden = values.length < 2;
  };
  fill('place', places);
  fill('year', years);
  fill('unit', units);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of ['place', 'year', 'unit']) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.value = params.get(name) ?? '';
    if (select.value !== (params.get(name) ?? '')) select.value = '';
  }

  const run = (): void => {
    const data = new FormData(form);
    const value = (name: string): string | undefined => (data.get(name) as string) || undefined;
    const year = value('year');
    const filters: SearchFilters = {
      place: value('place'),
      year: year === undefined ? undefined : Number(year),
      unit: value('unit'),
    };
    const query = input.value.trim();
    const address = new URLSearchParams(
      [...data.entries()].filter(([, v]) => v !== '') as [string, string][],
    );
    history.replaceState(null, '', address.size > 0 ? `?${address}` : location.pathname);
    if (query === '' && !filters.place && !filters.year && !filters.unit) {
      status.textContent = '输入要找的词或数值。';
      show([], []);
      return;
    }
    const results = search(index, query, filters);
    const shown = (n: number, most: number): string => (n > most ? `（显示前${most}个）` : '');
    status.textContent =
      `找到${results.figures.length}个数字${shown(results.figures.length, FIGURES_SHOWN)}` +
      (query === ''
        ? '。'
        : `、${results.paragraphs.length}段原文${shown(results.paragraphs.length, PARAGRAPHS_SHOWN)}。`);
    show(results.figures, results.paragraphs);
  };

  const show = (figures: FigureHit[], paragraphs: ParagraphHit[]): void => {
    const figureList = document.querySelector<HTMLOListElement>('[data-figure-results]')!;
    const textList = document.querySelector<HTMLOListElement>('[data-text-results]')!;
    figureList.replaceChildren(
      ...figures.slice(0, FIGURES_SHOWN).map(({ figure: f, speech: s }) => {
        const li = element('li', undefined, 'leading-relaxed');
        const head = element('p');
        head.append(
          link(`${base}speeches/${s.slug}/figures/${f.id}/`, f.display),
          element('span', ` ${f.subject || sentenceOf(index, f)}`, f.subject ? 'font-medium' : ''),
        );
        const about = element('p', undefined, 'text-sm text-stone-600 dark:text-stone-400');
        about.append(
          [f.unit && `单位：${f.unit}`, s.name, s.place, s.year && `${s.year}年`]
            .filter(Boolean)
            .join(' · ') + ' · ',
          link(`${base}speeches/${s.slug}/read/#${f.paragraph}`, `原文第${f.paragraph.slice(1)}段`),
        );
        li.append(head, about);
        return li;
      }),
    );
    textList.replaceChildren(
      ...paragraphs.slice(0, PARAGRAPHS_SHOWN).map(({ paragraph: p, speech: s, match }) => {
        const li = element('li', undefined, 'leading-relaxed');
        const [at, end] = match;
        const from = Math.max(0, at - EXCERPT);
        const to = Math.min(p.text.length, end + EXCERPT * 2);
        const excerpt = element('p');
        excerpt.append(
          `${from > 0 ? '……' : ''}${p.text.slice(from, at)}`,
          element('mark', p.text.slice(at, end), 'bg-amber-200 text-inherit dark:bg-amber-800'),
          `${p.text.slice(end, to)}${to < p.text.length ? '……' : ''}`,
        );
        const about = element('p', undefined, 'text-sm text-stone-600 dark:text-stone-400');
        about.append(link(`${base}speeches/${s.slug}/read/#${p.id}`, `${s.name} 第${p.ordinal}段`));
        li.append(excerpt, about);
        return li;
      }),
    );
    document.querySelector<HTMLElement>('[data-figure-section]')!.hidden = figures.length === 0;
    document.querySelector<HTMLElement>('[data-text-section]')!.hidden = paragraphs.length === 0;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
}
