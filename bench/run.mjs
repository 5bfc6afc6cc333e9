/**
 * `npm run bench`: the contact-information job built with this library and
 * as plain HTML, and a page of 500 fields in each flavour; cold loads in
 * Chromium, interleaved, with a markdown report in bench/report/latest.md.
 * Options: --rounds N (default 20, at least 15), --keystrokes N (repeats
 * of the typed address per load, default 20).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';

import {measureSizes} from '../test/support/size-budget-plugin.mjs';
import {buildPages, OUT_DIR} from './build.mjs';
import {harness} from './harness.mjs';
import {
  heapSummary,
  profileWork,
  SAMPLES,
  scriptProfile,
  TIMELINE,
  timelineSplit,
  traceLoad,
} from './profile.mjs';
import {renderReport} from './report.mjs';
import {serve} from './server.mjs';

const {values: options} = parseArgs({
  options: {
    rounds: {type: 'string', default: '20'},
    keystrokes: {type: 'string', default: '20'},
  },
});
const ROUNDS = Math.max(15, Number(options.rounds));
const KEYSTROKE_REPEATS = Math.max(1, Number(options.keystrokes));
const TYPED = 'support@bareun.example';
const TIMEOUT = 20_000;
const SETTLE = 1500;

/** Where each flavour's keystroke goes, and whose validity is checked. */
const KEYSTROKE_TARGET = {
  library: {
    input: [
      'contact-info-modal',
      'contact-field[name=operationsPublic]',
      'input',
    ],
    control: ['contact-info-modal', 'contact-field[name=operationsPublic]'],
  },
  plain: {input: ['#operationsPublic'], control: ['#operationsPublic']},
};

/** The first field of the form, which must hold focus when it opens. */
const FIRST_FIELD = {library: 'alertContacts', plain: 'alertContacts'};

const FLAVOURS = ['library', 'plain'];

/** The commit measured, and whether the working tree differs from it. */
function commit() {
  try {
    const git = (...args) =>
      execFileSync('git', args, {encoding: 'utf8', stdio: 'pipe'}).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'src') !== '';
    return changed ? `${head} + changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

function log(text) {
  process.stderr.write(`${text}\n`);
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench: ${what} took over ${TIMEOUT} ms`)),
      TIMEOUT
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Brotli bytes of the scripts and stylesheets a page has fetched so far,
 * and of its document, by the page's own list of what it loaded (a log of
 * the server would mix in late requests of the load before).
 */
async function loadedBytes(page, server) {
  const urls = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ]);
  const bytes = {code: 0, html: 0};
  for (const url of urls) {
    const {pathname} = new URL(url);
    const size = await server.brotliSize(pathname);
    if (/\.(js|css)$/.test(pathname)) bytes.code += size;
    if (/\.html$/.test(pathname)) bytes.html += size;
  }
  return bytes;
}

async function heapAfterGarbageCollection(page) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  await client.send('Performance.enable');
  const {metrics} = await client.send('Performance.getMetrics');
  const {nodes} = await client.send('Memory.getDOMCounters');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  return {heap: heap.value, engineNodes: nodes};
}

async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(harness);
  await page.goto(url, {waitUntil: 'load', timeout: TIMEOUT});
  return {context, page};
}

async function loadModal(browser, server, flavour) {
  const {context, page} = await openPage(
    browser,
    `${server.origin}/min/${flavour}/modal.html`
  );
  try {
    const focused = await withTimeout(
      page.evaluate(() => window.bench.ready),
      `focus in the ${flavour} modal`
    );
    if (!focused.includes(`[${FIRST_FIELD[flavour]}]`)) {
      throw new Error(`bench: ${flavour} opened with focus in ${focused}`);
    }

    const bytes = await loadedBytes(page, server);
    const marks = await page.evaluate(() => {
      const time = (name) => performance.getEntriesByName(name)[0]?.startTime;
      return {start: time('script-start'), ready: time('ready')};
    });
    const {heap} = await heapAfterGarbageCollection(page);
    // And the heap the page keeps once it has settled: work it leaves for
    // idle time (naming every time zone for search) counts too.
    await new Promise((resolve) => setTimeout(resolve, SETTLE));
    const settled = await heapAfterGarbageCollection(page);
    const target = KEYSTROKE_TARGET[flavour];
    const means = await withTimeout(
      page.evaluate(
        (input, control, text, repeats) =>
          window.bench.keystrokes(input, control, text, repeats),
        target.input,
        target.control,
        TYPED,
        KEYSTROKE_REPEATS
      ),
      `keystrokes in the ${flavour} modal`
    );
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (!isolated) throw new Error('bench: the page is not isolated');

    return {
      bytes,
      scriptToOpen: marks.ready - marks.start,
      navigationToOpen: marks.ready,
      heap,
      settledHeap: settled.heap,
      keystroke: median(means),
    };
  } finally {
    await context.close();
  }
}

