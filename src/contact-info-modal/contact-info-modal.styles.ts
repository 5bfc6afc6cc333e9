import {css} from 'lit';
import {focusRing, visuallyHidden} from '../styles/shared.styles.js';

export const styles = [
  visuallyHidden,
  focusRing,
  css`
    :host {
      --_accent: var(--contact-info-accent, #1a5fd0);
      --_background: var(--contact-info-background, Canvas);
      --_text: var(--contact-info-text, CanvasText);
      --_radius: var(--contact-info-radius, 12px);
      display: contents;
    }

    .sentinel {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    :host([mode='page']) {
      display: block;
    }

    .surface {
      background: var(--_background);
      color: var(--_text);
      font: inherit;
      line-height: 1.5;
      /* Korean breaks between words, not inside them. */
      word-break: keep-all;
      overflow-wrap: anywhere;
    }

    dialog {
      width: min(100vw - 1rem, var(--contact-info-width, 44rem));
      max-width: none;
      max-height: calc(100dvh - 1rem);
      padding: clamp(0.75rem, 4vw, 1.5rem);
      /* Invisible, except in forced colours, where it outlines the dialog. */
      border: 1px solid transparent;
      border-radius: var(--_radius);
      box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
      box-sizing: border-box;
      overflow: auto;
    }

    dialog::backdrop {
      background: rgb(15 23 42 / 0.55);
    }

    section {
      max-width: var(--contact-info-width, 44rem);
    }

    .header {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 1rem;
      align-items: start;
    }

    h2 {
      margin: 0;
      font-size: 1.375rem;
    }

    .links {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
      justify-content: end;
    }

    a {
      color: var(--_accent);
    }

    .intro {
      grid-column: 1 / -1;
      margin: 0;
    }

    .close {
      border: 0;
      background: transparent;
      font-size: 1.5rem;
      line-height: 1;
      cursor: pointer;
      color: inherit;
    }

    .tabs {
      display: flex;
      gap: 0.25rem;
      margin-block: 1rem;
      border-block-end: 1px solid #c4c8cf;
    }

    [role='tab'] {
      font: inherit;
      padding: 0.5rem 1rem;
      border: 0;
      border-block-end: 3px solid transparent;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }

    [role='tab'][aria-selected='true'] {
      border-block-end-color: var(--_accent);
      font-weight: 600;
    }

    form {
      display: grid;
      /* Fields may shrink below their content's width on narrow screens. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1.25rem;
    }

    .summary {
      border: 2px solid light-dark(#b3261e, #ffb4ab);
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }

    .summary p {
      margin: 0;
      font-weight: 600;
    }

    .summary ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }

    .save-error {
      color: light-dark(#b3261e, #ffb4ab);
      margin: 0;
    }

    .actions {
      display: flex;
      justify-content: end;
    }

    button.primary,
    .grant button {
      font: inherit;
      padding: 0.5rem 1.25rem;
      border: 1px solid var(--_accent);
      border-radius: 6px;
      background: var(--_accent);
      color: white;
      cursor: pointer;
    }

    [aria-disabled='true'] {
      opacity: 0.7;
      cursor: progress;
    }

    .users {
      padding-inline-start: 1.25rem;
    }

    .users .email {
      opacity: 0.8;
      margin-inline-start: 0.5rem;
    }

    .grant {
      gap: 0.75rem;
      justify-items: start;
    }

    .grant contact-field {
      justify-self: stretch;
    }

    @media (prefers-reduced-motion: no-preference) {
      dialog[open] {
        animation: appear 150ms ease-out;
      }
    }

    @keyframes appear {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }

    @media (forced-colors: active) {
      button.primary,
      .grant button {
        border-color: ButtonText;
      }
      [role='tab'][aria-selected='true'] {
        border-block-end-color: Highlight;
      }
    }
  `,
];
