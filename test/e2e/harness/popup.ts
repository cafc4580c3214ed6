// Popup helpers for tests that read what the popup shows.
import type { Page } from 'playwright-core';

/** Opens every closed panel as a click on its summary does: their content is built on opening. */
export const openAllPanels = (popup: Page): Promise<void> =>
  popup.evaluate(async () => {
    for (const summary of document.querySelectorAll<HTMLElement>('details:not([open]) > summary')) summary.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
