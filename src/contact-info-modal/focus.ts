/**
 * The elements that Tab reaches inside `root`, in the order it reaches
 * them, through shadow roots and slots (the flat tree). Only elements with
 * a non-negative tabindex are kept; positive tabindex order is not
 * followed.
 */
export function tabbableElements(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  visitChildren(root, found);
  return found;
}

function visitChildren(parent: Element | ShadowRoot, found: HTMLElement[]) {
  const children =
    parent instanceof HTMLSlotElement
      ? slotted(parent)
      : Array.from(parent.children);
  for (const child of children) visit(child, found);
}

function slotted(slot: HTMLSlotElement): Element[] {
  const assigned = slot.assignedElements({flatten: true});
  return assigned.length > 0 ? assigned : Array.from(slot.children);
}

function visit(element: Element, found: HTMLElement[]) {
  if (!(element instanceof HTMLElement) || element.inert) return;
  if (element.hidden || !element.checkVisibility()) return;

  const shadow = element.shadowRoot;
  if (shadow) {
    // A host that delegates focus is never a stop of its own.
    if (!shadow.delegatesFocus && isTabbable(element)) found.push(element);
    visitChildren(shadow, found);
    return;
  }

  if (isTabbable(element)) found.push(element);
  visitChildren(element, found);
}

function isTabbable(element: HTMLElement): boolean {
  return element.tabIndex >= 0 && !element.matches(':disabled');
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(
  root: Document | ShadowRoot = document
): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}
