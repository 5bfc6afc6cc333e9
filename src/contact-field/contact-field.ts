import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {property, query, state} from 'lit/decorators.js';
import {
  addressKey,
  displayAddress,
  findPortalUser,
  normaliseAddress,
  parseAddressList,
} from '../record/address.js';
import type {AddressProblem, PortalUser} from '../record/types.js';
import {
  FormAssociatedElement,
  type ControlValidity,
  type FormValue,
} from '../form-control/form-associated-element.js';
import {CompositionGuard} from '../form-control/composition-guard.js';
import {submitImplicitly} from '../form-control/implicit-submission.js';
import {activeLocale, followLocale} from '../localization/locale.js';
import {
  addressProblemMessage,
  moreProblemsMessage,
} from '../localization/messages.js';
import {styles} from './contact-field.styles.js';
import {
  addedMessage,
  chipHint,
  chipListName,
  chooseOneMessage,
  editingMessage,
  matchCountMessage,
  portalUsersName,
  removeChipName,
  removedMessage,
  selectedMessage,
} from './words.js';

/** What a field holds: one address, a list, or portal users. */
export type ContactFieldKind = 'single' | 'list' | 'users';

// Typing one of these in a list commits what comes before it.
const SEPARATORS = new Set([',', ';', '\n', '\t', '，', '；']);

/**
 * One contact field that works inside any form, like a native input: its
 * value goes into `FormData` under its `name` (a list gives one entry per
 * address), and it follows `required`, `disabled`, reset, restore and the
 * constraint validation API. Messages are the library's own, in the active
 * locale, and appear when a person expects them: after leaving the field,
 * committing an address or submitting.
 *
 * A list shows committed addresses as chips. Enter, a comma, a semicolon,
 * Tab, leaving the field and pasting commit what was typed. Backspace in
 * the empty input selects the last chip and a second Backspace removes it;
 * Left arrow from the start of the input moves to the chips, where arrows
 * move, Delete removes, and Enter, F2 or a double click puts a chip back
 * into the input to be edited.
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
 * @csspart chip-label - The name of a committed address.
 * @csspart chip-remove - The mark that removes a committed address.
 * @csspart listbox - The list of matching portal users.
 * @csspart option - One portal user in that list.
 * @csspart error - The message that says what is wrong.
 *
 * @cssprop --contact-field-accent - Focus ring and active option colour.
 * @cssprop --contact-field-border - The control's border colour.
 * @cssprop --contact-field-error - Colour of errors and invalid borders.
 * @cssprop --contact-field-radius - Corner radius of the control and chips.
 * @cssprop --contact-field-chip-background - Background of the chips.
 * @cssprop --contact-field-chip-color - Text colour of the chips.
 */
export class ContactField extends FormAssociatedElement {
  static override styles = styles;

  static override blocksImplicitSubmission = true;

  /** `single` (one address), `list` (several) or `users` (portal users). */
  @property({reflect: true}) kind: ContactFieldKind = 'single';

  /** The visible label; the `label` slot or a page `<label for>` also work. */
  @property() label = '';

  /** Help text under the label. */
  @property() help = '';

  /** A hint shown in the empty input; never a replacement for a label. */
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

  /**
   * What is in the text input, as typed. Not reactive: the input shows it
   * already, so a keystroke renders only when what is shown around the
   * input changes (a message, the user list, chips).
   */
  private draft = '';

  @state() private activeOption = -1;

  @state() private listOpen = false;

  /** The chip that has the focus, or -1 while the text input has it. */
  @state() private selectedChip = -1;

  @state() private announcement = '';

  @query('#input') private input!: HTMLInputElement;

  @query('#error', true) private error!: HTMLElement;

  private readonly composition = new CompositionGuard(this);

  /** Whether the value was changed by the person or by `value`. */
  private dirty = false;

  /** The value at the last `change` event, to fire it only on changes. */
  private committedValue = '';

  /** Where a chip taken back for editing returns when committed again. */
  private editingAt = -1;

  /** The last validity worked out, and the state it was worked out for. */
  private lastValidity?: {
    key: string;
    users: readonly PortalUser[];
    validity: ControlValidity;
  };

  constructor() {
    super();
    followLocale(this);
    this.addEventListener('focusout', this.onFocusOut);
  }