async function loadFields(browser, server, flavour) {
  const {context, page} = await openPage(
    browser,
    `${server.origin}/min/${flavour}/fields.html`
  );
  try {
    await withTimeout(
      page.evaluate(() => window.bench.rendered),
      `rendering the ${flavour} fields`
    );
    const bytes = await loadedBytes(page, server);
    const result = await page.evaluate(() => ({
      rendered: performance.getEntriesByName('rendered')[0].startTime,
      nodes: window.bench.countNodes(),
    }));
    const {engineNodes} = await heapAfterGarbageCollection(page);
    return {
      bytes,
      rendered: result.rendered,
      nodes: result.nodes,
      engineNodes,
    };
  } finally {
    await context.close();
  }
}

async function profile(browser, server) {
  const prepare = (page) => page.evaluateOnNewDocument(harness);
  const untilOpen = (page) => page.evaluate(() => window.bench.ready);
  const untilRendered = (page) => page.evaluate(() => window.bench.rendered);
  const loads = {};
  const heaps = {};
  const keystrokes = {};
  for (const flavour of FLAVOURS) {
    for (const [kind, mark, until] of [
      ['modal', 'ready', untilOpen],
      ['fields', 'rendered', untilRendered],
    ]) {
      const url = (build) => `${server.origin}/${build}/${flavour}/${kind}`;
      const timeline = await traceLoad(
        browser,
        `${url('min')}.html`,
        TIMELINE,
        prepare,
        until
      );
      const script = await traceLoad(
        browser,
        `${url('readable')}.html`,
        SAMPLES,
        prepare,
        until
      );
      loads[`${flavour}/${kind}`] = {
        split: timelineSplit(timeline, mark),
        script: scriptProfile(script, mark, OUT_DIR),
      };
    }

    const modal = (build) => `${server.origin}/${build}/${flavour}/modal.html`;
    let open = await openPage(browser, modal('min'));
    try {
      await untilOpen(open.page);
      heaps[flavour] = await heapSummary(open.page);
    } finally {
      await open.context.close();
    }

    open = await openPage(browser, modal('readable'));
    try {
      await untilOpen(open.page);
      // Work a page leaves for idle time is no part of a keystroke.
      await new Promise((resolve) => setTimeout(resolve, SETTLE));
      const target = KEYSTROKE_TARGET[flavour];
      keystrokes[flavour] = await profileWork(
        open.page,
        (page) =>
          page.evaluate(
            (input, control, text, repeats) =>
              window.bench.keystrokes(input, control, text, repeats),
            target.input,
            target.control,
            TYPED,
            KEYSTROKE_REPEATS
          ),
        OUT_DIR
      );
    } finally {
      await open.context.close();
    }
  }
  return {loads, heaps, keystrokes};
}

async function main() {
  const started = Date.now();
  log('bench: building the pages');
  await buildPages();
  await buildPages({readable: true});
  const sizes = await measureSizes();

  const server = await serve(OUT_DIR);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
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
  });

  try {
    const samples = {};
    for (const flavour of FLAVOURS) samples[flavour] = {modal: [], fields: []};

    // Round 0 warms the server, the disk cache and Chromium up; it is
    // thrown away.
    for (let round = 0; round <= ROUNDS; round++) {
      log(`bench: round ${round}${round === 0 ? ' (warm-up)' : ''}`);
      for (const [kind, load] of [
        ['modal', loadModal],
        ['fields', loadFields],
      ]) {
        for (const flavour of FLAVOURS) {
          const result = await load(browser, server, flavour);
          if (round > 0) samples[flavour][kind].push(result);
        }
      }
    }

    log('bench: profiling one more load of each page');
    const profiles = await profile(browser, server);
    const report = renderReport({
      samples,
      profiles,
      sizes,
      rounds: ROUNDS,
      repeats: KEYSTROKE_REPEATS,
      typed: TYPED.length,
      browser: await browser.version(),
      commit: commit(),
      cores: availableParallelism(),
      seconds: (Date.now() - started) / 1000,
    });
    const dir = join(import.meta.dirname, 'report');
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, 'latest.md'), report);
    writeFileSync(
      join(dir, 'latest.json'),
      JSON.stringify({samples, profiles}, null, 1)
    );
    process.stdout.write(report);
    log('bench: wrote bench/report/latest.md and latest.json');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
