import {resolve} from 'node:path';
import {defineConfig} from 'vite';

const root = import.meta.dirname;

// `npm run example:vue` serves this host; the tests build it. The template
// is compiled in the browser, so no Vue plugin is needed: the alias picks
// Vue's build that includes the compiler.
export default defineConfig({
  root,
  base: './',
  publicDir: false,
  resolve: {alias: {vue: 'vue/dist/vue.esm-bundler.js'}},
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: {
    host: '127.0.0.1',
    port: 5175,
    fs: {allow: [resolve(root, '../..')]},
  },
  build: {outDir: resolve(root, '../../tmp/examples/vue'), target: 'es2022'},
});
