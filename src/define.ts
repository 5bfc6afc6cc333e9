import {ContactField} from './contact-field/contact-field.js';
import {ContactInfoModal} from './contact-info-modal/contact-info-modal.js';
import {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';
import {isOurs, register, subclass} from './registration.js';
import type {DefineOptions, ElementName} from './registration.js';

/** The library's elements under their default tag names. */
export const ELEMENTS = {
  'contact-field': ContactField,
  'support-hours-picker': SupportHoursPicker,
  'contact-info-modal': ContactInfoModal,
} as const;

/**
 * Registers the three elements by the rules of `defineElement` and says
 * under which tags they run. Defining twice is harmless.
 *
 * The modal draws a `<contact-field>` and a `<support-hours-picker>` in its
 * shadow root. When those names on the page are not this library's
 * elements (renamed, or taken by another copy), the modal gets a scoped
 * custom element registry of its own in which they are.
 */
export function defineElements(
  options: DefineOptions = {}
): Record<ElementName, string | undefined> {
  const field = register('contact-field', ContactField, options);
  const picker = register('support-hours-picker', SupportHoursPicker, options);
  const registry = options.registry ?? customElements;
  const fieldsAreOurs =
    isOurs(registry.get('contact-field')) &&
    isOurs(registry.get('support-hours-picker'));
  const modal = register(
    'contact-info-modal',
    ContactInfoModal,
    options,
    (tag) =>
      !fieldsAreOurs
        ? withOwnFields(ContactInfoModal)
        : tag === 'contact-info-modal'
          ? ContactInfoModal
          : subclass(ContactInfoModal)
  );
  return {
    'contact-field': field,
    'support-hours-picker': picker,
    'contact-info-modal': modal,
  };
}

/**
 * A modal whose shadow root has its own registry, in which
 * `<contact-field>` and `<support-hours-picker>` are this library's
 * elements whatever the page's registry says.
 *
 * Limitation: this needs scoped custom element registries (Chromium 146,
 * Safari 26). Where the browser has none, the modal can be renamed only
 * while `contact-field` and `support-hours-picker` on the page are this
 * library's; otherwise `defineElements` throws rather than let the modal
 * drive another copy's fields.
 */
function withOwnFields(
  modal: typeof ContactInfoModal
): typeof ContactInfoModal {
  if (!scopedRegistriesSupported()) {
    throw new Error(
      'contact-info-elements: <contact-field> or <support-hours-picker> ' +
        'is not this library’s element on this page, and this browser has ' +
        'no scoped custom element registries for the modal to use its own.'
    );
  }

  const inner = new CustomElementRegistry();
  inner.define('contact-field', subclass(ContactField));
  inner.define('support-hours-picker', subclass(SupportHoursPicker));

  return class extends modal {
    static override shadowRootOptions: ShadowRootInit = {
      ...modal.shadowRootOptions,
      customElementRegistry: inner,
    };

    constructor() {
      super();
      // lit-html clones its templates through `creationScope`: cloning
      // them with the inner registry creates the fields as ours.
      Object.assign(this.renderOptions, {
        creationScope: {
          importNode: (node: Node, deep = false) =>
            document.importNode(node, {
              selfOnly: !deep,
              customElementRegistry: inner,
            }),
        },
      });
    }
  };
}

function scopedRegistriesSupported(): boolean {
  try {
    return new CustomElementRegistry() instanceof CustomElementRegistry;
  } catch {
    return false;
  }
}
