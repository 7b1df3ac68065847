import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { afterPartialWork, listing } from '../lib/errors.js';
import { inputsOf, readInputs } from '../lib/fields.js';
import { settleEach } from '../lib/settle.js';
import { names, type Group } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import { addPersonToGroup, isMember } from '../resources/groups/relationships.js';
import { groupIdsOf } from '../resources/people/api.js';
import { previewField, previewOutputField, previewSummary } from '../resources/school/preview.js';
import { learnerField } from '../resources/people/fields.js';
import {
  membershipOutputFields,
  membershipSample,
  toMembershipOutput,
} from '../resources/people/output.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';

const fields = [learnerField, groupsField, splitValuesField, previewField] as const;

/** "Added ada@… to Sales; already in Support." (or, previewing, what would be). */
const summaryOf = (email: string, added: Group[], already: Group[], preview: boolean): string => {
  const said = [
    ...(added.length > 0
      ? [`${preview ? 'would add' : 'added'} ${email} to ${listing(names(added))}`]
      : []),
    ...(already.length > 0 ? [`${email} was already in ${listing(names(already))}`] : []),
  ];
  if (preview) return previewSummary(said);
  const text = said.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

export const perform = (async (z, bundle) => {
  const { learner, groups, preview } = await readInputs(z, bundle.inputData, fields);
  const listed = groupIdsOf(learner);
  const { done, failure } = await settleEach(groups, async (group) =>
    preview
      ? (listed?.includes(group.id) ?? (await isMember(z, group.id, learner.id)))
        ? 'unchanged'
        : 'changed'
      : addPersonToGroup(z, group, learner.id),
  );
  const added = done.filter(({ result }) => result === 'changed').map(({ item }) => item);
  if (failure !== undefined) {
    throw added.length > 0 ? afterPartialWork(failure, 'added to', names(added)) : failure;
  }
  const already = done.filter(({ result }) => result === 'unchanged').map(({ item }) => item);
  return {
    ...toMembershipOutput(learner, groups),
    summary: summaryOf(learner.attributes.email, added, already, preview),
    preview,
  };
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
    sample: {
      ...membershipSample,
      summary: 'Added katherine@example.com to Acme Corp Partners.',
      preview: false,
    },
    outputFields: [
      ...membershipOutputFields,
      { key: 'summary', label: 'Summary' },
      previewOutputField,
    ],
  },
});
