import type { Question } from './question.js';

export const enrollmentProgress = {
  id: 'enrollment-progress',
  asks: 'Do course enrollments carry a `progress` attribute (0 to 100), which completion triggers read?',
  hope: 'They do (`progress: 100` is a completion; `progress: null` counts as 0)',
  owns: ['enrollmentProgress'],
  alternatives: [
    {
      label: 'enrollments without `progress`',
      switches: { enrollmentProgress: 'absent' },
      cost: 'a completion poll whose enrollments all lack `progress` fails with an error naming the field (1 request, as hoped)',
      effect: 'not-available',
    },
  ],
  operations: {
    keys: ['new_course_completion', 'new_learning_path_completion', 'new_stalled_learner'],
    when: 'a poll reads enrollments',
  },
  probe: 'enrollment-progress',
  readme: {
    ifNot:
      'a poll whose enrollments all lack `progress` fails with an error naming the field, never stays silent',
    cost: 'the completion triggers cannot work',
  },
} as const satisfies Question;
