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
export function innerInput(
  host: Element,
  selector = 'input'
): HTMLInputElement {
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

/** Calls a DevTools protocol method on the page under test. */
async function devtools(
  method: string,
  params: Record<string, unknown> = {}
): Promise<void> {
  await executeServerCommand('cdp:send', {method, params});
}

/**
 * Types with an input method, the way a Korean IME does in Chromium: per
 * key a keydown `Process` (keyCode 229) and the new composition text, e.g.
 * `['ㅎ', '하', '한', '한ㄱ', '한그', '한글']`. The composition stays open.
 */
export async function compose(states: readonly string[]): Promise<void> {
  for (const text of states) {
    await devtools('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Process',
      windowsVirtualKeyCode: 229,
    });
    await devtools('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
    await devtools('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      windowsVirtualKeyCode: 229,
    });
  }
}

/** Ends the open composition with `text`, without a key press. */
export async function commitComposition(text: string): Promise<void> {
  await devtools('Input.insertText', {text});
}

/**
 * Ends the open composition with Enter, as Blink delivers it from a real
 * IME: keydown Enter with keyCode 229 while still composing, then
 * `compositionend`, then keyup, and no keypress.
 */
export async function commitCompositionWithEnter(text: string): Promise<void> {
  await devtools('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
  });
  await devtools('Input.insertText', {text});
  await devtools('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 13,
  });
}

/** Double-clicks the middle of `element` (top-level documents only). */
export async function doubleClick(element: Element): Promise<void> {
  element.scrollIntoView({block: 'center', inline: 'center'});
  const box = element.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  for (const clickCount of [1, 2]) {
    for (const type of ['mousePressed', 'mouseReleased']) {
      await devtools('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'left',
        clickCount,
      });
    }
  }
}
