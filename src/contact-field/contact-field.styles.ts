import {css} from 'lit';
import {focusRing, visuallyHidden} from '../styles/shared.styles.js';

const fieldStyles = css`
  :host {
    --_accent: var(--contact-field-accent, var(--contact-info-accent, #1a5fd0));
    --_border: var(--contact-field-border, #8a8f98);
    --_error: var(--contact-field-error, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--contact-field-radius, 6px);
    display: block;
    position: relative;
    font: inherit;
    color: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.125rem;
  }

  .help {
    font-size: 0.875em;
    opacity: 0.8;
    margin-block-end: 0.375rem;
  }

  [hidden] {
    display: none !important;
  }

  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.5rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: Field;
    color: FieldText;
    box-sizing: border-box;
  }

  .control:focus-within {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .control[data-invalid] {
    border-color: var(--_error);
  }

  .control[data-disabled] {
    opacity: 0.6;
  }

  input {
    flex: 1 1 8rem;
    min-width: 6rem;
    border: 0;
    padding: 0.25rem 0;
    font: inherit;
    color: inherit;
    background: transparent;
  }

  input:focus {
    outline: none;
  }

  .chips {
    display: contents;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    padding: 0.125rem 0.25rem 0.125rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--contact-field-chip-background, #e8eefb);
    color: var(--contact-field-chip-color, #102a5c);
    overflow-wrap: anywhere;
    border: 1px solid transparent;
  }

  .chip[data-selected] {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
  }

  .chip-label {
    cursor: default;
    user-select: none;
  }

  .chip-label:focus {
    outline: none;
  }

  .chip-remove {
    line-height: 1;
    padding: 0.125rem 0.25rem;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  .chip-remove:hover {
    background: rgb(0 0 0 / 0.08);
  }

  [data-disabled] .chip-remove {
    cursor: default;
  }

  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: 14rem;
    overflow: auto;
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }

  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }

  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: white;
  }

  [role='option'] .email {
    opacity: 0.8;
  }

  .error {
    color: var(--_error);
    font-size: 0.875em;
    margin-block-start: 0.25rem;
  }

  .error:empty {
    display: none;
  }

  @media (forced-colors: active) {
    .control[data-invalid] {
      border-color: Mark;
    }
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .chip {
      border-color: CanvasText;
    }
    .chip[data-selected] {
      outline-color: Highlight;
    }
  }
`;

// One sheet rather than three: a page may adopt it in hundreds of fields.
export const styles = css`
  ${visuallyHidden}
  ${focusRing}
  ${fieldStyles}
`;
