import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import {
  canonicalTimeZone,
  defaultTimeZone,
  formatTime,
  listTimeZones,
  parseTimeInput,
  summariseSchedules,
  validateSchedules,
  weekdayOrder,
} from '../hours/index.js';
import {WEEKDAYS} from '../hours/types.js';
import type {
  HoursProblem,
  Schedule,
  TimeRange,
  Weekday,
} from '../hours/types.js';
import {
  FormAssociatedElement,
  type ControlValidity,
  type FormValue,
} from '../form-control/form-associated-element.js';
import {activeLocale} from '../localization/locale.js';
import {hoursProblemMessage} from '../localization/messages.js';
import {summaryWords, rangeName, weekdayLabel} from './words.js';
import {styles} from './support-hours-picker.styles.js';

/** A range as the person typed it; each time is `HH:MM` once understood. */
interface EditableRange {
  start: string;
  end: string;
}

/** A schedule being edited; the ranges stay while around the clock is on. */
interface EditableSchedule {
  timeZone: string;
  aroundTheClock: boolean;
  days: Record<Weekday, EditableRange[]>;
}

const DEFAULT_RANGE: EditableRange = {start: '09:00', end: '18:00'};

/**
 * The hours and time zones in which user support is staffed: one or more
 * schedules, each a time zone with weekly ranges per weekday, or around the
 * clock. Its form value is the JSON form of the schedules.
 *
 * @tagname support-hours-picker
 * @summary Edits support hours in one or more time zones.
 *
 * @slot label - The group's label, instead of the `label` text.
 * @slot help - Help text, instead of the `help` text.
 *
 * @fires input - When the person changes the hours.
 * @fires change - When the person commits a change.
 * @fires invalid - When validity is checked and the hours are invalid.
 *
 * @csspart schedule - The box around one schedule.
 * @csspart summary - The plain-language summary of the hours.
 * @csspart error - A message that says what is wrong.
 *
 * @cssprop --support-hours-picker-border - Border colour of the schedules.
 * @cssprop --support-hours-picker-error - Colour of errors.
 */
export class SupportHoursPicker extends FormAssociatedElement {
  static override styles = styles;

  @property() label = '';

  @property() help = '';

  /** The default value as JSON; form reset returns to it. */
  @property({attribute: 'value'}) defaultValue = '';

  @state() private schedules: EditableSchedule[] = [emptySchedule()];

  private dirty = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The schedules as the record stores them. */
  get value(): Schedule[] {
    return this.schedules.map(toSchedule);
  }

