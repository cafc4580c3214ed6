// Context rule `birth-number-mask`: a birth date followed by a serial, written as a mask
// ("ÅÅÅÅMMDD-XXXX"), is a personal identity number. Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { clip } from '../signals/text.ts';

const YEAR = '(?:YYYY|YY|ÅÅÅÅ|ÅÅ|AAAA|AA|JJJJ|JJ|RRRR|RR|VVVV|VV)';
/**
 * Nordic and Czech/Slovak personal numbers start with the holder's birth date: the Swedish
 * personnummer ÅÅÅÅMMDD-XXXX, the Finnish henkilötunnus PPKKVV-XXXX, the Danish CPR DDMMÅÅ-XXXX,
 * the Norwegian fødselsnummer DDMMÅÅXXXXX, the rodné číslo RRMMDD/XXXX. Pages print that format as
 * the box's placeholder or caption; a date mask alone (no serial) is a birth date (signals/shape.ts).
 */
const BIRTH_NUMBER_MASK = new RegExp(`^\\s*(?:${YEAR}MMDD|DDMM${YEAR}|PPKKVV)\\s*[-+/ ]?\\s*[XNZ#*_0-9]{3,5}\\s*$`, 'iu');

/** The box's placeholder or caption is a personal number's mask: vote for a national identity number. */
export function resolveBirthNumberMask(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') continue;
    const f = fs.features;
    const mask = [f.placeholder, ...f.labels, f.title].find((t) => BIRTH_NUMBER_MASK.test(t));
    if (mask) vote(fs, Rule.format, T['national-id'], MASK_WEIGHT, `personal number format "${clip(mask)}"`);
  }
}

/** As strong as the other national-number formats (signals/shape.ts ID_MASKS). */
const MASK_WEIGHT = 3;
