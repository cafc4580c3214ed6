// browser.i18n behind the `t(key, subs?)` signature: the browser picks the locale from _locales/.
// Each getMessage is a call into the browser's extension bindings; a 100-field flow asks for the
// same few sentences hundreds of times, so answers are remembered (messages never change while a
// page is open).
import browser from 'webextension-polyfill';
import { subsList, type Translate } from '../core/present/i18n.ts';

const cache = new Map<string, string>();

export const browserT: Translate = (key, subs) => {
  const list = subsList(subs);
  const id = list.length ? `${key}\u0000${list.join('\u0000')}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    text = browser.i18n.getMessage(key, list);
    cache.set(id, text);
  }
  return text;
};
