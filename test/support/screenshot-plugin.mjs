import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';

const baselines = resolve('test/screenshots/baselines');

/**
 * Screenshots of the page under test, compared against reviewed baselines
 * in test/screenshots/baselines/. `UPDATE_BASELINES=1 npm test` writes new
 * ones, to be looked at before they are committed.
 */
export function screenshotPlugin() {
  return {
    name: 'screenshots',
    async executeCommand({command, payload, session}) {
      if (command !== 'screenshot') return undefined;
      // Another engine's rendering would never match them.
      if (session.browser.name !== 'Chrome') {
        throw new Error(
          "The baselines are Chromium's rendering: compare screenshots " +
            `in Chromium only, not in ${session.browser.name}`
        );
      }

      const page = session.browser.getPage(session.id);
      const actual = await page.screenshot({encoding: 'base64'});
      const file = join(baselines, `${payload.name}.png`);
      if (process.env.UPDATE_BASELINES) {
        await mkdir(dirname(file), {recursive: true});
        await writeFile(file, Buffer.from(actual, 'base64'));
      }
      let baseline = null;
      try {
        baseline = (await readFile(file)).toString('base64');
      } catch {
        // No baseline: the test fails and says how to make one.
      }
      return {actual, baseline};
    },
  };
}
