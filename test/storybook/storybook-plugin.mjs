import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {answerWithin, failureOutput} from '../package/long-command.mjs';
import {serveDirectory} from '../package/serve-directory.mjs';

const run = promisify(execFile);
const root = resolve('.');

/** Where the test server serves the static Storybook. */
export const STORYBOOK_PATH = '/__storybook__/';

/**
 * Builds the static Storybook once per test run, with `npm run
 * build-storybook` and (where the system allows it) no network at all, and
 * serves it at {@link STORYBOOK_PATH}. It also records what the stories
 * write to the console, which a page cannot see of its frames in time.
 */
export function storybookPlugin() {
  let outputDir;
  let build;
  const watched = new WeakMap();

  return {
    name: 'storybook',

    serverStop() {
      if (outputDir) rmSync(outputDir, {recursive: true, force: true});
    },

    serve(context) {
      return serveDirectory(outputDir, STORYBOOK_PATH, context);
    },

    async executeCommand({command, session}) {
      if (command === 'storybook:build') {
        outputDir ??= mkdtempSync(join(tmpdir(), 'contact-info-storybook-'));
        build ??= buildStorybook(outputDir);
        return answerWithin(build);
      }
      if (command === 'storybook:console') {
        const page = session.browser.getPage(session.id);
        if (!watched.has(page)) watched.set(page, await watch(page));
        const messages = watched.get(page);
        return messages.splice(0, messages.length);
      }
      return undefined;
    },
  };
}

async function buildStorybook(outputDir) {
  const offline = await canUnplugNetwork();
  const npm = [
    'npm',
    'run',
    'build-storybook',
    '--',
    '--output-dir',
    outputDir,
  ];
  const [file, ...args] = offline ? ['unshare', '-rn', ...npm] : npm;
  const started = performance.now();
  try {
    await run(file, args, {
      cwd: root,
      env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true'},
      maxBuffer: 32 * 1024 * 1024,
    });
    return {ok: true, offline, seconds: (performance.now() - started) / 1e3};
  } catch (error) {
    return {ok: false, offline, output: failureOutput(error)};
  }
}

/**
 * Whether this machine lets a process run in a network namespace of its
 * own, where nothing but loopback exists: the proof that the build does
 * not reach out.
 */
async function canUnplugNetwork() {
  try {
    await run('unshare', ['-rn', 'true']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts recording console errors and uncaught exceptions of the page and
 * its frames, and Storybook's own verdict on each story: every frame gets a
 * hook that listens on Storybook's channel as soon as the preview makes it.
 */
async function watch(page) {
  const messages = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;

    const entry = {
      kind: 'console',
      text: message.text().slice(0, 400),
      url: message.location()?.url ?? '',
    };
    messages.push(entry);
    // Over WebDriver BiDi (Firefox) the text only names handles.
    if (entry.text.startsWith('JSHandle@')) {
      void Promise.all(
        message.args().map((arg) => arg.jsonValue().catch(() => String(arg)))
      ).then((values) => {
        entry.text = values
          .map((value) => JSON.stringify(value))
          .join(' ')
          .slice(0, 400);
      });
    }
  });
  page.on('pageerror', (error) => {
    messages.push({kind: 'exception', text: String(error), url: ''});
  });
  await page.evaluateOnNewDocument(recordStoryEvents);
  return messages;
}

/** Runs in every new document: keeps Storybook's story events. */
function recordStoryEvents() {
  const events = [];
  let channel;
  Object.defineProperty(window, '__storyEvents', {value: events});
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const type of [
        'storyFinished',
        'playFunctionThrewException',
        'storyThrewException',
        'storyErrored',
        'storyMissing',
        'unhandledErrorsWhilePlaying',
        'docsRendered',
      ]) {
        value.on(type, (detail) => events.push({type, detail}));
      }
    },
  });
}
