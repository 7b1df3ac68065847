import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { MAX_LIST_ITEMS, requiredText, textList } from '../lib/inputs.js';
import { addPeopleToGroup, groupKind } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import { resolvePerson } from '../resources/people/api.js';
import { learnerField } from '../resources/people/fields.js';
import {
  membershipOutputFields,
  membershipSample,
  toMembershipOutput,
} from '../resources/people/output.js';
import { resolveAllNamed } from '../resources/references.js';

const inputFields = defineInputFields([learnerField, groupsField]);

export const perform = (async (z, bundle) => {
  const learnerRef = requiredText(bundle.inputData.learner, 'Learner');
  const groupRefs = textList(bundle.inputData.groups, 'Groups', {
    required: true,
    max: MAX_LIST_ITEMS,
  });
  const person = await resolvePerson(z, learnerRef, 'Learner');
  const groups = await resolveAllNamed(z, groupKind, groupRefs, 'Groups');
  for (const group of groups) await addPeopleToGroup(z, group, [person.id]);
  return toMembershipOutput(person, groups);
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'add_learner_to_group',
  noun: 'Group Membership',
  display: {
    label: 'Add Learner to Group',
    description: "Adds a learner to one or more groups, giving them the groups' courses.",
  },
  operation: {
    inputFields,
    perform,
    sample: membershipSample,
    outputFields: membershipOutputFields,
  },
});
