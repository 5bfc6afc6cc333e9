import {resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import {build, minifySync} from 'vite';
import {minifyTemplates} from '../../build/minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');
const src = (path) => JSON.stringify(resolve(root, 'src', path));

/**
 * What a host page loads, through the package's own entry points. The
 * modal page registers all three elements and can switch to Korean, which
 * must stay a chunk of its own; the field page registers `<contact-field>`
 * alone.
 */
export const SIZE_ENTRIES = {
  modal: [
    `import ${src('entries/contact-info-modal.ts')};`,
    `export {setLocale} from ${src('localization/locale.ts')};`,
  ].join('\n'),
  contactField: `import ${src('entries/contact-field.ts')};`,
};

/** Static servers precompress at the highest quality, so we measure that. */
export function brotliSize(text) {
  return brotliCompressSync(Buffer.from(text), {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11},
  }).length;
}

/**
 * Builds each entry as a host's production build would (minified, es2022,
 * every dependency bundled) and returns, per entry, the brotli bytes of
 * what loads at start and of each chunk loaded later, plus what each
 * package or source folder adds to the minified code.
 */
export async function measureSizes(entries = SIZE_ENTRIES) {
  const result = {};
  for (const [name, code] of Object.entries(entries)) {
    result[name] = summarise(await bundle(code));
  }
  return result;
}

async function bundle(code) {
  const id = '\0size-entry';
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      minifyTemplates(),
      {
        name: 'size-entry',
        resolveId: (source) => (source === 'size-entry' ? id : undefined),
        load: (source) => (source === id ? code : undefined),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: 'size-entry',
        // Keeps the entry's exports, so what the page calls stays in.
        preserveEntrySignatures: 'exports-only',
      },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
}

function summarise(files) {
  const chunks = files.filter((file) => file.type === 'chunk');
  const initial = chunks.filter((chunk) => !chunk.isDynamicEntry);
  const lazy = chunks.filter((chunk) => chunk.isDynamicEntry);
  // Lit keeps CSS in JS; a stylesheet would load at start too.
  const css = files.filter((file) => file.fileName.endsWith('.css'));
  const text = [
    ...initial.map((chunk) => chunk.code),
    ...css.map((file) => String(file.source)),
  ].join('\n');

  return {
    brotli: brotliSize(text),
    minified: text.length,
    lazy: lazy.map((chunk) => ({
      name: chunk.name,
      modules: Object.keys(chunk.modules).map(shortName),
      brotli: brotliSize(chunk.code),
      minified: chunk.code.length,
    })),
    parts: parts(initial),
  };
}

/**
 * Minified and brotli bytes per package or source folder. Each part is
 * compressed on its own, so the parts add up to more than the whole.
 */
function parts(chunks) {
  const groups = new Map();
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const group = groupOf(shortName(id));
      groups.set(group, (groups.get(group) ?? '') + (module.code ?? ''));
    }
  }
  return [...groups]
    .map(([group, code]) => {
      const minified = minifyPart(code);
      return {
        group,
        minified: minified.length,
        brotli: minified ? brotliSize(minified) : 0,
      };
    })
    .filter((part) => part.minified > 0)
    .sort((a, b) => b.brotli - a.brotli);
}

/**
 * A part's code as the bundler renders it is not yet minified (that is
 * done to the whole chunk); its own top-level names stay, as they may be
 * used by other parts.
 */
function minifyPart(code) {
  if (!code) return '';

  const result = minifySync('part.js', code);
  return result.errors.length > 0 ? code : result.code;
}

function shortName(id) {
  return id.replace(/^\0/, '').replace(`${root}/`, '');
}

function groupOf(name) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(name);
  if (pkg) {
    const [, packageName, path] = pkg;
    if (['lit', 'lit-html', 'lit-element'].includes(packageName)) return 'lit';
    if (packageName === '@lit/reactive-element') return 'lit';
    if (packageName === 'zod') return `zod/${path.split('/')[1] ?? ''}`;
    return packageName;
  }
  if (name.startsWith('src/')) return name;
  return 'bundler helpers';
}

/** `measure-sizes`: the sizes of the library's pages, for the budget. */
export function sizeBudgetPlugin() {
  return {
    name: 'size-budget',
    async executeCommand({command}) {
      if (command !== 'measure-sizes') return undefined;

      return measureSizes();
    },
  };
}
