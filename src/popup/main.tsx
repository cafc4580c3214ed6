/// <reference types="vite/client" />
import { render } from 'preact';
import { App } from './App.tsx';
import { browserApi } from './api.ts';
import { popupCatalog, providerForUrl } from './catalog.ts';
import { browserT, I18n } from './i18n.ts';
import './popup.css';

document.documentElement.lang = browserT('@@ui_locale' as never).replace('_', '-') || 'en';
document.title = browserT('popupTitle');
render(
  <I18n.Provider value={browserT}>
    <App api={browserApi()} catalog={popupCatalog()} providerForUrl={providerForUrl} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
