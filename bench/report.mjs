const KiB = 1024;
const MiB = 1024 * 1024;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

const UNITS = {
  KiB: (value) => `${(value / KiB).toFixed(1)} KiB`,
  MiB: (value) => `${(value / MiB).toFixed(2)} MiB`,
  ms: (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`,
  nodes: (value) => `${(value / 1000).toFixed(2)} k`,
};

/**
 * The figures of the report: which page, which number of a load, its unit
 * and the goal, as an absolute limit or as a limit on library ÷ plain.
 */
const FIGURES = [
  {
    label: 'JS+CSS per load, brotli',
    kind: 'modal',
    pick: (load) => load.bytes.code,
    unit: 'KiB',
    goal: {at: 20 * KiB},
  },
  {
    label: 'script start → dialog open with focus in the first field',
    kind: 'modal',
    pick: (load) => load.scriptToOpen,
    unit: 'ms',
    goal: {ratio: 2},
  },
  {
    label: 'navigation → that point',
    kind: 'modal',
    pick: (load) => load.navigationToOpen,
    unit: 'ms',
    goal: {ratio: 1.3},
  },
  {
    label: 'JS heap after open (after a GC)',
    kind: 'modal',
    pick: (load) => load.heap,
    unit: 'MiB',
    goal: {ratio: 1.5},
  },
  {
    label: 'JS heap 1.5 s after open, settled (after a GC)',
    kind: 'modal',
    pick: (load) => load.settledHeap,
    unit: 'MiB',
    goal: {ratio: 1.5},
  },
  {
    label: 'one keystroke: input → update → checkValidity',
    kind: 'modal',
    pick: (load) => load.keystroke,
    unit: 'ms',
    goal: {ratio: 1.5},
  },
  {
    label: '500 text fields: navigation → all rendered',
    kind: 'fields',
    pick: (load) => load.rendered,
    unit: 'ms',
    goal: {ratio: 2},
  },
  {
    label: '500 text fields: DOM nodes incl. shadow trees',
    kind: 'fields',
    pick: (load) => load.nodes,
    unit: 'nodes',
    goal: {ratio: 4},
  },
  {
    label: 'HTML per load, brotli (not a goal)',
    kind: 'modal',
    pick: (load) => load.bytes.html,
    unit: 'KiB',
  },
  {
    label: '500 text fields: JS+CSS, brotli (not a goal)',
    kind: 'fields',
    pick: (load) => load.bytes.code,
    unit: 'KiB',
  },
  {
    label:
      '500 fields: nodes Chromium holds, with its input internals (not a goal)',
    kind: 'fields',
    pick: (load) => load.engineNodes,
    unit: 'nodes',
  },
];

function spread(values, format) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = low === high ? '' : ` (${format(low)}–${format(high)})`;
  return `${format(median(values))}${range}`;
}

function figureRow(figure, samples) {
  const format = UNITS[figure.unit];
  const plain = samples.plain[figure.kind].map(figure.pick);
  const library = samples.library[figure.kind].map(figure.pick);
  // Loads of the same round ran side by side, under the same load of the
  // machine, so the ratio is the median of each round's own ratio.
  const ratio = median(library.map((value, round) => value / plain[round]));
  const {goal} = figure;
  let goalText = '';
  let met = '';
  if (goal?.at !== undefined) {
    goalText = `≤ ${format(goal.at)}`;
    met = median(library) <= goal.at ? 'met' : '**missed**';
  } else if (goal?.ratio !== undefined) {
    goalText = `≤ ${goal.ratio}× plain`;
    met = ratio <= goal.ratio ? 'met' : '**missed**';
  }
  const ratioText = plain.includes(0) ? '—' : `${ratio.toFixed(2)}×`;
  return `| ${figure.label} | ${spread(plain, format)} | ${spread(
    library,
    format
  )} | ${ratioText} | ${goalText} | ${met} |`;
}

function table(header, rows) {
  const line = `| ${header.join(' | ')} |`;
  const rule = `|${header.map(() => '---').join('|')}|`;
  return [line, rule, ...rows].join('\n');
}

function selfTimeTables(script) {
  const modules = table(
    ['JS self time by module', 'ms'],
    script.modules.map((row) => `| ${row.name} | ${row.ms.toFixed(1)} |`)
  );
  const functions = table(
    ['JS self time by function', 'ms'],
    script.functions.map((row) => `| ${row.name} | ${row.ms.toFixed(1)} |`)
  );
  return `${modules}\n\n${functions}`;
}

function profileSection(name, profile) {
  const split = table(
    ['main thread, navigation → mark', 'ms'],
    profile.split.rows.map((row) => `| ${row.kind} | ${row.ms.toFixed(1)} |`)
  );
  return [
    `### ${name} (${profile.split.total.toFixed(1)} ms to the mark)`,
    split,
    selfTimeTables(profile.script),
  ].join('\n\n');
}

