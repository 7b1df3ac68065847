import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { fetchPage, type Page } from '../../client/pages.js';
import { newestRecords, type Newest } from '../newest.js';
import { PEOPLE, personSchema, type Person } from './api.js';

/** GET /v2/people, one page for a dropdown, by email (when Northpass sorts). */
export const listPeople = (z: ZObject, { page }: { page?: number }): Promise<Page<Person>> =>
  fetchPage(
    z,
    {
      path: PEOPLE,
      params: { limit: PAGE_SIZE, ...behaviour.byEmail, ...(page && page > 1 ? { page } : {}) },
      optional: ['sort'],
    },
    personSchema,
  );

/** GET /v2/people, newest first whether or not Northpass sorts it (see `newestRecords`). */
export const newestPeople = (z: ZObject, limit: number): Promise<Newest<Person>> =>
  newestRecords(z, { path: PEOPLE, ...behaviour.newestFirst }, personSchema, {
    limit,
    dateOf: (person) => person.attributes.created_at,
  });
