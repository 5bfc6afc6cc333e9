import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {summaryReporter} from './test/support/summary-reporter.mjs';
import {projectChecksPlugin} from './test/support/project-checks-plugin.mjs';
import {browserControlPlugin} from './test/support/browser-control-plugin.mjs';
import {
  chromiumRuns,
  firefoxLauncher,
  selectBrowsers,
} from './test/support/browsers.mjs';
import {screenshotPlugin} from './test/support/screenshot-plugin.mjs';
import {storybookPlugin} from './test/storybook/storybook-plugin.mjs';
import {packagePlugin} from './test/package/package-plugin.mjs';
import {typesPlugin} from './test/types/types-plugin.mjs';
import {examplesPlugin} from './test/examples/examples-plugin.mjs';
import {sizeBudgetPlugin} from './test/support/size-budget-plugin.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const fixtures = new URL('../shared/fixtures/', import.meta.url);

/** Serves the shared fixtures, which live outside rootDir, at /fixtures/. */
function serveFixtures() {
  return async (context, next) => {
    const match = /^\/fixtures\/([\w-]+\.json)$/.exec(context.path);
    if (!match) return next();

    try {
      context.body = await readFile(new URL(match[1], fixtures), 'utf8');
      context.type = 'application/json';
    } catch {
      return next();
    }
  };
}

/**
 * Serves everything under /test/csp/ with a strict policy: scripts and
 * styles only from this origin or constructed style sheets, no eval, and
 * Trusted Types enforced (Lit's own policy is the only one allowed).
 */
function strictPolicy() {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/test/csp/')) {
      context.set('Content-Security-Policy', policy);
    }
  };
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [serveFixtures(), strictPolicy()],
  // One page at a time: keyboard focus belongs to one page, and the
  // tests drive real focus.
  concurrency: 1,
  // One browser after the other: side by side they share two cores, and
  // timed checks (the hostile-input budgets) grow flaky for half a minute
  // saved.
  concurrentBrowsers: 1,
  testsFinishTimeout: 5 * 60_000,
  // Line coverage of src/ is reported on every run with Chromium and held
  // at 90 %; COVERAGE=0 turns it off, for timing-sensitive checks.
  coverage: process.env.COVERAGE !== '0' && chromiumRuns(),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/localization/generated/**', 'node_modules/**'],
    threshold: {statements: 0, branches: 0, functions: 0, lines: 90},
    reportDir: 'coverage',
    report: true,
  },
  testFramework: {config: {ui: 'bdd', timeout: 10_000}},
  // Chromium, and Firefox ESR over WebDriver BiDi when it is installed;
  // `BROWSERS=chromium` or `BROWSERS=firefox` runs one of them.
  browsers: selectBrowsers([
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        // The sandbox cannot start as root; the rest keeps Chromium off the
        // network, which is closed on CI machines.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--lang=en-US',
        ],
      },
    }),
    firefoxLauncher(),
  ]),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    a11ySnapshotPlugin(),
    projectChecksPlugin(),
    browserControlPlugin(),
    screenshotPlugin(),
    storybookPlugin(),
    packagePlugin(),
    typesPlugin(),
    examplesPlugin(),
    sizeBudgetPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
