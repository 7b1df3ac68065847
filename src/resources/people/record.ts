import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import {
  idSegment,
  optionalString,
  resourceSchema,
  singleDocumentSchema,
} from '../../client/jsonapi.js';
import { findDocument } from '../../client/request.js';

/** A Northpass person (a learner): the record, its path, and how it is named. */

/** confirmed for GET; POST likely. */
export const PEOPLE = '/v2/people';
export const personPath = (personId: string) => `${PEOPLE}/${idSegment(personId)}`;

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
    disabled: zod.nullish(zod.boolean()),
    created_at: optionalString,
    updated_at: optionalString,
  }),
);
export type Person = zod.infer<typeof personSchema>;

export const personDocumentSchema = singleDocumentSchema(personSchema);

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
  (await findDocument(z, personPath(personId), personDocumentSchema))?.data ?? null;
