/**
 * The policy the builder shows: it replaces the highlighted code block's content with the new JSON
 * (spans built with textContent, never HTML: tool names are third-party text), points a download
 * link at exactly that text, and tells screen readers, politely, what changed. When the text is
 * the recommendation again, the original shiki markup comes back.
 */
import { tokenizeJson } from '../policy-builder/json-tokens.ts';

export interface PolicyView {
  /** The text the page came with: the recommendation. */
  initial: string;
  /** Shows `text`; `announcement` goes to the status region (debounced while typing). */
  show(text: string, announcement: string): void;
}

export function policyView(options: { target: HTMLElement; status: HTMLElement | null; download: HTMLAnchorElement | null }): PolicyView {
  const { target, status, download } = options;
  const original = [...target.childNodes].map((node) => node.cloneNode(true));
  const originalText = target.textContent ?? '';
  const originalHref = download?.getAttribute('href') ?? null;
  // A link without a static file (the tool page) gets its file name only now that it can work.
  if (download?.dataset.fileName) download.download = download.dataset.fileName;
  let shown = originalText;
  let blobUrl: string | undefined;
  let timer: number | undefined;

  function setDownload(text: string): void {
    if (!download) return;
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = undefined;
    if (text === originalText && originalHref !== null) {
      // Untouched: the static file, which works with or without this script.
      download.setAttribute('href', originalHref);
      return;
    }
    blobUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    download.href = blobUrl;
  }

  function render(text: string): void {
    if (text === originalText) {
      target.replaceChildren(...original.map((node) => node.cloneNode(true)));
      return;
    }
    const pre = document.createElement('pre');
    pre.className = 'pb-code';
    // Scrollable code must be reachable by keyboard, like shiki's <pre tabindex="0">.
    pre.tabIndex = 0;
    const code = document.createElement('code');
    for (const token of tokenizeJson(text)) {
      if (token.kind === 'space') {
        code.append(token.text);
        continue;
      }
      const span = document.createElement('span');
      span.className = `pb-${token.kind}`;
      span.textContent = token.text;
      code.append(span);
    }
    pre.append(code);
    target.replaceChildren(pre);
  }

  setDownload(originalText);
  return {
    initial: originalText,
    show(text, announcement) {
      if (text !== shown) {
        shown = text;
        render(text);
        setDownload(text);
      }
      if (!status) return;
      window.clearTimeout(timer);
      if (announcement === '') return;
      timer = window.setTimeout(() => {
        status.textContent = announcement;
      }, 400);
    },
  };
}
