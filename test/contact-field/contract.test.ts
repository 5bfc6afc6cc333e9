import '../../src/index.js';
import type {ContactField} from '../../src/index.js';
import {runFormControlContract} from '../support/form-control-contract.js';
import {click, innerInput, press, selectAll, type} from '../support/person.js';

const module = new URL('../../src/index.ts', import.meta.url).href;

/** Replaces what the input holds by typing, then leaves with Tab. */
function typeAndLeave(text: string) {
  return async (field: ContactField) => {
    await click(innerInput(field));
    await selectAll();
    await type(text);
    await press('Tab');
    await field.updateComplete;
  };
}

runFormControlContract<ContactField>({
  tag: 'contact-field',
  module,
  defaultAttributes: {value: 'ops@bareun.example'},
  defaultEntries: ['ops@bareun.example'],
  makeValid: typeAndLeave('pager@bareun.example'),
  validEntries: ['pager@bareun.example'],
  makeInvalid: typeAndLeave('ops@bareun..example'),
});

runFormControlContract<ContactField>({
  tag: 'contact-field',
  module,
  attributes: {kind: 'list'},
  defaultAttributes: {value: 'ops@bareun.example, pager@bareun.example'},
  defaultEntries: ['ops@bareun.example', 'pager@bareun.example'],
  makeValid: typeAndLeave('oncall@bareun.example; Team <team@bareun.example>'),
  validEntries: ['oncall@bareun.example', 'team@bareun.example'],
  makeInvalid: typeAndLeave('oncall@bareun.example, ops.@bareun.example'),
});
