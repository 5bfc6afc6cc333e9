import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import type {ContactFieldKind, PortalUser} from '../src/index.js';
import {bareunUsers, mistakes} from './story-data.js';
import {
  expectFieldError,
  inForm,
  inShadow,
  pasteInto,
  rendered,
  typeInto,
} from './story-helpers.js';

interface FieldArgs {
  kind: ContactFieldKind;
  name: string;
  /** Empty: the story's host label, in the toolbar's language. */
  label: string;
  help: string;
  value: string;
  placeholder: string;
  required: boolean;
  disabled: boolean;
  users: PortalUser[];
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
  onInvalid: (event: Event) => void;
}

/** A host's own label and help for the field, in the page's language. */
function hostWords(kind: ContactFieldKind) {
  const korean = document.documentElement.lang === 'ko';
  switch (kind) {
    case 'single':
      return korean
        ? {label: '고객 지원 주소', help: '사용자에게 공개되는 지원 주소 하나'}
        : {label: 'Support alias', help: 'One address, shown to users.'};
    case 'list':
      return korean
        ? {
            label: '기술 담당 연락처',
            help: '주소를 여러 개 입력할 수 있습니다.',
          }
        : {label: 'Technical contacts', help: 'One or more addresses.'};
    case 'users':
      return korean
        ? {label: '알림 연락처', help: '포털 사용자 중에서 선택하세요.'}
        : {label: 'Alert contacts', help: 'Choose among the portal users.'};
  }
}

const field = (args: FieldArgs) =>
  html`<contact-field
    kind=${args.kind}
    name=${args.name}
    label=${args.label || hostWords(args.kind).label}
    help=${args.help || hostWords(args.kind).help}
    value=${args.value}
    placeholder=${args.placeholder}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .users=${args.users}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
  ></contact-field>`;

const meta: Meta<FieldArgs> = {
  title: 'Elements/contact-field',
  component: 'contact-field',
  render: (args) => inForm(field(args)),
  args: {
    kind: 'single',
    name: 'contact',
    label: '',
    help: '',
    value: '',
    placeholder: '',
    required: true,
    disabled: false,
    users: bareunUsers,
    onInput: fn(),
    onChange: fn(),
    onInvalid: fn(),
  },
  argTypes: {
    kind: {control: 'inline-radio', options: ['single', 'list', 'users']},
  },
};

export default meta;

type Story = StoryObj<FieldArgs>;

async function submitForm(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(
    canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')!
  );
}

/** Leaves the field the way a person does: by clicking elsewhere. */
async function leave(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(canvasElement.querySelector('output')!);
}

/** One address, empty. */
export const Single: Story = {};

/** One address, filled. */
export const SingleFilled: Story = {
  args: {value: 'help@bareun.example'},
};

/** A list: committed addresses are chips. */
export const List: Story = {
  args: {
    kind: 'list',
    value: 'oncall@alerts.bareun.example, dev-support@bareun.example',
  },
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await contact.updateComplete;

    await expect(
      contact.shadowRoot!.querySelectorAll('[part="chip"]')
    ).toHaveLength(2);
  },
};

/** Typing a comma commits an address as a chip. */
export const TypingAList: Story = {
  args: {kind: 'list'},
  play: async ({args, canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, 'oncall@alerts.bareun.example,');

    await waitFor(() =>
      expect(
        contact.shadowRoot!.querySelectorAll('[part="chip"]')
      ).toHaveLength(1)
    );
    await expect(contact.addresses).toEqual(['oncall@alerts.bareun.example']);
    await expect(args.onInput).toHaveBeenCalled();
  },
};

/** A list pasted from a mail client: names, case and a duplicate. */
export const PastedFromMailClient: Story = {
  args: {kind: 'list'},
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await pasteInto(contact, mistakes.pastedFromMail);

    await waitFor(() =>
      expect(contact.addresses).toEqual([
        'Minjun.Kim@bareun.example',
        'dev-support@bareun.example',
      ])
    );
  },
};

