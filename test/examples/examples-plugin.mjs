import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {build} from 'vite';
import {answerWithin} from '../package/long-command.mjs';
import {serveDirectory} from '../package/serve-directory.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Where the test server serves the built framework hosts. */
export const EXAMPLES_PATH = '/__examples__/';

const HOSTS = ['react', 'vue'];

/**
 * Builds the React and Vue hosts with their own Vite configs, once per
 * test run, and serves them at `/__examples__/<host>/`: React ships
 * CommonJS and Vue's template compiler expects a bundler's defines, so
 * neither runs from the test server's plain module resolution.
 */
export function examplesPlugin() {
  let outputDir;
  let built;

  return {
    name: 'examples',

    serverStop() {
      if (outputDir) rmSync(outputDir, {recursive: true, force: true});
    },

    serve(context) {
      return serveDirectory(outputDir, EXAMPLES_PATH, context);
    },

    async executeCommand({command}) {
      if (command !== 'examples:build') return undefined;

      outputDir ??= mkdtempSync(join(tmpdir(), 'contact-info-examples-'));
      built ??= buildHosts(outputDir);
      return answerWithin(built);
    },
  };
}

async function buildHosts(outputDir) {
  try {
    for (const host of HOSTS) {
      await build({
        configFile: join(root, 'examples', host, 'vite.config.ts'),
        logLevel: 'error',
        build: {outDir: join(outputDir, host), emptyOutDir: true},
      });
    }
    return {ok: true};
  } catch (error) {
    return {ok: false, output: String(error?.stack ?? error)};
  }
}
