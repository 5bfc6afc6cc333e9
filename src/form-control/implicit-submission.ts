/**
 * Submits `form` the way Enter in a native text input does: through its
 * default button when it has one (so the submitter and validation are
 * those of a click), else directly. A disabled default button blocks it.
 * https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#implicit-submission
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const defaultButton = Array.from(form.elements).find(isSubmitButton);
  if (defaultButton) {
    if (!defaultButton.matches(':disabled')) defaultButton.click();
    return;
  }

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
