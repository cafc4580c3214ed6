/// <reference types="vite/client" />
import { render } from 'preact';
import { App, startOpening } from './App.tsx';
import { browserApi } from './browser-api.ts';
import { popupCatalog, providerForUrl } from './catalog.ts';
import { browserT } from './browser-i18n.ts';
import { I18n } from './i18n.ts';
import './popup.css';

// Timeline marks (devtools' Performance panel, and the popup bench's breakdown of the first render).
performance.mark('kyc-popup:script');
const api = browserApi();
// Asked first, before anything is built, so the worker and the browser answer while the popup renders.
const opening = startOpening(api);
// The language of the messages the browser picked (each translation names its own), for screen readers.
document.documentElement.lang = browserT('htmlLang') || 'en';
document.title = browserT('popupTitle');
render(
  <I18n.Provider value={browserT}>
    <App api={api} catalog={popupCatalog()} providerForUrl={providerForUrl} opening={opening} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
