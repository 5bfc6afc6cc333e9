import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

describe('README', () => {
  it('has the API section that custom-elements.json makes', async () => {
    const {committed, generated} = await executeServerCommand<
      {committed: string; generated: string},
      undefined
    >('package:readme');
    const lines = (text: string) =>
      text
        .slice(text.indexOf('## API'), text.indexOf('## Working on it'))
        .split('\n');
    const [ours, theirs] = [lines(committed), lines(generated)];
    const first = theirs.findIndex((line, index) => line !== ours[index]);

    expect(
      first === -1 && ours.length === theirs.length
        ? []
        : [ours[first], theirs[first]],
      'README line, generated line: run `npm run docs:api`'
    ).to.deep.equal([]);
  });

  it('keeps its first lines: the two commands', async () => {
    const readme = await (await fetch('/README.md')).text();
    const first = readme.split('\n').slice(0, 11);

    expect(first).to.deep.equal([
      '# contact-info-elements',
      '',
      'On a fresh machine (Node 20, Debian), from the project folder:',
      '',
      '```sh',
      'npm ci && npm start          # the demo portal, at http://127.0.0.1:5173/',
      '```',
      '',
      '```sh',
      'npm ci && npm test           # every test, in Chromium and in Firefox ESR',
      '```',
    ]);
  });
});
