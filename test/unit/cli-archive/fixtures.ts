// Archives the CLI tests read: one provider's signup page captured on three dates (a field added,
// one removed), a second provider, duplicates and filler, built with warcio at test time.
import { writeFile } from 'node:fs/promises';
import { buildWarc, concatBytes, type RecordSpec, signupPage } from '../archive/build-warc.ts';

export const AWS_URL = 'https://signin.aws.amazon.com/signup?request_type=register';
export const OTHER_URL = 'https://signup.example.org/register';

const v1 = signupPage('AWS sign up', [
  { name: 'email', label: 'Root user email address', type: 'email', autocomplete: 'email' },
  { name: 'accountName', label: 'AWS account name' },
]);
const v2 = signupPage('AWS sign up', [
  { name: 'email', label: 'Root user email address', type: 'email', autocomplete: 'email' },
  { name: 'accountName', label: 'AWS account name' },
  { name: 'phone', label: 'Phone number', type: 'tel', autocomplete: 'tel' },
]);
const v3 = signupPage('AWS sign up', [
  { name: 'phone', label: 'Phone number', type: 'tel', autocomplete: 'tel' },
  { name: 'accountName', label: 'AWS account name' },
  { name: 'bday', label: 'Date of birth', type: 'date', autocomplete: 'bday' },
]);
const other = signupPage('Example Cloud', [
  { name: 'fullname', label: 'Full name', autocomplete: 'name' },
  { name: 'mail', label: 'E-mail', type: 'email', autocomplete: 'email' },
  { name: 'street', label: 'Street address', autocomplete: 'street-address' },
]);

export const CAPTURES: RecordSpec[] = [
  { url: AWS_URL, date: '2024-01-10T09:00:00Z', body: v1 },
  { url: 'https://signin.aws.amazon.com/logo.png', date: '2024-01-10T09:00:01Z', body: new Uint8Array(2000).fill(7), contentType: 'image/png' },
  { url: OTHER_URL, date: '2024-01-10T10:00:00Z', body: other },
  // The same page captured again the same day: a duplicate.
  { url: AWS_URL, date: '2024-01-10T11:00:00Z', body: v1 },
  { url: AWS_URL, date: '2024-03-05T09:00:00Z', body: v2 },
  { url: AWS_URL, date: '2024-03-06T09:00:00Z', type: 'revisit', body: '' },
  { url: AWS_URL, date: '2024-06-20T09:00:00Z', body: v3 },
  { url: OTHER_URL, date: '2024-06-20T10:00:00Z', body: other },
];

export async function writeCrawl(path: string, gzip = true, specs: RecordSpec[] = CAPTURES): Promise<void> {
  await writeFile(path, concatBytes(await buildWarc(specs, gzip)));
}
