// What the script compares to decide whether a scan changed anything: the report's JSON text. The
// browser's native JSON.stringify and string comparison are far cheaper than hashing the text in
// script (measured: hashing a 2,000-field report took most of a big page's scan), and keeping the
// last text costs at most a few MB (reports are capped, see clamp.ts).
export function fingerprint(value: unknown): string {
  return JSON.stringify(value);
}
