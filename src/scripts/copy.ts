/**
 * Copy buttons: hidden until this script runs (without it the text stays plain and selectable).
 * A button copies the text of the element its data-copy names; where the clipboard refuses, the
 * text is selected for the reader to copy.
 */
const select = (source: HTMLElement): void => {
  const range = document.createRange();
  range.selectNodeContents(source);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
};

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  if (!source) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => {
    const done = (said: string) => {
      button.textContent = said;
      setTimeout(() => (button.textContent = label), 2000);
    };
    navigator.clipboard
      .writeText(source.textContent ?? '')
      .then(() => done('已复制'))
      .catch(() => {
        select(source);
        done('已选中，请按 Ctrl+C 复制');
      });
  });
}
