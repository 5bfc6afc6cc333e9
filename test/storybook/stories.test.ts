import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {longCommand} from '../package/long-command.js';

// Visits every story and every documentation page of the static Storybook
// in both locales, play functions and accessibility checks included.

const STORYBOOK = '/__storybook__/';
const LOCALES = ['en', 'ko'] as const;

interface BuildResult {
  ok: boolean;
  offline: boolean;
  seconds?: number;
  output?: string;
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

interface ConsoleMessage {
  kind: 'console' | 'exception';
  text: string;
  url: string;
}

interface StoryEvent {
  type: string;
  detail: unknown;
}

interface Report {
  type: string;
  status: string;
  result?: {violations?: {id: string; nodes: {target: string[]}[]}[]};
}

// Built before the suite is declared: the list of stories is the build's.
const build = await longCommand<BuildResult>('storybook:build');
const entries: IndexEntry[] = build.ok
  ? Object.values(
      (
        (await (await fetch(`${STORYBOOK}index.json`)).json()) as {
          entries: Record<string, IndexEntry>;
        }
      ).entries
    )
  : [];

interface Preview {
  onSetCurrentStory(selection: {storyId: string; viewMode: string}): void;
}

type StoryWindow = Window & {
  __storyEvents?: StoryEvent[];
  __STORYBOOK_PREVIEW__?: Preview;
};

/** The id an event is about, for the events that say it. */
function eventId(event: StoryEvent): unknown {
  const detail = event.detail as {storyId?: string} | string | undefined;
  return typeof detail === 'object' ? detail?.storyId : detail;
}

/**
 * One Storybook preview frame for one locale, loaded once and then moved
 * from story to story the way the Storybook UI does it: each story is torn
 * down, rendered afresh and played.
 */
class PreviewFrame {
  private frame: HTMLIFrameElement | undefined;

  constructor(private readonly locale: string) {}

  private get view(): StoryWindow {
    return this.frame!.contentWindow as StoryWindow;
  }

