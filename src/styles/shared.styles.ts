import {css} from 'lit';

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** The focus ring every control of the library shows. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--contact-info-accent, #1a5fd0);
    outline-offset: 2px;
  }
`;
