import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {executeServerCommand} from '@web/test-runner-commands';
import {isFirefox} from './browser.js';

// A person at the keyboard and mouse: every helper here goes through the
// browser's real input pipeline (DevTools input events in Chromium,
// WebDriver BiDi input actions in Firefox), never through properties of
// the elements. The one exception is an input method in Firefox, which
// BiDi cannot drive: there the helpers dispatch Gecko's events themselves.

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/**
 * Makes sure the page has the keyboard focus before a person acts. In
 * Firefox a Tab past the last control moves it into the browser's toolbar
 * (headless Chromium keeps it in the page), and the page then gets no
 * focus events until it is given the focus back.
 */
async function keepPageFocused(): Promise<void> {
  if (!isFirefox || document.hasFocus()) return;

  await executeServerCommand('page:focus');
}

/** Scrolls `element` to the middle of its scrollers, until it stays. */
async function scrollToMiddle(element: Element): Promise<void> {
  element.scrollIntoView({block: 'center', inline: 'center'});
  if (!isFirefox) return;

  // Gecko applies a scroll that a focus() queued during layout (a modal
  // focusing its first field as it opens) at a later frame, over this
  // one: scroll again until the element holds still.
  for (let frame = 0; frame < 10; frame += 1) {
    const before = element.getBoundingClientRect();
    await new Promise(requestAnimationFrame);
    const after = element.getBoundingClientRect();
    if (after.top === before.top && after.left === before.left) return;

    element.scrollIntoView({block: 'center', inline: 'center'});
  }
}

/**
 * The box a person aims at: for a link that wraps onto two lines, the
 * larger of its pieces, since the middle of the whole may be beside both.
 */
function target(element: Element): DOMRect {
  const boxes = Array.from(element.getClientRects());
  const area = (box: DOMRect) => box.width * box.height;
  return boxes.length > 1
    ? boxes.reduce((best, box) => (area(box) > area(best) ? box : best))
    : element.getBoundingClientRect();
}

/** Clicks the middle of `element`, scrolling it into view first. */
export async function click(element: Element): Promise<void> {
  await keepPageFocused();
  await scrollToMiddle(element);
  const box = target(element);
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
  await keepPageFocused();
  await sendKeys({type: text});
}

/** Presses a key or a chord such as `Shift+Tab` or `Control+V`. */
export async function press(keys: string): Promise<void> {
  const chord = keys.split('+');
  // Puppeteer's BiDi keyboard knows the key value ' ', not the name Space;
  // both send the same key in Chromium.
  const key = chord.pop()!.replace(/^Space$/, ' ');
  await keepPageFocused();
  for (const modifier of chord) await sendKeys({down: modifier});
  await sendKeys({press: key});
  for (const modifier of chord.reverse()) await sendKeys({up: modifier});
  // Where a Tab out of the page leaves the focus, the page has none.
  if (key === 'Tab') await keepPageFocused();
}

/** Selects what is in the focused input, so that typing replaces it. */
export async function selectAll(): Promise<void> {
  await press('Control+a');
}

let clipboardGranted = false;

