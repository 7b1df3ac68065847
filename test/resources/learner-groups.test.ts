import { describe, expect, it } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import type { Group } from '../../src/resources/groups/api.js';
import {
  learnerGroupsOf,
  readLearnerGroupNames,
} from '../../src/resources/people/learner-groups.js';
import type { Person } from '../../src/resources/people/api.js';
import {
  firstPageByName,
  fixture,
  inGroups,
  northpass,
  pageOf,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

const ada = inGroups(fixture('people/person.ada'), ['7c7c7c7c-1111-4222-8333-444455556666'])
  .data as unknown as Person;
const acme = fixture('groups/group.acme');
const other = withAttributes(acme, { name: 'Globex' }, '7c7c7c7c-1111-4222-8333-444455556666');
const held = other as unknown as Group;

describe('readLearnerGroupNames', () => {
  it('reads the page that names a group the step does not hold, once: naming then costs nothing', async () => {
    northpass()
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([other], false));

    const names = await run(async (z: ZObject) => {
      await readLearnerGroupNames(z, ada, []);
      return learnerGroupsOf(z, [{ person: ada }]);
    });

    expect(names).toEqual([{ learner_group_ids: [other.id], learner_group_names: ['Globex'] }]);
    expect(sentRequests).toEqual(['GET /v2/groups?limit=100&sort=name']);
  });

  it('reads nothing when the step holds every group the record lists', async () => {
    await run(async (z: ZObject) => readLearnerGroupNames(z, ada, [held]));
    expect(sentRequests).toEqual([]);
  });
});