  /**
   * What the field holds now: the address (normalised when it is one good
   * address) or, for a list, the addresses and any text not yet committed,
   * separated by commas.
   */
  get value(): string {
    if (this.kind === 'single') return this.singleValue();

    return [...this.chips, this.draft.trim()].filter(Boolean).join(', ');
  }

  set value(text: string) {
    const next = String(text ?? '');
    this.dirty = true;
    if (next === this.value) return;

    this.applyText(next);
    this.committedValue = this.value;
  }

  /**
   * The good addresses the field holds, normalised, without duplicates; in
   * a user picker, only those of portal users.
   */
  get addresses(): string[] {
    const parsed = parseAddressList(this.draft);
    return [
      ...this.chips,
      ...withoutKnown(this.acceptable(parsed.addresses).addresses, this.chips),
    ];
  }

  private get isList(): boolean {
    return this.kind !== 'single';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') && changed.get('kind') !== undefined) {
      this.applyText([...this.chips, this.draft].join(', '));
    }
    if (changed.has('defaultValue') && !this.dirty) {
      this.applyText(this.defaultValue);
      this.committedValue = this.value;
    }
    super.willUpdate(changed);
    // Once the value is good again, the next mistake waits for the next
    // commit or leave instead of showing at the first character.
    if (this.showProblems && this.validity.valid) this.showProblems = false;
  }

  protected override firstUpdated(): void {
    this.input.value = this.draft;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showMessage();
  }

  // While a message is shown, each keystroke may change its words (it
  // quotes the text): writing them costs far less than a render. Only a
  // message that appears or goes changes what else the field shows.
  protected override messageChanged(before: string, after: string): void {
    if (before && after && this.hasUpdated) this.showMessage();
    else this.requestUpdate();
  }

  /** The message under the input; the template leaves its text to this. */
  private showMessage(): void {
    const text = this.visibleMessage();
    if (this.error.textContent !== text) this.error.textContent = text;
  }

  // Text is bound as `.textContent` rather than as child content, which
  // needs a marker node: a page of many fields holds fewer nodes.
  protected override render(): TemplateResult {
    const message = this.visibleMessage();
    const users = this.kind === 'users';
    const options = users && this.listOpen ? this.matchingUsers() : [];
    const expanded = options.length > 0;
    return html`
      <label
        part="label"
        id="label"
        for="input"
        ?hidden=${!this.label && !this.hasSlotted('label')}
      >
        <slot
          name="label"
          .textContent=${this.label}
          @slotchange=${this.onSlotChange}
        ></slot>
      </label>
      <div
        part="help"
        id="help"
        class="help"
        ?hidden=${!this.help && !this.hasSlotted('help')}
      >
        <slot
          name="help"
          .textContent=${this.help}
          @slotchange=${this.onSlotChange}
        ></slot>
      </div>
      <div
        part="control"
        class="control"
        ?data-invalid=${Boolean(message)}
        ?data-disabled=${this.isDisabled}
        @click=${this.onControlClick}
      >
        ${this.isList ? this.renderChips() : nothing}
        <input
          id="input"
          part="input"
          type="text"
          inputmode=${ifDefined(users ? undefined : 'email')}
          spellcheck="false"
          autocapitalize="off"
          .autocomplete=${this.autocomplete as AutoFill}
          placeholder=${ifDefined(this.placeholder || undefined)}
          aria-label=${ifDefined(this.pageLabelText() || undefined)}
          aria-describedby="help error"
          aria-invalid=${message ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          role=${ifDefined(users ? 'combobox' : undefined)}
          aria-autocomplete=${ifDefined(users ? 'list' : undefined)}
          aria-expanded=${ifDefined(users ? (String(expanded) as 'true' | 'false') : undefined)}
          aria-controls=${ifDefined(users ? 'listbox' : undefined)}
          aria-activedescendant=${ifDefined(
            expanded && this.activeOption >= 0
              ? `option-${this.activeOption}`
              : undefined
          )}
          ?disabled=${this.isDisabled}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @compositionend=${this.onCompositionEnd}
          @paste=${this.onPaste}
          @focus=${this.onFocus}
        />
      </div>
      ${this.isList ? this.renderListParts(users, options) : nothing}
      <div part="error" id="error" class="error"></div>
    `;
  }

  private renderChips(): TemplateResult | typeof nothing {
    if (this.chips.length === 0) return nothing;

    // Chips are focusable only while selected: a focusable chip before the
    // input would take the focus that a label click or `focus()` delegates
    // to the first focusable element of the shadow root.
    return html`
      <ul part="chips" class="chips" aria-label=${chipListName()}>
        ${this.chips.map((address, index) => {
          const name = this.chipName(address);
          const selected = index === this.selectedChip;
          return html`
            <li part="chip" class="chip" ?data-selected=${selected}>
              <span
                part="chip-label"
                class="chip-label"
                role="button"
                tabindex=${ifDefined(selected ? -1 : undefined)}
                aria-describedby="chip-hint"
                aria-disabled=${ifDefined(this.isDisabled ? 'true' : undefined)}
                @keydown=${(event: KeyboardEvent) =>
                  this.onChipKeydown(event, index)}
                @click=${() => this.focusChip(index)}
                @dblclick=${() => this.editChip(index)}
                >${name}</span
              >
              <span
                part="chip-remove"
                class="chip-remove"
                role="button"
                aria-label=${removeChipName(name)}
                aria-disabled=${ifDefined(this.isDisabled ? 'true' : undefined)}
                @click=${(event: Event) => this.onRemoveClick(event, index)}
                >×</span
              >
            </li>
          `;
        })}
      </ul>
      <span id="chip-hint" hidden>${chipHint()}</span>
    `;
  }

  /** What only a list has: the user list of a picker and announcements. */
  private renderListParts(
    users: boolean,
    options: readonly PortalUser[]
  ): TemplateResult {
    return html`
      ${users ? this.renderListbox(options) : nothing}
      <div
        class="visually-hidden"
        role="status"
        .textContent=${this.announcement}
      ></div>
    `;
  }

  private renderListbox(options: readonly PortalUser[]): TemplateResult {
    return html`
      <ul
        id="listbox"
        part="listbox"
        role="listbox"
        aria-label=${portalUsersName()}
        ?hidden=${options.length === 0}
      >
        ${options.map(
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

  private hasSlotted(name: string): boolean {
    return this.querySelector(`:scope > [slot="${name}"]`) !== null;
  }

  private onSlotChange(): void {
    this.requestUpdate();
  }

  /** The text of page labels (`<label for>`), when the field has none. */
  private pageLabelText(): string {
    if (this.label || this.hasSlotted('label')) return '';

    // Limitation: read at render time; a page label whose text changes
    // later names the input anew at the next render only.
    return Array.from(this.internals.labels, (label) =>
      (label.textContent ?? '').trim()
    )
      .filter(Boolean)
      .join(' ');
  }

  private matchingUsers(): readonly PortalUser[] {
    const query = this.draft.trim().toLowerCase();
    const chosen = new Set(this.chips.map(addressKey));
    return this.users.filter(
      (user) =>
        !chosen.has(addressKey(user.email)) &&
        (query === '' ||
          user.name.toLowerCase().includes(query) ||
          user.email.toLowerCase().includes(query) ||
          displayAddress(user.email).toLowerCase().includes(query))
    );
  }

  // --- What the person does -------------------------------------------

  private onInput(event: InputEvent): void {
    this.dirty = true;
    this.draft = this.input.value;
    this.selectedChip = -1;
    if (this.kind === 'users') {
      // Searching follows every syllable; committing waits for the end.
      this.listOpen = true;
      this.activeOption = -1;
      this.requestUpdate();
    }
    // Nothing is committed or validated in the middle of a composition.
    if (event.isComposing || this.composition.composing) return;

    this.afterTextChange();
  }

  private afterTextChange(): void {
    if (this.isList) this.commitTyped();
    if (this.kind === 'users' && this.draft.trim()) {
      this.announce(matchCountMessage(this.matchingUsers().length));
    }
    this.syncFormControl();
  }

  private onCompositionEnd(): void {
    // Blink sends no input event after compositionend, so the committed
    // text is read here.
    // Limitation: a `value` set by the host during a composition is lost
    // here, since the input was not written while the IME owned it.
    this.draft = this.input.value;
    this.afterTextChange();
    // A composition that the focus ended on its way out.
    if (!this.matches(':focus-within')) this.leave();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.composition.owns(event)) return;
    if (this.kind === 'users' && this.navigateList(event)) return;

    switch (event.key) {
      case 'Enter':
        this.onEnter(event);
        return;
      case 'Tab':
        if (this.isList && this.draft.trim()) this.commitDraft();
        return;
      case 'Backspace':
      case 'ArrowLeft':
        this.onKeyAtStart(event);
        return;
      default:
        return;
    }
  }

  private onEnter(event: KeyboardEvent): void {
    event.preventDefault();
    if (this.isList && this.draft.trim()) {
      this.commitDraft();
      return;
    }

    this.tidySingle();
    if (this.dirty) this.showProblems = true;
    this.fireChangeIfChanged();
    this.syncFormControl();
    // Like a native text input: submit the owning form, nothing outside.
    if (this.form) submitImplicitly(this.form);
  }

  /** Backspace in the empty input, or Left at its start, go to the chips. */
  private onKeyAtStart(event: KeyboardEvent): void {
    const input = this.input;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    if (!this.isList || this.chips.length === 0 || !atStart) return;
    if (event.key === 'Backspace' && input.value !== '') return;

    event.preventDefault();
    const last = this.chips.length - 1;
    this.focusChip(last);
    if (event.key === 'Backspace') {
      this.announce(selectedMessage(this.chipName(this.chips[last])));
    }
  }

  private onChipKeydown(event: KeyboardEvent, index: number): void {
    if (this.isDisabled) return;

    const last = this.chips.length - 1;
    switch (event.key) {
      case 'ArrowLeft':
        this.focusChip(Math.max(0, index - 1));
        break;
      case 'ArrowRight':
        if (index < last) this.focusChip(index + 1);
        else this.focusInput();
        break;
      case 'Home':
        this.focusChip(0);
        break;
      case 'End':
      case 'Escape':
        this.focusInput();
        break;
      case 'Backspace':
      case 'Delete':
        this.removeChip(index);
        break;
      case 'Enter':
      case 'F2':
        this.editChip(index);
        break;
      default:
        // A printable key goes on in the input, where typing happens.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
          this.focusInput();
        }
        return;
    }
    event.preventDefault();
  }

  private onRemoveClick(event: Event, index: number): void {
    event.stopPropagation();
    if (this.isDisabled) return;

    this.focusInput();
    this.removeChip(index);
  }

  private onControlClick(event: Event): void {
    if (event.target === event.currentTarget) this.focusInput();
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
      case 'Enter': {
        if (!this.listOpen) return false;

        // Typing that leaves one person in the list has found them.
        const typed = this.draft.trim();
        const only = count === 1 && typed !== '' ? 0 : -1;
        const chosen = this.activeOption >= 0 ? this.activeOption : only;
        if (chosen < 0) {
          // Several people match what is no one's address: the person is
          // still choosing, and is told so rather than refused.
          if (count < 2 || findPortalUser(typed, this.users)) return false;

          event.preventDefault();
          this.announce(chooseOneMessage(count));
          return true;
        }

        event.preventDefault();
        this.chooseUser(users[chosen]);
        return true;
      }
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
    if (pasted === undefined || this.composition.composing) return;

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
        ? displayAddress(parsed.addresses[0])
        : pasted.replace(/\s+/g, ' ').trim();
    this.setDraft(`${before}${cleaned}${after}`);
    input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertFromPaste',
      })
    );
  }

  private onFocus(): void {
    this.selectedChip = -1;
    if (this.kind === 'users') this.listOpen = this.draft.trim() !== '';
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    // Focus moving between the input and the chips stays in the field.
    const next = event.relatedTarget;
    if (next instanceof Node && (next === this || this.contains(next))) {
      return;
    }

    this.leave();
  };

  /** The person left the field: commit, tidy and say what is wrong. */
  private leave(): void {
    this.listOpen = false;
    this.activeOption = -1;
    this.selectedChip = -1;
    if (this.composition.composing) return;

    if (this.isList && this.draft.trim()) this.commitDraft();
    this.tidySingle();
    this.editingAt = -1;
    if (this.dirty) this.showProblems = true;
    this.fireChangeIfChanged();
    this.syncFormControl();
  }

  private chooseUser(user: PortalUser): void {
    this.dirty = true;
    this.addChips([storedForm(user.email)]);
    this.setDraft('');
    this.listOpen = false;
    this.activeOption = -1;
    this.notifyInput();
    this.fireChangeIfChanged();
  }

  private focusInput(): void {
    this.selectedChip = -1;
    this.input.focus();
  }

  private focusChip(index: number): void {
    const chip =
      this.renderRoot.querySelectorAll<HTMLElement>('.chip-label')[index];
    if (!chip || this.isDisabled) return;

    this.selectedChip = index;
    // Focusable now, not at the next render, so the focus moves at once.
    chip.tabIndex = -1;
    chip.focus();
  }

  private removeChip(index: number): void {
    const name = this.chipName(this.chips[index]);
    // The focus moves first, to the chip that takes this one's place or to
    // the input: a focused element that is removed leaves the focus on the
    // page's body.
    const next = index < this.chips.length - 1 ? index : -1;
    if (next === -1 && this.selectedChip !== -1) this.focusInput();
    this.chips = this.chips.filter((_, i) => i !== index);
    if (this.selectedChip !== -1) this.selectedChip = next;
    this.dirty = true;
    this.announce(removedMessage(name));
    this.notifyInput();
    this.fireChangeIfChanged();
  }

  /** Takes a chip back into the input, to be changed and committed. */
  private editChip(index: number): void {
    if (this.isDisabled) return;

    const address = this.chips[index];
    const text = displayAddress(address);
    const rest = this.draft.trim();
    this.focusInput();
    this.chips = this.chips.filter((_, i) => i !== index);
    this.editingAt = index;
    this.setDraft(rest ? `${text}, ${rest}` : text);
    this.input.setSelectionRange(text.length, text.length);
    this.dirty = true;
    this.announce(editingMessage(this.chipName(address)));
    this.notifyInput();
  }

  // --- Committing -----------------------------------------------------

  /**
   * After a separator was typed, commits what precedes it when all of it
   * is good; otherwise the text stays as typed and the problem shows, as
   * for any commit.
   */
  private commitTyped(): void {
    const cut = lastSeparator(this.draft);
    if (cut === -1) return;

    const parsed = parseAddressList(this.draft.slice(0, cut));
    const accepted = this.acceptable(parsed.addresses);
    if (parsed.problems.length > 0 || accepted.refused.length > 0) {
      this.showProblems = true;
      return;
    }

    this.addChips(accepted.addresses);
    this.setDraft(this.draft.slice(cut + 1).trimStart());
    this.fireChangeIfChanged();
  }

  /**
   * Commits every good address of the draft; what is not an address stays
   * in the input, so nothing typed is lost, and its problem is shown.
   */
  private commitDraft(): void {
    const before = this.value;
    const parsed = parseAddressList(this.draft);
    const accepted = this.acceptable(parsed.addresses);
    this.addChips(accepted.addresses);
    const left = [
      ...parsed.problems.map((problem) => problem.input),
      ...accepted.refused,
    ];
    this.setDraft(left.join(', '));
    if (left.length > 0) this.showProblems = true;
    if (this.value !== before) this.notifyInput();
    else this.syncFormControl();
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
      if (user) taken.push(storedForm(user.email));
      else refused.push(address);
    }
    return {addresses: taken, refused};
  }

  private addChips(addresses: string[]): void {
    const fresh = withoutKnown(addresses, this.chips);
    if (fresh.length === 0) return;

    const chips = [...this.chips];
    if (this.editingAt >= 0) chips.splice(this.editingAt, 0, ...fresh);
    else chips.push(...fresh);
    this.editingAt = -1;
    this.chips = chips;
    this.announce(addedMessage(fresh.map((address) => this.chipName(address))));
  }

  /** A single address, once left or committed, shown as it is stored. */
  private tidySingle(): void {
    if (this.kind !== 'single') return;

    const parsed = parseAddressList(this.draft);
    if (parsed.addresses.length !== 1 || parsed.problems.length > 0) return;

    const shown = displayAddress(parsed.addresses[0]);
    if (shown !== this.draft) this.setDraft(shown);
  }

  /** Puts text in the input, unless a composition owns it. */
  private setDraft(text: string): void {
    this.draft = text;
    if (this.input && !this.composition.composing) this.input.value = text;
  }

  private applyText(text: string): void {
    this.selectedChip = -1;
    this.editingAt = -1;
    if (!this.isList) {
      this.chips = [];
      const parsed = parseAddressList(text);
      const one = parsed.addresses.length === 1 && !parsed.problems.length;
      this.setDraft(one ? displayAddress(parsed.addresses[0]) : text);
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

  private announce(text: string): void {
    this.announcement = text;
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
    const users = this.kind === 'users';
    const problems = parsed.problems.map((problem): AddressProblem =>
      // In a user picker, a name that is not an address is no user.
      users && problem.code === 'at-missing'
        ? {code: 'not-portal-user', input: problem.input}
        : problem
    );
    if (users) {
      for (const address of [...this.chips, ...parsed.addresses]) {
        if (!findPortalUser(address, this.users)) {
          problems.push({code: 'not-portal-user', input: address});
        }
      }
    }
    if (this.kind === 'single' && parsed.addresses.length > 1) {
      problems.push({code: 'too-many', input: this.draft});
    }
    const empty = this.addresses.length === 0;
    if (this.required && empty && problems.length === 0) {
      problems.push({code: 'value-missing', input: ''});
    }
    return problems;
  }

  protected validate(): ControlValidity {
    if (this.isDisabled) return {flags: {}, message: ''};

    // A keystroke syncs the same state more than once (on input, on a
    // caller's checkValidity, around a render): the message is made once.
    const key = [
      activeLocale(),
      this.kind,
      this.required,
      this.chips,
      this.draft,
    ].join('\u0000');
    const last = this.lastValidity;
    if (last?.key === key && last.users === this.users) return last.validity;

    const validity = this.checkProblems();
    this.lastValidity = {key, users: this.users, validity};
    return validity;
  }

  private checkProblems(): ControlValidity {
    const [problem, ...more] = this.problems();
    if (!problem) return {flags: {}, message: ''};

    const flags: ValidityStateFlags =
      problem.code === 'value-missing'
        ? {valueMissing: true}
        : {typeMismatch: true};
    const message = addressProblemMessage(problem, this.kind);
    return {
      flags,
      message:
        more.length > 0
          ? `${message} ${moreProblemsMessage(more.length)}`
          : message,
    };
  }

  private visibleMessage(): string {
    if (!this.showProblems || this.isDisabled) return '';

    return this.validationMessage;
  }

  protected override showsMessage(): boolean {
    return this.showProblems;
  }

  // A composition in progress is neither validated nor submitted: the
  // platform keeps what it was told before it began.
  protected override syncFormControl(): void {
    if (!this.composition.composing) super.syncFormControl();
  }

  protected formValue(): FormValue {
    if (!this.isList) return this.singleValue();

    const addresses = this.addresses;
    if (!this.name || addresses.length === 0) return null;

    const data = new FormData();
    for (const address of addresses) data.append(this.name, address);
    return data;
  }

  /** One good address in its stored form, else the text as typed. */
  private singleValue(): string {
    const parsed = parseAddressList(this.draft);
    return parsed.addresses.length === 1 && parsed.problems.length === 0
      ? parsed.addresses[0]
      : this.draft.trim();
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

    this.dirty = true;
    this.applyText(saved);
    this.committedValue = this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }
}

/** A host-supplied address as the record stores it. */
function storedForm(address: string): string {
  const result = normaliseAddress(address);
  return result.ok ? result.address : address;
}

/**
 * The addresses not among `known`, each once, in their order; by key, as
 * pasted lists may hold thousands.
 */
function withoutKnown(addresses: string[], known: string[]): string[] {
  const seen = new Set(known.map(addressKey));
  return addresses.filter((address) => {
    const key = addressKey(address);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The last separator outside quotes and angle brackets, or -1. */
function lastSeparator(text: string): number {
  let quoted = false;
  let bracketed = false;
  let found = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (character === '<' && !quoted) bracketed = true;
    else if (character === '>' && !quoted) bracketed = false;
    else if (!quoted && !bracketed && SEPARATORS.has(character)) {
      found = index;
    }
  }
  return found;
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-field': ContactField;
  }
}
