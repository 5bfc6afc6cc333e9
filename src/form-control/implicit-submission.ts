// The input types that, two or more in a form without a submit button, make
// Enter submit nothing (HTML, "implicit submission").
const BLOCKING_TYPES = new Set([
  'text',
  'search',
  'tel',
  'url',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
]);

/**
 * Submits `form` the way Enter in a native text input does: through its
 * default button when it has one (so the submitter and validation are
 * those of a click), else directly when no other text field stands in the
 * way. A disabled default button blocks it.
 * https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#implicit-submission
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const elements = Array.from(form.elements);
  const defaultButton = elements.find(isSubmitButton);
  if (defaultButton) {
    if (!defaultButton.matches(':disabled')) defaultButton.click();
    return;
  }

  if (elements.filter(blocksImplicitSubmission).length > 1) return;

  form.requestSubmit();
}

function isSubmitButton(
  element: Element
): element is HTMLButtonElement | HTMLInputElement {
  if (element instanceof HTMLButtonElement) return element.type === 'submit';
  if (element instanceof HTMLInputElement) {
    return element.type === 'submit' || element.type === 'image';
  }
  return false;
}

function blocksImplicitSubmission(element: Element): boolean {
  if (element instanceof HTMLInputElement) {
    return BLOCKING_TYPES.has(element.type);
  }

  const type = element.constructor as {blocksImplicitSubmission?: boolean};
  return type.blocksImplicitSubmission === true;
}
