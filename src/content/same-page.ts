// Did a scan change anything since the last report the worker acknowledged? Compared field by field
// with an early exit, without building strings: serialising a 2,000-field report only to compare it
// (or hashing it in script) cost a big page more than anything else the script does itself.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameField(a: FieldFeatures, b: FieldFeatures): boolean {
  for (const key in a) {
    const x = a[key as keyof FieldFeatures];
    const y = b[key as keyof FieldFeatures];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && sameList(x, y)) continue;
    return false;
  }
  // A key only b has (an optional frameOrigin) is a difference too.
  return Object.keys(a).length === Object.keys(b).length;
}

function sameForm(a: FormFeatures, b: FormFeatures): boolean {
  if (a.selector !== b.selector || a.action !== b.action || a.heading !== b.heading || !sameList(a.buttons, b.buttons)) return false;
  if (a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.fields.length; i++) if (!sameField(a.fields[i]!, b.fields[i]!)) return false;
  return true;
}

export function samePage(a: PageFeatures, b: PageFeatures | null): boolean {
  if (!b) return false;
  if (a.url !== b.url || a.title !== b.title || a.lang !== b.lang || a.truncated !== b.truncated) return false;
  if (!sameList(a.headings, b.headings) || !sameList(a.frameOrigins, b.frameOrigins) || !sameList(a.scriptOrigins, b.scriptOrigins)) return false;
  if (a.forms.length !== b.forms.length) return false;
  for (let i = 0; i < a.forms.length; i++) if (!sameForm(a.forms[i]!, b.forms[i]!)) return false;
  return true;
}
