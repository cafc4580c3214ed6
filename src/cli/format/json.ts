// The JSON contract: one array, one element per page, in input order.
import type { Entry } from '../entry.ts';
import type { Formatter } from './formatter.ts';

export function jsonFormatter(): Formatter {
  let count = 0;
  return {
    begin: () => '[',
    entry: (e: Entry) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(e, null, 2))}`,
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
