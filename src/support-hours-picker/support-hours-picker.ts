import {html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ref} from 'lit/directives/ref.js';
import {msg, str} from '@lit/localize';
import {
  canonicalTimeZone,
  formatTime,
  parseClock,
  parseTimeInput,
  summariseSchedules,
  timeZoneName,
  utcOffset,
  validateSchedules,
  weekdayOrder,
} from '../hours/index.js';
import {KOREAN_CITY_NAMES} from '../hours/time-zone-cities.js';
import type {
  HoursLocation,
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
import {activeLocale, followLocale} from '../localization/locale.js';
import {
  checkedSchedules,
  emptySchedule,
  fromSchedules,
  isBlank,
  isReadableRange,
  isTouched,
  newRange,
  parseDefault,
  recordOf,
  sameLocation,
  sameRecord,
  toSchedule,
  touchRange,
  type EditableRange,
  type EditableSchedule,
} from './editable-hours.js';
import {
  PAGE_STEP,
  acceptsActive,
  listKey,
  listValues,
  movedList,
  openedList,
  rowHeightOf,
  scrolledList,
  warmZoneNames,
  windowOf,
  type ListTarget,
  type OpenList,
  type Opening,
} from './option-list.js';
import {
  announcements,
  noZoneMatches,
  problemMessage,
  rangeName,
  summaryWords,
  timeInputName,
  weekdayLabel,
} from './words.js';
import {styles} from './support-hours-picker.styles.js';

/** The hours a day gets when the person ticks it. */
const DEFAULT_RANGE = {start: '09:00', end: '18:00'};

/**
 * The hours and time zones in which user support is staffed: one or more
 * schedules, each a time zone with weekly ranges per weekday, or around the
 * clock. Times are typed or chosen in the active locale's style and kept
 * as 24-hour `HH:MM`; a range may end at `24:00` or run past midnight into
 * the next day. Its form value is the JSON form of the schedules. A time
 * zone is found by its city in English or Korean (`Seoul`, `서울`), its
 * name, a common abbreviation (`KST`, `PST`) or an offset (`UTC+9`).
 *
 * @tagname support-hours-picker
 * @summary Edits support hours in one or more time zones.
 *
 * @attr value - The default schedules as JSON; form reset returns to them.
 *
 * @slot label - The group's label, instead of the `label` text.
 * @slot help - Help text, instead of the `help` text.
 *
 * @fires input - When the person changes the hours.
 * @fires change - When the person commits a change of the hours.
 * @fires invalid - When validity is checked and the hours are invalid.
 *
 * @csspart schedule - The box around one schedule.
 * @csspart summary - The plain-language summary of the hours.
 * @csspart error - A message that says what is wrong.
 * @csspart listbox - The list of time zones or times under an input.
 *
 * @cssprop --support-hours-picker-border - Border colour of the schedules.
 * @cssprop --support-hours-picker-error - Colour of errors.
 * @cssprop --support-hours-picker-highlight - Background of the highlighted
 *   option in a list.
 */
export class SupportHoursPicker extends FormAssociatedElement {
  static override styles = styles;

  /** The group's label; the `label` slot replaces it. */
  @property() label = '';

  /** Help text under the label; the `help` slot replaces it. */
  @property() help = '';

  /**
   * The default schedules as JSON, from the `value` attribute; form reset
   * returns to them. Text that is not the JSON of schedules leaves the
   * picker empty (and warns once, in development builds).
   */
  @property({attribute: 'value'}) defaultValue = '';

  @state() private schedules: EditableSchedule[] = [emptySchedule()];

  @state() private list: OpenList | undefined;

  /** Text typed into an input and not committed yet, by input key. */
  @state() private drafts: Record<string, string> = {};

  /** The zone input whose text matches no zone. */
  @state() private unmatched: string | undefined;

  @state() private copying:
    {schedule: number; day: Weekday; targets: Weekday[]} | undefined;

  @state() private announcement = '';

  /** Set once the person or the host changed the value. */
  private dirty = false;

  /** The height of a list option in pixels, from the styles. */
  private rowHeight = 44;

  /** Where the open list is to scroll after the next render. */
  private pendingScrollTop: number | undefined;

  /** The person changed something since the value was last loaded. */
  private editedByPerson = false;

  constructor() {
    super();
    followLocale(this);
    // Leaving the picker after changing it is when a person expects to
    // see every problem, as with an input.
    this.addEventListener('focusout', (event) => {
      if (this.contains(event.relatedTarget as Node | null)) return;
      if (!this.editedByPerson || this.showProblems) return;

      this.showProblems = true;
      this.syncFormControl();
    });
  }

  /**
   * The schedules as the record stores them: canonical time zones, ranges
   * sorted by start, days without ranges left out, and seven whole days
   * written as around the clock. Empty when no hours are chosen at all.
   * Setting it canonicalises aliases (`Asia/Calcutta` becomes
   * `Asia/Kolkata`); setting the schedules it holds already changes
   * nothing, so a host that passes the value back keeps what is being
   * edited.
   */
  get value(): Schedule[] {
    return recordOf(this.editedSchedules());
  }

  set value(schedules: readonly Schedule[] | null | undefined) {
    const given = checkedSchedules(
      schedules ?? [],
      'support-hours-picker/value-property'
    );
    if (sameRecord(given, this.value)) return;

    this.dirty = true;
    this.load(given);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Typing in an inner input is not yet a change of the element's value:
    // the element fires its own `input` once a time or zone is committed.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.dirty) {
      this.load(parseDefault(this.defaultValue));
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.measureList();
  }

  protected override render(): TemplateResult {
    const problems = this.problems();
    return html`
      <div role="group" aria-labelledby="label" aria-describedby="help summary">
        <div id="label" class="label">
          <slot name="label">${this.label}</slot>
        </div>
        <div id="help" class="help"><slot name="help">${this.help}</slot></div>
        ${repeat(
          this.schedules,
          (schedule) => schedule.id,
          (schedule, index) => this.renderSchedule(schedule, index, problems)
        )}
        <button
          type="button"
          class="add-schedule"
          ?disabled=${this.isDisabled}
          @click=${this.addSchedule}
        >
          ${msg('Add another time zone')}
        </button>
        <p part="summary" id="summary" class="summary">${this.summary()}</p>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  // --- Rendering ------------------------------------------------------

  private renderSchedule(
    schedule: EditableSchedule,
    index: number,
    problems: HoursProblem[]
  ): TemplateResult {
    const own = problems.filter(
      (problem) => problem.schedule === index && problem.day === undefined
    );
    const zoneProblem = own.find((problem) =>
      problem.code.startsWith('time-zone')
    );
    const shownZoneProblem =
      this.showProblems || schedule.zoneTouched ? zoneProblem : undefined;
    const hoursProblem = this.showProblems
      ? own.find((problem) => problem.code === 'hours-empty')
      : undefined;
    const hoursErrorId = hoursProblem ? `hours-error-${schedule.id}` : '';
    return html`
      <fieldset part="schedule" class="schedule">
        <legend>${msg(str`Schedule ${index + 1}`)}</legend>
        ${this.renderZone(schedule, index, shownZoneProblem)}
        <label class="around">
          <input
            type="checkbox"
            aria-describedby=${hoursErrorId || nothing}
            aria-invalid=${ifDefined(hoursErrorId ? 'true' : undefined)}
            .checked=${live(schedule.aroundTheClock)}
            ?disabled=${this.isDisabled}
            @change=${(event: Event) =>
              this.setAroundTheClock(
                index,
                (event.target as HTMLInputElement).checked
              )}
          />
          ${msg('Around the clock (24/7)')}
        </label>
        ${
          schedule.aroundTheClock
            ? nothing
            : html`<div class="days">
                ${weekdayOrder(activeLocale()).map((day) =>
                  this.renderDay(schedule, index, day, problems, hoursErrorId)
                )}
              </div>`
        }
        ${
          hoursProblem
            ? html`<p part="error" class="error" id=${hoursErrorId}>
                ${problemMessage(hoursProblem, '')}
              </p>`
            : nothing
        }
        ${
          this.schedules.length > 1
            ? html`<button
                type="button"
                class="remove-schedule"
                ?disabled=${this.isDisabled}
                @click=${() => this.removeSchedule(index)}
              >
                ${msg('Remove this time zone')}
              </button>`
            : nothing
        }
      </fieldset>
    `;
  }

  private renderZone(
    schedule: EditableSchedule,
    index: number,
    problem: HoursProblem | undefined
  ): TemplateResult {
    const target: ListTarget = {kind: 'zone', schedule: index};
    const key = listKey(target);
    const inputId = `zone-${schedule.id}`;
    const labelId = `zone-label-${schedule.id}`;
    const detailsId = `zone-details-${schedule.id}`;
    const errorId = `zone-error-${schedule.id}`;
    const unmatchedId = `zone-unmatched-${schedule.id}`;
    const open = this.list?.key === key;
    const known = canonicalTimeZone(schedule.timeZone);
    const draft = this.drafts[key];
    const describedBy = [
      known ? detailsId : '',
      problem ? errorId : '',
      this.unmatched === key ? unmatchedId : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="zone-field">
        <label id=${labelId} for=${inputId}> ${msg('Time zone')} </label>
        <div class="combobox">
          <input
            id=${inputId}
            class="zone"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? 'listbox' : nothing}
            aria-activedescendant=${
              open && this.list!.active >= 0
                ? `option-${this.list!.active}`
                : nothing
            }
            aria-describedby=${describedBy || nothing}
            aria-invalid=${ifDefined(problem ? 'true' : undefined)}
            autocomplete="off"
            spellcheck="false"
            .value=${live(draft ?? schedule.timeZone)}
            ?disabled=${this.isDisabled}
            @input=${(event: Event) => this.onListInput(event, target)}
            @keydown=${(event: KeyboardEvent) =>
              this.onListKeydown(event, target)}
            @focusout=${() => this.onListFocusOut(target)}
            @focus=${(event: FocusEvent) => {
              warmZoneNames(activeLocale());
              selectOnFocus(event);
            }}
          />
          <button
            type="button"
            class="zone-toggle"
            tabindex="-1"
            aria-label=${msg('Show time zones')}
            aria-expanded=${open ? 'true' : 'false'}
            ?disabled=${this.isDisabled}
            @mousedown=${preventDefault}
            @click=${() => this.toggleZoneList(index)}
          >
            <span aria-hidden="true">▾</span>
          </button>
          ${open ? this.renderList(this.list!, labelId) : nothing}
        </div>
        ${
          known
            ? html`<span class="zone-details" id=${detailsId}>
                ${zoneDetails(known, activeLocale())}
              </span>`
            : nothing
        }
        ${
          this.unmatched === key
            ? html`<span class="zone-unmatched" id=${unmatchedId}>
                ${noZoneMatches(draft ?? '')}
              </span>`
            : nothing
        }
        ${
          problem
            ? html`<p part="error" class="error" id=${errorId}>
                ${problemMessage(problem, '', '', schedule.timeZone)}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private renderList(list: OpenList, labelledBy: string): TemplateResult {
    const count = list.values.length;
    const {first, last} = windowOf(list);
    const height = this.rowHeight;
    // Set through the CSSOM: a style attribute breaks under a strict
    // Content-Security-Policy, and styleMap writes one on first render.
    const space = (track?: Element) => {
      if (!(track instanceof HTMLElement)) return;

      track.style.paddingTop = `${first * height}px`;
      track.style.paddingBottom = `${(count - last) * height}px`;
    };
    const locale = activeLocale();
    const now = new Date();
    return html`
      <div
        part="listbox"
        role="listbox"
        id="listbox"
        class="listbox ${list.target.kind}"
        aria-labelledby=${labelledBy}
        @mousedown=${preventDefault}
        @scroll=${this.onListScroll}
      >
        <div role="none" class="track" ${ref(space)}>
          ${repeat(
            list.values.slice(first, last),
            (value) => value,
            (value, offset) => {
              const index = first + offset;
              return html`<div
                role="option"
                id="option-${index}"
                class="option"
                aria-selected=${index === list.active ? 'true' : 'false'}
                aria-setsize=${count}
                aria-posinset=${index + 1}
                @click=${() => this.chooseOption(index)}
              >
                ${
                  list.target.kind === 'zone'
                    ? zoneOption(value, locale, now)
                    : html`<span class="option-name">
                        ${formatTime(value, locale)}
                      </span>`
                }
              </div>`;
            }
          )}
        </div>
      </div>
    `;
  }

  private renderDay(
    schedule: EditableSchedule,
    index: number,
    day: Weekday,
    problems: HoursProblem[],
    hoursErrorId: string
  ): TemplateResult {
    const {on, ranges} = schedule.days[day];
    const dayName = weekdayLabel(day);
    const nameId = `day-name-${schedule.id}-${day}`;
    const copying =
      this.copying?.schedule === index && this.copying.day === day;
    return html`
      <div class="day" role="group" aria-labelledby=${nameId}>
        <label class="day-toggle">
          <input
            type="checkbox"
            name="day"
            value=${day}
            id="day-${schedule.id}-${day}"
            aria-describedby=${hoursErrorId || nothing}
            aria-invalid=${ifDefined(hoursErrorId ? 'true' : undefined)}
            .checked=${live(on)}
            ?disabled=${this.isDisabled}
            @change=${(event: Event) =>
              this.setDay(
                index,
                day,
                (event.target as HTMLInputElement).checked
              )}
          />
          <span id=${nameId}>${dayName}</span>
        </label>
        ${
          on
            ? html`<div class="ranges">
                ${repeat(
                  ranges,
                  (range) => range.id,
                  (range, rangeIndex) =>
                    this.renderRange(
                      schedule,
                      index,
                      day,
                      range,
                      rangeIndex,
                      problems
                    )
                )}
                <div class="day-actions">
                  <button
                    type="button"
                    class="add-range"
                    ?disabled=${this.isDisabled}
                    @click=${() => this.addRange(index, day)}
                  >
                    ${msg(str`Add hours on ${dayName}`)}
                  </button>
                  <button
                    type="button"
                    class="copy-day"
                    aria-expanded=${copying ? 'true' : 'false'}
                    aria-controls=${copying ? 'copy-panel' : nothing}
                    ?disabled=${this.isDisabled}
                    @click=${() => this.toggleCopy(index, day)}
                  >
                    ${msg(str`Copy ${dayName} to other days`)}
                  </button>
                </div>
                ${copying ? this.renderCopyPanel(day) : nothing}
              </div>`
            : nothing
        }
      </div>
    `;
  }

  private renderRange(
    schedule: EditableSchedule,
    index: number,
    day: Weekday,
    range: EditableRange,
    rangeIndex: number,
    problems: HoursProblem[]
  ): TemplateResult {
    const here = {schedule: index, day, range: rangeIndex};
    const shown = problems.filter(
      (problem) =>
        (sameLocation(problem, here) ||
          (problem.other && sameLocation(problem.other, here))) &&
        (this.showProblems ||
          isTouched(schedule, problem) ||
          isTouched(schedule, problem.other))
    );
    const messages = shown
      .map((problem) => this.rangeMessage(problem, here))
      .join(' ');
    const errorId = `range-error-${range.id}`;
    const nextDayId = `range-next-day-${range.id}`;
    const start = parseClock(range.start);
    const end = parseClock(range.end, 'end');
    const overnight = start !== undefined && end !== undefined && end < start;
    const describedBy = [
      shown.length ? errorId : '',
      overnight ? nextDayId : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <div
        class="range"
        @focusout=${(event: FocusEvent) =>
          this.onRangeFocusOut(event, index, day, rangeIndex)}
      >
        ${(['start', 'end'] as const).map((end) =>
          this.renderTime(index, day, range, rangeIndex, end, {
            describedBy,
            invalid: shown.length > 0,
          })
        )}
        ${
          overnight
            ? html`<span class="next-day" id=${nextDayId}>
                ${msg('(next day)')}
              </span>`
            : nothing
        }
        <button
          type="button"
          class="remove-range"
          aria-label=${msg(str`Remove ${rangeName(day, rangeIndex)}`)}
          ?disabled=${this.isDisabled}
          @click=${() => this.removeRange(index, day, rangeIndex)}
        >
          <span aria-hidden="true">×</span>
        </button>
        ${
          shown.length
            ? html`<p part="error" class="error" id=${errorId}>${messages}</p>`
            : nothing
        }
      </div>
    `;
  }

  private renderTime(
    index: number,
    day: Weekday,
    range: EditableRange,
    rangeIndex: number,
    end: 'start' | 'end',
    {describedBy, invalid}: {describedBy: string; invalid: boolean}
  ): TemplateResult {
    const target: ListTarget = {
      kind: 'time',
      schedule: index,
      day,
      range: rangeIndex,
      end,
    };
    const key = listKey(target);
    const open = this.list?.key === key;
    const inputId = `range-${range.id}-${end}`;
    const shown = showTime(range[end], activeLocale());
    return html`
      <span class="combobox time">
        <input
          id=${inputId}
          class=${end}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? 'listbox' : nothing}
          aria-activedescendant=${
            open && this.list!.active >= 0
              ? `option-${this.list!.active}`
              : nothing
          }
          aria-label=${timeInputName(day, rangeIndex, end)}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.drafts[key] ?? shown)}
          ?disabled=${this.isDisabled}
          @input=${(event: Event) => this.onListInput(event, target)}
          @keydown=${(event: KeyboardEvent) =>
            this.onListKeydown(event, target)}
          @focusout=${() => this.onListFocusOut(target)}
          @focus=${selectOnFocus}
        />
        ${open ? this.renderList(this.list!, inputId) : nothing}
      </span>
      ${end === 'start' ? html`<span aria-hidden="true">–</span>` : nothing}
    `;
  }

  private renderCopyPanel(day: Weekday): TemplateResult {
    const copying = this.copying!;
    const others = weekdayOrder(activeLocale()).filter(
      (other) => other !== day
    );
    return html`
      <div
        id="copy-panel"
        class="copy-panel"
        role="group"
        aria-labelledby="copy-title"
        @keydown=${this.onCopyKeydown}
      >
        <p id="copy-title" class="copy-title">
          ${msg(str`Copy the hours of ${weekdayLabel(day)} to:`)}
        </p>
        <div class="copy-targets">
          ${others.map(
            (other) =>
              html`<label>
                <input
                  type="checkbox"
                  class="copy-target"
                  value=${other}
                  ?disabled=${this.isDisabled}
                  .checked=${copying.targets.includes(other)}
                  @change=${(event: Event) =>
                    this.setCopyTarget(
                      other,
                      (event.target as HTMLInputElement).checked
                    )}
                />
                ${weekdayLabel(other)}
              </label>`
          )}
        </div>
        <div class="copy-actions">
          <button
            type="button"
            class="copy-apply"
            ?disabled=${this.isDisabled}
            @click=${this.applyCopy}
          >
            ${msg('Copy')}
          </button>
          <button
            type="button"
            class="copy-cancel"
            ?disabled=${this.isDisabled}
            @click=${this.closeCopy}
          >
            ${msg('Cancel')}
          </button>
        </div>
      </div>
    `;
  }

  private rangeMessage(problem: HoursProblem, here: HoursLocation): string {
    const name = (location: HoursLocation) =>
      rangeName(location.day!, location.range ?? 0);
    if (problem.code === 'range-overlap' && problem.other) {
      // Each of the two ranges says which other range it runs into.
      const other = sameLocation(problem, here) ? problem.other : problem;
      return problemMessage(problem, name(here), name(other));
    }

    return problemMessage(problem, name(here));
  }

  private summary(): string {
    const readable = this.editedSchedules()
      .filter((schedule) => canonicalTimeZone(schedule.timeZone))
      .map((schedule): Schedule => {
        if (!('days' in schedule)) return schedule;

        const days: Partial<Record<Weekday, TimeRange[]>> = {};
        for (const [day, ranges] of Object.entries(schedule.days)) {
          const kept = (ranges ?? []).filter(isReadableRange);
          if (kept.length) days[day as Weekday] = kept;
        }
        return {...schedule, days};
      });
    const words = summaryWords();
    if (readable.length === 0) return words.noHours;

    return summariseSchedules(readable, activeLocale(), words);
  }

  // --- Lists (WAI-ARIA combobox) ---------------------------------------

  private onListInput(event: Event, target: ListTarget): void {
    const text = (event.target as HTMLInputElement).value;
    const key = listKey(target);
    this.drafts = {...this.drafts, [key]: text};
    this.openList(target, text, 'typed');
  }

  private onListKeydown(event: KeyboardEvent, target: ListTarget): void {
    // An input method uses these keys while it composes (Korean, Japanese).
    if (event.isComposing || event.keyCode === 229) return;

    const key = listKey(target);
    const list = this.list?.key === key ? this.list : undefined;
    const draft = this.drafts[key];
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (event.altKey) {
          if (down && !list) this.openList(target, draft, 'opened');
          if (!down && list) this.closeList();
          return;
        }
        if (!list) {
          this.openList(target, draft, down ? 'down' : 'up');
          return;
        }
        this.moveActive(list.active + (down ? 1 : -1), down);
        return;
      }
      case 'PageDown':
      case 'PageUp': {
        if (!list) return;

        event.preventDefault();
        const down = event.key === 'PageDown';
        this.moveActive(list.active + (down ? PAGE_STEP : -PAGE_STEP), down);
        return;
      }
      case 'Enter':
        if (list || draft !== undefined) event.preventDefault();
        this.accept(target, list, draft);
        return;
      case 'Tab':
        // Tab takes the highlighted option and moves on, as a person
        // expects from a list that highlights as they type.
        this.accept(target, list, draft);
        return;
      case 'Escape':
        if (!list && draft === undefined) return;

        // Keeps a surrounding dialog open: this Escape only closes the list.
        event.preventDefault();
        event.stopPropagation();
        this.closeList();
        this.dropDraft(key);
        return;
      default:
        return;
    }
  }

  /** Enter or Tab: the highlighted option, else what was typed. */
  private accept(
    target: ListTarget,
    list: OpenList | undefined,
    draft: string | undefined
  ): void {
    // What the list highlights is what is taken: a zone id typed in full
    // is the first option its search gives.
    if (list && acceptsActive(list)) {
      this.chooseOption(list.active);
      return;
    }

    this.closeList();
    if (draft !== undefined) this.commitText(target, draft);
  }

  private onListFocusOut(target: ListTarget): void {
    const key = listKey(target);
    if (this.list?.key === key) this.closeList();
    const draft = this.drafts[key];
    if (draft !== undefined) this.commitText(target, draft);
  }

  private onListScroll(event: Event): void {
    const list = this.list;
    if (!list) return;

    const top = (event.target as HTMLElement).scrollTop;
    const scrolled = scrolledList(list, top, this.rowHeight);
    if (scrolled !== list) this.list = scrolled;
  }

  private toggleZoneList(index: number): void {
    const target: ListTarget = {kind: 'zone', schedule: index};
    const key = listKey(target);
    const input = this.renderRoot.querySelector<HTMLInputElement>(
      `#zone-${this.schedules[index].id}`
    );
    input?.focus();
    if (this.list?.key === key) this.closeList();
    else this.openList(target, this.drafts[key], 'opened');
  }

  /** Opens the list of an input, filtered by `query` when there is one. */
  private openList(
    target: ListTarget,
    query: string | undefined,
    how: Opening
  ): void {
    const key = listKey(target);
    const filtering = query !== undefined && query.trim() !== '';
    const values = listValues(
      target,
      filtering ? query : undefined,
      activeLocale()
    );
    const unmatched = target.kind === 'zone' && filtering && !values.length;
    // A “no match” said for earlier text is no longer true.
    if (this.unmatched === key && !unmatched) this.announcement = '';
    this.unmatched = unmatched ? key : undefined;
    if (unmatched) {
      this.announce(noZoneMatches(query ?? ''));
    }
    if (values.length === 0) {
      this.list = undefined;
      return;
    }

    this.rowHeight = rowHeightOf(target.kind);
    const current = this.currentText(target);
    this.list = openedList(target, values, current, how, this.rowHeight);
    this.pendingScrollTop = this.list.scrollTop;
  }

  private moveActive(index: number, down: boolean): void {
    const list = this.list;
    if (!list) return;

    const box = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const view = {
      top: box?.scrollTop ?? 0,
      view: box?.clientHeight ?? this.rowHeight * 6,
    };
    this.list = movedList(list, index, down, this.rowHeight, view);
    this.pendingScrollTop = this.list.scrollTop;
  }

  private chooseOption(index: number): void {
    const list = this.list;
    if (!list || index < 0 || index >= list.values.length) return;

    const value = list.values[index];
    this.closeList();
    this.commitValue(list.target, value);
  }

  private closeList(): void {
    this.list = undefined;
    this.unmatched = undefined;
  }

  /** The text an input shows for its committed value. */
  private currentText(target: ListTarget): string {
    const schedule = this.schedules[target.schedule];
    if (target.kind === 'zone') return schedule?.timeZone ?? '';

    return schedule?.days[target.day].ranges[target.range]?.[target.end] ?? '';
  }

  /** Commits what the person typed, read in the active locale. */
  private commitText(target: ListTarget, text: string): void {
    if (target.kind === 'zone') {
      const trimmed = text.trim();
      this.commitValue(target, canonicalTimeZone(trimmed) ?? trimmed);
      return;
    }

    const time = parseTimeInput(text, activeLocale()) ?? text.trim();
    this.commitValue(target, time);
  }

  private commitValue(target: ListTarget, value: string): void {
    this.dropDraft(listKey(target));
    if (target.kind === 'zone') {
      this.edit((schedules) => {
        schedules[target.schedule].timeZone = value;
        schedules[target.schedule].zoneTouched = true;
      });
      return;
    }

    this.edit((schedules) => {
      const range =
        schedules[target.schedule].days[target.day].ranges[target.range];
      if (!range) return;

      range[target.end] = value;
      range.edited = true;
      // With its end, the person has finished the range.
      if (target.end === 'end') range.touched = true;
    });
  }

  private dropDraft(key: string): void {
    if (!(key in this.drafts)) return;

    const drafts = {...this.drafts};
    delete drafts[key];
    this.drafts = drafts;
    if (this.unmatched === key) this.unmatched = undefined;
  }

  private measureList(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const list = this.list;
    if (!box || !list) return;

    if (this.pendingScrollTop !== undefined) {
      box.scrollTop = this.pendingScrollTop;
      this.pendingScrollTop = undefined;
    }
    const option = box.querySelector<HTMLElement>('[role="option"]');
    const height = option?.getBoundingClientRect().height ?? 0;
    // Rows have one height in rem (see the styles); measuring corrects
    // the estimate where a host's styles change it.
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      const how: Opening = list.chosenByKey ? 'down' : 'opened';
      const current = list.values[list.active] ?? '';
      this.list = {
        ...openedList(list.target, list.values, current, how, height),
        active: list.active,
      };
      this.pendingScrollTop = this.list.scrollTop;
    }
  }

  // --- Edits ----------------------------------------------------------

  /**
   * Applies a change of the person to a copy of the schedules, tells the
   * platform, and fires `input` and `change` when the value changed.
   */
  private edit(change: (schedules: EditableSchedule[]) => void): void {
    const before = JSON.stringify(this.value);
    const next = structuredClone(this.schedules);
    change(next);
    this.schedules = next;
    this.dirty = true;
    this.editedByPerson = true;
    this.syncFormControl();
    if (JSON.stringify(this.value) === before) return;

    this.dispatchEvent(
      new InputEvent('input', {bubbles: true, composed: true})
    );
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  private setAroundTheClock(index: number, on: boolean): void {
    this.edit((schedules) => {
      schedules[index].aroundTheClock = on;
    });
    if (!on) this.announce(announcements.aroundTheClockOff());
  }

  private setDay(index: number, day: Weekday, on: boolean): void {
    this.edit((schedules) => {
      const editable = schedules[index].days[day];
      editable.on = on;
      if (on && editable.ranges.length === 0) {
        editable.ranges = [newRange(DEFAULT_RANGE.start, DEFAULT_RANGE.end)];
      }
    });
    if (!on && this.copying?.schedule === index && this.copying.day === day) {
      this.copying = undefined;
    }
  }

  private async addRange(index: number, day: Weekday): Promise<void> {
    const rangeIndex = this.schedules[index].days[day].ranges.length;
    this.edit((schedules) => {
      schedules[index].days[day].ranges.push(newRange('', ''));
    });
    this.announce(announcements.rangeAdded(rangeName(day, rangeIndex)));
    await this.updateComplete;
    this.timeInput(index, day, rangeIndex, 'start')?.focus();
  }

  private async removeRange(
    index: number,
    day: Weekday,
    rangeIndex: number
  ): Promise<void> {
    const where = rangeName(day, rangeIndex);
    this.edit((schedules) => {
      const editable = schedules[index].days[day];
      editable.ranges.splice(rangeIndex, 1);
      if (editable.ranges.length === 0) editable.on = false;
    });
    this.announce(announcements.rangeRemoved(where));
    await this.updateComplete;
    const left = this.schedules[index].days[day].ranges.length;
    const focus =
      left === 0
        ? this.renderRoot.querySelector<HTMLElement>(
            `#day-${this.schedules[index].id}-${day}`
          )
        : this.timeInput(index, day, Math.min(rangeIndex, left - 1), 'start');
    focus?.focus();
  }

  private async addSchedule(): Promise<void> {
    const index = this.schedules.length;
    this.edit((schedules) => {
      schedules.push(emptySchedule(''));
    });
    this.announce(announcements.scheduleAdded(index));
    await this.updateComplete;
    this.zoneInput(index)?.focus();
  }

  private async removeSchedule(index: number): Promise<void> {
    this.copying = undefined;
    this.edit((schedules) => {
      schedules.splice(index, 1);
    });
    this.announce(announcements.scheduleRemoved(index));
    await this.updateComplete;
    this.zoneInput(Math.min(index, this.schedules.length - 1))?.focus();
  }

  private async toggleCopy(index: number, day: Weekday): Promise<void> {
    if (this.copying?.schedule === index && this.copying.day === day) {
      this.copying = undefined;
      return;
    }

    this.copying = {schedule: index, day, targets: []};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.copy-target')?.focus();
  }

  private setCopyTarget(day: Weekday, on: boolean): void {
    const copying = this.copying;
    if (!copying) return;

    const targets = copying.targets.filter((target) => target !== day);
    if (on) targets.push(day);
    this.copying = {...copying, targets};
  }

  private async applyCopy(): Promise<void> {
    const copying = this.copying;
    if (!copying) return;

    const {schedule: index, day} = copying;
    const order = weekdayOrder(activeLocale());
    const targets = order.filter((target) => copying.targets.includes(target));
    this.copying = undefined;
    if (targets.length > 0) {
      this.edit((schedules) => {
        const source = schedules[index].days[day].ranges;
        for (const target of targets) {
          schedules[index].days[target] = {
            on: true,
            ranges: source.map((range) => newRange(range.start, range.end)),
          };
        }
      });
      this.announce(announcements.hoursCopied(day, targets));
    }
    await this.focusCopyButton(index, day);
  }

  private async closeCopy(): Promise<void> {
    const copying = this.copying;
    if (!copying) return;

    this.copying = undefined;
    await this.focusCopyButton(copying.schedule, copying.day);
  }

  private onCopyKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;

    event.preventDefault();
    event.stopPropagation();
    void this.closeCopy();
  }

  private async focusCopyButton(index: number, day: Weekday): Promise<void> {
    await this.updateComplete;
    const dayToggle = this.renderRoot.querySelector(
      `#day-${this.schedules[index].id}-${day}`
    );
    dayToggle
      ?.closest('.day')
      ?.querySelector<HTMLElement>('.copy-day')
      ?.focus();
  }

  private onRangeFocusOut(
    event: FocusEvent,
    index: number,
    day: Weekday,
    rangeIndex: number
  ): void {
    const row = event.currentTarget as HTMLElement;
    if (row.contains(event.relatedTarget as Node | null)) return;

    const range = this.schedules[index]?.days[day].ranges[rangeIndex];
    if (!range || range.touched || !range.edited) return;

    // Leaving a range the person edited: its problems may show now.
    this.schedules = this.schedules.map((schedule, at) =>
      at === index ? touchRange(schedule, day, rangeIndex) : schedule
    );
  }

  private announce(text: string): void {
    // The same words again must still be a change for the live region.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private zoneInput(index: number): HTMLInputElement | null {
    const schedule = this.schedules[index];
    if (!schedule) return null;

    return this.renderRoot.querySelector<HTMLInputElement>(
      `#zone-${schedule.id}`
    );
  }

  private timeInput(
    index: number,
    day: Weekday,
    rangeIndex: number,
    end: 'start' | 'end'
  ): HTMLInputElement | null {
    const range = this.schedules[index]?.days[day].ranges[rangeIndex];
    if (!range) return null;

    return this.renderRoot.querySelector<HTMLInputElement>(
      `#range-${range.id}-${end}`
    );
  }

  /** Replaces everything being edited with `schedules`. */
  private load(schedules: readonly Schedule[]): void {
    this.schedules = fromSchedules(schedules);
    this.drafts = {};
    this.list = undefined;
    this.unmatched = undefined;
    this.copying = undefined;
    this.editedByPerson = false;
    this.syncFormControl();
  }

  // --- Form control ---------------------------------------------------

  /** The schedules as shown, in their order, blank ones included. */
  private editedSchedules(): Schedule[] {
    return this.schedules.map(toSchedule);
  }

  /** Problems of the hours as shown; locations match what is rendered. */
  private problems(): HoursProblem[] {
    const schedules = this.editedSchedules();
    if (!this.required && isBlank(schedules)) return [];

    return validateSchedules(schedules);
  }

  protected validate(): ControlValidity {
    if (this.isDisabled) return {flags: {}, message: ''};

    const [problem] = this.problems();
    if (!problem) return {flags: {}, message: ''};

    const schedule = this.schedules[problem.schedule];
    let message: string;
    if (problem.day !== undefined) {
      message = this.rangeMessage(problem, problem);
    } else {
      message = problemMessage(problem, '', '', schedule?.timeZone ?? '');
    }
    return {flags: validityFlags(problem, this.isEmpty()), message};
  }

  protected override syncFormControl(): void {
    super.syncFormControl();
    // The problems of a range the person finished show at once, before
    // they leave the picker; the states say what the person sees.
    const invalid = !this.isDisabled && !this.internals.validity.valid;
    if (invalid && !this.showProblems && this.someProblemShown()) {
      this.internals.states.add('user-invalid');
    }
  }

  private someProblemShown(): boolean {
    return this.problems().some((problem) => {
      const schedule = this.schedules[problem.schedule];
      if (!schedule) return false;
      if (problem.day === undefined) {
        return problem.code.startsWith('time-zone') && schedule.zoneTouched;
      }

      return isTouched(schedule, problem) || isTouched(schedule, problem.other);
    });
  }

  protected formValue(): FormValue {
    // No hours, no entry: as an empty list of addresses, and unlike `[]`,
    // what a server reads as missing.
    if (this.isEmpty()) return null;

    return JSON.stringify(this.value);
  }

  protected validityAnchor(): HTMLElement | undefined {
    const root = this.renderRoot;
    if (!root) return undefined;

    const [problem] = this.problems();
    const schedule = problem && this.schedules[problem.schedule];
    let anchor: HTMLElement | null = null;
    if (schedule && problem.day !== undefined) {
      anchor = this.timeInput(
        problem.schedule,
        problem.day,
        problem.range ?? 0,
        'start'
      );
    } else if (schedule && problem.code === 'hours-empty') {
      const [firstDay] = weekdayOrder(activeLocale());
      anchor = root.querySelector<HTMLElement>(
        `#day-${schedule.id}-${firstDay}`
      );
    } else if (schedule) {
      anchor = this.zoneInput(problem.schedule);
    }
    return anchor ?? root.querySelector<HTMLElement>('input') ?? undefined;
  }

  protected isEmpty(): boolean {
    return isBlank(this.editedSchedules());
  }

  protected resetValue(): void {
    this.dirty = false;
    this.load(parseDefault(this.defaultValue));
  }

  protected restoreValue(saved: string | FormData): void {
    if (typeof saved !== 'string') return;

    this.dirty = true;
    this.load(parseDefault(saved));
  }

  /** Focuses the first control that needs the person, else the first. */
  override focus(options?: FocusOptions): void {
    const anchor = this.validity.valid ? undefined : this.validityAnchor();
    const target =
      anchor ?? this.renderRoot?.querySelector<HTMLElement>('input');
    target?.focus(options);
  }
}

