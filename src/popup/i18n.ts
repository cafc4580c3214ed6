// The popup's `t`, passed down through a context: main.tsx provides browser.i18n (browser-i18n.ts);
// tests provide a translator backed by messages.json. Without a provider, keys show as themselves.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/present/i18n.ts';

export const I18n = createContext<Translate>((key) => key);
export const useT = (): Translate => useContext(I18n);
