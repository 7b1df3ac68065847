import type { Question } from './question.js';

export const notFoundBody = {
  id: 'not-found-body',
  asks: 'What body comes with a 404 (JSON errors, an empty body, or a web page)?',
  hope: 'JSON errors or an empty body: on a list it means none, on a record not found',
  owns: ['notFoundBody'],
  alternatives: [
    {
      label: '404s with an empty body',
      switches: { notFoundBody: 'empty' },
      cost: 'none: an empty 404 is Northpass saying none',
      effect: 'same',
    },
    {
      label: '404s as a web page, empty lists as data []',
      switches: { notFoundBody: 'html', emptyCollection404: false },
      cost: 'none for the records that exist; a look-up of one that does not fails, saying why',
      effect: 'same',
    },
  ],
  operations: {
    keys: [
      'find_learner',
      'find_group',
      'find_course',
      'find_learning_path',
      'remove_learner_from_group',
      'offboard_learner',
      'onboard_learner',
      'new_learner',
      'new_course_completion',
      'new_course_enrollment',
    ],
    when: 'a read answers 404',
  },
  probe: 'not-found-body',
  readme: {
    ifNot:
      'a 404 web page is an error saying Northpass answered with a page it does not normally send, never "none"',
    cost: 'the step fails (a person can retry); no false "no such learner"',
  },
} as const satisfies Question;
