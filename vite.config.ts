import {resolve} from 'node:path';
import {defineConfig} from 'vite';

const root = import.meta.dirname;

// One config for both jobs: `vite` serves the demo portal from
// examples/portal, and `vite build` builds the library into dist/.
export default defineConfig({
  root: resolve(root, 'examples/portal'),
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    fs: {allow: [root]},
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        record: resolve(root, 'src/record/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit/, /^@lit\//, /^zod/, /^punycode/],
    },
  },
});