  async show(entry: IndexEntry) {
    await executeServerCommand('storybook:console');
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    const narrow = entry.tags?.includes('narrow');
    let seen = 0;
    if (!this.frame) {
      this.frame = document.createElement('iframe');
      this.frame.src =
        `${STORYBOOK}iframe.html?id=${entry.id}&viewMode=${mode}` +
        `&globals=locale:${this.locale}`;
      this.resize(narrow);
      document.body.append(this.frame);
    } else {
      this.resize(narrow);
      seen = this.view.__storyEvents?.length ?? 0;
      // What the manager's sidebar asks of the preview when clicked.
      this.view.__STORYBOOK_PREVIEW__!.onSetCurrentStory({
        storyId: entry.id,
        viewMode: mode,
      });
    }

    const done = entry.type === 'docs' ? 'docsRendered' : 'storyFinished';
    const end = performance.now() + 20_000;
    let events: StoryEvent[] = [];
    while (performance.now() < end) {
      events = (this.view?.__storyEvents ?? []).slice(seen);
      // Stories on a docs page report under their own ids: only this
      // entry's own verdict counts.
      if (
        events.some(
          (event) => event.type === done && eventId(event) === entry.id
        )
      ) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const document_ = this.view.document;
    const root = document_.querySelector('#storybook-root');
    const docs = document_.querySelector('#storybook-docs');
    const external = this.view.performance
      .getEntriesByType('resource')
      .map((resource) => resource.name)
      .filter((name) => new URL(name).origin !== location.origin);
    return {
      finished: events.some(
        (event) => event.type === done && eventId(event) === entry.id
      ),
      events: events.filter((event) => eventId(event) === entry.id),
      lang: document_.documentElement.lang,
      text: root && entry.type === 'story' ? shadowText(root) : '',
      docsText: docs?.textContent ?? '',
      external,
      messages: await executeServerCommand<ConsoleMessage[], undefined>(
        'storybook:console'
      ),
    };
  }

  close(): void {
    this.frame?.remove();
    this.frame = undefined;
  }

  private resize(narrow = false): void {
    const width = narrow ? 320 : 1024;
    this.frame!.style.cssText = `width:${width}px;height:768px;border:0`;
  }
}

/**
 * The text inside the shadow roots under `node`: what the elements drew.
 * The nodes belong to the frame's realm, so no `instanceof` here.
 */
function shadowText(node: Node, inShadow = false): string {
  let text =
    inShadow && node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : '';
  const shadow = (node as Partial<Element>).shadowRoot;
  if (shadow) text += shadowText(shadow, true);
  for (const child of Array.from(node.childNodes)) {
    text += shadowText(child, inShadow);
  }
  return text;
}

function describeProblems(
  events: StoryEvent[],
  messages: ConsoleMessage[]
): string[] {
  const problems = messages.map((message) =>
    `${message.kind}: ${message.text} ${message.url}`.trim()
  );
  for (const event of events) {
    if (event.type === 'storyFinished') {
      const {status, reporters} = event.detail as {
        status: string;
        reporters: Report[];
      };
      for (const report of reporters) {
        if (report.status !== 'failed') continue;

        const violations = (report.result?.violations ?? []).map(
          (violation) =>
            `${violation.id} at ${violation.nodes
              .map((node) => node.target.join(' '))
              .join(', ')}`
        );
        problems.push(`${report.type} failed: ${violations.join('; ')}`);
      }
      if (status !== 'success' && reporters.length === 0) {
        problems.push(`story finished with status ${status}`);
      }
    } else if (event.type !== 'docsRendered') {
      problems.push(`${event.type}: ${JSON.stringify(event.detail)}`);
    }
  }
  return problems;
}

describe('Storybook', () => {
  it('builds offline with `npm run build-storybook`', () => {
    expect(build.ok, build.output).to.equal(true);
    expect(
      build.offline,
      'the build ran without a network (unshare -rn unavailable here)'
    ).to.equal(true);
    expect(
      entries.filter((entry) => entry.type === 'story')
    ).to.have.length.greaterThan(0);
  });

  for (const locale of LOCALES) {
    describe(`in ${locale === 'ko' ? 'Korean' : 'English'}`, () => {
      const preview = new PreviewFrame(locale);

      after(() => preview.close());

      for (const entry of entries) {
        it(`${entry.title} › ${entry.name}`, async function () {
          this.timeout(30_000);
          const result = await preview.show(entry);
          // A docs page keeps rendering its stories for a while; the next
          // entry starts in a fresh frame.
          if (entry.type === 'docs') preview.close();

          expect(result.finished, 'Storybook says it is done').to.equal(true);
          expect(
            describeProblems(result.events, result.messages),
            'console errors, exceptions, failed plays or accessibility'
          ).to.deep.equal([]);
          expect(result.external, 'requests off this machine').to.deep.equal(
            []
          );
          if (entry.type === 'story') {
            expect(result.lang).to.equal(locale);
            expect(result.text.trim(), 'the element drew').not.to.equal('');
            if (locale === 'ko') expect(result.text).to.match(/[가-힣]/);
          } else {
            expectDocumented(entry, result.docsText);
          }
        });
      }
    });
  }
});

/**
 * Autodocs come from the manifest: one of each kind of entry (attribute,
 * event, slot, part, CSS custom property) must be on the element's page.
 */
function expectDocumented(entry: IndexEntry, text: string): void {
  const expected: Record<string, string[]> = {
    'Elements/contact-info-modal': [
      'merchant-issues',
      'save-request',
      'actions',
      'summary',
      '--contact-info-accent',
    ],
    'Elements/contact-field': [
      'kind',
      'invalid',
      'label',
      'chip-remove',
      '--contact-field-accent',
    ],
    'Elements/support-hours-picker': [
      'required',
      'change',
      'help',
      'schedule',
      '--support-hours-picker-border',
    ],
  };
  for (const name of expected[entry.title] ?? ['(unknown element)']) {
    expect(text, `${entry.title} documents ${name}`).to.include(name);
  }
}
