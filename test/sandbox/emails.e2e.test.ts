/**
 * Two open questions about how Northpass answers a look-up by email (src/questions/email-case.ts,
 * not-found-body.ts), in each of their sandbox positions: the learner is found whatever letter
 * case Northpass holds, and "no such learner" is said only when Northpass said so.
 */
import { describe, expect, it } from '@jest/globals';

import { perform as createLearner } from '../../src/creates/create_learner.js';
import { perform as offboardLearner } from '../../src/creates/offboard_learner.js';
import { perform as removeLearnerFromGroup } from '../../src/creates/remove_learner_from_group.js';
import { perform as findLearner } from '../../src/searches/find_learner.js';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const writes = () => sandbox.current().store.log.filter((request) => request.method !== 'GET');

/** Jane, as she signed up (the email in her own letter case), in the group Customers. */
const janeInCustomers = () => {
  const { store } = sandbox.current();
  const jane = store.createPerson({ email: 'Jane@Acme.com', first_name: 'Jane' }).person;
  const customers = store.createGroup('Customers').group;
  store.addMembers(customers.id, [jane.id]);
  return { jane, customers };
};

describe.each(positionsFor('emails'))('with %s', (_label, switches) => {
  it('finds Jane@Acme.com by jane@acme.com, offboards her, and never makes her twice', async () => {
    sandbox.switches(switches);
    const { jane, customers } = janeInCustomers();
    const { store } = sandbox.current();

    expect(await runOnSandbox(findLearner, { email: 'jane@acme.com' })).toMatchObject([
      { id: jane.id },
    ]);
    expect(await runOnSandbox(createLearner, { email: 'JANE@acme.com' })).toMatchObject({
      id: jane.id,
      outcome: 'existing',
    });
    expect(await runOnSandbox(offboardLearner, { learner: 'jane@ACME.com' })).toMatchObject({
      id: jane.id,
      outcome: 'removed',
      removed_group_names: ['Customers'],
    });
    expect(store.groupsOf(jane.id)).not.toContain(customers.id);
    expect(
      [...store.people.values()].filter((person) => person.first_name === 'Jane'),
    ).toHaveLength(1);
  });

  it('says "no such learner" for an email Northpass does not have', async () => {
    sandbox.switches(switches);
    janeInCustomers();
    expect(
      await runOnSandbox(removeLearnerFromGroup, {
        learner: 'nobody@acme.com',
        groups: ['Customers'],
      }),
    ).toMatchObject({ outcome: 'no_such_learner' });
    expect(writes()).toEqual([]);
  });
});

describe('a 404 web page where Northpass should answer', () => {
  it.each([
    ['Offboard Learner', () => runOnSandbox(offboardLearner, { learner: 'jane@acme.com' })],
    [
      'Remove Learner from Group',
      () =>
        runOnSandbox(removeLearnerFromGroup, { learner: 'jane@acme.com', groups: ['Customers'] }),
    ],
  ])('makes %s fail, never claim "no such learner"', async (_name, step) => {
    const { jane, customers } = janeInCustomers();
    const { store } = sandbox.current();
    store.faults.push({ kind: 'html', status: 404, method: 'GET', path: '/v2/people', count: 1 });
    expect(await raised(step())).toMatchObject({ name: 'AppError', code: 'unexpected_page' });
    expect(writes()).toEqual([]);
    expect(store.groupsOf(jane.id)).toContain(customers.id);
  });

  it('is still an error for a record looked up by ID, where JSON would mean "none"', async () => {
    sandbox.switches({ notFoundBody: 'html', emptyCollection404: false });
    expect(
      await raised(
        runOnSandbox(offboardLearner, { learner: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toMatchObject({ code: 'unexpected_page' });
    sandbox.switches({ notFoundBody: 'empty' });
    expect(
      await runOnSandbox(offboardLearner, { learner: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ outcome: 'no_such_learner' });
  });
});
