import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, fn, userEvent, waitFor} from 'storybook/test';
import type {Schedule} from '../src/index.js';
import {
  emptyRange,
  londonLunchBreak,
  newYorkOvernight,
  overlappingMonday,
  seoulAroundTheClock,
  seoulOfficeHours,
} from './story-data.js';
import {inForm, inShadow, rendered} from './story-helpers.js';

interface PickerArgs {
  name: string;
  /** Empty: the story's host label, in the toolbar's language. */
  label: string;
  help: string;
  value: Schedule[] | undefined;
  required: boolean;
  disabled: boolean;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
  onInvalid: (event: Event) => void;
}

/** The label and help a host gives the picker, in the page's language. */
function hostWords() {
  return document.documentElement.lang === 'ko'
    ? {
        label: '운영 지원 시간',
        help: '사용자 지원을 제공하는 시간과 시간대를 선택하세요.',
      }
    : {
        label: 'Operational support hours',
        help: 'The hours and time zones in which you provide user support.',
      };
}

const meta: Meta<PickerArgs> = {
  title: 'Elements/support-hours-picker',
  component: 'support-hours-picker',
  render: (args) =>
    inForm(
      html`<support-hours-picker
        name=${args.name}
        label=${args.label || hostWords().label}
        help=${args.help || hostWords().help}
        .value=${args.value}
        ?required=${args.required}
        ?disabled=${args.disabled}
        @input=${args.onInput}
        @change=${args.onChange}
        @invalid=${args.onInvalid}
      ></support-hours-picker>`
    ),
  args: {
    name: 'operationalSupport',
    label: '',
    help: '',
    value: undefined,
    required: true,
    disabled: false,
    onInput: fn(),
    onChange: fn(),
    onInvalid: fn(),
  },
};

export default meta;

type Story = StoryObj<PickerArgs>;

async function submitForm(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(
    canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')!
  );
}

/** Nothing chosen yet; the zone defaults to the browser's. */
export const Empty: Story = {};

/** Weekdays and Saturday morning in Seoul. */
export const OfficeHours: Story = {
  args: {value: [seoulOfficeHours]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await picker.updateComplete;

    await expect(inShadow(picker, '[part="summary"]').textContent).toMatch(
      /\S/
    );
  },
};

/** Seoul by day, an overnight desk in New York, London with a break. */
export const SeveralTimeZones: Story = {
  args: {value: [seoulOfficeHours, newYorkOvernight, londonLunchBreak]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await picker.updateComplete;

    await expect(
      picker.shadowRoot!.querySelectorAll('[part="schedule"]')
    ).toHaveLength(3);
  },
};

/** A range that runs past midnight into the next day. */
export const Overnight: Story = {
  args: {value: [newYorkOvernight]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await picker.updateComplete;

    await expect(
      picker.shadowRoot!.querySelectorAll('.next-day').length
    ).toBeGreaterThan(0);
  },
};

/** Support around the clock, every day. */
export const AroundTheClock: Story = {
  args: {value: [seoulAroundTheClock]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await picker.updateComplete;

    await expect(
      inShadow<HTMLInputElement>(picker, '.around input').checked
    ).toBe(true);
  },
};

/** Ticking a day gives it the default hours, and the summary follows. */
export const ChoosingDays: Story = {
  args: {value: [{timeZone: 'Asia/Seoul', days: {}}]},
  play: async ({args, canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await picker.updateComplete;
    await userEvent.click(inShadow(picker, 'input[name="day"][value="mon"]'));

    await waitFor(() => expect(picker.value).toHaveLength(1));
    await expect(picker.value[0]).toHaveProperty('days.mon');
    await expect(args.onInput).toHaveBeenCalled();
  },
};

/** Two ranges on Monday that overlap: said in words next to them. */
export const OverlappingRanges: Story = {
  args: {value: [overlappingMonday]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await submitForm(canvasElement);

    await waitFor(() =>
      expect(
        picker.shadowRoot!.querySelectorAll('.range [part="error"]').length
      ).toBeGreaterThan(0)
    );
    await expect(picker.validity.valid).toBe(false);
  },
};

/** A range that starts when it ends. */
export const EmptyRange: Story = {
  args: {value: [emptyRange]},
  play: async ({canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await submitForm(canvasElement);

    await waitFor(() =>
      expect(inShadow(picker, '.range [part="error"]').textContent).toMatch(
        /\S/
      )
    );
  },
};

/** Required and left empty, after the form was submitted. */
export const RequiredMissing: Story = {
  play: async ({args, canvasElement}) => {
    const picker = rendered(canvasElement, 'support-hours-picker');
    await submitForm(canvasElement);

    await waitFor(() => expect(args.onInvalid).toHaveBeenCalled());
    await expect(picker.validity.valueMissing).toBe(true);
  },
};

/** In a valid form, the hours reach `FormData` as JSON. */
export const InAForm: Story = {
  args: {value: [seoulOfficeHours]},
  play: async ({canvasElement}) => {
    await submitForm(canvasElement);

    await waitFor(() =>
      expect(canvasElement.querySelector('output')!.textContent).toContain(
        '"Asia/Seoul"'
      )
    );
  },
};

export const Disabled: Story = {
  args: {value: [seoulOfficeHours], disabled: true},
};

/** On a dark page. */
export const DarkTheme: Story = {
  args: {value: [seoulOfficeHours, newYorkOvernight]},
  globals: {theme: 'dark'},
};

/** In a column 320 CSS pixels wide. */
export const NarrowScreen: Story = {
  args: {value: [seoulOfficeHours]},
  tags: ['narrow'],
  globals: {viewport: {value: 'mobile1', isRotated: false}},
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
