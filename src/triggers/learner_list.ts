import { defineTrigger } from 'zapier-platform-core';

import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';
import { later, runtime } from '../lib/later.js';

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).learnerList);

export default defineTrigger({
  key: 'learner_list',
  noun: 'Learner',
  display: {
    label: 'List Learners',
    description: 'Lists learners for choosing one in a dropdown.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    canPaginate: true,
    perform,
    sample: learnerSample,
    outputFields: learnerOutputFields,
  },
});
