/**
 * jsdom has no `showModal()` or `close()` on <dialog> (jsdom/jsdom#3294). These few lines give
 * the browser behaviour the interface relies on — it opens, Escape closes it, closing fires
 * `close` — so that a component using editor/ui/Dialog can be tested in jsdom. What jsdom cannot
 * show (the page behind made inert, focus kept inside) is the browser's, tested in e2e.
 */
export function installModalDialog(): void {
  const dialog = HTMLDialogElement.prototype;
  if (typeof dialog.showModal === 'function') return;
  dialog.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.addEventListener('keydown', closeOnEscape);
  };
  dialog.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.removeEventListener('keydown', closeOnEscape);
    this.dispatchEvent(new Event('close'));
  };
}

function closeOnEscape(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key === 'Escape') this.close();
}
