/**
 * Progressive enhancement of the reading page: tapping, clicking or keyboard-focusing a figure
 * opens its card (a popover) instead of leaving the text. Without this script the figure is a
 * plain link to its page.
 */
function open(link: HTMLElement): void {
  const card = document.getElementById(`card-${link.dataset.figure}`);
  if (card && !card.matches(':popover-open')) card.showPopover();
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
}
