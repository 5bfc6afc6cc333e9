import {execFile} from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = resolve('.');

/**
 * Server-side checks that need the file system: whether the committed
 * manifest matches the source, and whether every message has a Korean
 * translation. Tests call them with `executeServerCommand`.
 */
export function projectChecksPlugin() {
  return {
    name: 'project-checks',
    async executeCommand({command}) {
      if (command === 'check-manifest') return checkManifest();
      if (command === 'check-translations') return checkTranslations();
      if (command === 'coverage-enabled') {
        return process.env.COVERAGE !== '0';
      }
      return undefined;
    },
  };
}

async function checkManifest() {
  // The analyzer resolves --outdir against the working directory, even an
  // absolute one, so the scratch folder lives inside the project.
  mkdirSync(join(root, 'tmp'), {recursive: true});
  const dir = mkdtempSync(join(root, 'tmp', 'cem-'));
  try {
    await run(
      join(root, 'node_modules/.bin/cem'),
      [
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        relative(root, dir),
      ],
      {cwd: root}
    );
    const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    return {fresh: JSON.parse(fresh), committed: JSON.parse(committed)};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Extracts the messages again into a scratch copy of `locales/`. */
async function checkTranslations() {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  try {
    cpSync(join(root, 'locales'), dir, {recursive: true});
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json')));
    config.interchange.xliffDir = dir;
    config.tsConfig = join(root, config.tsConfig);
    config.inputFiles = config.inputFiles.map((glob) => join(root, glob));
    const configPath = join(dir, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(config));
    await run(
      join(root, 'node_modules/.bin/lit-localize'),
      ['extract', '--config', configPath],
      {cwd: root}
    );
    return {
      extracted: readFileSync(join(dir, 'ko.xlf'), 'utf8'),
      committed: readFileSync(join(root, 'locales/ko.xlf'), 'utf8'),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
