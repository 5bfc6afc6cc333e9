import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import type {
  AccessRequestDetail,
  CloseRequestDetail,
  ContactRecord,
  Environment,
  HostAnswer,
  LinkRequestDetail,
  PortalUser,
  RecordChangeDetail,
  RecordCompleteDetail,
  SaveRequestDetail,
} from '../src/index.js';
import {
  bareunRecord,
  bareunRecordWithMerchants,
  bareunUsers,
  mapleUsers,
  mistakes,
  overlappingMonday,
} from './story-data.js';
import {
  deepActiveElement,
  expectFieldError,
  fieldOf,
  inShadow,
  rendered,
  typeInto,
} from './story-helpers.js';

/** How the story's host answers `save-request`. */
type HostBehaviour = 'saves' | 'never-answers' | 'fails' | 'rejects-fields';

interface ModalArgs {
  mode: 'modal' | 'page';
  open: boolean;
  environment: Environment;
  merchantIssues: boolean;
  platformName: string;
  supportHref: string;
  helpHref: string;
  dismissible: boolean;
  portalUsers: PortalUser[];
  value: ContactRecord | undefined;
  host: HostBehaviour;
  onSaveRequest: (detail: SaveRequestDetail) => void;
  onRecordComplete: (detail: RecordCompleteDetail) => void;
  onRecordChange: (detail: RecordChangeDetail) => void;
  onAccessRequest: (detail: AccessRequestDetail) => void;
  onSupportRequest: (detail: LinkRequestDetail) => void;
  onHelpRequest: (detail: LinkRequestDetail) => void;
  onCloseRequest: (detail: CloseRequestDetail) => void;
}

const korean = () => document.documentElement.lang === 'ko';

/** What a host's server might say, in the language of the page. */
function serverWords() {
  return korean()
    ? {
        message:
          '서버에서 연락처 정보를 저장하지 못했습니다. 잠시 후 다시 시도해 주세요.',
        bounced: '이 주소로 보낸 메일이 반송되었습니다. 주소를 확인해 주세요.',
      }
    : {
        message:
          'Our server could not save the contact information. ' +
          'Try again in a few minutes.',
        bounced: 'Mail to this alias bounced. Check the address.',
      };
}

const later = <T>(value: T, ms = 400) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function answer(host: HostBehaviour): Promise<HostAnswer> {
  const words = serverWords();
  switch (host) {
    case 'saves':
      return later({ok: true});
    case 'never-answers':
      return new Promise(() => {});
    case 'fails':
      return later({ok: false, message: words.message});
    case 'rejects-fields':
      return later({
        ok: false,
        message: words.message,
        fieldErrors: {operationsPublic: words.bounced},
      });
  }
}

function render(args: ModalArgs) {
  return html`<contact-info-modal
    mode=${args.mode}
    ?open=${args.open}
    environment=${args.environment}
    ?merchant-issues=${args.merchantIssues}
    platform-name=${args.platformName}
    support-href=${args.supportHref}
    help-href=${args.helpHref}
    ?dismissible=${args.dismissible}
    .portalUsers=${args.portalUsers}
    .value=${args.value}
    @save-request=${(event: CustomEvent<SaveRequestDetail>) => {
      args.onSaveRequest(event.detail);
      event.detail.respondWith(answer(args.host));
    }}
    @record-complete=${(event: CustomEvent<RecordCompleteDetail>) =>
      args.onRecordComplete(event.detail)}
    @record-change=${(event: CustomEvent<RecordChangeDetail>) =>
      args.onRecordChange(event.detail)}
    @access-request=${(event: CustomEvent<AccessRequestDetail>) => {
      args.onAccessRequest(event.detail);
      event.detail.respondWith(later({ok: true}));
    }}
    @support-request=${(event: CustomEvent<LinkRequestDetail>) => {
      // A host may open its own support flow; the story stays put.
      event.preventDefault();
      args.onSupportRequest(event.detail);
    }}
    @help-request=${(event: CustomEvent<LinkRequestDetail>) => {
      event.preventDefault();
      args.onHelpRequest(event.detail);
    }}
    @close-request=${(event: CustomEvent<CloseRequestDetail>) =>
      args.onCloseRequest(event.detail)}
  ></contact-info-modal>`;
}

