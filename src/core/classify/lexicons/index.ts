// Every lexicon the classifier compiles. Adding a language is adding a file here.
import { ar } from './ar.ts';
import { attributes } from './attributes.ts';
import { az } from './az.ts';
import { bg } from './bg.ts';
import { cs } from './cs.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { el } from './el.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fa } from './fa.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { hu } from './hu.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nationalNumbers } from './national-numbers.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sk } from './sk.ts';
import { sr } from './sr.ts';
import { sv } from './sv.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import type { Lexicon } from './types.ts';
import { uk } from './uk.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

/** Natural-language lexicons: matched against labels, placeholders, headings and attribute names. */
export const LANGUAGE_LEXICONS: readonly Lexicon[] = [en, de, fr, es, it, pt, nl, pl, sv, tr, ru, uk, ar, ja, zh, ko, az, hu, fi, da, id, cs, sk, ro, el, bg, sr, vi, fa, he, th];

/** Names of national identity, tax and company numbers, the same in every language: matched against visible text and attribute names. */
export const NUMBER_NAMES_LEXICON: Lexicon = nationalNumbers;

/** Developer vocabulary: matched against attribute names only. */
export const ATTRIBUTE_LEXICON: Lexicon = attributes;

export type { Keyword, Lexicon } from './types.ts';
