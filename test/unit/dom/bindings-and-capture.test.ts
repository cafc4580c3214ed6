// Framework binding attributes as developer names, and the camera hint of file inputs.
import { describe, expect, it } from 'vitest';
import { BINDING_ATTRIBUTES, READ_ATTRIBUTES } from '../../../src/dom/attributes.ts';
import { extract, fields } from './helpers.ts';

describe('framework bindings', () => {
  it('reads formcontrolname, ng-model, ng-reflect-name, v-model, x-model and test ids', () => {
    const p = extract(`<form>
      <input formcontrolname="postcode">
      <input ng-model="vm.user.lastName" ng-reflect-name="lastName">
      <input v-model="form.email">
      <input x-model="phone" data-testid="signup-phone-input">
      <input name="plain">
    </form>`);
    expect(fields(p).map((f) => f.bindings)).toEqual(['postcode', 'vm.user.lastName lastName', 'form.email', 'phone signup-phone-input', '']);
  });

  it('keeps every binding attribute in the lean CLI parse', () => {
    for (const a of BINDING_ATTRIBUTES) expect(READ_ATTRIBUTES.has(a), a).toBe(true);
  });
});

describe('capture of file inputs', () => {
  it('user, environment, a bare attribute, and nothing on other inputs', () => {
    const p = extract(`<form>
      <input type="file" name="selfie" capture="user" accept="image/*">
      <input type="file" name="doc" capture="Environment">
      <input type="file" name="any" capture>
      <input type="file" name="none">
      <input type="text" name="t" capture="user">
    </form>`);
    expect(fields(p).map((f) => [f.name, f.capture])).toEqual([
      ['selfie', 'user'],
      ['doc', 'environment'],
      ['any', 'camera'],
      ['none', ''],
      ['t', ''],
    ]);
  });
});
