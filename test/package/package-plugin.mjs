import {execFile} from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {build} from 'vite';
import {readProjectFiles, readmeWithApi} from './api-docs.mjs';
import {answerWithin, failureOutput} from './long-command.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

/**
 * Commands that need the package as it is published: `npm run build` (once
 * per test run), the file list of `npm pack`, and what a host's bundler
 * makes of an import of the package.
 */
export function packagePlugin() {
  let host;

  return {
    name: 'package',

    serverStop() {
      if (host) rmSync(host, {recursive: true, force: true});
    },

    async executeCommand({command, payload}) {
      if (command === 'package:build') return answerWithin(buildPackageOnce());
      if (command === 'package:pack') return answerWithin(packedFiles());
      if (command === 'package:bundle-host') {
        host ??= hostProject();
        return answerWithin(bundleHost(host, payload.code));
      }
      if (command === 'package:readme') {
        const {readme, manifest} = readProjectFiles();
        return {
          committed: readme,
          generated: await readmeWithApi(readme, manifest),
        };
      }
      return undefined;
    },
  };
}

let built;

/** Builds dist/ once for the whole run; tests that need it share it. */
export function buildPackageOnce() {
  built ??= buildPackage();
  return built;
}

async function buildPackage() {
  const started = performance.now();
  try {
    await run('npm', ['run', 'build'], {cwd: root, maxBuffer: 16 << 20});
    return {ok: true, seconds: (performance.now() - started) / 1e3};
  } catch (error) {
    return {ok: false, output: failureOutput(error)};
  }
}

/** What `npm pack` would put in the tarball. */
async function packedFiles() {
  const {stdout} = await run(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts'],
    {cwd: root, maxBuffer: 16 << 20}
  );
  const [pack] = JSON.parse(stdout);
  return {
    files: pack.files.map((file) => file.path).sort(),
    size: pack.size,
  };
}

/**
 * A scratch host project whose node_modules holds this package, so that
 * its imports resolve through package.json's `exports` and `sideEffects`
 * as they would after `npm install`.
 */
function hostProject() {
  const dir = mkdtempSync(join(tmpdir(), 'contact-info-host-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/contact-info-elements'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  return dir;
}

/** The code a host's production build keeps of `code`. */
async function bundleHost(dir, code) {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, code);
  try {
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        minify: false,
        modulePreload: false,
        rollupOptions: {
          input: entry,
          // Lit and zod would only add noise to what the tests read.
          external: [/^lit/, /^@lit\//, /^zod/, /^punycode/],
        },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output])
      .flatMap((result) => result.output)
      .filter((file) => file.type === 'chunk');
    return {
      code: chunks.map((chunk) => chunk.code).join('\n'),
      modules: [
        ...new Set(chunks.flatMap((chunk) => Object.keys(chunk.modules))),
      ].map((id) => id.replace(root, '<package>')),
    };
  } finally {
    rmSync(entry, {force: true});
  }
}
