/**
 * Copy and download buttons: `<button data-copy-target="ID">` copies the text content of the
 * element with that id, which is exactly the code shown; `<button data-download-target="ID">`
 * saves that same text as a file (named by data-file-name). The buttons are hidden until this
 * script runs, so a page without JavaScript shows no button that cannot work.
 */
function announce(button: HTMLButtonElement, text: string): void {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = text;
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = text;
  window.setTimeout(() => {
    button.textContent = label;
  }, 2000);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.dataset.copyTarget ?? '');
  if (!target) return;
  try {
    await navigator.clipboard.writeText(target.textContent ?? '');
    announce(button, 'Copied');
  } catch {
    // Clipboard refused (insecure context or permission): select the text so the user can copy it.
    const range = document.createRange();
    range.selectNodeContents(target);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    announce(button, 'Press Ctrl+C to copy');
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  button.hidden = false;
  button.addEventListener('click', () => void copy(button));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-download-target]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const target = document.getElementById(button.dataset.downloadTarget ?? '');
    if (!target) return;
    // Exactly the text shown, as the copy button copies it.
    const url = URL.createObjectURL(new Blob([target.textContent ?? ''], { type: button.dataset.mediaType ?? 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = button.dataset.fileName ?? 'policy.txt';
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}
