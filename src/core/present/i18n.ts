// The one way the popup and the Markdown export get their words: `t(key, subs?)`. In the extension
// it is backed by browser.i18n.getMessage (the browser picks the locale from _locales/); in Node
// (tests, CLI) by the same messages.json through createTranslator, which follows the WebExtension
// rules: named placeholders `$name$` whose content is `$1`…`$9`, and `$$` for a literal dollar sign.
import type en from '../../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Subs = string | number | readonly (string | number)[];
export type Translate = (key: MessageKey, subs?: Subs) => string;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export function subsList(subs: Subs | undefined): string[] {
  if (subs === undefined) return [];
  return (Array.isArray(subs) ? subs : [subs]).map(String);
}

function fillPositional(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}

/** Resolves one message the way browsers do; unknown keys give '' (as getMessage does). */
export function formatMessage(entry: MessageEntry | undefined, subs: readonly string[]): string {
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content] as const),
  );
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? match : fillPositional(content, subs);
  });
}

export function createTranslator(messages: Messages): Translate {
  return (key, subs) => formatMessage(messages[key], subsList(subs));
}
