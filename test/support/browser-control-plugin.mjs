/**
 * Commands for what the standard test-runner commands cannot do. Those
 * named `cdp:` reach Chromium's DevTools protocol and exist only there;
 * the others work in Chromium and in Firefox (WebDriver BiDi), through
 * the launcher's puppeteer page.
 */
export function browserControlPlugin() {
  return {
    name: 'browser-control',
    async executeCommand({command, payload, session}) {
      const run = commands[command];
      if (!run) return undefined;

      const page = session.browser.getPage(session.id);
      return (await run(page, payload ?? {}, session.browser.name)) ?? true;
    },
  };
}

const commands = {
  async 'cdp:send'(page, {method, params}, browser) {
    if (isFirefox(browser)) {
      throw new Error(
        `${method} needs Chromium's DevTools protocol, which ${browser} ` +
          'does not have: branch the test with isFirefox from ' +
          'test/support/browser.ts'
      );
    }

    const client = await cdpSession(page);
    return client.send(method, params);
  },

  async 'clipboard:grant'(page, _payload, browser) {
    // Firefox's profile already lets pages use the clipboard without a
    // prompt (see the launcher's preferences).
    if (isFirefox(browser)) return;

    await page
      .browserContext()
      .overridePermissions(new URL(page.url()).origin, [
        'clipboard-read',
        'clipboard-write',
        'clipboard-sanitized-write',
      ]);
  },

  /**
   * Gives the page back the keyboard focus. A Tab past the last control
   * takes it into Firefox's own toolbar, and nothing in the page brings it
   * back (not focus(), clicks or keys): switching tabs does.
   */
  async 'page:focus'(page) {
    const other = await page.browser().newPage();
    await other.bringToFront();
    await page.bringToFront();
    await other.close();
  },

  async 'mouse:double-click'(page, {x, y}) {
    await page.mouse.click(x, y, {count: 2});
  },

  /**
   * An empty `timeZone` returns to the machine's own zone. Answers false
   * where the browser cannot do it (Firefox ESR before 153 has no time zone
   * override over WebDriver BiDi).
   */
  async 'emulate:time-zone'(page, {timeZone}) {
    try {
      await page.emulateTimezone(timeZone || undefined);
    } catch (error) {
      if (/unknown command/.test(error)) return false;
      throw error;
    }
    return true;
  },

  /**
   * How many nodes of the accessibility tree under the page's
   * `__accessibilityRoot` (a shadow root or the document) have `role`
   * and `name`. Firefox answers this over WebDriver BiDi (accessibility
   * locators), though it gives no whole tree with descriptions and states.
   */
  async 'accessibility:count'(page, {role, name}) {
    const root = await page.evaluateHandle(
      () => globalThis.__accessibilityRoot ?? document
    );
    const quoted = name.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
    const found = await root.$$(
      `::-p-aria([name="${quoted}"][role="${role}"])`
    );
    await Promise.all([root, ...found].map((handle) => handle.dispose()));
    return found.length;
  },
};

function isFirefox(browser) {
  return browser === 'Firefox';
}

const sessions = new WeakMap();

async function cdpSession(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}
