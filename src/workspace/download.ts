// Saving a file from an extension page: a Blob URL on a temporary link (no downloads permission).
export function downloadText(fileName: string, mime: string, text: string): void {
  downloadParts(fileName, mime, [text]);
}

/** Saves pieces of text as one file without first joining them into one huge string. */
export function downloadParts(fileName: string, mime: string, parts: readonly string[]): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
