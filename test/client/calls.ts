import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { resourceSchema, singleDocumentSchema } from '../../src/client/jsonapi.js';
import { northpassRequest, parseBody } from '../../src/client/request.js';

/** Requests the client tests send: one read and one write, through the app's middleware. */
export const courseSchema = resourceSchema(zod.looseObject({ name: zod.string() }));

export const course = (id: string, name = `Course ${id}`) => ({
  id,
  type: 'courses',
  attributes: { name, status: 'published' },
});

export const getCourse = async (z: ZObject) =>
  parseBody(
    await northpassRequest(z, { path: '/v2/courses/c1', notFound: 'No course has the ID "c1".' }),
    singleDocumentSchema(courseSchema),
  );

export const postGroup = (z: ZObject) =>
  northpassRequest(z, { method: 'POST', path: '/v2/groups', body: { data: { type: 'groups' } } });