const meta: Meta<ModalArgs> = {
  title: 'Elements/contact-info-modal',
  component: 'contact-info-modal',
  render,
  args: {
    mode: 'modal',
    open: true,
    environment: 'production',
    merchantIssues: false,
    platformName: 'Google',
    supportHref: 'mailto:partner-support@platform.example',
    helpHref: 'https://support.google.com/',
    dismissible: false,
    portalUsers: bareunUsers,
    value: undefined,
    host: 'saves',
    onSaveRequest: fn(),
    onRecordComplete: fn(),
    onRecordChange: fn(),
    onAccessRequest: fn(),
    onSupportRequest: fn(),
    onHelpRequest: fn(),
    onCloseRequest: fn(),
  },
  argTypes: {
    host: {
      description:
        'Story only: how the host answers `save-request` (saves after a ' +
        'moment, never answers, fails, or rejects a field).',
      control: 'select',
      options: ['saves', 'never-answers', 'fails', 'rejects-fields'],
    },
  },
  parameters: {
    layout: 'fullscreen',
    // A true modal makes the rest of its page inert: each story gets a
    // frame of its own on the documentation page.
    docs: {story: {inline: false, iframeHeight: 760}},
  },
};

export default meta;

type Story = StoryObj<ModalArgs>;

async function submit(modal: HTMLElement): Promise<void> {
  await userEvent.click(inShadow(modal, '[part="submit"]'));
}

async function expectSummaryFocused(modal: HTMLElement, count?: number) {
  const summary = await waitFor(() => inShadow(modal, '[part="summary"]'));
  await waitFor(() => expect(deepActiveElement()).toBe(summary));
  if (count !== undefined) {
    await expect(summary.querySelectorAll('li')).toHaveLength(count);
  }
}

/** The blocking modal as a new account first meets it. */
export const Empty: Story = {
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await modal.updateComplete;
    const dialog = inShadow<HTMLDialogElement>(modal, 'dialog');

    await expect(dialog.matches(':modal')).toBe(true);
    // Focus starts in the first field.
    await waitFor(() =>
      expect(
        fieldOf(modal, 'alertContacts').shadowRoot!.contains(
          deepActiveElement()
        )
      ).toBe(true)
    );
  },
};

/** Prefilled from a stored record. */
export const Filled: Story = {
  args: {value: bareunRecord},
};

/** Saving everything empty: every required field says so. */
export const RequiredFieldsMissing: Story = {
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await expectSummaryFocused(modal, 6);
  },
};

/** Three typing mistakes from real forms. */
export const AddressMistakes: Story = {
  args: {
    value: {
      ...bareunRecord,
      technicalEmergency: [],
      technicalNonEmergency: [],
      operationsPlatform: [],
    },
  },
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    const keys = [
      'technicalEmergency',
      'technicalNonEmergency',
      'operationsPlatform',
    ] as const;
    const typed = [
      mistakes.noDotInDomain,
      mistakes.spaceInside,
      mistakes.twoAts,
    ];
    for (const [index, key] of keys.entries()) {
      await typeInto(fieldOf(modal, key), typed[index]);
    }
    await submit(modal);

    await expectSummaryFocused(modal, 3);
    for (const key of keys) await expectFieldError(fieldOf(modal, key));
  },
};

/** Alert contacts must be users of the portal. */
export const NotAPortalUser: Story = {
  args: {value: {...bareunRecord, alertContacts: []}},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await typeInto(fieldOf(modal, 'alertContacts'), mistakes.notAPortalUser);
    await submit(modal);

    await expectSummaryFocused(modal, 1);
    await expectFieldError(fieldOf(modal, 'alertContacts'));
  },
};

/** The public contact is one support alias, not a list. */
export const TwoAddressesWhereOneIsAsked: Story = {
  args: {value: {...bareunRecord, operationsPublic: ''}},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await typeInto(
      fieldOf(modal, 'operationsPublic'),
      mistakes.twoWhereOneIsAsked
    );
    await submit(modal);

    await expectSummaryFocused(modal, 1);
    await expectFieldError(fieldOf(modal, 'operationsPublic'));
  },
};

/** Two ranges on Monday that overlap. */
export const OverlappingHours: Story = {
  args: {value: {...bareunRecord, operationalSupport: [overlappingMonday]}},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await expectSummaryFocused(modal, 1);
  },
};

/** The integration has the merchant-issues field, and it is empty. */
export const MerchantIssuesMissing: Story = {
  args: {merchantIssues: true, value: bareunRecord},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await expectSummaryFocused(modal, 1);
    await expectFieldError(fieldOf(modal, 'merchantIssues'));
  },
};

/** The integration has the merchant-issues field. */
export const MerchantIssues: Story = {
  args: {merchantIssues: true, value: bareunRecordWithMerchants},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await modal.updateComplete;

    await expect(fieldOf(modal, 'merchantIssues')).toBeTruthy();
  },
};

