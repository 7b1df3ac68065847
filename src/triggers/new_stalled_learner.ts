import { defineTrigger } from 'zapier-platform-core';

import { wholeNumberWithDefault } from '../lib/counts.js';
import { defineField, inputsOf, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { stalledOutputFields, stalledSample } from '../resources/enrollments/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(optionalCourseField, {
    key: 'course',
    search: undefined,
    placeholder: 'Any course',
    helpText:
      'The course to watch: pick it from the list, or type its exact name or ID. Leave blank for any course: every enrollment is read in turns, 20 pages of 100 a poll.',
  }),
  defineField(
    {
      key: 'enrolled_days',
      label: 'Enrolled At Least (days)',
      required: false,
      type: 'integer',
      default: '14',
      helpText: 'Only learners enrolled at least this many days ago. Default 14.',
    },
    wholeNumberWithDefault(14, { min: 0, max: 3650 }),
  ),
  defineField(
    {
      key: 'progress_below',
      label: 'Progress Below (%)',
      required: false,
      type: 'integer',
      default: '50',
      helpText: 'Only learners whose progress in the course is below this percentage. Default 50.',
    },
    wholeNumberWithDefault(50, { min: 1, max: 100 }),
  ),
  defineField(
    {
      key: 'inactive_days',
      label: 'Inactive For (days)',
      required: false,
      type: 'integer',
      default: '7',
      helpText:
        'Only learners with no activity in the course for this many days (counted from their enrollment when they never started). Default 7.',
    },
    wholeNumberWithDefault(7, { min: 1, max: 3650 }),
  ),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newStalledLearner);

export default defineTrigger({
  key: 'new_stalled_learner',
  noun: 'Stalled Learner',
  display: {
    label: 'New Stalled Learner',
    description:
      'Triggers when a learner stalls in a course: enrolled a while ago, little progress, and inactive.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: stalledSample,
    outputFields: stalledOutputFields,
  },
});
