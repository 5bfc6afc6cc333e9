import {LitElement, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {ContactField} from '../contact-field/contact-field.js';
import {SupportHoursPicker} from '../support-hours-picker/support-hours-picker.js';
import {
  displayAddress,
  findPortalUser,
  parseAddressList,
} from '../record/address.js';
import {CONTACT_KEYS} from '../record/types.js';
import type {
  ContactKey,
  ContactRecord,
  ContactSettings,
  Environment,
  PortalUser,
} from '../record/types.js';
import type {Schedule} from '../hours/types.js';
import type {RecordValidation} from '../record/schema.js';
import {followLocale} from '../localization/locale.js';
import {problemCountMessage} from '../localization/messages.js';
import {fieldWords, sandboxNote} from './fields.js';
import {request, settle} from './events.js';
import {deepActiveElement, tabbableElements} from './focus.js';
import {addressText, portalUsersFrom} from './host-input.js';
import type {CloseReason, HostAnswer} from './events.js';
import {styles} from './contact-info-modal.styles.js';

type Tab = 'contacts' | 'users';

/** What the form holds, as typed: the state that survives re-renders. */
type FormValues = Record<Exclude<ContactKey, 'operationalSupport'>, string> & {
  operationalSupport: Schedule[] | undefined;
};

interface SummaryEntry {
  key: ContactKey;
  label: string;
  message: string;
}

type SaveStatus =
  {state: 'idle'} | {state: 'saving'} | {state: 'failed'; message: string};

type AccessStatus =
  | {state: 'idle'}
  | {state: 'sending'}
  | {state: 'granted'; email: string}
  | {state: 'member'; user: PortalUser}
  | {state: 'failed'; message: string};

/**
 * The account's contact information: a blocking modal that a portal shows
 * until the record is complete, and the same form inline (`mode="page"`)
 * to update it later. It validates the whole record, asks the host to save
 * it and only then reports completion.
 *
 * @tagname contact-info-modal
 * @summary The blocking contact-information modal and its update page.
 *
 * @slot label-technicalEmergency - A host's own label for that field; the
 * same works for every key of the record (`label-<key>`).
 * @slot actions - Host controls for the header, such as a language switch;
 * they stay usable while the page behind the modal is inert.
 *
 * @fires save-request - Cancelable. The record is valid; the host saves it
 * and answers through `detail.respondWith(promise)`. Without an answer the
 * record completes at once.
 * @fires record-complete - The host saved the record (`detail.record`).
 * @fires record-change - A field changed (`detail.record`, `detail.valid`).
 * @fires access-request - Cancelable. Grant a colleague access
 * (`detail.email`); answered through `detail.respondWith(promise)`.
 * @fires support-request - Cancelable. The person chose “Contact support”.
 * @fires help-request - Cancelable. The person chose the help guide.
 * @fires close-request - Cancelable. Only when `dismissible`: the person
 * asked to close (`detail.reason`).
 *
 * @csspart dialog - The native dialog (modal mode).
 * @csspart page - The section that holds the form (page mode).
 * @csspart header - Title, introduction and links.
 * @csspart tabs - The tab list.
 * @csspart summary - The summary of problems after a failed submit.
 * @csspart submit - The save button.
 *
 * @cssprop --contact-info-accent - Accent colour of buttons and focus.
 * @cssprop --contact-info-background - Background of the dialog or page.
 * @cssprop --contact-info-text - Text colour.
 * @cssprop --contact-info-radius - Corner radius of the dialog.
 * @cssprop --contact-info-width - Greatest width of the dialog.
 */
export class ContactInfoModal extends LitElement {
  static override styles = styles;

  /** `modal` blocks the page; `page` renders inline to update the record. */
  @property({reflect: true}) mode: 'modal' | 'page' = 'modal';

  /** Whether the modal is shown (modal mode). */
  @property({type: Boolean, reflect: true}) open = false;

  /** Alert contacts can only be set in `production`. */
  @property() environment: Environment = 'production';

  /** Whether the integration has the merchant-issues field. */
  @property({type: Boolean, attribute: 'merchant-issues'})
  merchantIssues = false;

  /** The platform that receives the private operations contact. */
  @property({attribute: 'platform-name'}) platformName = 'Google';

  /** Where “Contact support” leads. */
  @property({attribute: 'support-href'}) supportHref = '';

  /** Where the help guide is. */
  @property({attribute: 'help-href'}) helpHref = '';

  /** Whether the person may close the modal before completing it. */
  @property({type: Boolean}) dismissible = false;

  /**
   * Where focus goes when the modal closes if the element that opened it
   * is gone: an element, or the id of one in the document.
   */
  @property({attribute: 'return-focus'}) returnFocus: HTMLElement | string = '';

  /**
   * Keeps what is typed in sessionStorage under this key until the record
   * completes, so a reload loses nothing. Empty: no drafts.
   */
  @property({attribute: 'draft-key'}) draftKey = '';

  /** The portal users: alert contacts are chosen among them. */
  @property({attribute: false}) portalUsers: readonly PortalUser[] = [];

  /** The stored record, to prefill the form. */
  @property({attribute: false}) value: ContactRecord | undefined;

  /** The well-formed entries of `portalUsers`. */
  @state() private users: PortalUser[] = [];

  @state() private tab: Tab = 'contacts';

  /**
   * What the fields hold, kept as they report input. Not reactive: the
   * fields show it already, so typing renders only the field typed in.
   */
  private values: FormValues = emptyValues();

  @state() private summary: SummaryEntry[] = [];

  @state() private saveStatus: SaveStatus = {state: 'idle'};

  @state() private accessStatus: AccessStatus = {state: 'idle'};

  /** The form as the stored record has it, to tell what changed. */
  @state() private baseline: FormValues = emptyValues();

  @query('dialog') private dialog?: HTMLDialogElement;

  /** The element focused when the modal opened, to return to. */
  private opener: Element | null = null;

  /** Fields showing a server's message, which their next edit clears. */
  private readonly serverErrors = new WeakSet<Element>();

  /** A submit is waiting for the record's rules to load. */
  private checking = false;

  /** The page's overflow before the modal stopped it scrolling. */
  private pageOverflow: string | undefined;

  @query('#summary') private summaryBox?: HTMLElement;

  constructor() {
    super();
    followLocale(this);
  }

  /** Opens the modal; the page behind becomes inert. */
  show(): void {
    this.open = true;
  }

  /** Whether the form holds changes that are not saved. */
  get hasUnsavedChanges(): boolean {
    return !sameValues(this.values, this.baseline);
  }

  /** Closes the modal without completing the record. */
  close(): void {
    this.open = false;
  }

  private get settings(): ContactSettings {
    return {
      environment: this.environment,
      merchantIssues: this.merchantIssues,
      portalUsers: this.users,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
    this.releasePage();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('portalUsers')) {
      this.users = portalUsersFrom(this.portalUsers);
    }
    if (changed.has('value')) {
      this.baseline = valuesFrom(this.value);
      this.values = this.baseline;
    }
    if (changed.has('draftKey') && this.draftKey) {
      this.values = readDraft(this.draftKey) ?? this.values;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') || changed.has('mode')) this.syncDialog();
  }

  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;

    if (this.open && this.mode === 'modal' && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.showModal();
      this.holdPage();
      this.focusInitially();
    } else if (!this.open && dialog.open) {
      dialog.close();
      this.afterClose();
    }
  }

  /** Gives the page back its scrolling and focus, once per opening. */
  private afterClose(): void {
    if (this.pageOverflow === undefined) return;

    this.releasePage();
    this.restoreFocus();
  }

  /**
   * Focuses the first field. Opened in the same task that created it, the
   * field has no input yet: focus follows once it renders, unless the
   * person has moved it meanwhile.
   */
  private focusInitially(): void {
    const target = this.initialFocus();
    if (!target) return;

    target.focus();
    if (target.matches(':focus-within')) return;

    const placed = deepActiveElement();
    void (target as Partial<LitElement>).updateComplete?.then(() => {
      if (deepActiveElement() === placed) target.focus();
    });
  }

  /** A slotted element with `autofocus`, else the first field. */
  private initialFocus(): HTMLElement | undefined {
    return (
      this.querySelector<HTMLElement>('[autofocus]') ??
      this.renderRoot.querySelector<HTMLElement>(
        '#panel-contacts :is(contact-field, support-hours-picker):not([disabled])'
      ) ??
      undefined
    );
  }

  /** The page behind a modal must not scroll under it. */
  private holdPage(): void {
    const root = document.documentElement;
    this.pageOverflow ??= root.style.overflow;
    root.style.overflow = 'hidden';
  }

  private releasePage(): void {
    if (this.pageOverflow === undefined) return;

    document.documentElement.style.overflow = this.pageOverflow;
    this.pageOverflow = undefined;
  }

  /** Back to the opener, or to the host's fallback; never to `<body>`. */
  private restoreFocus(): void {
    const fallback =
      typeof this.returnFocus === 'string'
        ? this.returnFocus
          ? document.getElementById(this.returnFocus)
          : null
        : this.returnFocus;
    const opener = this.opener;
    const target =
      opener instanceof HTMLElement &&
      opener.isConnected &&
      opener !== document.body
        ? opener
        : fallback;
    this.opener = null;
    target?.focus();
  }

  /** Keeps Tab and Shift+Tab inside the modal: the sentinels wrap it. */
  private wrapFocus(toEnd: boolean): void {
    const stops = tabbableElements(this.dialog!).filter(
      (element) => !element.classList.contains('sentinel')
    );
    const target = toEnd ? stops.at(-1) : stops[0];
    target?.focus();
  }

  private onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.mode !== 'page' || !this.hasUnsavedChanges) return;

    // Browsers show their own question; the text is not used.
    event.preventDefault();
  };

  protected override render(): TemplateResult {
    const content = this.renderContent();
    if (this.mode === 'page') {
      return html`<section part="page" class="surface" aria-labelledby="title">
        ${content}
      </section>`;
    }

    // closedby="none": Escape and light dismiss never close a blocking
    // modal; cancel is not cancelable on a second Escape (close watchers).
    return html`
      <dialog
        part="dialog"
        class="surface"
        aria-labelledby="title"
        aria-describedby="intro"
        closedby=${this.dismissible ? 'closerequest' : 'none'}
        @cancel=${this.onCancel}
        @close=${this.onDialogClose}
      >
        <span
          class="sentinel"
          tabindex="0"
          @focus=${() => this.wrapFocus(true)}
        ></span>
        ${content}
        <span
          class="sentinel"
          tabindex="0"
          @focus=${() => this.wrapFocus(false)}
        ></span>
      </dialog>
    `;
  }

  private renderContent(): TemplateResult {
    return html`
      ${this.renderHeader()}
      <div
        role="tablist"
        part="tabs"
        class="tabs"
        aria-label=${msg('Sections')}
        @keydown=${this.onTabKeydown}
      >
        ${this.renderTab('contacts', msg('Contact information'))}
        ${this.renderTab('users', msg('Users'))}
      </div>
      <div
        role="tabpanel"
        id="panel-contacts"
        aria-labelledby="tab-contacts"
        ?hidden=${this.tab !== 'contacts'}
      >
        ${this.renderForm()}
      </div>
      <div
        role="tabpanel"
        id="panel-users"
        aria-labelledby="tab-users"
        ?hidden=${this.tab !== 'users'}
      >
        ${this.renderUsers()}
      </div>
    `;
  }

  private renderHeader(): TemplateResult {
    const platform = this.platformName || 'Google';
    return html`
      <header part="header" class="header">
        <h2 id="title">${msg('Contact information')}</h2>
        <nav class="links" aria-label=${msg('Help')}>
          <slot name="actions"></slot>
          ${
            this.supportHref
              ? html`<a
                  href=${this.supportHref}
                  @click=${(event: Event) => this.onLink(event, 'support-request')}
                  >${msg('Contact support')}</a
                >`
              : nothing
          }
          ${
            this.helpHref
              ? html`<a
                  href=${this.helpHref}
                  @click=${(event: Event) => this.onLink(event, 'help-request')}
                  >${msg('Help guide')}</a
                >`
              : nothing
          }
          ${
            this.dismissible && this.mode === 'modal'
              ? html`<button
                  type="button"
                  class="close"
                  aria-label=${msg('Close')}
                  @click=${() => this.requestClose('close-button')}
                >
                  ×
                </button>`
              : nothing
          }
        </nav>
        <p id="intro" class="intro">
          ${msg(
            str`Tell ${platform} whom to contact about your integration before you continue. This information applies to the whole account, so one person fills it in for everyone.`
          )}
        </p>
      </header>
    `;
  }

  private renderTab(tab: Tab, label: string): TemplateResult {
    const selected = this.tab === tab;
    return html`<button
      type="button"
      role="tab"
      id="tab-${tab}"
      aria-controls="panel-${tab}"
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? '0' : '-1'}
      @click=${() => this.selectTab(tab)}
    >
      ${label}
    </button>`;
  }

  private renderForm(): TemplateResult {
    const saving = this.saveStatus.state === 'saving';
    return html`
      <form
        novalidate
        @submit=${this.onSubmit}
        @input=${this.onFieldInput}
        @change=${this.onFieldChange}
      >
        ${this.renderSummary()}
        ${
          this.saveStatus.state === 'failed'
            ? html`<p class="save-error" role="alert">
                ${
                  this.saveStatus.message ||
                  msg('Your information could not be saved. Try again.')
                }
              </p>`
            : nothing
        }
        ${this.renderAlertContacts()}
        ${this.renderAddressField('technicalEmergency', 'list')}
        ${this.renderAddressField('technicalNonEmergency', 'list')}
        ${
          this.merchantIssues
            ? this.renderAddressField('merchantIssues', 'list')
            : nothing
        }
        ${this.renderAddressField('operationsPlatform', 'list', msg('Only for the platform'))}
        ${this.renderAddressField('operationsPublic', 'single', msg('Visible to users'))}
        ${this.renderHours()}
        <div class="actions">
          <button
            type="submit"
            part="submit"
            class="primary"
            aria-disabled=${saving ? 'true' : 'false'}
            ?disabled=${
              this.mode === 'page' &&
              this.value !== undefined &&
              !this.hasUnsavedChanges
            }
          >
            ${saving ? msg('Saving…') : msg('Save')}
          </button>
        </div>
      </form>
    `;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;

    return html`
      <div
        id="summary"
        part="summary"
        class="summary"
        tabindex="-1"
        role="alert"
      >
        <p>${problemCountMessage(this.summary.length)}</p>
        <ul>
          ${this.summary.map(
            (entry) =>
              html`<li>
                <a
                  href="#field-${entry.key}"
                  @click=${(event: Event) => this.focusField(event, entry.key)}
                  >${entry.label}: ${entry.message}</a
                >
              </li>`
          )}
        </ul>
      </div>
    `;
  }

  private renderAlertContacts(): TemplateResult {
    const sandbox = this.environment !== 'production';
    const words = fieldWords('alertContacts', this.platformName);
    return html`
      <contact-field
        id="field-alertContacts"
        name="alertContacts"
        kind="users"
        autocomplete="off"
        .label=${words.label}
        .help=${sandbox ? `${words.help} ${sandboxNote()}` : words.help}
        .users=${this.users}
        .value=${sandbox ? '' : this.values.alertContacts}
        ?required=${!sandbox}
        ?disabled=${sandbox}
        >${this.renderLabelSlot('alertContacts', words.label)}</contact-field
      >
    `;
  }

  private renderAddressField(
    key: Exclude<ContactKey, 'operationalSupport' | 'alertContacts'>,
    kind: 'single' | 'list',
    audience?: string
  ): TemplateResult {
    const words = fieldWords(key, this.platformName);
    const label = audience ? `${words.label} · ${audience}` : words.label;
    return html`
      <contact-field
        id="field-${key}"
        name=${key}
        kind=${kind}
        .label=${label}
        .help=${words.help}
        .value=${this.values[key]}
        required
        >${this.renderLabelSlot(key, label)}</contact-field
      >
    `;
  }

  private renderHours(): TemplateResult {
    const words = fieldWords('operationalSupport', this.platformName);
    return html`
      <support-hours-picker
        id="field-operationalSupport"
        name="operationalSupport"
        .label=${words.label}
        .help=${words.help}
        .value=${this.values.operationalSupport}
        required
        >${this.renderLabelSlot('operationalSupport', words.label)}</support-hours-picker
      >
    `;
  }

  /**
   * Passes a host's own label for a field (slot `label-<key>`) through to
   * the field; without one, the library's label in the active locale.
   */
  private renderLabelSlot(key: ContactKey, label: string): TemplateResult {
    return html`<slot name="label-${key}" slot="label">${label}</slot>`;
  }

  /** A field's label as the person sees it, host-supplied or ours. */
  private labelText(key: ContactKey, element: Element): string {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>(
      `slot[name="label-${key}"]`
    );
    const own = slot
      ?.assignedNodes({flatten: true})
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    return own || (element as ContactField).label;
  }

  private renderUsers(): TemplateResult {
    const status = this.accessStatus;
    return html`
      <p>
        ${msg(
          'If someone else in your organisation should fill in this information, give them access to the portal.'
        )}
      </p>
      <h3>${msg('Portal users')}</h3>
      <ul class="users">
        ${this.users.map(
          (user) =>
            html`<li>
              <span class="name">${user.name}</span>
              <span class="email">${displayAddress(user.email)}</span>
            </li>`
        )}
      </ul>
      <form novalidate class="grant" @submit=${this.onGrant}>
        <contact-field
          id="grant-email"
          name="email"
          autocomplete="off"
          .label=${msg('Colleague’s email address')}
          required
        ></contact-field>
        <button
          type="submit"
          aria-disabled=${status.state === 'sending' ? 'true' : 'false'}
        >
          ${status.state === 'sending' ? msg('Sending…') : msg('Grant access')}
        </button>
        <p role="status" class="grant-status">${grantStatusText(status)}</p>
      </form>
    `;
  }

  // --- Tabs -----------------------------------------------------------

  private selectTab(tab: Tab, focus = false): void {
    this.tab = tab;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus()
      );
    }
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const order: Tab[] = ['contacts', 'users'];
    const index = order.indexOf(this.tab);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % order.length,
      ArrowLeft: (index - 1 + order.length) % order.length,
      Home: 0,
      End: order.length - 1,
    };
    if (!(event.key in next)) return;

    event.preventDefault();
    this.selectTab(order[next[event.key]], true);
  }

  // --- Fields ---------------------------------------------------------

  private fields(): Map<ContactKey, ContactField | SupportHoursPicker> {
    const found = new Map<ContactKey, ContactField | SupportHoursPicker>();
    for (const key of CONTACT_KEYS) {
      const element = this.renderRoot.querySelector<
        ContactField | SupportHoursPicker
      >(`#field-${key}`);
      if (element) found.set(key, element);
    }
    return found;
  }

  private onFieldInput(event: Event): void {
    const target = event.target;
    if (!(
      target instanceof ContactField || target instanceof SupportHoursPicker
    )) {
      return;
    }

    // The record's rules are needed at the first change or submit, which
    // try again if this load fails.
    if (!validation) loadValidation().catch(() => undefined);
    // A server's message about a field no longer applies once it changes.
    if (this.serverErrors.delete(target)) target.setCustomValidity('');
    const key = target.name as ContactKey;
    const unsaved = this.mode === 'page' && this.hasUnsavedChanges;
    this.values = {...this.values, [key]: target.value};
    // Only the page's Save button shows whether anything changed.
    if (this.mode === 'page' && this.hasUnsavedChanges !== unsaved) {
      this.requestUpdate();
    }
    if (this.draftKey) writeDraft(this.draftKey, this.values, this.baseline);
  }

  private async onFieldChange(): Promise<void> {
    const input = this.readInput();
    // Limitation: while the record's rules cannot be loaded (the network
    // is down), changes fire no `record-change`.
    const rules = await loadValidation().catch(() => undefined);
    if (!rules) return;

    const result = rules.validateContactRecord(input, this.settings);
    this.dispatchEvent(
      new CustomEvent('record-change', {
        bubbles: true,
        composed: true,
        detail: {
          record: result.success ? result.record : this.partialRecord(),
          valid: result.success,
        },
      })
    );
  }

  private focusField(event: Event, key: ContactKey): void {
    event.preventDefault();
    this.fields().get(key)?.focus();
  }

  /** What the fields hold, in the shape the record schema reads. */
  private readInput(): Record<string, unknown> {
    const input: Record<string, unknown> = {version: 1};
    for (const [key, element] of this.fields()) {
      if (element instanceof SupportHoursPicker) input[key] = element.value;
      else if (key === 'operationsPublic') input[key] = element.value;
      else input[key] = element.addresses;
    }
    return input;
  }

  private partialRecord(): Partial<ContactRecord> {
    const record: Record<string, unknown> = {version: 1};
    for (const [key, element] of this.fields()) {
      if (element.matches(':disabled')) continue;
      record[key] =
        element instanceof SupportHoursPicker
          ? element.value
          : key === 'operationsPublic'
            ? (parseAddressList(element.value).addresses[0] ?? '')
            : element.addresses;
    }
    return record as Partial<ContactRecord>;
  }

  // --- Submitting -----------------------------------------------------

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saveStatus.state === 'saving' || this.checking) return;

    const fields = this.fields();
    const summary: SummaryEntry[] = [];
    for (const [key, element] of fields) {
      // Fires `invalid`, which makes each field show its message.
      if (!element.checkValidity()) {
        summary.push({
          key,
          label: this.labelText(key, element),
          message: element.validationMessage,
        });
      }
    }
    let result: RecordValidation | undefined;
    try {
      result = summary.length === 0 ? await this.checkRecord() : undefined;
    } catch {
      this.saveStatus = {state: 'failed', message: ''};
      return;
    }
    if (!result?.success) {
      // The fields and the record share their rules, so this only catches
      // a record-level problem that no single field reports.
      if (result && !result.success) {
        for (const error of result.errors) {
          const element = fields.get(error.field);
          summary.push({
            key: error.field,
            label: element ? this.labelText(error.field, element) : '',
            message: msg('Check this field.'),
          });
        }
      }
      this.summary = summary;
      await this.updateComplete;
      this.summaryBox?.focus();
      return;
    }

    this.summary = [];
    await this.save(result.record);
  }

  /** The whole record, by the same rules a host's server applies. */
  private async checkRecord(): Promise<RecordValidation> {
    const input = this.readInput();
    this.checking = true;
    try {
      const {validateContactRecord} = await loadValidation();
      return validateContactRecord(input, this.settings);
    } finally {
      this.checking = false;
    }
  }

  private async save(record: ContactRecord): Promise<void> {
    const pending = request(this, 'save-request', {record});
    if (pending.canceled) return;

    if (pending.answer) {
      this.saveStatus = {state: 'saving'};
      const outcome = await settle(pending.answer);
      if (!outcome.ok) {
        this.saveStatus = {state: 'failed', message: outcome.message ?? ''};
        this.showServerErrors(outcome.fieldErrors);
        return;
      }
    }

    this.saveStatus = {state: 'idle'};
    this.baseline = this.values;
    if (this.draftKey) clearDraft(this.draftKey);
    this.dispatchEvent(
      new CustomEvent('record-complete', {
        bubbles: true,
        composed: true,
        detail: {record},
      })
    );
    if (this.mode === 'modal') this.open = false;
  }

  private showServerErrors(
    errors: Partial<Record<ContactKey, string>> | undefined
  ): void {
    if (!errors) return;

    const fields = this.fields();
    for (const [key, message] of Object.entries(errors)) {
      const element = fields.get(key as ContactKey);
      if (!element || !message) continue;

      element.setCustomValidity(message);
      this.serverErrors.add(element);
      element.checkValidity();
    }
  }

  // --- Users ----------------------------------------------------------

  private async onGrant(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.accessStatus.state === 'sending') return;

    const field = this.renderRoot.querySelector<ContactField>('#grant-email');
    if (!field || !field.checkValidity()) {
      // An earlier outcome is not this address's.
      this.accessStatus = {state: 'idle'};
      field?.focus();
      return;
    }

    const [email] = field.addresses;
    // No request for someone who has access already.
    const user = findPortalUser(email, this.users);
    if (user) {
      this.accessStatus = {state: 'member', user};
      return;
    }

    const pending = request(this, 'access-request', {email, access: 'portal'});
    if (pending.canceled) return;

    this.accessStatus = {state: 'sending'};
    const outcome = await settle(
      pending.answer ?? Promise.resolve<HostAnswer>(true)
    );
    this.accessStatus = outcome.ok
      ? {state: 'granted', email}
      : {state: 'failed', message: outcome.message ?? ''};
    if (outcome.ok) field.value = '';
  }

  // --- Links and closing ----------------------------------------------

  private onLink(event: Event, type: 'support-request' | 'help-request'): void {
    const href = (event.currentTarget as HTMLAnchorElement).href;
    const allowed = this.dispatchEvent(
      new CustomEvent(type, {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: {href},
      })
    );
    if (!allowed) event.preventDefault();
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    if (this.dismissible) this.requestClose('escape');
  }

  private requestClose(reason: CloseReason): void {
    const allowed = this.dispatchEvent(
      new CustomEvent('close-request', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: {reason},
      })
    );
    if (allowed) this.open = false;
  }

  private onDialogClose(): void {
    // The platform may close the dialog on its own; keep `open` true to it.
    this.open = this.dialog?.open ?? false;
    this.afterClose();
  }
}

