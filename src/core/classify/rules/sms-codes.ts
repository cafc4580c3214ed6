// Context rule `sms-codes`: a code the page says comes by SMS verifies the phone.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { C } from '../terms.ts';
import { CODES, is, cue, ctx, toPhoneCode, type FormSignals } from './shared.ts';

/** A code the page says arrives by SMS is a phone verification code. */
export function resolveCodes(fields: FieldScore[], form: FormSignals): void {
  for (const fs of fields) {
    if (!is(fs, CODES)) continue;
    const sms = cue(fs, 'cue:sms') + ctx(fs, 'cue:sms') + form.cues[C['cue:sms']]!;
    // Any mention counts: a sentence above the box ("We sent a code by text message") is weaker than a caption, but says the same.
    // A code box already leaning to SMS by its name still carries its caption's one-time-code votes: move those too.
    if (sms <= 0) continue;
    toPhoneCode(fs, 'code sent to the phone (SMS)');
  }
}
