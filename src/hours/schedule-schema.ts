/**
 * The schedules' shape as zod schemas, for the record's schema. The shape
 * itself is `isSchedule`'s, which the picker uses without zod.
 */

import * as z from 'zod/mini';

import {isSchedule} from './schedule.js';
import type {Schedule} from './types.js';

/** The JSON shape of one schedule (see `isSchedule`). */
export const scheduleSchema = z.custom<Schedule>(isSchedule);

/** The JSON shape of the support hours: any number of schedules. */
export const schedulesSchema = z.array(scheduleSchema);
