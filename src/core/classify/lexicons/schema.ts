// zod schema for lexicons, checked by the unit tests (the runtime imports only the types, so the
// content script and the worker do not pay for validating data that cannot change after build).
import { z } from 'zod';
import { isTerm } from '../terms.ts';

const keyword = z
  .string()
  .min(1)
  .max(80)
  .refine((k) => k.replace(/\*/g, '').trim().length > 0, 'keyword must not be only wildcards')
  .refine((k) => !k.slice(1, -1).includes('*'), 'wildcards only at the ends');

export const LexiconSchema = z.object({
  lang: z.string().regex(/^[a-z]{2}$/),
  terms: z.record(
    z.string().refine(isTerm, 'unknown field type or cue'),
    z.array(z.union([keyword, z.tuple([keyword, z.number().gt(0).max(2)])])).min(1),
  ),
});
