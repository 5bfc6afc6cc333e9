import {defineConfig} from 'vite';

// Storybook's own Vite settings: nothing of the library build applies.
// Lit's legacy decorators come from tsconfig.json.
export default defineConfig({
  // Storybook's manager and docs are large; that is not this library's size.
  build: {chunkSizeWarningLimit: 2048},
});