/** The host is still saving: the button says so and ignores clicks. */
export const Saving: Story = {
  args: {value: bareunRecord, host: 'never-answers'},
  play: async ({args, canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await waitFor(() =>
      expect(inShadow(modal, '[part="submit"]')).toHaveAttribute(
        'aria-disabled',
        'true'
      )
    );
    await expect(args.onSaveRequest).toHaveBeenCalledOnce();
  },
};

/** The host's server refused the record and named a field. */
export const ServerError: Story = {
  args: {value: bareunRecord, host: 'rejects-fields'},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await waitFor(() =>
      expect(inShadow(modal, '.save-error').textContent).toContain(
        serverWords().message
      )
    );
    await expectFieldError(fieldOf(modal, 'operationsPublic'));
    await expect(inShadow<HTMLDialogElement>(modal, 'dialog').open).toBe(true);
  },
};

/** The host saved: the element reports completion and closes. */
export const Completed: Story = {
  args: {value: bareunRecord},
  play: async ({args, canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await submit(modal);

    await waitFor(() => expect(args.onRecordComplete).toHaveBeenCalledOnce());
    await expect(inShadow<HTMLDialogElement>(modal, 'dialog').open).toBe(false);
  },
};

/** Outside production, alert contacts cannot be set. */
export const Sandbox: Story = {
  args: {environment: 'sandbox', portalUsers: mapleUsers},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await modal.updateComplete;

    await expect(fieldOf(modal, 'alertContacts').matches(':disabled')).toBe(
      true
    );
  },
};

/** The update page under the portal's configuration tab. */
export const PageMode: Story = {
  args: {mode: 'page', open: false, value: bareunRecord},
  parameters: {layout: 'padded', docs: {story: {inline: true}}},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await modal.updateComplete;
    const save = inShadow<HTMLButtonElement>(modal, '[part="submit"]');
    await expect(save.disabled).toBe(true);

    await typeInto(
      fieldOf(modal, 'technicalNonEmergency'),
      'api-team@bareun.example'
    );

    await waitFor(() => expect(save.disabled).toBe(false));
  },
};

/** A colleague is given access to the portal from the Users tab. */
export const UsersTab: Story = {
  play: async ({args, canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await userEvent.click(inShadow(modal, '#tab-users'));
    await typeInto(inShadow(modal, '#grant-email'), 'jiwoo.han@bareun.example');
    await userEvent.click(inShadow(modal, '.grant button[type="submit"]'));

    await waitFor(() =>
      expect(inShadow(modal, '.grant-status').textContent).toContain(
        'jiwoo.han@bareun.example'
      )
    );
    await expect(args.onAccessRequest).toHaveBeenCalledWith(
      expect.objectContaining({email: 'jiwoo.han@bareun.example'})
    );
  },
};

/** A host that lets the person close the modal before completing it. */
export const Dismissible: Story = {
  args: {dismissible: true},
  play: async ({args, canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await userEvent.click(inShadow(modal, '.close'));

    await expect(args.onCloseRequest).toHaveBeenCalledWith({
      reason: 'close-button',
    });
    await waitFor(() =>
      expect(inShadow<HTMLDialogElement>(modal, 'dialog').open).toBe(false)
    );
  },
};

/** A platform other than Google names itself. */
export const OtherPlatform: Story = {
  args: {platformName: 'Acme Health', value: bareunRecord},
  play: async ({canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await modal.updateComplete;

    await expect(inShadow(modal, '#intro').textContent).toContain(
      'Acme Health'
    );
  },
};

/** The contact-support link lets the host open its own flow. */
export const ContactSupportLink: Story = {
  play: async ({args, canvasElement}) => {
    const modal = rendered(canvasElement, 'contact-info-modal');
    await userEvent.click(inShadow(modal, 'a[href^="mailto:"]'));

    await expect(args.onSupportRequest).toHaveBeenCalledWith({
      href: 'mailto:partner-support@platform.example',
    });
  },
};

/** On a dark page. */
export const DarkTheme: Story = {
  args: {value: bareunRecord},
  globals: {theme: 'dark'},
};

/** A host's brand through the CSS custom properties. */
export const BrandColours: Story = {
  args: {value: bareunRecord},
  decorators: [
    (story) =>
      html`<div
        style="--contact-info-accent: #00695c; --contact-info-radius: 20px;
          --contact-field-chip-background: #e0f2f1;
          --contact-field-chip-color: #00352f"
      >
        ${story()}
      </div>`,
  ],
};

/** On a phone, 320 CSS pixels wide. */
export const NarrowScreen: Story = {
  tags: ['narrow'],
  globals: {viewport: {value: 'mobile1', isRotated: false}},
  parameters: {docs: {story: {inline: false, iframeHeight: 568}}},
};
