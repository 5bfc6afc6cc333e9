import {resolve} from 'node:path';
import {defineConfig} from 'vite';

const root = import.meta.dirname;

// `npm run example:react` serves this host; the tests build it.
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5174,
    fs: {allow: [resolve(root, '../..')]},
  },
  build: {outDir: resolve(root, '../../tmp/examples/react'), target: 'es2022'},
});
