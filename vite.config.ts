import {resolve} from 'node:path';
import {defineConfig} from 'vite';
import type {BuildEnvironmentOptions} from 'vite';
import {minifyTemplates} from './build/minify-templates.mjs';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/**
 * The package as ES modules for bundlers: an entry per element, one for all
 * and one that registers nothing, with Lit, @lit/localize, zod and
 * punycode left to the host's bundler so that they are shared.
 */
const library: BuildEnvironmentOptions = {
  outDir: resolve(root, 'dist'),
  emptyOutDir: false,
  target: 'es2022',
  // Readable modules: the host's bundler minifies what it keeps.
  minify: false,
  lib: {
    entry: {
      index: src('index.ts'),
      elements: src('elements.ts'),
      'contact-field': src('entries/contact-field.ts'),
      'support-hours-picker': src('entries/support-hours-picker.ts'),
      'contact-info-modal': src('entries/contact-info-modal.ts'),
      record: src('record/index.ts'),
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: [/^lit/, /^@lit\//, /^zod/, /^punycode/],
    // A module per source file, so that a host's bundler keeps only the
    // elements it imports.
    output: {preserveModules: true, preserveModulesRoot: 'src'},
  },
};

/**
 * One self-contained file for a page without a bundler: everything,
 * Lit and the Korean strings included, behind one `<script type=module>`.
 */
const bundle: BuildEnvironmentOptions = {
  outDir: resolve(root, 'dist'),
  emptyOutDir: false,
  target: 'es2022',
  minify: true,
  lib: {
    entry: {'contact-info-elements.bundle': src('index.ts')},
    formats: ['es'],
  },
  // Vite keeps whitespace in library builds; this file is for browsers.
  rolldownOptions: {output: {codeSplitting: false, minify: true}},
};

// One config for three jobs: `vite` serves the demo portal from
// examples/portal, `vite build` builds the library into dist/, and
// `vite build --mode bundle` adds the single-file build.
export default defineConfig(({mode}) => ({
  root: resolve(root, 'examples/portal'),
  publicDir: false,
  // The package ships its templates minified: fewer nodes per shadow root.
  plugins: mode === 'development' ? [] : [minifyTemplates()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    fs: {allow: [root]},
  },
  build: mode === 'bundle' ? bundle : library,
}));