/** Puts `text` on the clipboard and pastes it with Ctrl+V. */
export async function paste(text: string): Promise<void> {
  if (!clipboardGranted) {
    await executeServerCommand('clipboard:grant');
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

/** Calls a DevTools protocol method on the page under test (Chromium). */
async function devtools(
  method: string,
  params: Record<string, unknown> = {}
): Promise<void> {
  await executeServerCommand('cdp:send', {method, params});
}

/**
 * Types with an input method, the way a Korean IME does: per key a keydown
 * `Process` (keyCode 229) and the new composition text, e.g.
 * `['ㅎ', '하', '한', '한ㄱ', '한그', '한글']`. The composition stays open.
 *
 * Chromium composes for real through the DevTools protocol. WebDriver BiDi
 * has no input method, so in Firefox the events are synthetic, in Gecko's
 * order: they test the element's handling, not Gecko's IME.
 */
export async function compose(states: readonly string[]): Promise<void> {
  for (const text of states) {
    if (isFirefox) {
      gecko.compose(text);
      continue;
    }

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
  if (isFirefox) {
    gecko.commit(text, false);
    return;
  }

  await devtools('Input.insertText', {text});
}

/**
 * Ends the open composition with Enter, as the engine delivers it from a
 * real IME: keydown Enter with keyCode 229 while still composing, then
 * `compositionend`, then keyup, and no keypress. Blink and Gecko agree on
 * this order; Gecko also fires `input` after `compositionend`.
 */
export async function commitCompositionWithEnter(text: string): Promise<void> {
  if (isFirefox) {
    gecko.commit(text, true);
    return;
  }

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

interface Composition {
  input: HTMLInputElement;
  /** Where the composed text starts and ends in the input. */
  start: number;
  end: number;
  text: string;
}

/**
 * A Korean IME's events as Gecko sends them, for the focused input. Gecko
 * sends keydown and keyup during a composition (the first keydown before
 * `compositionstart`, so not yet composing), `beforeinput` and `input`
 * with each update, and commits with `input` both before and after
 * `compositionend`, the last one no longer composing.
 */
const gecko = {
  composition: null as Composition | null,

  compose(text: string): void {
    const input = focusedInput();
    let composition = this.composition;
    if (composition?.input !== input) composition = null;

    keyEvent(input, 'keydown', 'Process', 229, composition !== null);
    if (!composition) {
      // The first syllable replaces what is selected, as typing does.
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? start;
      composition = {input, start, end, text: ''};
      this.composition = composition;
      input.dispatchEvent(compositionEvent('compositionstart', ''));
    }
    update(composition, text);
    keyEvent(input, 'keyup', 'Process', 229, true);
  },

  commit(text: string, withEnter: boolean): void {
    const composition = this.composition;
    if (!composition) throw new Error('No composition to commit');

    const {input} = composition;
    if (withEnter) keyEvent(input, 'keydown', 'Enter', 229, true);
    update(composition, text);
    this.composition = null;
    input.dispatchEvent(compositionEvent('compositionend', text));
    input.dispatchEvent(inputEvent('input', text, false));
    if (withEnter) keyEvent(input, 'keyup', 'Enter', 13, false);
  },
};

function focusedInput(): HTMLInputElement {
  const active = deepActiveElement();
  if (!(active instanceof HTMLInputElement)) {
    throw new Error('An input method types into a focused <input>');
  }
  return active;
}

/** Replaces the composed text, as the editor does, and says so. */
function update(composition: Composition, text: string): void {
  const {input, start} = composition;
  if (text !== composition.text) {
    input.dispatchEvent(compositionEvent('compositionupdate', text));
  }
  input.dispatchEvent(inputEvent('beforeinput', text, true));
  // setRangeText, not the value setter: tests watch the setter for writes
  // that the element makes while a composition is open.
  input.setRangeText(text, start, composition.end, 'end');
  composition.end = start + text.length;
  composition.text = text;
  input.dispatchEvent(inputEvent('input', text, true));
}

function keyEvent(
  target: Element,
  type: 'keydown' | 'keyup',
  key: string,
  keyCode: number,
  isComposing: boolean
): void {
  target.dispatchEvent(
    new KeyboardEvent(type, {
      key,
      code: key === 'Enter' ? 'Enter' : '',
      keyCode,
      which: keyCode,
      isComposing,
      bubbles: true,
      composed: true,
      cancelable: true,
    })
  );
}

function compositionEvent(type: string, data: string): CompositionEvent {
  return new CompositionEvent(type, {
    data,
    bubbles: true,
    composed: true,
    cancelable: type === 'compositionstart',
  });
}

function inputEvent(type: string, data: string, isComposing: boolean) {
  return new InputEvent(type, {
    data,
    inputType: 'insertCompositionText',
    isComposing,
    bubbles: true,
    composed: true,
  });
}

/** Double-clicks the middle of `element` (top-level documents only). */
export async function doubleClick(element: Element): Promise<void> {
  await keepPageFocused();
  await scrollToMiddle(element);
  const box = target(element);
  await executeServerCommand('mouse:double-click', {
    x: Math.round(box.left + box.width / 2),
    y: Math.round(box.top + box.height / 2),
  });
}
