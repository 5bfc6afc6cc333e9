import type {ContactField} from './contact-field/contact-field.js';
import type {SupportHoursPicker} from './support-hours-picker/support-hours-picker.js';

// Registration without the element classes: an entry that registers one
// element imports this and its own class only, so a host's bundler leaves
// the others out.

/** A default tag name of the library. */
export type ElementName =
  'contact-field' | 'support-hours-picker' | 'contact-info-modal';

/** The tag names to register the elements under, by default name. */
export type TagNames = Partial<Record<ElementName, string>>;

export interface DefineOptions {
  /**
   * Other tag names, e.g. when another copy of the library on the page has
   * the default ones: `{'contact-info-modal': 'partner-contact-modal'}`.
   */
  tags?: TagNames;
  /** The registry to define in; the page's global one by default. */
  registry?: CustomElementRegistry;
}

/** Classes this copy of the library defined, to tell them from others. */
const ours = new WeakSet<CustomElementConstructor>();

/** Whether `element` is one of this copy's definitions. */
export function isOurs(element: CustomElementConstructor | undefined) {
  return element !== undefined && ours.has(element);
}

/**
 * Registers one field element under its default tag or the one in
 * `options.tags`. A default tag that another script defined already is
 * left to it (two copies of the library keep the first) and the result is
 * `undefined`; a tag the host asked for by name must be free or already
 * this library's. Returns the tag the element runs under.
 */
export function defineElement(
  name: 'contact-field',
  element: typeof ContactField,
  options?: DefineOptions
): string | undefined;
export function defineElement(
  name: 'support-hours-picker',
  element: typeof SupportHoursPicker,
  options?: DefineOptions
): string | undefined;
export function defineElement(
  name: 'contact-field' | 'support-hours-picker',
  element: CustomElementConstructor,
  options: DefineOptions = {}
): string | undefined {
  return register(name, element, options);
}

/**
 * The rules of {@link defineElement} for any element; `definition` makes
 * the class to define under the chosen tag, only when one is needed.
 */
export function register(
  name: ElementName,
  element: CustomElementConstructor,
  {tags, registry = customElements}: DefineOptions,
  definition: (tag: string) => CustomElementConstructor = (tag) =>
    tag === name ? element : subclass(element)
): string | undefined {
  ours.add(element);
  const tag = tags?.[name] ?? name;
  const existing = registry.get(tag);
  if (existing && ours.has(existing)) return tag;
  if (existing && tag === name) return undefined;
  if (existing) {
    throw new Error(
      `contact-info-elements: <${tag}> is defined by another script; ` +
        `choose another tag name for ${name}.`
    );
  }

  const defined = definition(tag);
  ours.add(defined);
  registry.define(tag, defined);
  return tag;
}

/** A class can be defined once per registry: a renamed one is a subclass. */
export function subclass(
  element: CustomElementConstructor
): CustomElementConstructor {
  return class extends (element as typeof HTMLElement) {};
}
