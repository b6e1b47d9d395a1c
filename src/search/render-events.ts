/**
 * How a page being rendered tells the build's search indexer that it exists, across the module
 * boundary between Astro's bundled page code and the integration: one function on `globalThis`
 * under a registered symbol (the same symbol in both copies of this module). No listener, no cost.
 */
const KEY = Symbol.for('mcp-risk-atlas.tool-page-rendered');

type Listener = (server: string, serverTools: number) => void;

export function onToolPageRendered(listener: Listener | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = listener;
}

export function toolPageRendered(server: string, serverTools: number): void {
  ((globalThis as Record<symbol, unknown>)[KEY] as Listener | undefined)?.(server, serverTools);
}
