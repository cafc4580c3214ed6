// The shape of a digest-cache entry, checked on every read. Its own module so that zod loads with
// the first cache read only (saved pages are never cached: `kyc-lens analyze page.html` starts without it).
import { z } from 'zod';
import { PageAnalysisSchema } from '../../core/report.ts';

export const PageResultSchema = z.object({ analysis: PageAnalysisSchema, headings: z.array(z.string()) });
