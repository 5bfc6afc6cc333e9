import {expect, html} from '@open-wc/testing';
import {
  countAccessibleNodes,
  startAccessibilityTree,
} from '../support/accessibility-tree.js';
import {isFirefox} from '../support/browser.js';
import {
  click,
  deepActiveElement,
  doubleClick,
  paste,
  press,
  type,
} from '../support/person.js';
import {
  accessibleNode,
  announcement,
  chipLabel,
  chipTexts,
  entries,
  errorText,
  recordEvents,
  renderForm,
  settle,
} from './helpers.js';

function listForm(value = '') {
  return renderForm(html`
    <form>
      <contact-field
        id="pagers"
        name="pager"
        kind="list"
        label="Pager aliases"
        value=${value}
      ></contact-field>
      <input name="after" aria-label="After" />
    </form>
  `);
}

const TWO = 'ops@bareun.example, oncall@bareun.example';

/** What has the focus, said in words a failed test can print. */
function focusName(): string {
  const focused = deepActiveElement();
  if (!focused) return 'nothing';

  return focused.getAttribute('part') ?? focused.localName;
}

describe('<contact-field kind="list">', () => {
  before(startAccessibilityTree);

  describe('commits an address on', () => {
    const triggers: [string, () => Promise<void>][] = [
      ['Enter', () => press('Enter')],
      ['a comma', () => type(',')],
      ['a semicolon', () => type(';')],
      ['Tab', () => press('Tab')],
      [
        'leaving the field',
        () => click(document.querySelector('[name=after]')!),
      ],
    ];
    for (const [trigger, act] of triggers) {
      it(trigger, async () => {
        const {form, field, input} = await listForm();
        await click(input);
        await type('Ops@Bareun.Example');

        await act();
        await settle(field);

        expect(chipTexts(field)).to.deep.equal(['Ops@bareun.example']);
        expect(input.value).to.equal('');
        expect(entries(form, 'pager')).to.deep.equal(['Ops@bareun.example']);
      });
    }
  });

  it('a comma inside a quoted display name commits nothing', async () => {
    const {form, field, input} = await listForm();
    await click(input);

    await type('"Kim,');
    await settle(field);

    expect(errorText(field), 'no commit, no message').to.equal('');

    await type(' Cheolsu" <kim@bareun.example>');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal([]);

    await type(',');
    await settle(field);

    expect(entries(form, 'pager')).to.deep.equal(['kim@bareun.example']);
    expect(input.value).to.equal('');
  });

  it('typing on a focused chip goes on in the input', async () => {
    const {field, input} = await listForm(TWO);
    await click(input);
    await press('ArrowLeft');

    await type('n');
    await settle(field);

    expect(focusName()).to.equal('input');
    expect(input.value).to.equal('n');
    expect(chipTexts(field)).to.have.length(2);
  });

  it('Enter on text commits it without submitting', async () => {
    const {form, field, input} = await listForm();
    const submits = recordEvents(form, ['submit']);
    await click(input);
    await type('ops@bareun.example');

    await press('Enter');
    await settle(field);

    expect(submits).to.have.length(0);
    expect(chipTexts(field)).to.deep.equal(['ops@bareun.example']);
  });

  it('Backspace in the empty input selects the last chip, a second Backspace removes it', async () => {
    const {form, field, input} = await listForm(TWO);
    const inputs = recordEvents(field, ['input']);
    await click(input);

    await press('Backspace');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal([
      'ops@bareun.example',
      'oncall@bareun.example',
    ]);
    expect(focusName()).to.equal('chip-label');
    expect(chipLabel(field, 1).matches(':focus')).to.equal(true);
    expect(announcement(field)).to.equal(
      'oncall@bareun.example selected. Press Backspace again to remove it.'
    );
    expect(inputs).to.have.length(0);

    await press('Backspace');
    await settle(field);

    expect(chipTexts(field)).to.deep.equal(['ops@bareun.example']);
    expect(focusName(), 'back in the input').to.equal('input');
    expect(announcement(field)).to.equal('Removed oncall@bareun.example.');
    expect(entries(form, 'pager')).to.deep.equal(['ops@bareun.example']);
    expect(inputs).to.have.length(1);
  });

  it('Backspace with text in the input deletes text, not chips', async () => {
    const {field, input} = await listForm(TWO);
    await click(input);
    await type('a');

    await press('Backspace');
    await press('Backspace');
    await settle(field);

    expect(input.value).to.equal('');
    expect(chipTexts(field)).to.have.length(2);
    expect(focusName()).to.equal('chip-label');
  });

  it('arrow keys move between chips and back to the input; Delete removes the focused chip', async () => {
    const {form, field, input} = await listForm(`${TWO}, night@bareun.example`);
    await click(input);

    await press('ArrowLeft');
    await press('ArrowLeft');
    await press('ArrowLeft');
    await press('ArrowLeft');
    await settle(field);

    expect(chipLabel(field, 0).matches(':focus'), 'at the first').to.equal(
      true
    );

    await press('ArrowRight');
    await press('Delete');
    await settle(field);

    expect(entries(form, 'pager')).to.deep.equal([
      'ops@bareun.example',
      'night@bareun.example',
    ]);
    expect(chipLabel(field, 1).matches(':focus'), 'on the next').to.equal(true);

    await press('ArrowRight');
    await settle(field);

    expect(focusName()).to.equal('input');
  });

  it('Tab from a chip leaves for the input, and the chips are not tab stops', async () => {
    const {field, input} = await listForm(TWO);
    await click(input);
    await press('ArrowLeft');

    await press('Tab');
    await settle(field);

    expect(focusName()).to.equal('input');

    await press('Tab');

    expect(document.activeElement?.getAttribute('name')).to.equal('after');

    await press('Shift+Tab');

    expect(focusName(), 'Shift+Tab lands in the input').to.equal('input');
  });

  for (const [how, act] of [
    ['Enter', () => press('Enter')],
    ['F2', () => press('F2')],
  ] as const) {
    it(`${how} on a chip puts it back into the input; committing returns it to its place`, async () => {
      const {form, field, input} = await listForm(TWO);
      await click(input);
      await press('ArrowLeft');
      await press('ArrowLeft');

      await act();
      await settle(field);

      expect(focusName()).to.equal('input');
      expect(input.value).to.equal('ops@bareun.example');
      expect(chipTexts(field)).to.deep.equal(['oncall@bareun.example']);
      expect(announcement(field)).to.equal('Editing ops@bareun.example.');

      for (const _ of 'example') await press('Backspace');
      await type('co.kr');
      await press('Enter');
      await settle(field);

      expect(entries(form, 'pager')).to.deep.equal([
        'ops@bareun.co.kr',
        'oncall@bareun.example',
      ]);
    });
  }

  it('a double click on a chip puts it back into the input', async () => {
    const {field, input} = await listForm(TWO);

    await doubleClick(chipLabel(field, 1));
    await settle(field);

    expect(input.value).to.equal('oncall@bareun.example');
    expect(chipTexts(field)).to.deep.equal(['ops@bareun.example']);
    expect(focusName()).to.equal('input');
  });

  it('clicking × removes its chip and keeps the focus in the input', async () => {
    const {form, field} = await listForm(TWO);
    const remove = field.shadowRoot!.querySelectorAll('[part="chip-remove"]');

    await click(remove[0]);
    await settle(field);

    expect(entries(form, 'pager')).to.deep.equal(['oncall@bareun.example']);
    expect(focusName()).to.equal('input');
  });

  it('is a named list of chips that say how to use them, and its changes are announced', async () => {
    const {field, input} = await listForm();
    await click(input);

    await paste('ops@bareun.example\noncall@bareun.example');
    await settle(field);

    expect(announcement(field)).to.equal(
      'Added 2 addresses: ops@bareun.example and oncall@bareun.example.'
    );
    if (isFirefox) {
      // Firefox's tree is reachable over WebDriver BiDi only by role and
      // name: its items and descriptions are read in Chromium below.
      const count = (role: string, name: string) =>
        countAccessibleNodes(field.shadowRoot!, role, name);
      expect(await count('list', 'Added addresses')).to.equal(1);
      expect(await count('button', 'ops@bareun.example')).to.equal(1);
      expect(await count('button', 'Remove ops@bareun.example')).to.equal(1);
      return;
    }

    const list = await accessibleNode('list', 'Added addresses');
    expect(list?.children.map((child) => child.role)).to.deep.equal([
      'listitem',
      'listitem',
    ]);
    const chip = await accessibleNode('button', 'ops@bareun.example');
    expect(chip?.description).to.equal(
      'Press Delete to remove it, or Enter to edit it.'
    );
    const remove = await accessibleNode('button', 'Remove ops@bareun.example');
    expect(remove, 'a remove button').to.not.equal(undefined);
  });

  it('counts a long pasted list instead of reading out every address', async () => {
    const {field, input} = await listForm();
    await click(input);

    const addresses = Array.from(
      {length: 6},
      (_, index) => `oncall${index}@bareun.example`
    );
    await paste(addresses.join('\n'));
    await settle(field);

    expect(chipTexts(field)).to.deep.equal(addresses);
    expect(announcement(field)).to.equal('Added 6 addresses.');
  });

  it('when disabled, chips cannot be removed or edited', async () => {
    const {form, field} = await listForm(TWO);
    field.disabled = true;
    await settle(field);

    await click(field.shadowRoot!.querySelector('[part="chip-remove"]')!);
    await doubleClick(chipLabel(field, 0));
    await settle(field);

    expect(chipTexts(field)).to.have.length(2);
    field.disabled = false;
    await settle(field);
    expect(entries(form, 'pager')).to.have.length(2);
  });
});
