// Is this the shell of a script-built page? Many signup pages are apps: the saved HTML holds a
// mount point and script tags, and the form exists only once the scripts run. Such a page must not
// read as "no fields". The test is deliberately narrow — no form field in the HTML, at least one
// script, and an app root (a framework's mount point or a "needs JavaScript" notice) — so a plain
// page that simply has no form (a landing page, an error page) is not called an app.

const SCRIPT = /<script\b(?![^>]*\btype\s*=\s*["']?(?:application\/(?:ld\+)?json|text\/template)\b)[^>]*>/i;
const APP_ROOTS = [
  // Mount points the common frameworks create or document: React (root, app), Next.js, Nuxt, Gatsby, Svelte(Kit), Ember, Vue.
  /\bid\s*=\s*["']?(?:root|app|__next|__nuxt|___gatsby|svelte|app-root|main-app|application|react-root|ember-application|q-app)["'\s>]/i,
  // Angular: <app-root>, ng-app, ng-version; React and Vue server markers.
  /<app-root\b|\bng-app\b|\bng-version\s*=|\bdata-reactroot\b|\bdata-server-rendered\b|\bdata-v-app\b/i,
  // "You need to enable JavaScript to run this app." and its kin.
  /<noscript\b[^>]*>[^<]{0,300}\b(?:enable|requires?|turn on)\b[^<]{0,80}\bjavascript\b/i,
];

// A control a person fills in; hidden inputs and buttons do not make a form.
const FIELD = /<(?:select|textarea)\b|<input\b(?![^>]*\btype\s*=\s*["']?(?:hidden|submit|button|image|reset)\b)/i;

export type ScriptBuilt = 'rendered' | 'run with --render';

/** True when the HTML looks like a shell whose scripts build the form. */
export function looksScriptBuilt(html: string): boolean {
  if (!SCRIPT.test(html)) return false;
  // Markup inside scripts (templates the app will insert) is not the page's own form.
  const markup = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<template\b[\s\S]*?<\/template\s*>/gi, '');
  if (FIELD.test(markup)) return false;
  return APP_ROOTS.some((re) => re.test(html));
}

/** The note a report carries for such a page. */
export const scriptBuiltNote = (how: ScriptBuilt) => `built by script: ${how}`;
