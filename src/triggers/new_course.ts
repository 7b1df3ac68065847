import { defineTrigger } from 'zapier-platform-core';

import { defineField, inputsOf } from '../lib/fields.js';
import { invalidInput, optionalText, quote } from '../lib/inputs.js';
import { courseOutputFields, courseSample } from '../resources/courses/samples.js';
import { later, runtime } from '../lib/later.js';

const statusChoices = {
  published: 'Published',
  draft: 'Draft',
  archived: 'Archived',
  any: 'Any status',
};

export const fields = [
  defineField(
    {
      key: 'status',
      label: 'Status',
      required: false,
      choices: statusChoices,
      default: 'published',
      helpText:
        'Only trigger for courses with this status. Published courses by default (whichever word the school uses for them: `published` or `live`).',
    },
    (value, label) => {
      const status = optionalText(value, label)?.toLowerCase() ?? 'published';
      if (!Object.hasOwn(statusChoices, status)) {
        throw invalidInput(
          label,
          `${quote(status)} is not one of published, draft, archived or any.`,
        );
      }
      return status;
    },
  ),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newCourse);

export default defineTrigger({
  key: 'new_course',
  noun: 'Course',
  display: {
    label: 'New Course',
    description: 'Triggers when a new course is created (published courses by default).',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: courseSample,
    outputFields: courseOutputFields,
  },
});
