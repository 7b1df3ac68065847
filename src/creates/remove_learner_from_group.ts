import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { withContext } from '../lib/errors.js';
import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS } from '../lib/inputs.js';
import { settleEach } from '../lib/settle.js';
import { names } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import { removePersonFromGroup } from '../resources/groups/relationships.js';
import { listing } from '../resources/onboarding.js';
import { learnerField } from '../resources/people/fields.js';
import {
  membershipOutputFields,
  membershipSample,
  toMembershipOutput,
} from '../resources/people/output.js';

const fields = [
  learnerField,
  showAs(groupsField, {
    key: 'groups',
    helpText: `Groups to remove the learner from: pick them, or map group IDs or exact names (up to ${MAX_LIST_ITEMS}). A learner who is not a member is left as they are.`,
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { learner, groups } = await readInputs(z, bundle.inputData, fields);
  const { done, failure } = await settleEach(groups, (group) =>
    removePersonFromGroup(z, group, learner.id),
  );
  if (failure !== undefined) {
    const removed = done.filter(({ result }) => result === 'changed').map(({ item }) => item);
    throw removed.length > 0
      ? withContext(
          failure,
          `Already done: removed from ${listing(names(removed))}. Then it failed:`,
        )
      : failure;
  }
  return toMembershipOutput(learner, groups);
}) satisfies CreatePerform;

export default defineCreate({
  key: 'remove_learner_from_group',
  noun: 'Group Membership',
  display: {
    label: 'Remove Learner from Group',
    description:
      "Removes a learner from one or more groups, ending their access to the groups' courses.",
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: membershipSample,
    outputFields: membershipOutputFields,
  },
});
