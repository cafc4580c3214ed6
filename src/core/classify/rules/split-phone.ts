// Context rule `split-phone`: two or three short phone boxes in a row under one name with a running number (hp1, hp2, hp3) are the parts of one number: the first its area code, the rest its local part.
// Its place in the order: context.ts CONTEXT_RULES (after `calling-code`, which takes a country list before a phone).
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

/** A part takes a few digits (Korea 010-1234-5678, Japan 03-1234-5678, the US 415-555-0100); a whole number's box takes more, or has no limit. */
const PART = 5;
/** The name without its running number or list brackets: "hp1" → "hp", "tel_2" → "tel", "mobile[]" → "mobile". */
const stem = (name: string): string => name.replace(/[\s_-]*(?:\d+|\[\d*\])$/, '').toLowerCase();

const isTel = (fs: FieldScore): boolean => fs.top === T.tel;
/** The first part may be a list of prefixes with no reading of its own (010, 011, 016). */
const mayLead = (fs: FieldScore): boolean => isTel(fs) || (fs.kind === 'select' && fs.top < 0);
/** A later part reads as a phone, or already as its local part ("tel2", "phone 3" name one). */
const mayFollow = (fs: FieldScore): boolean => isTel(fs) || fs.top === T['tel-local'];
/** A short box, or a list (of mobile prefixes, 010/011/016, or area codes). */
const isPart = (fs: FieldScore): boolean => fs.kind === 'select' || (fs.features.maxLength !== null && fs.features.maxLength <= PART);

/**
 * Korean, Japanese and older US forms ask for one phone number in two or three boxes under one
 * caption ("연락처 [010] - [    ] - [    ]"), named with a running number: each box alone reads as a
 * whole phone. Boxes in a row that read as a phone (the first may be a list of prefixes that reads as
 * nothing), are all short, and share their name's stem are one number's parts: the first is its area (or mobile) code, the others its local part. Two
 * whole phones in a row ("phone1", "phone2" without a length limit) are left alone.
 */
export function resolveSplitPhones(fields: FieldScore[]): void {
  let i = 0;
  while (i < fields.length) {
    const first = fields[i]!;
    const name = first.features.name ?? '';
    let j = i + 1;
    if (mayLead(first) && isPart(first) && name && stem(name) !== name.toLowerCase()) {
      while (j < fields.length && j - i < 3 && mayFollow(fields[j]!) && isPart(fields[j]!) && stem(fields[j]!.features.name ?? '') === stem(name)) j++;
    }
    if (j - i >= 2) {
      overrule(first, T['tel-area-code'], first.topScore + 0.5, 'first part of a phone number split into boxes');
      for (let k = i + 1; k < j; k++) overrule(fields[k]!, T['tel-local'], fields[k]!.topScore + 0.5, 'later part of a phone number split into boxes');
      i = j;
    } else i++;
  }
}
