// Which engine runs the test. The suite runs in Chromium and in Firefox
// ESR; a test that sees them differ says which behaviour each one shows.

/** Firefox (Gecko), driven over WebDriver BiDi: no DevTools protocol. */
export const isFirefox = navigator.userAgent.includes('Firefox/');

/** Chromium (Blink), driven over the DevTools protocol. */
export const isChromium = !isFirefox && navigator.userAgent.includes('Chrome/');

/** The engine's name, for test titles and messages. */
export const engine = isFirefox ? 'Gecko' : 'Blink';

/**
 * Skips the running test in Firefox, for a check that needs a facility
 * only Chromium gives the test runner. `reason` says what Firefox lacks;
 * it is added to the test's title, so reports show it too.
 */
export function skipInFirefox(test: Mocha.Context, reason: string): void {
  if (!isFirefox) return;

  test.test!.title += ` (Chromium only: ${reason})`;
  test.skip();
}
