import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { SnapshotSummary } from '../../../src/core/history/summary.ts';
import type { HistoryReader, ListResult, ProviderEntry } from '../../../src/storage/history-db.ts';
import type { ViewContext } from '../../../src/workspace/App.tsx';
import type { HistoryWrites } from '../../../src/workspace/history-writes.ts';
import { DataSection } from '../../../src/workspace/views/DataSection.tsx';
import { HistoryView, statusText } from '../../../src/workspace/views/HistoryView.tsx';
import { click, mount, settle, text } from './dom.ts';

const summary = (i: number): SnapshotSummary => ({
  id: i.toString(16).padStart(64, '0'),
  providerKey: 'aws',
  providerId: 'aws',
  providerName: 'Amazon Web Services',
  providerKind: 'hyperscaler',
  url: 'https://aws.example/',
  savedAt: 1_700_000_000_000 + i,
  reason: 'user',
  stepCount: 1,
  fieldCount: 2,
  categories: ['email'],
  requiredCategories: ['email'],
  vendorIds: [],
  screenshotId: null,
  bytes: 100,
  search: 'aws',
});
const provider: ProviderEntry = { key: 'aws', name: 'Amazon Web Services', kind: 'hyperscaler', count: 10_000, latestId: summary(1).id, latestAt: 1 };

/** A store whose list answers are scripted; everything else is a stub the views do not reach here. */
function fakeDb(over: Partial<HistoryReader>): HistoryReader {
  const fail = () => {
    throw new Error('not used');
  };
  return new Proxy(over as HistoryReader, { get: (target, key) => (key in target ? target[key as keyof HistoryReader] : fail) });
}

function ctx(db: HistoryReader, writes: Partial<HistoryWrites> = {}): ViewContext {
  return { db, writes, docs: () => undefined, generator: { name: 'test', version: '1' }, revision: 0, changed: vi.fn(), go: vi.fn(), target: {} } as unknown as ViewContext;
}

describe('history view while summaries load', () => {
  it('says the answer is partial and how far the search got, then shows the complete answer', async () => {
    let progress: ((loaded: number, total: number) => void) | null = null;
    let loaded = 3000;
    const answers: ListResult[] = [];
    const db = fakeDb({
      providers: async () => [provider],
      onLoadProgress: (listener) => {
        progress = listener;
        return () => {
          progress = null;
        };
      },
      listNow: async () => {
        const complete = loaded === 10_000;
        const r: ListResult = { total: complete ? 1780 : 12, items: [summary(1), summary(2)], complete, searched: loaded, of: 10_000 };
        answers.push(r);
        return r;
      },
    });
    const root = mount(h(HistoryView, { ctx: ctx(db) }));
    await settle();
    const status = root.querySelector('[data-testid="history-count"]');
    expect(text(status)).toBe('Searching 3,000 of 10,000 snapshots… 12 matches so far.');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.getAttribute('aria-busy')).toBe('true');
    const bar = root.querySelector('progress.searching');
    expect([bar?.getAttribute('value'), bar?.getAttribute('max')]).toEqual(['3000', '10000']);
    expect(root.querySelectorAll('[data-testid="history-table"] tbody tr').length).toBe(2);
    // The store reports that everything has arrived: the view asks again and the answer is complete.
    loaded = 10_000;
    progress!(10_000, 10_000);
    await settle();
    expect(text(root.querySelector('[data-testid="history-count"]'))).toBe('1,780 snapshots match.');
    expect(root.querySelector('[data-testid="history-count"]')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('progress.searching')).toBeNull();
    expect(answers.at(-1)?.complete).toBe(true);
  });

  it('words partial and complete answers for people', () => {
    expect(statusText({ total: 1, items: [], complete: false, searched: 100, of: 250 })).toBe('Searching 100 of 250 snapshots… 1 match so far.');
    expect(statusText({ total: 0, items: [], complete: true, searched: 250, of: 250 })).toBe('No snapshot matches these filters.');
  });
});

describe('data section', () => {
  it('asks in a dialog before deleting, cancels without deleting, and deletes on Yes', async () => {
    const deleteAll = vi.fn(async () => 10_000);
    const db = fakeDb({
      count: async () => 10_000,
      estimateBytes: async () => 12 * 1024 * 1024,
      providers: async () => [provider],
    });
    // The worker deletes (history's one writer): the view asks through `writes`.
    const root = mount(h(DataSection, { ctx: ctx(db, { deleteAll }) }));
    await settle();
    expect(text(root.querySelector('[data-testid="data-count"]'))).toBe('10,000');
    expect(text(root.querySelector('[data-testid="data-usage"]'))).toContain('12.0 MB (snapshots and screenshots)');
    click(root.querySelector('[data-testid="delete-all"]'));
    await settle();
    const dialog = root.querySelector('dialog[data-testid="confirm-dialog"]');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    expect(text(dialog)).toContain('Delete all 10,000 snapshots and their screenshots? This cannot be undone.');
    expect(text(root.querySelector(`#${CSS_ESCAPE(dialog!.getAttribute('aria-labelledby')!)}`))).toBe('Delete all history?');
    click(root.querySelector('[data-testid="confirm-cancel"]'));
    await settle();
    expect(root.querySelector('dialog')).toBeNull();
    expect(deleteAll).not.toHaveBeenCalled();
    click(root.querySelector('[data-testid="delete-all"]'));
    await settle();
    click(root.querySelector('[data-testid="confirm-delete"]'));
    await settle();
    expect(deleteAll).toHaveBeenCalledTimes(1);
    expect(root.querySelector('dialog')).toBeNull();
    expect(text(root.querySelector('[data-testid="data-message"]'))).toBe('Deleted all 10,000 snapshots.');
  });
});

/** Ids from useId may hold characters a selector needs escaped. */
const CSS_ESCAPE = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
