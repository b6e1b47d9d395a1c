/**
 * One format's tab as the builder shows it: it replaces the highlighted code block's content with
 * the edited file (spans built with textContent, never HTML: tool names are third-party text),
 * points the tab's static download link (server pages) at exactly that text, and, when the text is
 * the recommendation again, puts the original shiki markup and link back.
 */
import { tokenizeCode } from '../policy-builder/code-tokens.ts';
import { tokenizeJson } from '../policy-builder/json-tokens.ts';
import type { PolicyFormat } from '../risk/policy/format-info.ts';

export interface PolicyView {
  /** The text the page came with: the recommendation. */
  initial: string;
  /** Whether the tab shows an edited rule. */
  edited: boolean;
  /** Shows `text`. */
  show(text: string): void;
}

const MEDIA_TYPES: Record<PolicyFormat, string> = {
  json: 'application/json',
  cedar: 'text/plain',
  cel: 'application/yaml',
  pomerium: 'application/yaml',
  docker: 'application/yaml',
};

export function policyView(options: { target: HTMLElement; format: PolicyFormat; download: HTMLAnchorElement | null }): PolicyView {
  const { target, format, download } = options;
  const original = [...target.childNodes].map((node) => node.cloneNode(true));
  const originalText = target.textContent ?? '';
  const originalHref = download?.getAttribute('href') ?? null;
  let shown = originalText;
  let blobUrl: string | undefined;

  function setDownload(text: string): void {
    if (!download) return;
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = undefined;
    if (text === originalText && originalHref !== null) {
      // Untouched: the static file, which works with or without this script.
      download.setAttribute('href', originalHref);
      return;
    }
    blobUrl = URL.createObjectURL(new Blob([text], { type: MEDIA_TYPES[format] }));
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
    for (const token of format === 'json' ? tokenizeJson(text) : tokenizeCode(text)) {
      if (token.kind === 'space' || token.kind === 'plain') {
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

  return {
    initial: originalText,
    edited: false,
    show(text) {
      if (text === shown) return;
      shown = text;
      render(text);
      setDownload(text);
    },
  };
}