function heapSection(name, heap) {
  const kib = (bytes) => (bytes / KiB).toFixed(0);
  return [
    `### ${name}`,
    table(
      ['kind of heap node', 'KiB'],
      heap.types.map((row) => `| ${row.name} | ${kib(row.bytes)} |`)
    ),
    table(
      ['largest by kind and name', 'KiB'],
      heap.names.map((row) => `| ${row.name} | ${kib(row.bytes)} |`)
    ),
  ].join('\n\n');
}

function sizeSection(name, size) {
  const rows = size.parts
    .slice(0, 15)
    .map(
      (part) =>
        `| ${part.group} | ${(part.minified / KiB).toFixed(1)} | ${(
          part.brotli / KiB
        ).toFixed(1)} |`
    );
  const lazy = size.lazy
    .map((chunk) => `${chunk.name} ${UNITS.KiB(chunk.brotli)}`)
    .join(', ');
  return [
    `### ${name}: ${UNITS.KiB(size.brotli)} brotli, ` +
      `${UNITS.KiB(size.minified)} minified` +
      (lazy ? `; loaded later: ${lazy}` : ''),
    table(['part (largest 15)', 'minified KiB', 'brotli KiB alone'], rows),
  ].join('\n\n');
}

/** The markdown report of a bench run. */
export function renderReport(run) {
  const {samples, profiles, sizes} = run;
  return `# contact-info-elements vs plain HTML

${run.browser}, ${run.cores} cores, commit ${run.commit},
${run.rounds} rounds of cold loads (fresh browser context each, interleaved
library, plain; one warm-up round discarded), ${new Date().toISOString()},
${run.seconds.toFixed(0)} s.
Medians, with min–max across loads. A load's keystroke figure is the
median of ${run.repeats} means, each over the ${run.typed} keystrokes of
typing one address.

${table(
  ['per cold load', 'plain HTML', 'library', 'library ÷ plain', 'goal', ''],
  FIGURES.map((figure) => figureRow(figure, samples))
)}

Bytes are what a static host sends (brotli, quality 11) for the scripts and
stylesheets a load fetched; the English page fetches no Korean strings.
The heap is \`JSHeapUsedSize\` after a forced garbage collection, as soon
as the dialog is open and again 1.5 s later, once the work a page leaves
for idle time is done. The 500 fields are marked rendered once every
custom element has finished its updates and style and layout have run.
Library ÷ plain is the median of the ratios within each round, whose two
loads ran under the same load of the machine.

## Where the time goes

One more traced load of each page (the minified build for the main-thread
split, the unminified one for JavaScript by module and function).

${Object.entries(profiles.loads)
  .map(([name, profile]) => profileSection(name, profile))
  .join('\n\n')}

## Where a keystroke goes

The keystrokes of one more load of each modal, under the sampling profiler
(unminified build).

${Object.entries(profiles.keystrokes)
  .map(([name, script]) => `### ${name}\n\n${selfTimeTables(script)}`)
  .join('\n\n')}

## What the heap holds after open

A heap snapshot of one more load of each modal, after a garbage
collection; self sizes.

${Object.entries(profiles.heaps)
  .map(([name, heap]) => heapSection(name, heap))
  .join('\n\n')}

## Where the bytes go

Each part is compressed alone, so the parts add up to more than the whole.

${sizeSection('modal page (three elements, setLocale)', sizes.modal)}

${sizeSection('<contact-field> alone', sizes.contactField)}
`;
}
