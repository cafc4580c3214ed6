// The archive the wayback tests read: one provider's signup page over three years (a page that
// changed twice, the same content again in a later month, a non-HTML capture at the same URL), an
// SPA shell whose script builds the form, and the script itself. Built as WARC records at test time.
import { type RecordSpec, signupPage } from '../archive/build-warc.ts';

export const AWS_URL = 'https://signin.aws.amazon.com/signup?request_type=register';
export const SPA_URL = 'https://cloud.lambda.ai/sign-up';
export const SPA_SCRIPT = 'https://cloud.lambda.ai/static/app.js';

export const V1 = signupPage('AWS sign up', [
  { name: 'email', label: 'Root user email address', type: 'email', autocomplete: 'email' },
  { name: 'accountName', label: 'AWS account name' },
]);
export const V2 = signupPage('AWS sign up', [
  { name: 'email', label: 'Root user email address', type: 'email', autocomplete: 'email' },
  { name: 'accountName', label: 'AWS account name' },
  { name: 'phone', label: 'Phone number', type: 'tel', autocomplete: 'tel' },
]);
export const V3 = signupPage('AWS sign up', [
  { name: 'email', label: 'Root user email address', type: 'email', autocomplete: 'email' },
  { name: 'phone', label: 'Phone number', type: 'tel', autocomplete: 'tel' },
  { name: 'street', label: 'Street address', autocomplete: 'street-address' },
  { name: 'cc', label: 'Credit card number', autocomplete: 'cc-number' },
]);

/** A React-style shell: a mount point and a script, no form in the HTML. */
export const SPA_SHELL = `<!doctype html><html lang="en"><head><title>Lambda Cloud</title>
<link rel="stylesheet" href="https://fonts.example.com/inter.css"></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
<script src="/static/app.js"></script></body></html>`;

/** Builds the signup form after load, and tries to reach two hosts the archive does not hold. */
export const SPA_APP = `
setTimeout(function () {
  var root = document.getElementById('root');
  root.innerHTML = '<h1>Create your account</h1><form action="/api/signup" method="post">' +
    '<label for="n">Full name</label><input id="n" name="name" autocomplete="name" required>' +
    '<label for="e">Work email</label><input id="e" name="email" type="email" autocomplete="email" required>' +
    '<label for="p">Password</label><input id="p" name="password" type="password" autocomplete="new-password" required>' +
    '<button type="submit">Sign up</button></form>';
  var img = new Image(); img.src = 'https://cdn.example.net/logo.png';
  fetch('https://analytics.example.com/collect?e=load').catch(function () {});
}, 150);
`;

export const RECORDS: RecordSpec[] = [
  { url: AWS_URL, date: '2019-03-10T10:00:00Z', body: V1 },
  { url: AWS_URL, date: '2019-05-02T10:00:00Z', body: V2 },
  // Back to the first version later the same month: a second distinct digest in 2019-05.
  { url: AWS_URL, date: '2019-05-20T10:00:00Z', body: V1 },
  { url: AWS_URL, date: '2020-01-15T10:00:00Z', body: new Uint8Array(600).fill(9), contentType: 'image/png' },
  // Bytes the archive recorded without a useful type: fetched, sniffed, and found not to be HTML.
  { url: AWS_URL, date: '2020-06-01T10:00:00Z', body: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3), contentType: 'application/octet-stream' },
  { url: AWS_URL, date: '2021-07-01T10:00:00Z', body: V3 },
  // Unchanged since 2021: the index collapses it into the capture before.
  { url: AWS_URL, date: '2024-02-01T10:00:00Z', body: V3 },
  { url: SPA_URL, date: '2023-04-01T10:00:00Z', body: SPA_SHELL },
  { url: SPA_SCRIPT, date: '2023-04-01T10:00:01Z', body: SPA_APP, contentType: 'application/javascript' },
];
