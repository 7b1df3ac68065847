import type { Question } from './question.js';

export const schoolName = {
  id: 'school-name',
  asks: 'Does the API key read the school’s properties (`GET /v2/properties/school`, hidden on some plans)?',
  hope: 'Yes: the connection is labelled with the school’s name',
  owns: [],
  alternatives: [
    {
      label: 'the school’s properties hidden from the key',
      switches: {},
      cost: 'none: the connection is labelled “Northpass school”',
      effect: 'same',
    },
  ],
  operations: { keys: [], when: 'the connection’s label only' },
  probe: 'school',
  readme: {
    ifNot: 'the connection is labelled “Northpass school”',
    cost: 'none',
  },
} as const satisfies Question;
