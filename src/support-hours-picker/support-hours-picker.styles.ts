import {css} from 'lit';
import {focusRing, visuallyHidden} from '../styles/shared.styles.js';

export const styles = [
  visuallyHidden,
  focusRing,
  css`
    :host {
      --_border: var(--support-hours-picker-border, #8a8f98);
      --_error: var(--support-hours-picker-error, light-dark(#b3261e, #ffb4ab));
      --_highlight: var(
        --support-hours-picker-highlight,
        color-mix(in srgb, var(--contact-info-accent, #1a5fd0) 16%, Canvas)
      );
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
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      min-width: 0;
    }

    legend {
      padding-inline: 0.25rem;
    }

    input:not([type]),
    input[type='text'] {
      font: inherit;
      color: inherit;
      background: transparent;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 4px;
      min-width: 0;
    }

    input[aria-invalid='true'] {
      border-color: var(--_error);
    }

    .zone-field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
    }

    .combobox {
      position: relative;
      display: flex;
      align-items: stretch;
      width: 100%;
      max-width: 21rem;
    }

    .zone {
      flex: 1 1 auto;
      width: auto;
      min-width: 0;
    }

    .zone-toggle {
      min-width: 2.25rem;
      margin-inline-start: 0.25rem;
    }

    .zone-details,
    .zone-unmatched,
    .next-day {
      font-size: 0.875em;
      opacity: 0.85;
    }

    .listbox {
      position: absolute;
      inset-block-start: calc(100% + 2px);
      inset-inline-start: 0;
      z-index: 10;
      box-sizing: border-box;
      min-width: 100%;
      width: max-content;
      max-width: min(26rem, 90vw);
      max-height: 16rem;
      overflow-anchor: none;
      overflow-y: auto;
      margin: 0;
      background: Canvas;
      color: CanvasText;
      border: 1px solid var(--_border);
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    }

    .listbox.time {
      max-width: 12rem;
      max-height: 12rem;
    }

    /* One height per row, so the list can hold only the rows in view. */
    .option {
      box-sizing: border-box;
      height: 2.75rem;
      padding: 0.25rem 0.5rem;
      display: grid;
      align-content: center;
      cursor: pointer;
      overflow: hidden;
    }

    .time .option {
      height: 2rem;
    }

    .option-name,
    .option-detail {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .option-detail {
      font-size: 0.8125em;
      opacity: 0.85;
    }

    .option:hover {
      background: var(--_highlight);
    }

    .option[aria-selected='true'] {
      background: var(--_highlight);
      outline: 2px solid var(--contact-info-accent, #1a5fd0);
      outline-offset: -2px;
    }

    .around {
      justify-self: start;
    }

    .days {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }

    .day {
      display: grid;
      grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
      gap: 0.25rem 0.75rem;
      align-items: start;
    }

    .ranges {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
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

    .day-actions,
    .copy-targets,
    .copy-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }

    .copy-panel {
      border-inline-start: 3px solid var(--_border);
      padding-inline-start: 0.5rem;
      display: grid;
      gap: 0.375rem;
    }

    .copy-title {
      margin: 0;
    }

    button {
      font: inherit;
      justify-self: start;
    }

    .remove-range {
      min-width: 2rem;
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

    @media (max-width: 30rem) {
      .day {
        grid-template-columns: 1fr;
      }
    }

    @media (forced-colors: active) {
      .option[aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }

    /* On narrow screens a day's ranges go under its name. */
    @media (max-width: 30rem) {
      .day {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
