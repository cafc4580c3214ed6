// Text normalisation shared by the lexicon compiler and the signals, so a keyword and a page's text
// are folded the same way: lower case, Latin/Cyrillic diacritics stripped (é → e, й → и), full-width
// forms folded (ＥＭＡＩＬ → email), punctuation turned into single spaces. CJK, Hangul and Arabic
// letters are kept as they are (only their compatibility forms are folded).

const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
// Letters NFKD leaves alone but people type without the stroke; and the Persian yeh, kaf and
// heh-with-yeh (ی ک ۀ; NFKD splits ۀ into ە and a hamza, which goes with the marks), which Persian
// pages type as often as their Arabic twins (ي ك ه): folded to the Arabic letters, so Arabic text
// folds as before and "کد پستی" is "كد پستي".
const FOLD: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd', ё: 'е', 'ی': 'ي', 'ک': 'ك', 'ە': 'ه' };
const FOLD_RE = /[ßłøæœđıþðёیکە]/g;
// Everything that is neither a letter nor a digit (in any script) separates words.
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
// Chinese and Japanese captions spaced out letter by letter to line up in a table ("姓　　名", "电　话",
// a "搜 索" button): a run of single ideographs or kana between spaces is one word.
const SPACED_LETTERS = /(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}](?: [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}](?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]))+/gu;

/** Fold a text for matching: "E-Mail-Adresse:" → "e mail adresse". */
export function normalizeText(raw: string): string {
  let s = raw.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFKD').replace(COMBINING_MARKS, '').replace(FOLD_RE, (c) => FOLD[c] ?? c).normalize('NFKC');
    s = s.replace(SEPARATORS, ' ');
    if (s.includes(' ')) s = s.replace(SPACED_LETTERS, (run) => run.replaceAll(' ', ''));
  } else {
    s = s.replace(ASCII_SEPARATORS, ' ');
  }
  return s.trim();
}

const CAMEL = /([a-z\u00e0-\u00ff])([A-Z])/g;
const ACRONYM = /([A-Z]+)([A-Z][a-z])/g;
const LETTER_DIGIT = /([a-zA-Z])(\d)/g;
const DIGIT_LETTER = /(\d)([a-zA-Z])/g;

/**
 * Split an identifier (name, id, autocomplete token) into words before folding:
 * `billing[address][zip]` → "billing address zip", `ZIPCode` → "zip code", `addr2` → "addr 2".
 */
export function splitIdentifier(raw: string): string {
  return normalizeText(
    raw.replace(CAMEL, '$1 $2').replace(ACRONYM, '$1 $2').replace(LETTER_DIGIT, '$1 $2').replace(DIGIT_LETTER, '$1 $2'),
  );
}

/** True for scripts written without spaces between words, where keywords match as substrings. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u0600-\u06ff\u0e00-\u0e7f]/;
export function isUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}