  set value(schedules: readonly Schedule[] | null | undefined) {
    this.dirty = true;
    this.schedules = fromSchedules(schedules);
    this.syncFormControl();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.dirty) {
      this.schedules = fromSchedules(parseJson(this.defaultValue));
    }
  }

  protected override render(): TemplateResult {
    const problems = this.showProblems ? this.problems() : [];
    const summary = summariseSchedules(
      this.value.filter((schedule) => canonicalTimeZone(schedule.timeZone)),
      activeLocale(),
      summaryWords()
    );
    return html`
      <div role="group" aria-labelledby="label" aria-describedby="help">
        <div id="label" class="label">
          <slot name="label">${this.label}</slot>
        </div>
        <div id="help" class="help"><slot name="help">${this.help}</slot></div>
        ${this.schedules.map((schedule, index) =>
          this.renderSchedule(schedule, index, problems)
        )}
        <button
          type="button"
          class="add-schedule"
          ?disabled=${this.isDisabled}
          @click=${this.addSchedule}
        >
          ${msg('Add another time zone')}
        </button>
        <p part="summary" class="summary" aria-live="polite">${summary}</p>
        ${problems
          .filter((problem) => problem.day === undefined)
          .map(
            (problem) =>
              html`<p part="error" class="error">
                ${hoursProblemMessage(problem)}
              </p>`
          )}
      </div>
    `;
  }

  private renderSchedule(
    schedule: EditableSchedule,
    index: number,
    problems: HoursProblem[]
  ): TemplateResult {
    const zoneId = `zone-${index}`;
    const zoneListId = `zones`;
    return html`
      <fieldset part="schedule" class="schedule">
        <legend>${msg(str`Schedule ${index + 1}`)}</legend>
        <label for=${zoneId}>${msg('Time zone')}</label>
        <input
          id=${zoneId}
          class="zone"
          list=${zoneListId}
          autocomplete="off"
          spellcheck="false"
          .value=${schedule.timeZone}
          ?disabled=${this.isDisabled}
          @change=${(event: Event) =>
            this.setTimeZone(index, (event.target as HTMLInputElement).value)}
        />
        ${index === 0 ? this.renderZoneList(zoneListId) : nothing}
        <label class="around">
          <input
            type="checkbox"
            .checked=${schedule.aroundTheClock}
            ?disabled=${this.isDisabled}
            @change=${(event: Event) =>
              this.update24(index, (event.target as HTMLInputElement).checked)}
          />
          ${msg('Around the clock (24/7)')}
        </label>
        ${schedule.aroundTheClock
          ? nothing
          : weekdayOrder(activeLocale()).map((day) =>
              this.renderDay(schedule, index, day, problems)
            )}
        ${this.schedules.length > 1
          ? html`<button
              type="button"
              ?disabled=${this.isDisabled}
              @click=${() => this.removeSchedule(index)}
            >
              ${msg('Remove this time zone')}
            </button>`
          : nothing}
      </fieldset>
    `;
  }

  private renderZoneList(id: string): TemplateResult {
    return html`<datalist id=${id}>
      ${listTimeZones().map((zone) => html`<option value=${zone}></option>`)}
    </datalist>`;
  }

  private renderDay(
    schedule: EditableSchedule,
    index: number,
    day: Weekday,
    problems: HoursProblem[]
  ): TemplateResult {
    const ranges = schedule.days[day];
    const dayName = weekdayLabel(day);
    const locale = activeLocale();
    return html`
      <div class="day" role="group" aria-label=${dayName}>
        <label class="day-toggle">
          <input
            type="checkbox"
            name="day"
            value=${day}
            .checked=${ranges.length > 0}
            ?disabled=${this.isDisabled}
            @change=${(event: Event) =>
              this.toggleDay(
                index,
                day,
                (event.target as HTMLInputElement).checked
              )}
          />
          ${dayName}
        </label>
        <div class="ranges">
          ${ranges.map((range, rangeIndex) => {
            const problem = problems.find(
              (p) =>
                p.schedule === index && p.day === day && p.range === rangeIndex
            );
            const where = rangeName(day, rangeIndex);
            return html`
              <div class="range">
                <input
                  class="start"
                  aria-label=${msg(str`${where} start time`)}
                  .value=${showTime(range.start, locale)}
                  ?disabled=${this.isDisabled}
                  @change=${(event: Event) =>
                    this.setTime(index, day, rangeIndex, 'start', event)}
                />
                <span aria-hidden="true">–</span>
                <input
                  class="end"
                  aria-label=${msg(str`${where} end time`)}
                  .value=${showTime(range.end, locale)}
                  ?disabled=${this.isDisabled}
                  @change=${(event: Event) =>
                    this.setTime(index, day, rangeIndex, 'end', event)}
                />
                <button
                  type="button"
                  aria-label=${msg(str`Remove ${where}`)}
                  ?disabled=${this.isDisabled}
                  @click=${() => this.removeRange(index, day, rangeIndex)}
                >
                  ×
                </button>
                ${problem
                  ? html`<p part="error" class="error">
                      ${hoursProblemMessage(problem, where)}
                    </p>`
                  : nothing}
              </div>
            `;
          })}
          ${ranges.length > 0
            ? html`<button
                type="button"
                class="add-range"
                ?disabled=${this.isDisabled}
                @click=${() => this.addRange(index, day)}
              >
                ${msg(str`Add hours on ${dayName}`)}
              </button>`
            : nothing}
        </div>
      </div>
    `;
  }

  // --- Edits ----------------------------------------------------------

  private edit(change: (schedules: EditableSchedule[]) => void): void {
    const next = structuredClone(this.schedules);
    change(next);
    this.schedules = next;
    this.dirty = true;
    this.syncFormControl();
    this.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  private setTimeZone(index: number, text: string): void {
    this.edit((schedules) => {
      schedules[index].timeZone = canonicalTimeZone(text.trim()) ?? text;
    });
  }

  private update24(index: number, on: boolean): void {
    this.edit((schedules) => {
      schedules[index].aroundTheClock = on;
    });
  }

  private toggleDay(index: number, day: Weekday, on: boolean): void {
    this.edit((schedules) => {
      schedules[index].days[day] = on ? [{...DEFAULT_RANGE}] : [];
    });
  }

  private addRange(index: number, day: Weekday): void {
    this.edit((schedules) => {
      schedules[index].days[day].push({start: '', end: ''});
    });
  }

  private removeRange(index: number, day: Weekday, range: number): void {
    this.edit((schedules) => {
      schedules[index].days[day].splice(range, 1);
    });
  }

  private setTime(
    index: number,
    day: Weekday,
    range: number,
    end: 'start' | 'end',
    event: Event
  ): void {
    const text = (event.target as HTMLInputElement).value;
    const time = parseTimeInput(text, activeLocale()) ?? text.trim();
    this.showProblems = true;
    this.edit((schedules) => {
      schedules[index].days[day][range][end] = time;
    });
  }

  private addSchedule(): void {
    this.edit((schedules) => {
      schedules.push(emptySchedule(''));
    });
  }

  private removeSchedule(index: number): void {
    this.edit((schedules) => {
      schedules.splice(index, 1);
    });
  }

  // --- Form control ---------------------------------------------------

  /** Problems of the hours as they stand. */
  problems(): HoursProblem[] {
    const schedules = this.value;
    if (!this.required && isBlank(schedules)) return [];

    return validateSchedules(schedules);
  }

  protected validate(): ControlValidity {
    if (this.isDisabled) return {flags: {}, message: ''};

    const [problem] = this.problems();
    if (!problem) return {flags: {}, message: ''};

    const where =
      problem.day !== undefined
        ? rangeName(problem.day, problem.range ?? 0)
        : '';
    const message = hoursProblemMessage(problem, where);
    const missing =
      problem.code === 'hours-missing' || problem.code === 'hours-empty';
    return {
      flags: missing ? {valueMissing: true} : {customError: true},
      message,
    };
  }

  protected formValue(): FormValue {
    return JSON.stringify(this.value);
  }

  protected validityAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input') ?? undefined;
  }

  protected isEmpty(): boolean {
    return isBlank(this.value);
  }

  protected resetValue(): void {
    this.dirty = false;
    this.schedules = fromSchedules(parseJson(this.defaultValue));
  }

  protected restoreValue(saved: string | FormData): void {
    if (typeof saved === 'string') this.schedules = fromSchedules(parseJson(saved));
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('input')?.focus(options);
  }
}

