import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {executeServerCommand} from '@web/test-runner-commands';

// A person at the keyboard and mouse: every helper here goes through the
// browser's real input pipeline (DevTools input events), never through
// properties of the elements.

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** Clicks the middle of `element`, scrolling it into view first. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({block: 'center', inline: 'center'});
  const box = element.getBoundingClientRect();
  // The page may sit in an iframe; the mouse works in the top window.
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left;
    y += frame.top;
    view = view.parent;
  }
  await sendMouse({type: 'click', position: [Math.round(x), Math.round(y)]});
}

export async function type(text: string): Promise<void> {
  await sendKeys({type: text});
}

/** Presses a key or a chord such as `Shift+Tab` or `Control+V`. */
export async function press(keys: string): Promise<void> {
  const chord = keys.split('+');
  const key = chord.pop()!;
  for (const modifier of chord) await sendKeys({down: modifier});
  await sendKeys({press: key});
  for (const modifier of chord.reverse()) await sendKeys({up: modifier});
}

/** Selects what is in the focused input, so that typing replaces it. */
export async function selectAll(): Promise<void> {
  await press('Control+a');
}

let clipboardGranted = false;

/** Puts `text` on the clipboard and pastes it with Ctrl+V. */
export async function paste(text: string): Promise<void> {
  if (!clipboardGranted) {
    await executeServerCommand('cdp:grant-clipboard');
    clipboardGranted = true;
  }
  await navigator.clipboard.writeText(text);
  await press('Control+v');
}

/** The inner text input of a field element. */
export function innerInput(host: Element, selector = 'input'): HTMLInputElement {
  const input = host.shadowRoot?.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`No ${selector} in <${host.localName}>`);
  return input;
}

/** Waits until `condition` holds, checking after each animation frame. */
export async function until(
  condition: () => boolean,
  message = 'condition',
  timeout = 3000
): Promise<void> {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`Timed out: ${message}`);
    await new Promise(requestAnimationFrame);
  }
}
