import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { appError } from '../../lib/errors.js';
import { relatedIds } from '../../client/jsonapi.js';
import { ROUTE_MISSING, routeMissing } from '../../client/errors.js';
import { learn, knownFacts } from '../../client/learned.js';
import { northpassRequest, parseBody } from '../../client/request.js';
import { invalidInput, isUuid, quote, requiredEmail } from '../../lib/inputs.js';
import { findOrCreate, type CreateOutcome } from '../outcome.js';
import { findPersonByEmail } from './by-email.js';
import {
  describePerson,
  findPersonById,
  PEOPLE,
  personDocumentSchema,
  personPath,
  type Person,
} from './record.js';

export {
  PEOPLE,
  personPath,
  personSchema,
  personDocumentSchema,
  describePerson,
  hasJoined,
  findPersonById,
  type Person,
} from './record.js';
export { findPersonByEmail } from './by-email.js';

export interface PersonAttributes {
  email?: string;
  first_name?: string;
  last_name?: string;
}

/**
 * POST /v2/people. An email Northpass already knows is found, never duplicated: Northpass either
 * returns the existing person or refuses with 409/422, and then the person is looked up by email.
 * `groupIds`: the learner's groups as the answer lists them (see `groupIdsOnRecord`: an empty list
 * counts once the connection has seen records list groups), or undefined when it cannot tell.
 */
export const findOrCreatePerson = async (
  z: ZObject,
  attributes: PersonAttributes & { email: string },
): Promise<{ person: Person; outcome: CreateOutcome; groupIds?: string[] }> => {
  // where the email filter is known to tell letter case apart, Northpass's own duplicate check
  // may too: the learner is looked up in any case first, so Jane@Acme.com is not made twice
  if ((await knownFacts(z)).emailCase === 'exact') {
    const known = await findPersonByEmail(z, attributes.email);
    if (known) return { person: known, outcome: 'existing' };
  }
  const { record, outcome } = await findOrCreate(z, {
    path: PEOPLE,
    body: { data: { type: 'people', attributes } },
    schema: personDocumentSchema,
    findExisting: () => findPersonByEmail(z, attributes.email),
  });
  // someone already in groups was not created just now, whatever the status said
  const groupIds = await groupIdsOnRecord(z, record);
  const inGroups = (groupIds?.length ?? 0) > 0;
  return { person: record, outcome: inGroups ? 'existing' : outcome, groupIds };
};

/** The wanted attributes that differ from the person's (emails compared ignoring case). */
export const changedAttributes = (person: Person, wanted: PersonAttributes): PersonAttributes => {
  const current: PersonAttributes = {
    email: person.attributes.email.toLowerCase(),
    first_name: person.attributes.first_name ?? undefined,
    last_name: person.attributes.last_name ?? undefined,
  };
  const changes: PersonAttributes = {};
  for (const key of ['email', 'first_name', 'last_name'] as const) {
    const value = wanted[key];
    if (value !== undefined && value !== current[key]) changes[key] = value;
  }
  return changes;
};

/**
 * PUT /v2/people/{id} with only the attributes that change (PATCH when Northpass has no PUT
 * route: 405, or 404 for the learner just read). The verb that worked is remembered. When both
 * are refused the learner is read again, so "not found" is said only of a learner who is gone.
 * Worst case: 3 requests.
 */
export const updatePerson = async (
  z: ZObject,
  person: Person,
  attributes: PersonAttributes,
): Promise<Person> => {
  const learned = (await knownFacts(z)).personUpdateVerb;
  const verbs = behaviour.personUpdateVerbs.filter((verb) => verb === learned);
  verbs.push(...behaviour.personUpdateVerbs.filter((verb) => verb !== learned));
  for (const method of verbs) {
    const response = await northpassRequest(z, {
      method,
      path: personPath(person.id),
      body: { data: { type: 'people', id: person.id, attributes } },
      retry: true,
      expect: [...ROUTE_MISSING],
    });
    if (routeMissing(response.status)) continue;
    await learn(z, (facts) => {
      facts.personUpdateVerb = method;
    });
    return parseBody(response, personDocumentSchema).data;
  }
  if (!(await findPersonById(z, person.id))) {
    throw appError(
      `Northpass could not find the learner ${describePerson(person)}; they may have just been deleted.`,
      'not_found',
      404,
    );
  }
  throw appError(
    `Northpass refused to update ${describePerson(person)} through its API (it took neither PUT nor PATCH). Change them in Northpass admin, or ask Northpass support.`,
    'update_refused',
    405,
  );
};

/**
 * The learner a field value names: a UUID is fetched by ID, an email is looked up exactly.
 * Null when there is no such learner.
 */
export const findPerson = async (
  z: ZObject,
  value: string,
  label: string,
): Promise<Person | null> => {
  if (isUuid(value)) return findPersonById(z, value.toLowerCase());
  if (!value.includes('@')) {
    throw invalidInput(
      label,
      `enter an email address or a learner ID; ${quote(value)} is neither.`,
    );
  }
  return findPersonByEmail(z, requiredEmail(value, label), value);
};

/** Like `findPerson`, but an unknown learner is an error that says how to add them. */
export const resolvePerson = async (z: ZObject, value: string, label: string): Promise<Person> => {
  const person = await findPerson(z, value, label);
  if (person) return person;
  throw invalidInput(
    label,
    isUuid(value)
      ? `no learner has the ID ${quote(value)}.`
      : `no learner has the email ${quote(value.trim().toLowerCase())}. Add them first with Create Learner or Onboard Learner.`,
  );
};

/**
 * The ids of the person's groups as a fresh `findPersonById` (or a create's answer) lists them,
 * or undefined when it cannot be told. A non-empty list shows that Northpass fills the list in, which is remembered;
 * from then on an empty list means no groups. Before that, an empty list proves nothing.
 */
export const groupIdsOnRecord = async (
  z: ZObject,
  person: Person,
): Promise<string[] | undefined> => {
  const ids = relatedIds(person.relationships?.[behaviour.groupsRelationship]);
  if (ids === undefined) return undefined;
  if (ids.length > 0) {
    await learn(z, (facts) => {
      facts.recordListsGroups = true;
    });
    return ids;
  }
  return (await knownFacts(z)).recordListsGroups === true ? ids : undefined;
};

/**
 * The ids of the person's groups, or undefined when Northpass did not list them. An empty list
 * says nothing either: some answers always carry one (see `behaviour.groupsRelationship`).
 */
export const groupIdsOf = (person: Person): string[] | undefined => {
  const ids = relatedIds(person.relationships?.[behaviour.groupsRelationship]);
  return ids?.length ? ids : undefined;
};
