import {expect} from '@open-wc/testing';
import {longCommand} from './long-command.js';

interface Built {
  ok: boolean;
  output?: string;
}

interface HostBuild {
  code: string;
  modules: string[];
}

/** What a host's production build keeps of `code`, importing the package. */
function bundle(code: string): Promise<HostBuild> {
  return longCommand<HostBuild, {code: string}>('package:bundle-host', {code});
}

const kept = (build: HostBuild, module: string) =>
  build.modules.includes(`<package>/dist/${module}`);

// `sideEffects` in package.json tells bundlers which modules must stay even
// when nothing they export is used: exactly the ones that register tags.
describe('sideEffects', () => {
  before(async function () {
    this.timeout(180_000);
    const built = await longCommand<Built>('package:build');
    expect(built.ok, built.output).to.equal(true);
  });

  it('keeps the registration of an import for its effect', async function () {
    this.timeout(30_000);
    const build = await bundle(`import 'contact-info-elements';`);

    expect(kept(build, 'index.js')).to.equal(true);
    for (const element of ['contact-field', 'support-hours-picker']) {
      expect(kept(build, `${element}/${element}.js`), element).to.equal(true);
    }
    expect(kept(build, 'contact-info-modal/contact-info-modal.js')).to.equal(
      true
    );
  });

  it('keeps only the field for `/contact-field`', async function () {
    this.timeout(30_000);
    const build = await bundle(`import 'contact-info-elements/contact-field';`);

    expect(kept(build, 'contact-field.js')).to.equal(true);
    expect(kept(build, 'contact-field/contact-field.js')).to.equal(true);
    expect(
      kept(build, 'support-hours-picker/support-hours-picker.js')
    ).to.equal(false);
    expect(kept(build, 'contact-info-modal/contact-info-modal.js')).to.equal(
      false
    );
    expect(kept(build, 'registration.js')).to.equal(true);
    expect(
      /\(\s*["']contact-field["']\s*,/.test(build.code),
      'the entry still registers <contact-field>'
    ).to.equal(true);
  });

  it('registers nothing through `/elements`', async function () {
    this.timeout(30_000);
    const build = await bundle(
      `import {ContactField} from 'contact-info-elements/elements';\n` +
        `customElements.define('host-contact-field', ContactField);`
    );

    expect(kept(build, 'contact-field/contact-field.js')).to.equal(true);
    expect(kept(build, 'define.js')).to.equal(false);
    expect(kept(build, 'registration.js')).to.equal(false);
    expect(kept(build, 'contact-info-modal/contact-info-modal.js')).to.equal(
      false
    );
  });

  it('keeps the record layer free of the elements', async function () {
    this.timeout(30_000);
    const build = await bundle(
      `import {validateContactRecord} from 'contact-info-elements/record';\n` +
        `console.log(validateContactRecord);`
    );

    expect(build.modules.some((id) => id.includes('/dist/record/'))).to.equal(
      true
    );
    expect(
      build.modules.filter((id) => /contact-field|modal|picker/.test(id))
    ).to.deep.equal([]);
  });
});