/** An internationalised domain is kept in ASCII and shown in Unicode. */
export const InternationalDomain: Story = {
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await pasteInto(contact, mistakes.internationalDomain);

    await waitFor(() => expect(contact.addresses[0]).toMatch(/^help@xn--/));
  },
};

/** Alert contacts are chosen among the portal users, with search. */
export const PortalUsers: Story = {
  args: {kind: 'users', value: 'minjun.kim@bareun.example'},
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, 'seo');

    await waitFor(() =>
      expect(
        contact.shadowRoot!.querySelectorAll('[part="option"]')
      ).toHaveLength(1)
    );
    await userEvent.click(inShadow(contact, '[part="option"]'));

    await waitFor(() =>
      expect(contact.addresses).toEqual([
        'minjun.kim@bareun.example',
        'seoyeon.lee@bareun.example',
      ])
    );
  },
};

/** An address that is not a portal user is refused. */
export const NotAPortalUser: Story = {
  args: {kind: 'users'},
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, `${mistakes.notAPortalUser},`);
    await leave(canvasElement);

    await expectFieldError(contact);
    await expect(contact.validity.valid).toBe(false);
  },
};

/** A domain without a dot: the message waits until the person leaves. */
export const InvalidAddress: Story = {
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, mistakes.noDotInDomain);

    await expect(inShadow(contact, '[part="error"]').textContent?.trim()).toBe(
      ''
    );
    await leave(canvasElement);

    await expectFieldError(contact);
  },
};

/** A full-width ＠ is named in the message, never stored. */
export const FullWidthCharacter: Story = {
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, mistakes.fullWidthAt);
    await leave(canvasElement);

    await waitFor(() =>
      expect(contact.addresses).not.toContain('help＠bareun.example')
    );
  },
};

/** A Korean local part gets its own message. */
export const NonLatinLocalPart: Story = {
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, mistakes.koreanLocalPart);
    await leave(canvasElement);

    await expectFieldError(contact);
  },
};

/** Two addresses where one support alias is asked for. */
export const TooManyAddresses: Story = {
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await typeInto(contact, mistakes.twoWhereOneIsAsked);
    await leave(canvasElement);

    await expectFieldError(contact);
  },
};

/** Required and empty, after the form was submitted. */
export const RequiredMissing: Story = {
  play: async ({args, canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');
    await submitForm(canvasElement);

    await waitFor(() => expect(args.onInvalid).toHaveBeenCalled());
    await expect(contact.validity.valueMissing).toBe(true);
    await expectFieldError(contact);
  },
};

/** In a valid form, each address is one `FormData` entry. */
export const InAForm: Story = {
  args: {
    kind: 'list',
    name: 'team',
    value: 'oncall@alerts.bareun.example, dev-support@bareun.example',
  },
  play: async ({canvasElement}) => {
    await submitForm(canvasElement);

    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.textContent).toBe(
        'team = oncall@alerts.bareun.example\n' +
          'team = dev-support@bareun.example'
      )
    );
  },
};

export const Disabled: Story = {
  args: {kind: 'list', value: 'oncall@alerts.bareun.example', disabled: true},
};

/** Disabled through a disabled `<fieldset>`, like a native input. */
export const DisabledByFieldset: Story = {
  args: {kind: 'list', value: 'oncall@alerts.bareun.example'},
  render: (args) => inForm(html`<fieldset disabled>${field(args)}</fieldset>`),
  play: async ({canvasElement}) => {
    const contact = rendered(canvasElement, 'contact-field');

    await expect(contact.matches(':disabled')).toBe(true);
  },
};

/** On a dark page, with an error showing. */
export const DarkTheme: Story = {
  args: {kind: 'list', value: 'oncall@alerts.bareun.example, oncall@bareun'},
  globals: {theme: 'dark'},
  play: async ({canvasElement}) => {
    await submitForm(canvasElement);
  },
};

/** In a column 320 CSS pixels wide, with long addresses. */
export const NarrowScreen: Story = {
  args: {
    kind: 'list',
    value:
      'integrations@maplefamily.example, api-team@maplefamily.example, ' +
      'partner-ops@maplefamily.example',
  },
  tags: ['narrow'],
  globals: {viewport: {value: 'mobile1', isRotated: false}},
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
