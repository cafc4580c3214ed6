// "Analyze this page" on a site outside the catalog: the popup's click grants activeTab for the
// current tab, and the worker injects the same content script the manifest uses, once. The file's
// name is whatever the build gave it, so it is read from the built manifest at run time.
import type { Manifest, Scripting } from 'webextension-polyfill';

export function contentScriptFile(manifest: Pick<Manifest.WebExtensionManifest, 'content_scripts'>): string | null {
  return manifest.content_scripts?.[0]?.js?.[0] ?? null;
}

export type InjectResult = { injected: true } | { injected: false; reason: string };

export async function injectContentScript(
  scripting: Pick<Scripting.Static, 'executeScript'>,
  manifest: Pick<Manifest.WebExtensionManifest, 'content_scripts'>,
  tabId: number,
): Promise<InjectResult> {
  const file = contentScriptFile(manifest);
  if (!file) return { injected: false, reason: 'The extension has no content script to inject.' };
  try {
    // The script guards itself against running twice in one page (see src/content/main.ts).
    await scripting.executeScript({ target: { tabId }, files: [file] });
    return { injected: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      injected: false,
      reason: `This page cannot be analysed (${message}). Open the KYC Lens popup from the toolbar on the page first: that click is what allows it.`,
    };
  }
}
