import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** What the main thread did: the timeline's own events. */
export const TIMELINE = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

// The sampling profiler alone: the timeline's instrumentation slows some
// DOM calls (setting attributes) enough to mislead a profile.
export const SAMPLES = [
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * Loads `url` once in a fresh context with Chromium's tracing of
 * `categories` on, until `waitFor(page)`, and returns the trace events.
 */
export async function traceLoad(browser, url, categories, prepare, waitFor) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await prepare(page);
    await page.tracing.start({categories});
    await page.goto(url, {waitUntil: 'load'});
    await waitFor(page);
    const buffer = await page.tracing.stop();
    return JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  } finally {
    await context.close();
  }
}

/** The renderer's main thread and the window from navigation to `mark`. */
function pageWindow(events, mark) {
  const end = events.find(
    (event) => event.cat === 'blink.user_timing' && event.name === mark
  );
  if (!end) throw new Error(`bench: no ${mark} mark in the trace`);

  const starts = events.filter(
    (event) =>
      event.name === 'navigationStart' &&
      event.pid === end.pid &&
      event.ts <= end.ts
  );
  const start = starts.at(-1) ?? end;
  return {pid: end.pid, tid: end.tid, start: start.ts, end: end.ts};
}

// What the main thread was doing, by trace event name; the first match
// wins.
const KINDS = [
  [/^ParseHTML$|Parser/, 'parse HTML'],
  [/compile|Compile|parseOnBackground|V8.Parse/, 'compile JS'],
  [/GC|gc/, 'garbage collection'],
  [/UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet/, 'style'],
  [/^Layout$/, 'layout'],
  [/Paint|Layerize|Commit$|Composite|UpdateLayer/, 'paint'],
  [/^CpuProfiler/, 'profiler (only in this traced load)'],
  [
    /DocumentLoader|NavigationBodyLoader|WindowProxy|CommitNavigation/,
    'set up the document',
  ],
  [
    new RegExp(
      [
        'EvaluateScript',
        'evaluateModule',
        'FunctionCall',
        'RunMicrotasks',
        'EventDispatch',
        'TimerFire',
        'AnimationFrame',
        'callAsConstructor',
        String.raw`[vV]8\.`,
      ].join('|')
    ),
    'run JS',
  ],
  [/^Resource|^Receive|loading/i, 'loading'],
];

function kindOf(name) {
  return KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

/**
 * Self time of the main thread's trace events between navigation and
 * `mark`, by kind of work; what is left of the window is waiting (network,
 * idle).
 */
export function timelineSplit(events, mark) {
  const window = pageWindow(events, mark);
  const slices = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === window.pid &&
        event.tid === window.tid &&
        event.ts >= window.start &&
        event.ts < window.end &&
        event.dur > 0
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  const self = new Map();
  const stack = [];
  for (const slice of slices) {
    const end = Math.min(slice.ts + slice.dur, window.end);
    while (stack.length > 0 && stack.at(-1).end <= slice.ts) stack.pop();
    const parent = stack.at(-1);
    const length = end - slice.ts;
    if (parent) {
      self.set(parent.kind, (self.get(parent.kind) ?? 0) - length);
    }
    const kind = kindOf(slice.name);
    self.set(kind, (self.get(kind) ?? 0) + length);
    stack.push({end, kind});
  }

  const total = (window.end - window.start) / 1000;
  const rows = [...self]
    .map(([kind, micros]) => ({kind, ms: micros / 1000}))
    .filter((row) => row.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
  const busy = rows.reduce((sum, row) => sum + row.ms, 0);
  rows.push({kind: 'waiting (network, idle)', ms: total - busy});
  return {total, rows};
}

/**
 * Where the bundle's `// path` comments put each line: the unminified
 * build names every module it inlines that way.
 */
function moduleLines(source) {
  const starts = [];
  source.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:node_modules|src|bench)\/\S+)$/.exec(line);
    if (match) starts.push({line: index, module: match[1]});
  });
  return (line) =>
    starts.findLast((start) => start.line <= line)?.module ?? '(bundle)';
}

/**
 * JavaScript self time between navigation and `mark`, from the trace's
 * CPU profile samples, by module and by function. `root` is the directory
 * the server serves, to read the bundles the samples point into.
 */
