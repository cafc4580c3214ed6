// Where providers' signup pages used to be, for reading their history from web archives (`kyc-lens
// wayback`). The provider catalog (providers/*.ts) lists the current signup URLs and the legacy ones
// the research cites; this file adds addresses a provider moved away from, with roughly when. Each
// entry carries its source like the rest of the catalog; `guess` entries rest on the stated reason
// and should be confirmed in the archive's index before being relied on. Only the CLI reads this
// file (the extension never loads it), so its schema is checked here with zod.
import { z } from 'zod';
import { PartialDateSchema, SourceSchema } from '../schema.ts';
import { guess } from './sources.ts';

export const PastSignupUrlSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    /** Roughly since when (YYYY or YYYY-MM), when known. */
    since: PartialDateSchema.optional(),
    /** Roughly until when the provider used it (YYYY or YYYY-MM). */
    until: PartialDateSchema,
    source: SourceSchema,
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type PastSignupUrl = z.infer<typeof PastSignupUrlSchema>;

/** Provider id → its past signup URLs. */
export const PastSignupUrlsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.array(PastSignupUrlSchema).min(1));

export const PAST_SIGNUP_URLS: Record<string, readonly PastSignupUrl[]> = {
  lambda: [
    {
      url: 'https://cloud.lambdalabs.com/sign-up',
      until: '2025',
      source: guess('the company moved from lambdalabs.com to lambda.ai in 2025; the cloud console moved with it'),
    },
  ],
  backblaze: [
    {
      url: 'https://www.backblaze.com/b2/sign-up.html',
      until: '2023',
      source: guess('the B2 pages lived under /b2/ before the 2023 site redesign moved them to /sign-up/'),
    },
  ],
  cloudflare: [
    {
      url: 'https://www.cloudflare.com/a/sign-up',
      until: '2018',
      source: guess('the dashboard was served under www.cloudflare.com/a/ before dash.cloudflare.com'),
    },
  ],
  paperspace: [
    {
      url: 'https://www.paperspace.com/account/signup',
      until: '2021',
      source: guess('account pages were on www.paperspace.com before console.paperspace.com'),
    },
  ],
  scaleway: [
    {
      url: 'https://console.scaleway.com/register',
      until: '2023',
      source: guess('registration was part of console.scaleway.com before account.scaleway.com'),
    },
  ],
};
