import {expect} from '@open-wc/testing';
import {longCommand} from './long-command.js';

interface Built {
  ok: boolean;
  output?: string;
}

type Exports = Record<string, string | Record<string, string>>;

let files: string[] = [];
let manifest: {exports: Exports; customElements: string; files: string[]};

describe('npm pack', () => {
  before(async function () {
    this.timeout(180_000);
    const built = await longCommand<Built>('package:build');
    expect(built.ok, built.output).to.equal(true);

    ({files} = await longCommand<{files: string[]}>('package:pack'));
    manifest = await (await fetch('/package.json')).json();
  });

  it('holds every file that package.json exports', () => {
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target)
    );
    const missing = targets
      .filter((target) => !target.includes('*'))
      .map((target) => target.replace(/^\.\//, ''))
      .filter((path) => !files.includes(path));

    expect(missing).to.deep.equal([]);
  });

  it('has an entry per element, one for all, one without registering', () => {
    expect(Object.keys(manifest.exports)).to.include.members([
      '.',
      './elements',
      './contact-field',
      './support-hours-picker',
      './contact-info-modal',
      './record',
      './bundle',
    ]);
  });

  it('holds the built JavaScript with its type declarations', () => {
    const modules = files.filter(
      (path) =>
        path.startsWith('dist/') &&
        path.endsWith('.js') &&
        !path.endsWith('.bundle.js') &&
        !path.startsWith('dist/_virtual/')
    );
    const declarations = new Set(
      files.filter((path) => path.endsWith('.d.ts'))
    );
    // Every module that is a source file has its declaration beside the
    // others in dist/types; the entries are named after their subpath.
    const entries: Record<string, string> = {
      'dist/contact-field.js': 'dist/types/entries/contact-field.d.ts',
      'dist/support-hours-picker.js':
        'dist/types/entries/support-hours-picker.d.ts',
      'dist/contact-info-modal.js':
        'dist/types/entries/contact-info-modal.d.ts',
      'dist/record.js': 'dist/types/record/index.d.ts',
    };
    const undeclared = modules.filter((path) => {
      const declaration =
        entries[path] ??
        path.replace(/^dist\//, 'dist/types/').replace(/\.js$/, '.d.ts');
      return !declarations.has(declaration);
    });

    expect(modules.length).to.be.greaterThan(10);
    expect(undeclared).to.deep.equal([]);
    expect(files).to.include('dist/contact-info-elements.bundle.js');
  });

  it('holds the custom elements manifest and the translations', () => {
    expect(manifest.customElements).to.equal('custom-elements.json');
    expect(files).to.include.members([
      'custom-elements.json',
      'locales/ko.xlf',
      'README.md',
      'package.json',
    ]);
  });

  it('holds no sources, tests, stories, examples or tooling', () => {
    const unwanted = files.filter(
      (path) =>
        /^(src|test|stories|examples|bench|docs|\.storybook|\.ci|tmp)\//.test(
          path
        ) ||
        /\.(test|stories)\.[jt]s$/.test(path) ||
        (path.endsWith('.ts') && !path.endsWith('.d.ts')) ||
        /(^|\/)(vite|web-test-runner|tsconfig|lit-localize)[^/]*$/.test(path)
    );

    expect(unwanted).to.deep.equal([]);
  });
});
