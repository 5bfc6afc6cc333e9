import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & {
  renderRoot: HTMLElement | DocumentFragment;
};

/**
 * Knows whether an input method (Korean, Japanese, Chinese...) is composing
 * text in the host's shadow root, so that the host commits, submits and
 * validates only outside a composition.
 *
 * It listens in the capture phase of the render root, so the flag is
 * already right when the input's own listeners run.
 */
export class CompositionGuard implements ReactiveController {
  private readonly host: Host;

  private active = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** Whether a composition is in progress now. */
  get composing(): boolean {
    return this.active;
  }

  /**
   * Whether a key event belongs to the input method rather than to the
   * element. Blink and Gecko send the Enter that commits a composition
   * with `isComposing` before `compositionend`; WebKit sends it after
   * `compositionend`, with `isComposing` false and only keyCode 229 to tell
   * (UI Events, "Keys and composition"; WebKit bug 165004).
   */
  owns(event: KeyboardEvent): boolean {
    return event.isComposing || this.active || event.keyCode === 229;
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('compositionstart', this.onStart, true);
    root.addEventListener('compositionend', this.onEnd, true);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('compositionstart', this.onStart, true);
    root.removeEventListener('compositionend', this.onEnd, true);
    this.active = false;
  }

  private readonly onStart = (): void => {
    this.active = true;
  };

  private readonly onEnd = (): void => {
    this.active = false;
  };
}
