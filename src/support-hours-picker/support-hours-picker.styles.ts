import {css} from 'lit';
import {focusRing, visuallyHidden} from '../styles/shared.styles.js';

export const styles = [
  visuallyHidden,
  focusRing,
  css`
    :host {
      --_border: var(--support-hours-picker-border, #8a8f98);
      --_error: var(--support-hours-picker-error, #b3261e);
      display: block;
      font: inherit;
      color: inherit;
    }

    :host([hidden]) {
      display: none;
    }

    .label {
      font-weight: 600;
    }

    .help {
      font-size: 0.875em;
      opacity: 0.8;
      margin-block: 0.125rem 0.375rem;
    }

    .help:empty {
      display: none;
    }

    fieldset {
      border: 1px solid var(--_border);
      border-radius: 6px;
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem 0.75rem;
      display: grid;
      gap: 0.5rem;
    }

    legend {
      padding-inline: 0.25rem;
    }

    input:not([type]),
    input[type='text'] {
      font: inherit;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 4px;
      min-width: 0;
    }

    .zone {
      max-width: 20rem;
    }

    .day {
      display: grid;
      grid-template-columns: minmax(6rem, max-content) 1fr;
      gap: 0.25rem 0.75rem;
      align-items: start;
    }

    .ranges {
      display: grid;
      gap: 0.25rem;
    }

    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
    }

    .range input {
      width: 7.5rem;
    }

    button {
      font: inherit;
      justify-self: start;
    }

    .summary {
      margin: 0.5rem 0 0;
      font-size: 0.875em;
    }

    .error {
      color: var(--_error);
      font-size: 0.875em;
      margin: 0;
      flex-basis: 100%;
    }
  `,
];
