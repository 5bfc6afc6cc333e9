import {execFile} from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {answerWithin} from '../package/long-command.mjs';
import {buildPackageOnce} from '../package/package-plugin.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/.bin/tsc');

/** What the source imports become in a host that installed the package. */
const PUBLISHED = {
  '../../src/index.js': 'contact-info-elements',
  '../../src/record/index.js': 'contact-info-elements/record',
  '../../src/entries/contact-field.js': 'contact-info-elements/contact-field',
};

/**
 * `types:check` type-checks test/types against the sources, then a copy of
 * api.types.ts that imports the built package by its name, in a scratch
 * host project, without skipping declaration files.
 */
export function typesPlugin() {
  let check;

  return {
    name: 'types',
    async executeCommand({command}) {
      if (command !== 'types:check') return undefined;

      check ??= checkTypes();
      const answer = await answerWithin(check);
      // A finished check is not kept: running the test again re-checks.
      if (!answer.pending) check = undefined;
      return answer;
    },
  };
}

async function checkTypes() {
  const source = await typeCheck(['-p', 'test/types/tsconfig.json']);
  const built = await buildPackageOnce();
  const published = built.ok
    ? await checkPublished()
    : `npm run build failed\n${built.output}`;
  return {source, published};
}

/** The diagnostics of one `tsc --noEmit` run; empty when clean. */
async function typeCheck(args, cwd = root) {
  try {
    await run(tsc, ['--noEmit', '--pretty', 'false', ...args], {
      cwd,
      maxBuffer: 16 << 20,
    });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error);
  }
}

async function checkPublished() {
  const dir = mkdtempSync(join(tmpdir(), 'contact-info-types-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules/contact-info-elements'), 'dir');
    let code = readFileSync(join(root, 'test/types/api.types.ts'), 'utf8');
    for (const [from, to] of Object.entries(PUBLISHED)) {
      code = code.replaceAll(`'${from}'`, `'${to}'`);
    }
    if (code.includes('/src/')) {
      return 'api.types.ts imports a source path that PUBLISHED does not map';
    }
    writeFileSync(join(dir, 'api.types.ts'), code);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['api.types.ts'],
      })
    );
    return await typeCheck(['-p', 'tsconfig.json'], dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
