import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import {
  displayAddress,
  findPortalUser,
  parseAddressList,
  sameAddress,
} from '../record/address.js';
import type {AddressProblem, PortalUser} from '../record/types.js';
import {
  FormAssociatedElement,
  type ControlValidity,
  type FormValue,
} from '../form-control/form-associated-element.js';
import {submitImplicitly} from '../form-control/implicit-submission.js';
import {addressProblemMessage} from '../localization/messages.js';
import {styles} from './contact-field.styles.js';

/** What a field holds: one address, a list, or portal users. */
export type ContactFieldKind = 'single' | 'list' | 'users';

// Typing one of these in a list commits what comes before it.
const SEPARATOR = /[,;\n\t]/;

/**
 * One contact field that works inside any form, like a native input: its
 * value goes into `FormData` under its `name` (a list gives one entry per
 * address), and it follows `required`, `disabled`, reset, restore and the
 * constraint validation API. Messages are the library's own, in the active
 * locale, and appear when a person expects them: after leaving the field,
 * committing an address or submitting.
 *
 * @tagname contact-field
 * @summary A form-associated e-mail contact field: one address, a list, or
 * portal users.
 *
 * @slot label - The label, when it needs more than the `label` text.
 * @slot help - Help text under the label, instead of the `help` text.
 *
 * @fires input - When the person changes the value (native `InputEvent`).
 * @fires change - When the person commits a changed value.
 * @fires invalid - When validity is checked and the value is invalid.
 *
 * @csspart label - The label.
 * @csspart help - The help text.
 * @csspart control - The box around the chips and the text input.
 * @csspart input - The text input.
 * @csspart chips - The list of committed addresses.
 * @csspart chip - One committed address.
 * @csspart chip-remove - The button that removes a committed address.
 * @csspart listbox - The list of matching portal users.
 * @csspart option - One portal user in that list.
 * @csspart error - The message that says what is wrong.
 *
 * @cssprop --contact-field-accent - Focus ring and active option colour.
 * @cssprop --contact-field-border - The control's border colour.
 * @cssprop --contact-field-error - Colour of errors and invalid borders.
 * @cssprop --contact-field-radius - Corner radius of the control and chips.
 * @cssprop --contact-field-chip-background - Background of the chips.
 */
export class ContactField extends FormAssociatedElement {
  static override styles = styles;

  /** `single` (one address), `list` (several) or `users` (portal users). */
  @property({reflect: true}) kind: ContactFieldKind = 'single';

  /** The visible label; the `label` slot or a page `<label for>` also work. */
  @property() label = '';

  /** Help text under the label. */
  @property() help = '';

  @property() placeholder = '';

  /** Forwarded to the inner input, e.g. `email` or `off`. */
  @property() autocomplete = 'email';

  /**
   * The default value: one address, or several separated by commas. Form
   * reset returns to it. Read `value` for what the field holds now.
   */
  @property({attribute: 'value'}) defaultValue = '';

  /** The portal users a `users` field picks from. */
  @property({attribute: false}) users: readonly PortalUser[] = [];

  /** Committed addresses of a list, normalised. */
  @state() private chips: string[] = [];

  /** What is in the text input, as typed. */
  @state() private draft = '';

  @state() private activeOption = -1;

  @state() private listOpen = false;

  /** A chip that a first Backspace selected and a second one removes. */
  @state() private selectedChip = -1;

  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement;

  private composing = false;

  /** Whether the value was changed by the person or by `value`. */
  private dirty = false;

  /** The value at the last `change` event, to fire it only on changes. */
  private committedValue = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** What the field holds now: addresses and any text not yet committed. */
  get value(): string {
    if (this.kind === 'single') return this.draft;

    return [...this.chips, this.draft.trim()].filter(Boolean).join(', ');
  }

  set value(text: string) {
    const next = String(text ?? '');
    this.dirty = true;
    if (next === this.value) return;

    this.applyText(next);
    this.committedValue = this.value;
  }

  /** The good addresses the field holds, normalised, without duplicates. */
  get addresses(): string[] {
    const parsed = parseAddressList(this.draft);
    const result = [...this.chips];
    for (const address of parsed.addresses) {
      if (!result.some((known) => sameAddress(known, address))) {
        result.push(address);
      }
    }
    return result;
  }

