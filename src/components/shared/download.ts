/**
 * Saves `text` as a file through the browser's own download: a Blob and an
 * `<a download>`, nothing leaves the page. The link lives for one click inside
 * `container` (the element's shadow root), so the page's DOM is not touched.
 */
export function downloadText(container: ParentNode, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from free text: lower case, letters, digits and hyphens. */
export function fileNameOf(...parts: Array<string | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
