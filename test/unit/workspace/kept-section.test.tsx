import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { AUTO_SAVE_KEY } from '../../../src/core/settings.ts';
import { KeptSection } from '../../../src/workspace/views/KeptSection.tsx';
import { mount, settle, text } from './dom.ts';

/** storage.local stand-in that records what was written. */
function area(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, items);
    },
  };
}

/** linkedom has no checkbox behaviour: set the property as a click would, then tell Preact. */
function toggle(box: HTMLInputElement) {
  box.checked = !isOn(box);
  box.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
}
const isOn = (box: HTMLInputElement) => box.checked ?? box.hasAttribute('checked');

describe('KeptSection', () => {
  it('says what is kept and that typed values never are', async () => {
    const root = mount(h(KeptSection, { area: area() }));
    await settle();
    const words = text(root);
    expect(words).toContain('Only signup flows');
    expect(words).toContain('Never what you type');
    expect(words).toMatch(/without what follows “\?” or “#”/);
  });

  it('shows automatic saving on by default and stores the switch turned off, and on again', async () => {
    const storage = area();
    const root = mount(h(KeptSection, { area: storage }));
    await settle();
    const box = root.querySelector<HTMLInputElement>('[data-testid="auto-save"]')!;
    expect(isOn(box)).toBe(true);
    expect(box.disabled).toBeFalsy();
    toggle(box);
    await settle();
    expect(storage.data[AUTO_SAVE_KEY]).toBe(false);
    expect(text(root)).toContain('Off: flows are saved only when you click Save in the popup.');
    toggle(box);
    await settle();
    expect(storage.data[AUTO_SAVE_KEY]).toBe(true);
  });

  it('shows a stored "off" as off', async () => {
    const root = mount(h(KeptSection, { area: area({ [AUTO_SAVE_KEY]: false }) }));
    await settle();
    expect(isOn(root.querySelector<HTMLInputElement>('[data-testid="auto-save"]')!)).toBe(false);
  });
});