  private get isList(): boolean {
    return this.kind !== 'single';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.dirty) {
      this.applyText(this.defaultValue);
      this.committedValue = this.value;
    }
  }

  protected override firstUpdated(): void {
    this.input.value = this.draft;
  }

  protected override render(): TemplateResult {
    const message = this.visibleMessage();
    const pageLabel = this.label ? '' : this.pageLabelText();
    return html`
      <label part="label" id="label" for="input">
        <slot name="label">${this.label}</slot>
      </label>
      <div part="help" id="help" class="help">
        <slot name="help">${this.help}</slot>
      </div>
      <div
        part="control"
        class="control"
        ?data-invalid=${Boolean(message)}
        ?data-disabled=${this.isDisabled}
      >
        ${this.isList ? this.renderChips() : nothing}
        <input
          id="input"
          part="input"
          type="text"
          inputmode="email"
          spellcheck="false"
          autocapitalize="off"
          autocomplete=${this.autocomplete}
          placeholder=${this.placeholder || nothing}
          aria-label=${pageLabel || nothing}
          aria-describedby="help error"
          aria-invalid=${message ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          role=${this.kind === 'users' ? 'combobox' : nothing}
          aria-autocomplete=${this.kind === 'users' ? 'list' : nothing}
          aria-expanded=${this.kind === 'users'
            ? String(this.listOpen && this.matchingUsers().length > 0)
            : nothing}
          aria-controls=${this.kind === 'users' ? 'listbox' : nothing}
          aria-activedescendant=${this.activeOption >= 0
            ? `option-${this.activeOption}`
            : nothing}
          ?disabled=${this.isDisabled}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
          @paste=${this.onPaste}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
        />
      </div>
      ${this.kind === 'users' ? this.renderListbox() : nothing}
      <div part="error" id="error" class="error">${message}</div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderChips(): TemplateResult | typeof nothing {
    if (this.chips.length === 0) return nothing;

    return html`
      <ul part="chips" class="chips" aria-label=${msg('Added addresses')}>
        ${this.chips.map((address, index) => {
          const name = this.chipName(address);
          return html`
            <li
              part="chip"
              class="chip"
              ?data-selected=${index === this.selectedChip}
            >
              <span>${name}</span>
              <button
                type="button"
                part="chip-remove"
                tabindex="-1"
                aria-label=${msg(str`Remove ${name}`)}
                ?disabled=${this.isDisabled}
                @click=${() => this.removeChip(index)}
              >
                ×
              </button>
            </li>
          `;
        })}
      </ul>
    `;
  }

  private renderListbox(): TemplateResult {
    const users = this.listOpen ? this.matchingUsers() : [];
    return html`
      <ul
        id="listbox"
        part="listbox"
        role="listbox"
        aria-label=${msg('Portal users')}
        ?hidden=${users.length === 0}
      >
        ${users.map(
          (user, index) => html`
            <li
              id="option-${index}"
              part="option"
              role="option"
              aria-selected=${index === this.activeOption ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.chooseUser(user)}
            >
              <span class="name">${user.name}</span>
              <span class="email">${displayAddress(user.email)}</span>
            </li>
          `
        )}
      </ul>
    `;
  }

  /** How a chip names its address: a portal user by name and address. */
  private chipName(address: string): string {
    const user =
      this.kind === 'users' ? findPortalUser(address, this.users) : undefined;
    const shown = displayAddress(address);
    return user ? `${user.name} (${shown})` : shown;
  }

  /** The text of page labels (`<label for>`), when the field has none. */
  private pageLabelText(): string {
    if (!this.hasUpdated) return '';

    const slotted = this.querySelector('[slot="label"]');
    if (slotted) return '';

    return Array.from(this.internals.labels, (label) =>
      (label.textContent ?? '').trim()
    )
      .filter(Boolean)
      .join(' ');
  }

  private matchingUsers(): readonly PortalUser[] {
    const query = this.draft.trim().toLowerCase();
    return this.users.filter(
      (user) =>
        !this.chips.some((chip) => sameAddress(chip, user.email)) &&
        (query === '' ||
          user.name.toLowerCase().includes(query) ||
          user.email.toLowerCase().includes(query))
    );
  }

  // --- What the person does -------------------------------------------

  private onInput(event: InputEvent): void {
    this.dirty = true;
    this.draft = this.input.value;
    this.selectedChip = -1;
    // Nothing is committed or validated in the middle of a composition.
    if (event.isComposing || this.composing) return;

    this.afterTextChange();
  }

  private afterTextChange(): void {
    this.listOpen = this.kind === 'users';
    this.activeOption = -1;
    if (this.isList && SEPARATOR.test(this.draft)) this.commitTyped();
    this.syncFormControl();
  }

  private onCompositionStart(): void {
    this.composing = true;
  }

  private onCompositionEnd(): void {
    this.composing = false;
    // Blink sends no input event after compositionend.
    this.draft = this.input.value;
    this.afterTextChange();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Blink and Gecko send the IME's own Enter with isComposing; WebKit
    // sends it after compositionend, with keyCode 229 only.
    if (event.isComposing || this.composing || event.keyCode === 229) return;

    if (this.kind === 'users' && this.navigateList(event)) return;

    switch (event.key) {
      case 'Enter':
        this.onEnter(event);
        return;
      case 'Tab':
        if (this.isList && this.draft.trim()) this.commitDraft();
        return;
      case 'Backspace':
        this.onBackspace(event);
        return;
      default:
        this.selectedChip = -1;
    }
  }

  private onEnter(event: KeyboardEvent): void {
    if (this.isList && this.draft.trim()) {
      event.preventDefault();
      this.commitDraft();
      return;
    }

    // Like a native text input: submit the owning form, nothing outside.
    event.preventDefault();
    this.fireChangeIfChanged();
    if (this.form) submitImplicitly(this.form);
  }

  private onBackspace(event: KeyboardEvent): void {
    const input = this.input;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    if (!this.isList || this.chips.length === 0 || !atStart) return;

    event.preventDefault();
    const last = this.chips.length - 1;
    if (this.selectedChip === last) {
      this.removeChip(last);
      return;
    }

    this.selectedChip = last;
    const name = this.chipName(this.chips[last]);
    this.announcement = msg(
      str`${name} selected. Press Backspace again to remove it.`
    );
  }

  /** Arrow keys, Enter and Escape in the portal-user list. */
  private navigateList(event: KeyboardEvent): boolean {
    const users = this.matchingUsers();
    const count = users.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this.listOpen = true;
        if (count === 0) return true;

        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.activeOption = (this.activeOption + step + count) % count;
        return true;
      }
      case 'Enter':
        if (!this.listOpen || this.activeOption < 0) return false;

        event.preventDefault();
        this.chooseUser(users[this.activeOption]);
        return true;
      case 'Escape':
        if (!this.listOpen) return false;

        event.preventDefault();
        event.stopPropagation();
        this.listOpen = false;
        this.activeOption = -1;
        return true;
      default:
        return false;
    }
  }

  private onPaste(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/plain');
    if (pasted === undefined || this.composing) return;

    // A single-line input would drop the newlines that separate pasted
    // addresses, so the text is placed here instead.
    event.preventDefault();
    const input = this.input;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const before = input.value.slice(0, start);
    const after = input.value.slice(end);
    this.dirty = true;
    if (this.isList) {
      this.draft = `${before}${pasted}${after}`;
      this.commitDraft();
      return;
    }

    const parsed = parseAddressList(pasted);
    const cleaned =
      parsed.addresses.length === 1 && parsed.problems.length === 0
        ? parsed.addresses[0]
        : pasted.replace(/\s+/g, ' ').trim();
    this.setDraft(`${before}${cleaned}${after}`);
    this.input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertFromPaste',
      })
    );
  }

  private onFocus(): void {
    if (this.kind === 'users') this.listOpen = this.draft.trim() !== '';
  }

  private onBlur(): void {
    this.listOpen = false;
    this.activeOption = -1;
    this.selectedChip = -1;
    if (this.composing) return;

    if (this.isList && this.draft.trim()) this.commitDraft();
    if (this.dirty) this.showProblems = true;
    this.fireChangeIfChanged();
    this.syncFormControl();
  }

  private chooseUser(user: PortalUser): void {
    this.addChips([user.email]);
    this.setDraft('');
    this.listOpen = false;
    this.activeOption = -1;
    this.notifyInput();
  }

  private removeChip(index: number): void {
    const name = this.chipName(this.chips[index]);
    this.chips = this.chips.filter((_, i) => i !== index);
    this.selectedChip = -1;
    this.dirty = true;
    this.announcement = msg(str`Removed ${name}.`);
    this.input.focus();
    this.notifyInput();
  }

  // --- Committing -----------------------------------------------------

  /** Commits what precedes the last separator typed, if all of it is good. */
  private commitTyped(): void {
    const text = this.draft;
    const cut = lastSeparator(text);
    const head = text.slice(0, cut);
    const parsed = parseAddressList(head);
    const accepted = this.acceptable(parsed.addresses);
    if (parsed.problems.length > 0 || accepted.refused.length > 0) return;

    this.addChips(accepted.addresses);
    this.setDraft(text.slice(cut + 1).trimStart());
  }

  /**
   * Commits every good address of the draft; what is not an address stays
   * in the input, so nothing typed is lost, and its problem is shown.
   */
  private commitDraft(): void {
    const parsed = parseAddressList(this.draft);
    const accepted = this.acceptable(parsed.addresses);
    this.addChips(accepted.addresses);
    const left = [
      ...parsed.problems.map((problem) => problem.input),
      ...accepted.refused,
    ];
    this.setDraft(left.join(', '));
    if (left.length > 0) this.showProblems = true;
    this.notifyInput();
    this.fireChangeIfChanged();
  }

  /** Splits addresses into those the field takes and those it refuses. */
  private acceptable(addresses: string[]): {
    addresses: string[];
    refused: string[];
  } {
    if (this.kind !== 'users') return {addresses, refused: []};

    const taken: string[] = [];
    const refused: string[] = [];
    for (const address of addresses) {
      const user = findPortalUser(address, this.users);
      if (user) taken.push(user.email);
      else refused.push(address);
    }
    return {addresses: taken, refused};
  }

  private addChips(addresses: string[]): void {
    const chips = [...this.chips];
    const added: string[] = [];
    for (const address of addresses) {
      if (chips.some((chip) => sameAddress(chip, address))) continue;

      chips.push(address);
      added.push(this.chipName(address));
    }
    this.chips = chips;
    if (added.length > 0) {
      this.announcement = msg(str`Added ${added.join(', ')}.`);
    }
  }

  /** Puts text in the input, unless a composition owns it. */
  private setDraft(text: string): void {
    this.draft = text;
    if (this.input && !this.composing) this.input.value = text;
  }

  private applyText(text: string): void {
    this.selectedChip = -1;
    if (!this.isList) {
      this.chips = [];
      this.setDraft(text);
      this.syncFormControl();
      return;
    }

    const parsed = parseAddressList(text);
    this.chips = [];
    this.addChips(parsed.addresses);
    this.announcement = '';
    this.setDraft(parsed.problems.map((problem) => problem.input).join(', '));
    this.syncFormControl();
  }

  private notifyInput(): void {
    this.syncFormControl();
    this.dispatchEvent(
      new InputEvent('input', {bubbles: true, composed: true})
    );
  }

  private fireChangeIfChanged(): void {
    if (this.value === this.committedValue) return;

    this.committedValue = this.value;
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  // --- Form control ---------------------------------------------------

  /** Problems of the current value, first the most useful one. */
  problems(): AddressProblem[] {
    const parsed = parseAddressList(this.draft);
    const problems = [...parsed.problems];
    const addresses = this.addresses;
    if (this.kind === 'users') {
      for (const address of addresses) {
        if (!findPortalUser(address, this.users)) {
          problems.push({code: 'not-portal-user', input: address});
        }
      }
    }
    if (this.kind === 'single' && parsed.addresses.length > 1) {
      problems.push({code: 'too-many', input: this.draft});
    }
    if (this.required && addresses.length === 0 && problems.length === 0) {
      problems.push({code: 'value-missing', input: ''});
    }
    return problems;
  }

  protected validate(): ControlValidity {
    if (this.isDisabled) return {flags: {}, message: ''};

    const [problem] = this.problems();
    if (!problem) return {flags: {}, message: ''};

    const flags: ValidityStateFlags =
      problem.code === 'value-missing'
        ? {valueMissing: true}
        : problem.code === 'too-many' || problem.code === 'not-portal-user'
          ? {customError: true}
          : {typeMismatch: true};
    return {flags, message: addressProblemMessage(problem)};
  }

  private visibleMessage(): string {
    if (!this.showProblems || this.isDisabled) return '';

    return this.validationMessage;
  }

  // A composition in progress is neither validated nor submitted: the
  // platform keeps what it was told before it began.
  protected override syncFormControl(): void {
    if (!this.composing) super.syncFormControl();
  }

  protected formValue(): FormValue {
    if (!this.isList) {
      const [address] = this.addresses;
      return address !== undefined && this.problems().length === 0
        ? address
        : this.draft;
    }

    const addresses = this.addresses;
    if (!this.name || addresses.length === 0) return null;

    const data = new FormData();
    for (const address of addresses) data.append(this.name, address);
    return data;
  }

  protected override formState(): FormValue {
    return this.value;
  }

  protected validityAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }

  protected isEmpty(): boolean {
    return this.chips.length === 0 && this.draft.trim() === '';
  }

  protected resetValue(): void {
    this.dirty = false;
    this.applyText(this.defaultValue);
    this.committedValue = this.value;
  }

  protected restoreValue(saved: string | FormData): void {
    if (typeof saved !== 'string') return;

    this.applyText(saved);
    this.committedValue = this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }
}

function lastSeparator(text: string): number {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    if (SEPARATOR.test(text[index])) return index;
  }
  return -1;
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-field': ContactField;
  }
}
