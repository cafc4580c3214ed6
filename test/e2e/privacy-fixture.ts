// The privacy fixture (fixtures/portal.aws.amazon.com/billing/signup/privacy/) and the sentinels typed into it,
// shared by the Chromium and Firefox privacy tests.
import { randomBytes } from 'node:crypto';

export const PRIVACY_HOST = 'portal.aws.amazon.com';
export const PRIVACY_PATH = '/billing/signup/privacy/';
/** The parser-blocking script at the end of the fixture's <body> (see fixture-server.ts, "gate"). */
export const PRIVACY_GATE = 'privacy-scan';

export interface SentinelField {
  /** CSS selector of the field (inside `shadowHost`'s open shadow root when that is set). */
  selector: string;
  shadowHost?: string;
  /** What to search for: a value no page or extension produces by chance. */
  sentinel: string;
  /** What a person types (the sentinel, in the shape the field accepts). */
  typed: string;
}

/** A fresh text sentinel. */
export const newSentinel = () => `kycsentinel${randomBytes(6).toString('hex')}`;
const text = newSentinel;
/** Digits only, for number/tel/card fields; "9090…" never starts a timestamp or a tab id of this era. */
const digits = () => `9090${(BigInt(`0x${randomBytes(6).toString('hex')}`) % 10n ** 10n).toString().padStart(10, '0')}`;

const field = (selector: string, sentinel: string, typed = sentinel, shadowHost?: string): SentinelField =>
  shadowHost ? { selector, sentinel, typed, shadowHost } : { selector, sentinel, typed };

/** Every editable thing on the fixture page, each with a fresh sentinel. */
export function sentinelFields(): SentinelField[] {
  const email = text();
  const site = text();
  return [
    field('#fullName', text()),
    field('#email', email, `${email}@example.com`),
    field('#phone', digits()),
    field('#birthYear', digits()),
    field('input[name=street]', text()),
    field('input[name=search]', text()),
    field('input[name=website]', site, `https://${site}.example`),
    field('input[name=password]', text()),
    field('#cardNumber', digits()),
    field('#purpose', text()),
    field('#notes', text()), // contenteditable
    field('#taxId', text(), undefined, 'kyc-tax-id'), // inside an open shadow root
  ];
}

/** "<sentinel> in <place>" for every sentinel found in any of the places. */
export function findLeaks(places: Record<string, string>, sentinels: string[]): string[] {
  const found: string[] = [];
  for (const [place, content] of Object.entries(places)) {
    const haystack = content.toLowerCase();
    for (const sentinel of sentinels) if (haystack.includes(sentinel.toLowerCase())) found.push(`${sentinel} in ${place}`);
  }
  return found;
}

/** Page-side: every value the fixture's fields hold now (light DOM, shadow root, contenteditable). */
export function liveValuesScript(): string {
  const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((e) => e.value);
  const shadow = document.querySelector('kyc-tax-id')?.shadowRoot?.querySelector('input')?.value ?? '';
  return [...values, shadow, document.getElementById('notes')?.textContent ?? ''].join('\n');
}
