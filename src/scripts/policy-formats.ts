/**
 * Policy format tabs: the reader's choice (ToolHive's Cedar, say) is remembered in localStorage
 * and checked again on every page, so a team sees its own gateway's file first everywhere. The
 * tabs themselves work without this script (radio buttons and CSS).
 *
 * Also the policy builder's opener: the builder's code (it compiles every format in the browser)
 * loads only when a reader asks for it, so pages that are only read carry none of it.
 */
const KEY = 'mcp-risk-atlas:policy-format';

function stored(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage refused (privacy settings, a sandboxed frame): the tabs still work, unremembered.
    return null;
  }
}

function choose(format: string): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-format-choice]')) {
    if (input.value === format) input.checked = true;
  }
}

const remembered = stored();
if (remembered && /^[a-z]+$/.test(remembered)) choose(remembered);

document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.matches('input[data-format-choice]') || !input.checked) return;
  choose(input.value);
  try {
    window.localStorage.setItem(KEY, input.value);
  } catch {
    // Not remembered; nothing else depends on it.
  }
});

/** Loads the builder's code the first time it is asked for, then opens it in place of the button. */
async function open(opener: HTMLButtonElement): Promise<void> {
  opener.disabled = true;
  const { openBuilder } = await import('./policy-builder-app.ts');
  const root = document.getElementById(opener.getAttribute('aria-controls') ?? '');
  if (root) openBuilder(root);
  opener.hidden = true;
}

for (const opener of document.querySelectorAll<HTMLButtonElement>('button[data-pb-open]')) {
  opener.hidden = false;
  opener.addEventListener('click', () => void open(opener));
}
