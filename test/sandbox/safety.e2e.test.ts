/**
 * Over real HTTP: the API key never leaves Northpass (redirects, foreign links), hostile ids go
 * nowhere, parallel runs converge, and an unreadable success is not a success.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { startForeignServer, type ForeignServer } from '../../sandbox/foreign.ts';
import { perform as addLearnerToGroup } from '../../src/creates/add_learner_to_group.js';
import { perform as createGroup } from '../../src/creates/create_group.js';
import { perform as onboardLearner } from '../../src/creates/onboard_learner.js';
import { perform as resendInvitation } from '../../src/creates/resend_invitation.js';
import { perform as findCourse } from '../../src/searches/find_course.js';
import { perform as newGroup } from '../../src/triggers/new_group.js';
import { raised } from '../raised.js';
import { containerKey, runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
let foreign: ForeignServer;
beforeAll(async () => {
  foreign = await startForeignServer();
});
afterAll(async () => {
  await foreign.close();
});
/** Runs a step as Zapier does: a throttled run is run again (here after a second), twice at most. */
const asZapierRetries = async <T>(step: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (attempt > 2 || !(error instanceof Error) || error.name !== 'ThrottledError') throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
};

const keyLeft = () =>
  foreign.requests.filter((request) => JSON.stringify(request).includes(SANDBOX_API_KEY));

describe('the key stays with Northpass', () => {
  it.each([301, 302, 307, 308] as const)(
    'follows no %i redirect: the key and the body never reach the other host',
    async (status) => {
      const before = foreign.requests.length;
      sandbox.current().store.faults.push({
        kind: 'redirect',
        status,
        location: `${foreign.url}/v2/groups`,
        method: 'POST',
        path: '/v2/groups',
        count: 1,
      });
      expect(await raised(runOnSandbox(createGroup, { name: 'Globex' }))).toMatchObject({
        code: 'redirected',
      });
      expect(foreign.requests.length).toBe(before);
      expect(keyLeft()).toEqual([]);
    },
  );

  it.each([['another origin'], ['a file: URL'], ['no URL at all']])(
    'never follows a next link to %s, and still reads the next page from Northpass',
    async (where) => {
      const next = {
        'another origin': `${foreign.url}/v2/groups?page=2`,
        'a file: URL': 'file:///etc/passwd',
        'no URL at all': '::',
      }[where];
      sandbox.switches({ listSort: true });
      const { store } = sandbox.current();
      store.createGroup('Globex');
      store.faults.push({
        kind: 'body',
        method: 'GET',
        path: '/v2/groups',
        count: 1,
        body: {
          data: [
            {
              id: '0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10',
              type: 'groups',
              attributes: { name: 'Acme', created_at: '2026-01-02T00:00:00Z' },
            },
            {
              id: '1f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10',
              type: 'groups',
              attributes: { name: 'Initech', created_at: '2026-01-01T00:00:00Z' },
            },
          ],
          links: { next },
        },
      });
      const before = foreign.requests.length;
      const groups = await runOnSandbox(newGroup);
      expect(groups.map((group) => group.name)).toEqual(['Acme', 'Initech']);
      expect(store.log.map((request) => request.path)).toEqual([
        '/v2/groups?limit=100&sort=-created_at',
      ]);
      expect(foreign.requests.length).toBe(before);
    },
  );
});

describe('hostile or broken answers', () => {
  it('sends nothing to a path an id like ".." would make', async () => {
    const { store } = sandbox.current();
    store.faults.push({
      kind: 'body',
      status: 201,
      method: 'POST',
      path: '/v2/groups',
      count: 1,
      body: { data: { id: '..', type: 'groups', attributes: { name: 'Globex' } } },
    });
    expect(
      await raised(runOnSandbox(onboardLearner, { email: 'ada@example.com', groups: ['Globex'] })),
    ).toMatchObject({ code: 'unreadable_response' });
    const paths = store.log.map((request) => request.path);
    expect(paths.filter((path) => path.includes('..') || path.includes('relationships'))).toEqual(
      [],
    );
  });

  it('skips a course with an unsafe id in a list, and still finds the real one', async () => {
    sandbox.current().store.faults.push({
      kind: 'body',
      method: 'GET',
      path: '/v2/courses',
      count: 1,
      body: {
        data: [{ id: '../people', type: 'courses', attributes: { name: 'Product Fundamentals' } }],
      },
    });
    expect(await runOnSandbox(findCourse, { name: 'Product Fundamentals' })).toMatchObject([
      { id: sandbox.idOf('courses', 'Product Fundamentals') },
    ]);
  });

  it('refuses a 200 HTML page as the answer to adding a learner to a group', async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson({ email: 'ada@example.com' }).person;
    store.faults.push({
      kind: 'html',
      status: 200,
      method: 'POST',
      path: '/v2/groups/*/relationships/people',
      count: 1,
    });
    expect(
      await raised(
        runOnSandbox(addLearnerToGroup, { learner: ada.id, groups: ['Existing Customers'] }),
      ),
    ).toMatchObject({ code: 'unreadable_response' });
  });

  it('skips a learner without an email in a list instead of failing', async () => {
    await sandbox.control('records', { type: 'people', attributes: { email: null } });
    const { perform: newLearner } = await import('../../src/triggers/new_learner.js');
    expect((await runOnSandbox(newLearner)).map((learner) => learner.email)).toEqual([
      'grace@example.com',
    ]);
  });
});

describe('parallel runs', () => {
  it('ten onboardings naming one new group in different letter case make one group', async () => {
    const names = ['Sales Team', 'sales team', 'SALES TEAM', ' Sales  Team', 'sales Team'];
    const runs = Array.from({ length: 10 }, (_, index) =>
      asZapierRetries(() =>
        runOnSandbox(
          onboardLearner,
          { email: `learner${index}@example.com`, groups: [names[index % names.length]] },
          {},
          containerKey(index),
        ),
      ),
    );
    const results = await Promise.all(runs);
    const { store } = sandbox.current();
    const teams = [...store.groups.values()].filter(
      (group) => (group.name ?? '').toLowerCase().replace(/\s+/g, ' ').trim() === 'sales team',
    );
    expect(teams).toHaveLength(1);
    expect(new Set(results.map((result) => result.group_ids[0]))).toEqual(new Set([teams[0]?.id]));
  });

  it('ten runs at once on one school, each pacing itself, wait out the 429s instead of failing', async () => {
    const runs = Array.from({ length: 10 }, (_, index) =>
      runOnSandbox(findCourse, { name: 'Product Fundamentals' }, {}, containerKey(index)),
    );
    const results = await Promise.allSettled(runs);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  });

  it('sends one invitation when the same resend runs twice at once', async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson(
      { email: 'ada@example.com' },
      new Date(Date.now() - 3_600_000),
    ).person;
    const before = store.people.get(ada.id)?.invitations_sent ?? 0;
    const results = await Promise.allSettled([
      runOnSandbox(resendInvitation, { learner: ada.id }, {}, containerKey(1)),
      runOnSandbox(resendInvitation, { learner: ada.id }, {}, containerKey(2)),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(store.people.get(ada.id)?.invitations_sent).toBe(before + 1);
  });
});
