import type { CreatePerform } from 'zapier-platform-core';

import { afterPartialWork, listing } from '../lib/errors.js';
import { readInputs } from '../lib/fields.js';
import { settleEach } from '../lib/settle.js';
import { names, type Group } from '../resources/groups/api.js';
import { addPersonToGroup, isMember } from '../resources/groups/relationships.js';
import { groupIdsOnRecord } from '../resources/people/api.js';
import { previewSummary } from '../resources/school/preview.js';
import { toMembershipOutput } from '../resources/people/output.js';
import { capitalise } from '../flows/onboarding-summary.js';
import { fields } from './add_learner_to_group.js';

/** "Added ada@… to Sales; already in Support." (or, previewing, what would be). */
const summaryOf = (
  email: string,
  added: Group[],
  already: Group[],
  preview: boolean,
  ensured: Group[] = [],
): string => {
  const said = [
    ...(ensured.length > 0 ? [`made sure ${email} is in ${listing(names(ensured))}`] : []),
    ...(added.length > 0
      ? [`${preview ? 'would add' : 'added'} ${email} to ${listing(names(added))}`]
      : []),
    ...(already.length > 0 ? [`${email} was already in ${listing(names(already))}`] : []),
  ];
  if (preview) return previewSummary(said);
  const text = said.join('; ');
  // "Added …", but an email is never capitalised
  return `${text.startsWith(email) ? text : capitalise(text)}.`;
};

export const perform = (async (z, bundle) => {
  const { learner, groups, preview } = await readInputs(z, bundle.inputData, fields);
  // an empty list counts once the connection knows records list groups
  const listed = await groupIdsOnRecord(z, learner);
  // her record, or the group's memberships, say whether she is in: "added" only when she was not
  const { done, failure } = await settleEach(groups, async (group) => {
    const member = listed?.includes(group.id) ?? (await isMember(z, group.id, learner.id));
    if (member) return 'already';
    if (preview) return 'added';
    const result = await addPersonToGroup(z, group, learner.id);
    // a 2xx with nothing known before says she is in now, not that she was not before
    return result === 'unchanged' ? 'already' : member === false ? 'added' : 'ensured';
  });
  const of = (outcome: string) =>
    done.filter(({ result }) => result === outcome).map(({ item }) => item);
  const added = of('added');
  if (failure !== undefined) {
    const sent = [...added, ...of('ensured')];
    throw sent.length > 0 ? afterPartialWork(failure, 'added to', names(sent)) : failure;
  }
  const already = of('already');
  return {
    ...toMembershipOutput(learner, groups),
    summary: summaryOf(learner.attributes.email, added, already, preview, of('ensured')),
    preview,
  };
}) satisfies CreatePerform;
