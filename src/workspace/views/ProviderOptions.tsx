// The provider choices of a select (history filter, export scope): one option per provider in history.
import type { ProviderEntry } from '../../storage/history-db.ts';
import type { Async } from './useAsync.ts';

export function ProviderOptions({ providers }: { providers: Async<ProviderEntry[]> }) {
  if (providers.state !== 'ready') return null;
  return (
    <>
      {providers.value.map((p) => (
        <option key={p.key} value={p.key}>
          {p.name} ({p.count})
        </option>
      ))}
    </>
  );
}
