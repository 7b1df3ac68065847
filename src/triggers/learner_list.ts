import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { listPeople } from '../resources/people/lists.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';
import { dropdownPage, pollItems } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listPeople(z, { page: dropdownPage(bundle) });
  return pollItems(z, items.map(toLearnerOutput), skipped);
}) satisfies PollingTriggerPerform;

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
