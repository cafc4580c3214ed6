// browser.i18n behind the `t(key, subs?)` signature: the browser picks the locale from _locales/.
import browser from 'webextension-polyfill';
import { subsList, type Translate } from '../core/present/i18n.ts';

export const browserT: Translate = (key, subs) => browser.i18n.getMessage(key, subsList(subs));
