// The result of classifying one page: the shape the CLI's JSON, the worker's flow state and the
// popup all share. Field and form "kind" strings are a public contract (see README, CLI contract).
import { z } from 'zod';
import { CATEGORIES } from './taxonomy/categories.ts';

export const FORM_KINDS = [
  'signup',
  'login',
  'checkout',
  'profile',
  'verification',
  'identity-verification',
  'newsletter',
  'search',
  'other',
] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const ClassifiedFieldSchema = z.object({
  selector: z.string(),
  category: z.enum(CATEGORIES),
  fieldType: z.string(),
  confidence: z.number().min(0).max(1),
  /** Requirement ids (from the requirement catalog) this field answers. */
  requirements: z.array(z.string()),
  /** Which signals decided, e.g. `autocomplete=cc-number`, `label "Nachname"`. */
  evidence: z.array(z.string()),
  /** The label as the page shows it (best available text), for people. */
  label: z.string(),
  required: z.boolean(),
});
export type ClassifiedField = z.infer<typeof ClassifiedFieldSchema>;

export const ClassifiedFormSchema = z.object({
  selector: z.string().nullable(),
  kind: z.enum(FORM_KINDS),
  fields: z.array(ClassifiedFieldSchema),
});
export type ClassifiedForm = z.infer<typeof ClassifiedFormSchema>;

export const VendorHitSchema = z.object({
  vendorId: z.string(),
  role: z.enum(['payment', 'identity-verification', 'captcha']),
  origin: z.string(),
  via: z.enum(['frame', 'script']),
});
export type VendorHit = z.infer<typeof VendorHitSchema>;

export const PageAnalysisSchema = z.object({
  url: z.string(),
  title: z.string(),
  providerId: z.string().nullable(),
  forms: z.array(ClassifiedFormSchema),
  vendors: z.array(VendorHitSchema),
  truncated: z.boolean(),
});
export type PageAnalysis = z.infer<typeof PageAnalysisSchema>;