function emptyDays(): Record<Weekday, EditableRange[]> {
  const days = {} as Record<Weekday, EditableRange[]>;
  for (const day of WEEKDAYS) days[day] = [];
  return days;
}

function emptySchedule(timeZone = defaultTimeZone()): EditableSchedule {
  return {timeZone, aroundTheClock: false, days: emptyDays()};
}

function fromSchedules(
  schedules: readonly Schedule[] | null | undefined
): EditableSchedule[] {
  if (!Array.isArray(schedules) || schedules.length === 0) {
    return [emptySchedule()];
  }

  return schedules.map((schedule) => {
    const editable = emptySchedule(
      canonicalTimeZone(String(schedule?.timeZone ?? '')) ??
        String(schedule?.timeZone ?? '')
    );
    if ('aroundTheClock' in schedule && schedule.aroundTheClock) {
      editable.aroundTheClock = true;
      return editable;
    }

    const days = 'days' in schedule ? schedule.days : {};
    for (const day of WEEKDAYS) {
      const ranges = Array.isArray(days?.[day]) ? days[day] : [];
      editable.days[day] = ranges.map(([start, end]) => ({
        start: String(start),
        end: String(end),
      }));
    }
    return editable;
  });
}

function toSchedule(schedule: EditableSchedule): Schedule {
  if (schedule.aroundTheClock) {
    return {timeZone: schedule.timeZone, aroundTheClock: true};
  }

  const days: Partial<Record<Weekday, TimeRange[]>> = {};
  for (const day of WEEKDAYS) {
    const ranges = schedule.days[day];
    if (ranges.length > 0) {
      days[day] = ranges.map((range): TimeRange => [range.start, range.end]);
    }
  }
  return {timeZone: schedule.timeZone, days};
}

function isBlank(schedules: Schedule[]): boolean {
  return schedules.every(
    (schedule) =>
      !('aroundTheClock' in schedule) &&
      Object.keys(schedule.days).length === 0
  );
}

function showTime(time: string, locale: string): string {
  return /^\d\d:\d\d$/.test(time) ? formatTime(time, locale) : time;
}

function parseJson(text: string): Schedule[] | undefined {
  if (!text) return undefined;

  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as Schedule[]) : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-hours-picker': SupportHoursPicker;
  }
}
