import {existsSync} from 'node:fs';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const KNOWN = ['chromium', 'firefox'];

/**
 * The browsers that `BROWSERS` names (`chromium`, `firefox`, or both
 * separated by a comma); both when it is unset.
 */
function wanted() {
  const names = (process.env.BROWSERS ?? KNOWN.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !KNOWN.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `BROWSERS: unknown ${unknown.join(', ')}; use ${KNOWN.join(' or ')}`
    );
  }
  return names;
}

/**
 * Firefox ESR driven over WebDriver BiDi; null when `BROWSERS` leaves it
 * out, or, with a note, when it is not installed and not asked for.
 */
export function firefoxLauncher() {
  if (!wanted().includes('firefox')) return null;

  if (!existsSync(firefox)) {
    const missing =
      `Firefox ESR is not at ${firefox}: install it with ` +
      '`apt-get install -y firefox-esr`, or set FIREFOX_PATH.';
    if (process.env.BROWSERS?.includes('firefox')) throw new Error(missing);
    console.warn(`\n${missing}\nThe tests run in Chromium only.\n`);
    return null;
  }

  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      protocol: 'webDriverBiDi',
      extraPrefsFirefox: {
        // Chromium gets the same through --lang=en-US.
        'intl.accept_languages': 'en-US',
        'intl.locale.requested': 'en-US',
        // Lets tests write the clipboard and paste it with Ctrl+V without
        // a user gesture, as granted permissions do in Chromium.
        'dom.events.testing.asyncClipboard': true,
      },
    },
    createPage: async ({context}) => tolerantViewport(await context.newPage()),
  });
}

/**
 * Puppeteer sets a viewport with a screen orientation command that Firefox
 * ESR before 153 does not know. The viewport is set all the same, by a
 * command sent alongside, so that refusal is ignored and the new width
 * awaited.
 */
function tolerantViewport(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientation/.test(error)) {
        throw error;
      }
      await page.waitForFunction(
        (width) => !width || window.innerWidth === width,
        {timeout: 5000},
        viewport?.width
      );
    }
  };
  return page;
}

/**
 * Whether Chromium runs: line coverage comes from its V8 only, so without
 * it there is no coverage to report or to hold at the floor.
 */
export function chromiumRuns() {
  return wanted().includes('chromium');
}

/** The launchers that `BROWSERS` asks for. */
export function selectBrowsers(launchers) {
  const names = wanted();
  const name = (launcher) =>
    launcher.name === 'Firefox' ? 'firefox' : 'chromium';
  return launchers.filter(
    (launcher) => launcher && names.includes(name(launcher))
  );
}
