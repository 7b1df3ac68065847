import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { PAGE_SIZE } from '../../client/config.js';
import { behaviour, endpoints } from '../../client/endpoints.js';
import {
  optionalString,
  relatedIds,
  resourceSchema,
  singleDocumentSchema,
} from '../../client/jsonapi.js';
import {
  fetchPage,
  findDocument,
  northpassRequest,
  parseBody,
  type Page,
} from '../../client/request.js';
import { invalidInput, isUuid, quote, requiredEmail } from '../../lib/inputs.js';
import { findOrCreate, type CreateOutcome } from '../outcome.js';

export const personSchema = resourceSchema(
  zod.looseObject({
    email: zod.string(),
    first_name: optionalString,
    last_name: optionalString,
    full_name: optionalString,
    name: optionalString,
    sso_uid: optionalString,
    registration_status: optionalString,
    activated_at: optionalString,
    created_at: optionalString,
    updated_at: optionalString,
  }),
);
export type Person = zod.infer<typeof personSchema>;

const personDocumentSchema = singleDocumentSchema(personSchema);

/** What a person is called in messages: their name and email, or just the email. */
export const describePerson = (person: Person): string => {
  const name = person.attributes.full_name?.trim();
  return name ? `${name} (${person.attributes.email})` : person.attributes.email;
};

/** A learner who has activated their account has nothing left to be invited to. */
export const hasJoined = (person: Person): boolean =>
  Boolean(person.attributes.activated_at) ||
  (person.attributes.registration_status ?? behaviour.pendingRegistrationStatus) !==
    behaviour.pendingRegistrationStatus;

/** GET /v2/people/{id}; null when there is no such person. */
export const findPersonById = async (z: ZObject, personId: string): Promise<Person | null> =>
  (await findDocument(z, endpoints.person(personId), personDocumentSchema))?.data ?? null;

/** GET /v2/people?filter[email][eq]=…, re-checked here ignoring case. */
export const findPersonByEmail = async (z: ZObject, email: string): Promise<Person | null> => {
  const { items } = await fetchPage(
    z,
    { path: endpoints.people, params: { ...behaviour.emailFilter(email), limit: 10 } },
    personSchema,
  );
  return items.find((person) => person.attributes.email.trim().toLowerCase() === email) ?? null;
};

/** GET /v2/people, one page, for a poll. */
export const listPeople = (
  z: ZObject,
  { limit = PAGE_SIZE, sort }: { limit?: number; sort: string },
): Promise<Page<Person>> =>
  fetchPage(z, { path: endpoints.people, params: { limit, sort } }, personSchema);

export interface PersonAttributes {
  email?: string;
  first_name?: string;
  last_name?: string;
}

/**
 * POST /v2/people. An email Northpass already knows is found, never duplicated: Northpass either
 * returns the existing person or refuses with 409/422, and then the person is looked up by email.
 */
export const findOrCreatePerson = async (
  z: ZObject,
  attributes: PersonAttributes & { email: string },
): Promise<{ person: Person; outcome: CreateOutcome }> => {
  const { record, outcome } = await findOrCreate(z, {
    path: endpoints.people,
    body: { data: { type: 'people', attributes } },
    schema: personDocumentSchema,
    findExisting: () => findPersonByEmail(z, attributes.email),
  });
  return { person: record, outcome };
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

/** PATCH /v2/people/{id} with only the attributes that change. */
export const updatePerson = async (
  z: ZObject,
  person: Person,
  attributes: PersonAttributes,
): Promise<Person> => {
  const response = await northpassRequest(z, {
    method: behaviour.personUpdateMethod,
    path: endpoints.person(person.id),
    body: { data: { type: 'people', id: person.id, attributes } },
    retry: true,
    notFound: `Northpass could not find the learner ${describePerson(person)}.`,
  });
  return parseBody(response, personDocumentSchema).data;
};

/**
 * POST /v2/people/{id}/invitations (unverified path). Never retried: each resend emails the
 * learner a new link and invalidates the previous one.
 */
export const resendInvitation = async (z: ZObject, person: Person): Promise<void> => {
  await northpassRequest(z, {
    method: 'POST',
    path: endpoints.personInvitations(person.id),
    retry: false,
    notFound: `Northpass could not find the learner ${describePerson(person)}.`,
  });
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
  return findPersonByEmail(z, requiredEmail(value, label));
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

/** The ids of the person's groups, or undefined when Northpass did not list them. */
export const groupIdsOf = (person: Person): string[] | undefined =>
  relatedIds(person.relationships?.[behaviour.groupsRelationship]);
