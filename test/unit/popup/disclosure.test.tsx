import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../../src/popup/components/Disclosure.tsx';
import { mount, settle, text } from './dom.ts';

const panel = () => mount(<Disclosure class="why" summary="Why is this asked?"><p class="body">Because the proposal lists it.</p></Disclosure>);

describe('Disclosure', () => {
  it('starts closed with only its summary built', () => {
    const root = panel();
    const details = root.querySelector('details.why')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Why is this asked?');
    expect(details.querySelector('.body')).toBeNull();
  });

  it('builds its content when the summary is clicked (mouse, or Enter and Space on the focused summary)', async () => {
    const root = panel();
    root.querySelector('summary')!.dispatchEvent(new Event('click', { bubbles: true }));
    await settle();
    expect(text(root.querySelector('.body'))).toBe('Because the proposal lists it.');
  });

  it('builds its content when opened any other way, and keeps it after closing', async () => {
    const root = panel();
    const details = root.querySelector('details')!;
    details.setAttribute('open', '');
    details.dispatchEvent(new Event('toggle'));
    await settle();
    expect(details.querySelector('.body')).not.toBeNull();
    details.removeAttribute('open');
    details.dispatchEvent(new Event('toggle'));
    await settle();
    expect(details.querySelector('.body')).not.toBeNull();
  });
});
