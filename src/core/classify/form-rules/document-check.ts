// "Verify" beside an identity document is verifying the person, not a code: with a document in the form (an upload, or its issuer or dates), the verification words count for identity verification too.
import type { FormRule } from './rule.ts';

export const DOCUMENT_CHECK_RULE: FormRule = {
  id: 'task:document-verification-words',
  kind: 'identity-verification',
  reason: 'verification words ("Verifizierung", "인증", "Verify") around a form that asks for an identity document, its upload, or its issuer or dates: the person is being verified',
  value: (f) => (f.documents + f.documentDetails >= 1 ? f.cue('cue:verification') : 0),
};
