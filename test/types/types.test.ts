import {expect} from '@open-wc/testing';
import {longCommand} from '../package/long-command.js';

describe('type declarations', () => {
  let result: {source: string; published: string};

  before(async function () {
    this.timeout(240_000);
    result = await longCommand('types:check');
  });

  it('type-check as a host uses them, against the sources', () => {
    expect(result.source, 'tsc -p test/types/tsconfig.json').to.equal('');
  });

  it('type-check the same way from the packed package', () => {
    expect(result.published, 'tsc in a host with the package').to.equal('');
  });
});
