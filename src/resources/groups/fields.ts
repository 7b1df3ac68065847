import { defineField, defineReference, optionalReference } from '../../lib/fields.js';
import {
  booleanWithDefault,
  MAX_LIST_ITEMS,
  optionalText,
  requiredText,
  textList,
} from '../../lib/inputs.js';
import { later, runtime } from '../../lib/later.js';

/** What a list field does with a value that has commas, for the help text. */
export const COMMAS =
  'Several groups in one value (one a line, or comma-separated) are read as Commas in Names says.';

const requiredGroups = (value: unknown, label: string) =>
  textList(value, label, { required: true, max: MAX_LIST_ITEMS });

/** One group by ID or name, which must exist. */
export const groupField = defineReference(
  {
    key: 'group',
    label: 'Group',
    required: true,
    dynamic: 'group_list.id.label',
    search: 'find_group.id',
    helpText: 'Pick a group, or map a group ID or the exact group name from an earlier step.',
  },
  requiredText,
  later(async () => (await runtime()).resolveGroup),
);

/** Groups by ID or name, each of which must exist. */
export const groupsField = defineReference(
  {
    key: 'groups',
    label: 'Groups',
    required: true,
    list: true,
    dynamic: 'group_list.id.label',
    helpText: `Pick groups, or map group IDs or exact group names (up to ${MAX_LIST_ITEMS}). ${COMMAS}`,
  },
  requiredGroups,
  later(async () => (await runtime()).resolveGroups),
);

/** Group names (or IDs) that need not exist yet: the operation decides what to do with them. */
export const groupNamesField = defineField(groupsField.input, requiredGroups);

/** A group to look up by name or ID: none is an answer, not an error. */
export const groupSearchField = defineReference(
  {
    key: 'name',
    label: 'Group Name or ID',
    required: true,
    helpText:
      'The exact group name (letter case and extra spaces are ignored when nothing matches exactly), or a group ID.',
  },
  requiredText,
  later(async () => (await runtime()).findGroupNamed),
);

/** The name of a group to find or create. */
export const groupNameField = defineField(
  {
    key: 'name',
    label: 'Group Name',
    required: true,
    helpText:
      'The name of the group. If a group with this name already exists (ignoring letter case and extra spaces), that group is returned and nothing new is created.',
  },
  requiredText,
);

/**
 * A group to filter by, or blank: resolved to its ID. An ID is taken as given, with no request
 * (a trigger checks it when tested); a name must name a group.
 */
export const groupFilterField = optionalReference(
  defineReference(
    groupField.input,
    requiredText,
    later(async () => (await runtime()).groupIdOf),
  ),
  optionalText,
);

/** Onboarding's switch: create a group named that does not exist yet, or stop before any change. */
export const createMissingGroupsField = defineField(
  {
    key: 'create_missing_groups',
    label: 'Create Missing Groups',
    type: 'boolean',
    required: false,
    default: 'true',
    helpText:
      'Create a group named above that does not exist yet. If off, a missing group stops the step before anything changes.',
  },
  booleanWithDefault(true),
);
