/**
 * Enhancement of the figure index: filter by part, unit, kind and verdict, and sort by any
 * column (click its header; again to reverse). The table works without it.
 */
const form = document.querySelector<HTMLFormElement>('[data-filters]');
const table = document.querySelector<HTMLTableElement>('[data-figure-table]');

if (form && table) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLOutputElement>('[data-count]')!;

  const filter = (): void => {
    const wanted = [...new FormData(form).entries()].filter(([, v]) => v !== '');
    let shown = 0;
    for (const row of rows) {
      const ok = wanted.every(([k, v]) => row.dataset[k] === v);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.value = `显示 ${shown} / ${rows.length}`;
  };
  form.addEventListener('change', filter);
  filter();

  table.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'font-bold underline decoration-dotted underline-offset-4';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (r: HTMLTableRowElement) => r.cells[column]!.dataset.value ?? '';
      const numeric = th.hasAttribute('data-numeric');
      rows.sort((a, b) => {
        const d = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh-CN');
        return ascending ? d : -d;
      });
      body.append(...rows);
    });
  });
}
