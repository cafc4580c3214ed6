// A sample flow shaped like AWS's signup, and the current requirement catalog with a provider entry
// shaped like the knowledge base's, shared by the view-model, Markdown and popup tests.
import { REQUIREMENT_CATALOGS } from '../../../src/core/catalog/data/requirement-catalogs.ts';
import type { Provider, Vendor } from '../../../src/core/catalog/schema.ts';
import { selectCurrentCatalog } from '../../../src/core/catalog/versions.ts';
import { catalogView } from '../../../src/core/present/catalog-adapter.ts';
import { field, flow, step, vendor } from './flow-builders.ts';

const source = { ref: 'docs.example.com/signup', date: '2026-11', dateKind: 'gathered', reliability: 'documented' } as const;
// A provider entry shaped like the knowledge base's, to test the documented-vs-observed comparison.
export const testProvider = {
  id: 'aws',
  displayName: 'Amazon Web Services',
  documented: {
    fields: [
      { category: 'name', presence: 'asked', source },
      { category: 'payment', presence: 'asked', source },
      { category: 'phone', presence: 'asked', source },
      { category: 'government-id', presence: 'conditional', source: { ...source, ref: 'docs.example.com/india' } },
      { category: 'date-of-birth', presence: 'not-asked', source },
      { category: 'credentials', presence: 'asked', source },
    ],
    verification: [{ step: 'sms', presence: 'always', source }],
  },
} as unknown as Provider;
const testVendors: Record<string, Vendor> = {
  stripe: { id: 'stripe', displayName: 'Stripe' } as Vendor,
  jumio: { id: 'jumio', displayName: 'Jumio' } as Vendor,
};

export const catalog = catalogView({
  catalog: selectCurrentCatalog(REQUIREMENT_CATALOGS),
  providerById: (id) => (id === 'aws' ? testProvider : null),
  vendorById: (id) => testVendors[id] ?? null,
});

export const awsLike = flow({
  steps: [step(0, 'Sign up for AWS'), step(1, 'Contact information'), step(2, 'Billing information'), step(3, 'Confirm your identity')],
  fields: [
    field('email', { label: 'Root user email address', stepIndex: 0 }),
    field('account-name', { label: 'AWS account name', stepIndex: 0 }),
    field('new-password', { label: 'Root user password', stepIndex: 0 }),
    field('name', { label: 'Full Name', stepIndex: 1 }),
    field('organization', { label: 'Company name', stepIndex: 1, required: false }),
    field('tel', { label: 'Phone number', stepIndex: 1 }),
    field('address-line1', { label: 'Address', stepIndex: 1 }),
    field('postal-code', { label: '', stepIndex: 1 }),
    field('cc-number', { label: 'Credit card number', stepIndex: 2 }),
    field('bday', { label: 'Date of birth', stepIndex: 2, required: false }),
    field('phone-verification-code', { label: 'Verify code', stepIndex: 3, requirements: ['phone'] }),
  ],
  vendors: [vendor('stripe', 'payment', 2), vendor('stripe', 'payment', 3), vendor('jumio', 'identity-verification', 3)],
});

