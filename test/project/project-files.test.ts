import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

describe('committed project files', function () {
  // Each check runs a whole tool (the analyzer, lit-localize) in Node.
  this.timeout(60_000);

  it('custom-elements.json matches what the analyzer makes of src/', async () => {
    const {fresh, committed} = await executeServerCommand<
      {fresh: unknown; committed: unknown},
      undefined
    >('check-manifest');

    // The analyzer lists modules in the order the file system gives them.
    expect(
      byPath(committed),
      'run `npm run analyze` and commit the result'
    ).to.deep.equal(byPath(fresh));
  });

  it('every message has a Korean translation in locales/ko.xlf', async () => {
    const {extracted, committed} = await executeServerCommand<
      {extracted: string; committed: string},
      undefined
    >('check-translations');
    const parse = (text: string) =>
      new DOMParser().parseFromString(text, 'application/xml');
    const units = Array.from(parse(extracted).querySelectorAll('trans-unit'));
    const untranslated = units
      .filter((unit) => !unit.querySelector('target')?.textContent?.trim())
      .map((unit) => unit.querySelector('source')?.textContent ?? unit.id);

    expect(units.length).to.be.greaterThan(0);
    expect(untranslated, 'messages without a Korean target').to.deep.equal([]);
    expect(
      parse(committed).querySelectorAll('trans-unit').length,
      'run `npm run localize:extract` and commit locales/ko.xlf'
    ).to.equal(units.length);
  });
});

interface Manifest {
  modules: {path: string}[];
}

function byPath(manifest: unknown): Manifest {
  const {modules, ...rest} = manifest as Manifest;
  return {
    ...rest,
    modules: [...modules].sort((a, b) => a.path.localeCompare(b.path)),
  };
}
