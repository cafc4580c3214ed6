// The shape of one language's probe (languages.test.ts, form-probe.test.ts): captions of the fields a
// signup or checkout asks, with the category each must get, and the words its forms use.
import type { Category } from '../../../../src/core/taxonomy/categories.ts';
import type { Words } from '../form-probe.ts';

export interface LanguageProbe {
  /** ISO 639-1 code, as the page declares it. */
  readonly lang: string;
  /** A caption, the category it must read as, and the form it sits in. */
  readonly captions: readonly (readonly [caption: string, category: Category, form: 'signup' | 'checkout'])[];
  /** The form-kind probe's vocabulary in this language. */
  readonly words: Words;
}