// --- Helpers --------------------------------------------------------------

/**
 * The platform's flag for a problem; `customError` stays the host's, for
 * `setCustomValidity()`.
 */
function validityFlags(
  problem: HoursProblem,
  empty: boolean
): ValidityStateFlags {
  switch (problem.code) {
    case 'hours-missing':
    case 'hours-empty':
      return empty ? {valueMissing: true} : {patternMismatch: true};
    case 'time-format':
    case 'time-zone-unknown':
      // Text that is not a time or a zone, as a native input's bad input.
      return {badInput: true};
    default:
      return {patternMismatch: true};
  }
}

/**
 * Selects a list input's text as it gets the focus, so that what a person
 * types replaces the zone or time chosen before rather than joining it
 * (`UTCKST`). The mouseup of the click that gave the focus would put the
 * caret down inside the selection, so that one mouseup is stopped.
 */
function selectOnFocus(event: FocusEvent): void {
  const input = event.target as HTMLInputElement;
  input.select();
  // A mouseup this soon belongs to the click that gave the focus; after
  // a focus by keyboard, no listener is left behind.
  input.addEventListener('mouseup', preventDefault, {
    once: true,
    signal: AbortSignal.timeout(500),
  });
}

function preventDefault(event: Event): void {
  // Keeps the focus, or the selection, where it is while the person clicks.
  event.preventDefault();
}

/** `Korean Standard Time · UTC+09:00`, the offset of today. */
function zoneDetails(zone: string, locale: string): string {
  const offset = utcOffset(zone, new Date()) ?? '';
  return [timeZoneName(zone, locale), offset].filter(Boolean).join(' · ');
}

function zoneOption(zone: string, locale: string, now: Date): TemplateResult {
  // Intl has no city names; Korean ones help where the id is English.
  const city = locale.startsWith('ko') ? KOREAN_CITY_NAMES[zone] : undefined;
  const offset = utcOffset(zone, now);
  const detail = [city, zone, offset].filter(Boolean).join(' · ');
  return html`<span class="option-name">${timeZoneName(zone, locale)}</span>
    <span class="option-detail">${detail}</span>`;
}

function showTime(time: string, locale: string): string {
  const readable = parseClock(time, 'end') !== undefined;
  return readable ? formatTime(time, locale) : time;
}

declare global {
  interface HTMLElementTagNameMap {
    'support-hours-picker': SupportHoursPicker;
  }
}
