/**
 * Runs in every page before the page's own script (injected by the
 * runner, so it adds nothing to what a page loads) and is the same for both
 * flavours: it marks when focus first lands in a form control (`ready`) and
 * when the parsed page and every custom element in it have rendered and
 * been laid out (`rendered`), counts nodes, and times keystrokes.
 */
export function harness() {
  const CONTROL = 'input, select, textarea';

  function deepActiveElement() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active;
  }

  /** `host > host > element`, naming each by tag and name or id. */
  function describe(element) {
    const steps = [];
    for (let node = element; node; node = node.getRootNode().host) {
      const name = node.getAttribute('name') ?? node.id;
      steps.unshift(name ? `${node.localName}[${name}]` : node.localName);
    }
    return steps.join(' > ');
  }

  /** Every element in `root` and its open shadow roots. */
  function* elements(root) {
    for (const element of root.querySelectorAll('*')) {
      yield element;
      if (element.shadowRoot) yield* elements(element.shadowRoot);
    }
  }

  /** Waits until no element (Lit's `isUpdatePending`) has work queued. */
  async function settle(updatable) {
    while (updatable.some((element) => element.isUpdatePending)) {
      await Promise.all(updatable.map((element) => element.updateComplete));
    }
  }

  function updatableElements() {
    return [...elements(document)].filter((e) => 'updateComplete' in e);
  }

  let focused;
  let reportFocus;
  const ready = new Promise((resolve) => (reportFocus = resolve));

  function checkFocus() {
    const active = deepActiveElement();
    if (focused || !active?.matches(CONTROL)) return;

    performance.mark('ready');
    focused = describe(active);
    reportFocus(focused);
  }

  // Focus that the browser moves (showModal, autofocus) fires `focus`.
  // Focus that a focus handler moves on at once reached no listener here
  // (Chromium 156), so calls to focus() are watched as well.
  addEventListener('focus', checkFocus, true);
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...options) {
    focus.apply(this, options);
    checkFocus();
  };

  const rendered = new Promise((resolve) => {
    addEventListener('DOMContentLoaded', async () => {
      // The page's own elements; walking every shadow tree as well would
      // cost the library flavour more than the plain one.
      const own = [...document.querySelectorAll('*')];
      const tags = new Set(
        own.filter((e) => !e.matches(':defined')).map((e) => e.localName)
      );
      await Promise.all(
        [...tags].map((tag) => customElements.whenDefined(tag))
      );
      await settle(own.filter((element) => 'updateComplete' in element));
      // Style and layout belong to rendering; reading a box forces both.
      document.documentElement.getBoundingClientRect();
      performance.mark('rendered');
      resolve();
    });
  });

  /** Follows selectors step by step, into the shadow root of each match. */
  function find(path) {
    let root = document;
    let element = null;
    for (const selector of path) {
      element = root.querySelector(selector);
      if (!element) throw new Error(`bench: nothing matches ${selector}`);
      root = element.shadowRoot ?? element;
    }
    return element;
  }

  /** Nodes of the document and of every open shadow root in it. */
  function countNodes() {
    let count = 0;
    const roots = [document];
    while (roots.length > 0) {
      const walker = document.createTreeWalker(roots.pop());
      while (walker.nextNode()) {
        count++;
        if (walker.currentNode.shadowRoot) {
          roots.push(walker.currentNode.shadowRoot);
        }
      }
    }
    return count;
  }

  function type(input, value, data) {
    input.value = value;
    input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        data,
        inputType: data ? 'insertText' : 'deleteContentBackward',
      })
    );
  }

  /**
   * Types `text` into the input at `inputPath` `repeats` times, one
   * character at a time; each keystroke runs from the input event to the
   * end of every update it caused and a `checkValidity()` of the control at
   * `controlPath`. Returns the mean time of a keystroke in each repeat, in
   * milliseconds: one keystroke of a plain input is close to the 5 µs step
   * of the clock.
   */
  async function keystrokes(inputPath, controlPath, text, repeats) {
    const input = find(inputPath);
    const control = find(controlPath);
    const updatable = updatableElements();
    const means = [];
    input.focus();
    for (let round = 0; round < repeats; round++) {
      type(input, '', null);
      await settle(updatable);
      const start = performance.now();
      for (const character of text) {
        type(input, input.value + character, character);
        await settle(updatable);
        control.checkValidity();
        await settle(updatable);
      }
      means.push((performance.now() - start) / text.length);
    }
    return means;
  }

  window.bench = {
    ready,
    rendered,
    countNodes,
    keystrokes,
    get focused() {
      return focused;
    },
  };
}
