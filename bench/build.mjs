import {rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {build} from 'vite';
import {minifyTemplates} from '../build/minify-templates.mjs';

const here = import.meta.dirname;
const pages = resolve(here, 'pages');
export const OUT_DIR = resolve(here, 'dist');

/** The pages, one production build each, so each page loads one bundle. */
export const PAGES = [
  'library/modal.html',
  'plain/modal.html',
  'library/fields.html',
  'plain/fields.html',
];

const FIELD_COUNT = 500;

/**
 * Writes each 500-field page's fields from the one-field pattern in its
 * `<!-- fields: ... -->` comment, so the sources stay short.
 */
function repeatFields() {
  return {
    name: 'repeat-fields',
    transformIndexHtml(html) {
      return html.replace(/<!-- fields:(.*?)-->/s, (_, pattern) =>
        Array.from({length: FIELD_COUNT}, (_, index) =>
          pattern.trim().replaceAll('{n}', String(index + 1))
        ).join('\n')
      );
    },
  };
}

/**
 * The project's package.json says its modules have no side effects, which
 * is true of the library but not of the pages: the start mark would go.
 */
function pagesHaveSideEffects() {
  return {
    name: 'pages-have-side-effects',
    transform(code, id) {
      if (!id.startsWith(`${pages}/`)) return undefined;

      return {code, moduleSideEffects: true};
    },
  };
}

/**
 * Builds both flavours of both pages into bench/dist/min: minified, es2022,
 * no module-preload polyfill, no source maps. `readable` builds them into
 * bench/dist/readable unminified instead, so that a profile can name the
 * functions and, from the bundler's `// path` comments, their modules.
 */
export async function buildPages({readable = false} = {}) {
  const name = readable ? 'readable' : 'min';
  const outDir = resolve(OUT_DIR, name);
  rmSync(outDir, {recursive: true, force: true});
  for (const page of PAGES) {
    await build({
      configFile: false,
      root: pages,
      logLevel: 'warn',
      base: `/${name}/`,
      publicDir: false,
      plugins: [repeatFields(), pagesHaveSideEffects(), minifyTemplates()],
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: !readable,
        cssMinify: !readable,
        modulePreload: false,
        reportCompressedSize: false,
        rollupOptions: {input: resolve(pages, page)},
      },
    });
  }
  return outDir;
}
