// An archived page is classified in the year it was captured: a list of years that was the card's
// expiry list then stays one when the archive is read years later.
import { expect, it } from 'vitest';
import { analyzeHtml } from '../../../src/cli/pool/task.ts';

const years = Array.from({ length: 21 }, (_, i) => `<option>${2015 + i}</option>`).join('');
const html = `<form><select name="f1"><option></option>${years}</select></form>`;
const fieldType = (capturedAt: number) =>
  analyzeHtml({ url: 'https://shop.example/pay', html, capturedAt }).analysis.forms[0]!.fields[0]!.fieldType;

it('reads a list of years against the capture year', () => {
  expect(fieldType(Date.UTC(2016, 3, 1))).toBe('cc-exp-year');
  expect(fieldType(Date.UTC(2030, 3, 1))).not.toBe('cc-exp-year');
});
