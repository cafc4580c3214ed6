/// <reference types="vite/client" />
import { render } from 'preact';
import { App, settleOpening, startOpening } from './App.tsx';
import { browserApi } from './browser-api.ts';
import { popupCatalog, providerForUrl } from './catalog.ts';
import { browserT } from './browser-i18n.ts';
import { I18n } from './i18n.ts';
import './popup.css';

// Timeline marks (devtools' Performance panel, and the popup bench's breakdown of the first render).
performance.mark('kyc-popup:script');
const api = browserApi();
// Asked first, so the worker and the browser answer while the popup builds its catalog below.
const opening = startOpening(api);
// The language of the messages the browser picked (each translation names its own), for screen readers.
document.documentElement.lang = browserT('htmlLang') || 'en';
document.title = browserT('popupTitle');
// Built while the worker answers.
const catalog = popupCatalog();
// How long the first render waits for the worker's answer before showing the loading state: a warm
// worker answers in tens of ms; a stopped one has to start first.
const OPENING_WAIT_MS = 150;
void settleOpening(opening, OPENING_WAIT_MS).then((opened) => {
  performance.mark('kyc-popup:answered');
  render(
    <I18n.Provider value={browserT}>
      <App api={api} catalog={catalog} providerForUrl={providerForUrl} opening={opening} opened={opened} />
    </I18n.Provider>,
    document.getElementById('app')!,
  );
  performance.mark('kyc-popup:rendered');
});
