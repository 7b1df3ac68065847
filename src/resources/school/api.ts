import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { singleDocumentSchema } from '../../client/jsonapi.js';
import { northpassRequest, parseBody } from '../../client/request.js';

/** confirmed: school id and name; hidden on some plans (403). */
const SCHOOL = '/v2/properties/school';
/** confirmed: the cheap list call that proves a key works where the school's name is hidden. */
const COURSES = '/v2/courses';

const schoolDocumentSchema = singleDocumentSchema(
  zod.looseObject({
    id: zod.string(),
    attributes: zod.looseObject({
      properties: zod.nullish(zod.looseObject({ name: zod.nullish(zod.string()) })),
    }),
  }),
);

export interface School {
  id: string | null;
  name: string | null;
}

/**
 * GET /v2/properties/school: the school's id and name. Schools whose plan hides that endpoint
 * (403) are checked with GET /v2/courses?limit=1 instead, and have no name to show.
 */
export const getSchool = async (z: ZObject): Promise<School> => {
  const response = await northpassRequest(z, {
    path: SCHOOL,
    expect: [403],
    authTest: true,
  });
  if (response.status === 403) {
    await northpassRequest(z, { path: COURSES, params: { limit: 1 }, authTest: true });
    return { id: null, name: null };
  }
  const { data } = parseBody(response, schoolDocumentSchema);
  return { id: data.id, name: data.attributes.properties?.name?.trim() || null };
};
