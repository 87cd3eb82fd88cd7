/**
 * The printed page of a report document: A4, page numbers and a running head
 * with the kommun and the period. `@page` rules apply only from the
 * document's own style sheets (not from a shadow root), so the element adds
 * one to the page while it is connected and takes it away after.
 */
export function pageStyle(runningHead: string, page: string, of: string): () => void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@media print {
  @page {
    size: A4;
    margin: 22mm 18mm 20mm;
    @top-left { content: ${cssString(runningHead)}; font: 9pt system-ui, sans-serif; color: #444; }
    @bottom-right { content: ${cssString(page)} counter(page) ${cssString(of)} counter(pages); font: 9pt system-ui, sans-serif; color: #444; }
  }
  @page :first {
    @top-left { content: none; }
  }
}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a kommun's name cannot end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}
