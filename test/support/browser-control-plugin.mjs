/**
 * Commands that reach Chromium's DevTools protocol for what the standard
 * test-runner commands cannot do: a real IME composition and clipboard
 * permissions.
 */
export function browserControlPlugin() {
  return {
    name: 'browser-control',
    async executeCommand({command, payload, session}) {
      if (!command.startsWith('cdp:')) return undefined;

      const page = session.browser.getPage(session.id);
      const client = await cdpSession(page);
      if (command === 'cdp:send') {
        return (await client.send(payload.method, payload.params)) ?? true;
      }
      if (command === 'cdp:grant-clipboard') {
        await page
          .browserContext()
          .overridePermissions(new URL(page.url()).origin, [
            'clipboard-read',
            'clipboard-write',
            'clipboard-sanitized-write',
          ]);
        return true;
      }
      return undefined;
    },
  };
}

const sessions = new WeakMap();

async function cdpSession(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}