export function scriptProfile(events, mark, root) {
  const window = pageWindow(events, mark);
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== window.pid) continue;
    if (event.name === 'Profile') {
      profiles.set(event.id, {
        time: event.args.data.startTime,
        nodes: new Map(),
      });
    }
    if (event.name !== 'ProfileChunk' || !profiles.has(event.id)) continue;

    const profile = profiles.get(event.id);
    const {cpuProfile = {}, timeDeltas = []} = event.args.data;
    for (const node of cpuProfile.nodes ?? []) {
      profile.nodes.set(node.id, node.callFrame);
    }
    (cpuProfile.samples ?? []).forEach((id, index) => {
      profile.time += timeDeltas[index] ?? 0;
      if (profile.time < window.start || profile.time > window.end) return;

      (profile.samples ??= []).push({id, weight: timeDeltas[index] ?? 0});
    });
  }

  return selfTime([...profiles.values()], root);
}

/**
 * Self time by module and by function of CPU profiles, each
 * `{nodes: Map<id, callFrame>, samples: [{id, weight}]}` with weights in
 * microseconds.
 */
function selfTime(profiles, root) {
  const lineMaps = new Map();
  const byModule = new Map();
  const byFunction = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  for (const profile of profiles) {
    for (const {id, weight} of profile.samples ?? []) {
      const frame = profile.nodes.get(id);
      if (!frame) continue;

      const module = moduleOf(frame, root, lineMaps);
      if (module === null) continue;

      add(byModule, module, weight);
      const name = frame.functionName || '(anonymous)';
      add(
        byFunction,
        module.startsWith('(') || module.includes(' ')
          ? module
          : `${name} (${module})`,
        weight
      );
    }
  }
  const top = (map, count) =>
    [...map]
      .map(([name, micros]) => ({name, ms: micros / 1000}))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, count);
  return {modules: top(byModule, 12), functions: top(byFunction, 12)};
}

/**
 * JavaScript self time of `work(page)` in a page already open, from the
 * DevTools protocol's sampling profiler (no navigation in between, so one
 * session sees it all).
 */
export async function profileWork(page, work, root) {
  const client = await page.createCDPSession();
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', {interval: 50});
  await client.send('Profiler.start');
  await work(page);
  const {profile} = await client.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const samples = profile.samples.map((id, index) => ({
    id,
    weight: profile.timeDeltas[index] ?? 0,
  }));
  return selfTime([{nodes, samples}], root);
}

/**
 * What the JavaScript heap holds, from a heap snapshot: self size by kind
 * of node and, for the largest, by constructor or kind name.
 */
export async function heapSummary(page) {
  const client = await page.createCDPSession();
  const chunks = [];
  client.on('HeapProfiler.addHeapSnapshotChunk', ({chunk}) =>
    chunks.push(chunk)
  );
  await client.send('HeapProfiler.enable');
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  const snapshot = JSON.parse(chunks.join(''));
  const {node_fields: fields, node_types: types} = snapshot.snapshot.meta;
  const typeNames = types[0];
  const width = fields.length;
  const at = (name) => fields.indexOf(name);
  const [TYPE, NAME, SIZE] = [at('type'), at('name'), at('self_size')];

  const byType = new Map();
  const byName = new Map();
  const add = (map, key, size) => map.set(key, (map.get(key) ?? 0) + size);
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = typeNames[snapshot.nodes[index + TYPE]];
    const size = snapshot.nodes[index + SIZE];
    if (size === 0) continue;

    add(byType, type, size);
    const name = snapshot.strings[snapshot.nodes[index + NAME]];
    const label =
      type === 'object' || type === 'closure' || type === 'hidden'
        ? `${type}: ${name.slice(0, 60)}`
        : type;
    add(byName, label, size);
  }
  const top = (map, count) =>
    [...map]
      .map(([name, bytes]) => ({name, bytes}))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, count);
  return {types: top(byType, 10), names: top(byName, 15)};
}

function moduleOf(frame, root, lineMaps) {
  const {url, functionName, lineNumber} = frame;
  if (functionName === '(idle)' || functionName === '(root)') return null;
  if (functionName.startsWith('(')) return functionName;
  // The injected harness has no URL; what it forces (style, layout when it
  // reads a box) counts as its own time.
  if (!url && lineNumber !== undefined) {
    return '(bench harness, with the style and layout it forces)';
  }
  if (!url) return `${functionName} (browser built-in)`;
  if (!url.startsWith('http://127.0.0.1')) return '(browser)';

  const path = new URL(url).pathname;
  if (!path.endsWith('.js')) return path;
  if (!lineMaps.has(path)) {
    const file = join(root, path);
    lineMaps.set(path, moduleLines(readFileSync(file, 'utf8')));
  }
  // A bundle's top level runs every module's top-level code, and what that
  // calls into the browser (customElements.define upgrading elements).
  if (lineNumber === 0 && !functionName) return '(bundle top level)';

  return lineMaps.get(path)(lineNumber);
}
