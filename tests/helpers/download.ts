import { expect, waitUntil } from '@open-wc/testing';

/**
 * The one file `start` has the browser download, taken where an element hands
 * its Blob over (`URL.createObjectURL`), without saving anything. Waits until
 * the element has made it; fails when it makes none or more than one.
 */
export async function downloadedBlob(start: () => void): Promise<Blob> {
  const created: Blob[] = [];
  const native = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return original(blob);
  };
  try {
    start();
    await waitUntil(() => created.length > 0, 'nothing was downloaded');
  } finally {
    Object.defineProperty(URL, 'createObjectURL', native);
  }
  expect(created).to.have.length(1);
  return created[0];
}
