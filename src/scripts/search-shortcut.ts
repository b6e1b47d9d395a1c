/**
 * The one script on every page: `/` focuses the search box (the search page's own box when there
 * is one, otherwise the header's), unless the reader is typing in a field; Escape empties the box.
 */
const TEXTLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !TEXTLESS_INPUTS.has(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
  const box =
    document.querySelector<HTMLInputElement>('main [data-search-shortcut]') ??
    document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

for (const box of document.querySelectorAll<HTMLInputElement>('header [data-search-shortcut]')) {
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (box.value === '') box.blur();
    else box.value = '';
  });
}
