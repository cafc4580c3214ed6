// A <details> whose content is built the first time it opens. A 100-field flow has a closed "Why?"
// panel per item, the closed "not identity data" list and the score's formula: about 40% of the
// popup's elements, none of them visible until asked for, so building them up front only delayed the
// first paint. Opening by mouse or keyboard goes through the summary's click (the content renders
// before the browser paints the opened panel); `toggle` covers opening any other way (script,
// find-in-page).
import type { ComponentChildren, DetailsHTMLAttributes } from 'preact';
import { useState } from 'preact/hooks';

type DetailsAttributes = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'children' | 'summary'>;

export function Disclosure({
  summary,
  summaryTestId,
  children,
  ...attributes
}: DetailsAttributes & { summary: ComponentChildren; summaryTestId?: string; children: ComponentChildren }) {
  const [built, setBuilt] = useState(false);
  const build = () => setBuilt(true);
  return (
    <details {...attributes} onToggle={(e) => e.currentTarget.hasAttribute('open') && build()}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: <summary> is the browser's own disclosure button; Enter and Space on it fire this click. */}
      <summary onClick={build} data-testid={summaryTestId}>
        {summary}
      </summary>
      {built && children}
    </details>
  );
}
