// Flows for rendering the popup in tests, the browser suite and the bench: a Scaleway-like signup
// (contact, card in a Stripe frame, ID + selfie through a vendor) and a synthetic flow of any size.
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { FIELD_TYPES } from '../../../src/core/taxonomy/field-types.ts';
import { field, flow, step, vendor } from '../present/flow-builders.ts';

export function scalewayLikeFlow(tabId: number): TabFlow {
  return {
    tabId,
    ...flow({
      providerId: 'scaleway',
      steps: [
        step(0, 'Create your account', { url: 'https://account.scaleway.com/register' }),
        step(1, 'Your information', { url: 'https://console.scaleway.com/account/information' }),
        step(2, 'Add a payment method', { url: 'https://console.scaleway.com/billing/payment' }),
        step(3, 'Verify your identity', { url: 'https://console.scaleway.com/account/verification' }),
      ],
      fields: [
        field('email', { label: 'Email', stepIndex: 0 }),
        field('new-password', { label: 'Password', stepIndex: 0 }),
        field('consent', { label: 'I accept the General Terms of Services', stepIndex: 0 }),
        field('account-type', { label: 'Account type', stepIndex: 1 }),
        field('given-name', { label: 'First name', stepIndex: 1 }),
        field('family-name', { label: 'Last name', stepIndex: 1 }),
        field('organization', { label: 'Company name', stepIndex: 1, required: false }),
        field('vat-number', { label: 'VAT number', stepIndex: 1, required: false }),
        field('address-line1', { label: 'Address', stepIndex: 1 }),
        field('postal-code', { label: 'Zip code', stepIndex: 1 }),
        field('address-level2', { label: 'City', stepIndex: 1 }),
        field('country', { label: '', stepIndex: 1 }),
        field('tel', { label: 'Phone number', stepIndex: 1 }),
        field('phone-verification-code', { label: '6-digit code', stepIndex: 1, requirements: ['phone'] }),
        field('cc-name', { label: 'Name on card', stepIndex: 2 }),
        field('cc-number', { label: 'Card number', stepIndex: 2, frameOrigin: 'https://js.stripe.com' }),
        field('cc-exp', { label: 'Expiration date', stepIndex: 2, frameOrigin: 'https://js.stripe.com' }),
        field('cc-csc', { label: 'CVC', stepIndex: 2, frameOrigin: 'https://js.stripe.com' }),
        field('id-document-upload', { label: 'Upload the front of your ID', stepIndex: 3 }),
        field('selfie', { label: 'Take a selfie', stepIndex: 3 }),
        field('bday', { label: 'Date of birth', stepIndex: 3 }),
        field('nationality', { label: 'Nationality', stepIndex: 3, required: false }),
        field('intended-use', { label: 'What will you use Scaleway for?', stepIndex: 3, required: false }),
      ],
      vendors: [vendor('stripe', 'payment', 2), vendor('jumio', 'identity-verification', 3)],
    }),
  };
}

/** A flow of `count` fields over 10 steps, cycling through every field type (labels as pages show them). */
export function syntheticFlow(tabId: number, count: number): TabFlow {
  const steps = Array.from({ length: 10 }, (_, i) => step(i, `Step heading ${i + 1}`));
  const fields = Array.from({ length: count }, (_, i) => {
    const def = FIELD_TYPES[i % FIELD_TYPES.length]!;
    return field(def.id, { label: `${def.title} (${i + 1})`, stepIndex: i % 10, required: i % 3 !== 0 });
  });
  return { tabId, ...flow({ providerId: 'aws', steps, fields, vendors: [vendor('stripe', 'payment', 3), vendor('onfido', 'identity-verification', 7)] }) };
}
