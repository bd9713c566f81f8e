/**
 * Progressive enhancement of the reading page: tapping, clicking or keyboard-focusing a figure
 * opens its card (a popover) instead of leaving the text, and a card's chart is fetched from
 * its SVG file the first time the card opens. Without this script the figure is a plain link to
 * its page.
 */
function open(link: HTMLElement): void {
  const card = document.getElementById(`card-${link.dataset.figure}`);
  if (card && !card.matches(':popover-open')) card.showPopover();
}

/** Puts the chart into its card, inline so that it takes the page's colours and stays accessible. */
async function loadChart(card: Element): Promise<void> {
  const slot = card.querySelector<HTMLElement>('[data-chart-src]');
  if (!slot || slot.dataset.state) return;
  slot.dataset.state = 'loading';
  try {
    const response = await fetch(slot.dataset.chartSrc!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
    if (doc.documentElement.localName !== 'svg') throw new Error('not an SVG');
    slot.replaceChildren(document.importNode(doc.documentElement, true));
    slot.dataset.state = 'loaded';
  } catch {
    slot.dataset.state = 'failed';
    slot.textContent = '图表未能载入，请打开下面的图表页。';
  }
  slot.removeAttribute('aria-busy');
}

if (typeof HTMLElement.prototype.showPopover === 'function') {
  document.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    const link = (event.target as Element).closest<HTMLElement>('a[data-figure]');
    if (!link) return;
    event.preventDefault();
    open(link);
  });
  document.addEventListener('focusin', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('a[data-figure]');
    if (link?.matches(':focus-visible')) open(link);
  });
  // A popover's toggle event does not bubble; listening in the capture phase sees every card.
  document.addEventListener(
    'toggle',
    (event) => {
      const card = event.target as Element;
      if ((event as ToggleEvent).newState === 'open' && card.matches('.figure-card'))
        void loadChart(card);
    },
    true,
  );
}
