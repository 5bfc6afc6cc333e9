import {LitElement} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';

/** What an element's rules say about its value right now. */
export interface ControlValidity {
  flags: ValidityStateFlags;
  /** The message in the active locale; empty when valid. */
  message: string;
}

/** A form value as `ElementInternals.setFormValue` takes it. */
export type FormValue = string | FormData | null;

/**
 * The one place that talks to `ElementInternals`: form value, validity and
 * its anchor, reset, restore, disabled and custom states. Elements describe
 * their state through the protected hooks and call `syncFormControl()` when
 * it changes; this class tells the platform.
 *
 * Custom states, for hosts to style: `:state(valid)`, `:state(invalid)`,
 * `:state(user-invalid)` (invalid and already shown to the person),
 * `:state(empty)`, `:state(disabled)`.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;

  /**
   * Whether the element counts as a text field for implicit submission:
   * with two of them and no submit button, Enter submits nothing.
   */
  static blocksImplicitSubmission = false;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name under which the value is submitted with the form. */
  @property({reflect: true}) name = '';

  /** Whether the control is disabled. A disabled `<fieldset>` also does it. */
  @property({type: Boolean, reflect: true}) disabled = false;

  /** Whether the control must have a value for the form to submit. */
  @property({type: Boolean, reflect: true}) required = false;

  /** Disabled through an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;

  /**
   * Whether problems are shown: after the person leaves the field, commits
   * a value or submits, never while typing the first characters.
   */
  @state() protected showProblems = false;

  private customMessage = '';

  private syncedMessage = '';

  private syncedAnchor: HTMLElement | undefined;

  /** What the platform was told last. */
  private synced: {
    value?: FormValue;
    state?: FormValue;
    own?: ControlValidity;
    custom?: string;
  } = {};

  /** The custom states the platform was told, by name. */
  private readonly syncedStates = new Map<string, boolean>();

  /** True while checking again right after a render. */
  private rendered = false;

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The form-facing type, as `input.type` has it. */
  get type(): string {
    return this.localName;
  }

  checkValidity(): boolean {
    this.syncFormControl();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.syncFormControl();
    return this.internals.reportValidity();
  }

  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.syncFormControl();
    // The message may be shown already: render it.
    this.requestUpdate();
  }

  /** Whether the person can interact with the control now. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  constructor() {
    super();
    // The platform fires `invalid` when a form or a caller checks validity:
    // from then on the person expects to see what is wrong.
    this.addEventListener('invalid', () => {
      this.showProblems = true;
    });
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.showProblems = false;
    this.resetValue();
    this.syncFormControl();
  }

  formStateRestoreCallback(
    saved: string | File | FormData | null,
    _reason: 'restore' | 'autocomplete'
  ): void {
    if (saved === null || saved instanceof File) return;

    this.restoreValue(saved);
    this.syncFormControl();
  }

  /** The value the form submits, or null for none. */
  protected abstract formValue(): FormValue;

  /** What the browser keeps to restore the control after Back. */
  protected formState(): FormValue {
    return this.formValue();
  }

  /** Validity from the element's own rules (the custom message aside). */
  protected abstract validate(): ControlValidity;

  /** The element that the browser focuses and points at when invalid. */
  protected abstract validityAnchor(): HTMLElement | undefined;

  /** Whether the control holds nothing at all. */
  protected abstract isEmpty(): boolean;

  /** Back to the default value (the `value` attribute). */
  protected abstract resetValue(): void;

  /**
   * Back to a state saved by `formState()`. The restored value counts as
   * changed by the person, so a later default value must not replace it.
   */
  protected abstract restoreValue(saved: string | FormData): void;

  /**
   * Whether the element shows its message now. While it does not, a new
   * message needs no render: showing it later renders it.
   */
  protected showsMessage(): boolean {
    return true;
  }

  /** Shows a message that changed while shown: by default, renders. */
  protected messageChanged(_before: string, _after: string): void {
    this.requestUpdate();
  }

  /** Tells the platform the element's value, validity and states. */
  protected syncFormControl(): void {
    const internals = this.internals;
    // A keystroke syncs more than once; the platform is told only news.
    const value = this.formValue();
    const state = this.formState();
    if (
      value !== this.synced.value ||
      state !== this.synced.state ||
      value instanceof FormData ||
      state instanceof FormData
    ) {
      internals.setFormValue(value, state);
      this.synced.value = value;
      this.synced.state = state;
    }

    const own = this.validate();
    const custom = this.customMessage;
    const message = own.message || custom;
    const anchor = this.validityAnchor();
    const news =
      own !== this.synced.own ||
      custom !== this.synced.custom ||
      anchor !== this.syncedAnchor;
    this.synced.own = own;
    this.synced.custom = custom;
    this.syncedAnchor = anchor;
    if (news && message) {
      const flags = custom ? {...own.flags, customError: true} : own.flags;
      internals.setValidity(flags, message, anchor);
    } else if (news) {
      internals.setValidity({});
    }
    // A message that changed without a reactive property still needs a
    // render where it is shown, unless this is the check right after one.
    if (message !== this.syncedMessage) {
      const before = this.syncedMessage;
      this.syncedMessage = message;
      if (!this.rendered && this.showsMessage()) {
        this.messageChanged(before, message);
      }
    }

    const invalid = Boolean(message) && !this.isDisabled;
    this.setState('valid', !invalid);
    this.setState('invalid', invalid);
    this.setState('user-invalid', invalid && this.showProblems);
    this.setState('empty', this.isEmpty());
    this.setState('disabled', this.isDisabled);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Before each render, so that what it shows is what the platform was
    // told, in the locale active now.
    this.syncFormControl();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After a render as well when the anchor is a new element.
    if (this.validityAnchor() === this.syncedAnchor) return;

    this.rendered = true;
    try {
      this.syncFormControl();
    } finally {
      this.rendered = false;
    }
  }

  private setState(name: string, on: boolean): void {
    // Most syncs change no state, and asking the platform costs more than
    // remembering what it was told.
    if ((this.syncedStates.get(name) ?? false) === on) return;

    this.syncedStates.set(name, on);
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}
