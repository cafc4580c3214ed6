// The popup's `t`: browser.i18n in the extension (the browser picks the locale), passed down through
// a context so tests can render the same components with a translator backed by messages.json.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { subsList, type Translate } from '../core/present/i18n.ts';

export const browserT: Translate = (key, subs) => browser.i18n.getMessage(key, subsList(subs));

export const I18n = createContext<Translate>(browserT);
export const useT = (): Translate => useContext(I18n);