function emptyValues(): FormValues {
  return {
    alertContacts: '',
    technicalEmergency: '',
    technicalNonEmergency: '',
    merchantIssues: '',
    operationsPlatform: '',
    operationsPublic: '',
    operationalSupport: undefined,
  };
}

let validation: Promise<typeof import('../record/schema.js')> | undefined;

/**
 * The record's schema and zod, loaded once the person starts typing
 * rather than with the page: opening the modal does not need them.
 */
function loadValidation(): Promise<typeof import('../record/schema.js')> {
  validation ??= import('../record/schema.js').catch((error: unknown) => {
    // Loaded again at the next call: a network blip must not stick.
    validation = undefined;
    throw error;
  });
  return validation;
}

function sameValues(a: FormValues, b: FormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const DRAFT_PREFIX = 'contact-info-draft:';

// Drafts hold personal contacts: sessionStorage, never localStorage, and
// nothing when storage is unavailable (private modes, sandboxed frames).
function readDraft(key: string): FormValues | undefined {
  try {
    const text = sessionStorage.getItem(DRAFT_PREFIX + key);
    if (!text) return undefined;

    const draft: unknown = JSON.parse(text);
    return isFormValues(draft) ? draft : undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string, values: FormValues, baseline: FormValues) {
  try {
    if (sameValues(values, baseline)) {
      sessionStorage.removeItem(DRAFT_PREFIX + key);
    } else {
      sessionStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(values));
    }
  } catch {
    // Limitation: without storage, a reload loses the draft.
  }
}

function clearDraft(key: string) {
  try {
    sessionStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing was stored.
  }
}

function isFormValues(value: unknown): value is FormValues {
  if (typeof value !== 'object' || value === null) return false;

  const record = value as Record<string, unknown>;
  return CONTACT_KEYS.every((key) =>
    key === 'operationalSupport'
      ? record[key] === undefined || Array.isArray(record[key])
      : typeof record[key] === 'string'
  );
}

/**
 * The form's text from a stored record. Whatever the host passes, the form
 * shows what it can read of it and the fields say what is wrong.
 */
function valuesFrom(record: unknown): FormValues {
  const values = emptyValues();
  if (typeof record !== 'object' || record === null) return values;

  const stored = record as Record<string, unknown>;
  for (const key of CONTACT_KEYS) {
    if (key === 'operationalSupport') continue;

    values[key] = addressText(stored[key]);
  }
  const hours = stored.operationalSupport;
  values.operationalSupport = Array.isArray(hours) ? hours : undefined;
  return values;
}

function grantStatusText(status: AccessStatus): string {
  switch (status.state) {
    case 'granted':
      return msg(str`${displayAddress(status.email)} can now use the portal.`);
    case 'member':
      return msg(
        str`${status.user.name} (${displayAddress(status.user.email)}) already uses the portal.`
      );
    case 'failed':
      return status.message || msg('Access could not be granted. Try again.');
    default:
      return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-info-modal': ContactInfoModal;
  }
}
