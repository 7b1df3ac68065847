import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { afterPartialWork } from '../lib/errors.js';
import { inputsOf, readInputs } from '../lib/fields.js';
import { settleEach } from '../lib/settle.js';
import { names } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import { addPersonToGroup } from '../resources/groups/relationships.js';
import { learnerField } from '../resources/people/fields.js';
import {
  membershipOutputFields,
  membershipSample,
  toMembershipOutput,
} from '../resources/people/output.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';

const fields = [learnerField, groupsField, splitValuesField] as const;

export const perform = (async (z, bundle) => {
  const { learner, groups } = await readInputs(z, bundle.inputData, fields);
  const { done, failure } = await settleEach(groups, (group) =>
    addPersonToGroup(z, group, learner.id),
  );
  if (failure !== undefined) {
    const added = done.filter(({ result }) => result === 'changed').map(({ item }) => item);
    throw added.length > 0 ? afterPartialWork(failure, 'added to', names(added)) : failure;
  }
  return toMembershipOutput(learner, groups);
}) satisfies CreatePerform;

export default defineCreate({
  key: 'add_learner_to_group',
  noun: 'Group Membership',
  display: {
    label: 'Add Learner to Group',
    description: "Adds a learner to one or more groups, giving them the groups' courses.",
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: membershipSample,
    outputFields: membershipOutputFields,
  },
});
