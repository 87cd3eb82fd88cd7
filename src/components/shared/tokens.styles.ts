import { css } from 'lit';

/**
 * The default theme: neutral, WCAG 2.1 AA contrast on white. A portal
 * overrides any `--samsyn-*` custom property on the element or an ancestor;
 * the private `--_*` properties below only give each one its fallback.
 *
 * @cssprop --samsyn-font-family - Font stack (default: the portal's, inherited).
 * @cssprop --samsyn-font-size - Base text size (default 1rem).
 * @cssprop --samsyn-color-text - Body text (default #1b1b1b, 16.8:1 on white).
 * @cssprop --samsyn-color-muted - Secondary text (default #505a5f, 7:1 on white).
 * @cssprop --samsyn-color-background - Surfaces (default #ffffff).
 * @cssprop --samsyn-color-surface - Raised or striped surfaces (default #f3f2f1).
 * @cssprop --samsyn-color-border - Borders of inputs and tables (default #6b7075, 4.9:1).
 * @cssprop --samsyn-color-primary - Buttons, links and selection (default #1d5aa8, 6.8:1).
 * @cssprop --samsyn-color-on-primary - Text on the primary colour (default #ffffff).
 * @cssprop --samsyn-color-error - Error messages and borders (default #b3261e, 6.5:1).
 * @cssprop --samsyn-color-success - Reached targets, done rows (default #1e6b36, 6.6:1).
 * @cssprop --samsyn-color-warning - Overdue and attention (default #8a4b00, 6.1:1).
 * @cssprop --samsyn-color-focus - Focus ring (default #ffbf47, with a dark inner ring).
 * @cssprop --samsyn-radius - Corner radius (default 4px).
 * @cssprop --samsyn-space - Base spacing unit (default 0.5rem).
 *
 * A word longer than the line (a long Swedish compound in a heading, an
 * address) breaks rather than widens a narrow screen: `overflow-wrap`.
 */
export const tokens = css`
  :host {
    --_font-family: var(--samsyn-font-family, inherit);
    --_font-size: var(--samsyn-font-size, 1rem);
    --_text: var(--samsyn-color-text, #1b1b1b);
    --_muted: var(--samsyn-color-muted, #505a5f);
    --_bg: var(--samsyn-color-background, #ffffff);
    --_surface: var(--samsyn-color-surface, #f3f2f1);
    --_border: var(--samsyn-color-border, #6b7075);
    --_primary: var(--samsyn-color-primary, #1d5aa8);
    --_on-primary: var(--samsyn-color-on-primary, #ffffff);
    --_error: var(--samsyn-color-error, #b3261e);
    --_success: var(--samsyn-color-success, #1e6b36);
    --_warning: var(--samsyn-color-warning, #8a4b00);
    --_focus: var(--samsyn-color-focus, #ffbf47);
    --_radius: var(--samsyn-radius, 4px);
    --_space: var(--samsyn-space, 0.5rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* GOV.UK's focus style: visible on any background, not colour alone. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .samsyn-broken {
    border: 2px solid var(--_error);
    border-left-width: 6px;
    padding: calc(var(--_space) * 2);
    background: var(--_bg);
    color: var(--_text);
  }
  .samsyn-broken p {
    margin: 0 0 var(--_space);
  }
  .samsyn-broken p:last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
