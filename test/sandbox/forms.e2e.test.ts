/**
 * The forms and CRMs people really have (issue 21), against the sandbox: names with commas and
 * line breaks, Full Name, a learner's groups on learner outputs, and Preview on every create
 * (reads only: no write reaches the school), the eight creates and Onboard Learners.
 */
import { describe, expect, it } from '@jest/globals';

import { perform as addCourseToGroup } from '../../src/creates/add_course_to_group.js';
import { perform as addLearnerToGroup } from '../../src/creates/add_learner_to_group.js';
import { perform as createGroup } from '../../src/creates/create_group.js';
import { perform as createLearner } from '../../src/creates/create_learner.js';
import { perform as offboardLearner } from '../../src/creates/offboard_learner.js';
import { perform as onboardLearner } from '../../src/creates/onboard_learner.js';
import { perform as onboardLearners } from '../../src/creates/onboard_learners.js';
import { perform as removeLearnerFromGroup } from '../../src/creates/remove_learner_from_group.js';
import { perform as updateLearner } from '../../src/creates/update_learner.js';
import { perform as findLearner } from '../../src/searches/find_learner.js';
import { perform as newLearner } from '../../src/triggers/new_learner.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

type Output = Record<string, unknown>;
type Perform = Parameters<typeof runOnSandbox<unknown, Output>>[0];

const sandbox = useSandbox();
const api = () => sandbox.current().store.log.filter((entry) => entry.path.startsWith('/v2/'));
const writes = () => api().filter((entry) => entry.method !== 'GET');
const groupNames = () => [...sandbox.current().store.groups.values()].map((group) => group.name);
/** A create's output (an object). */
const run = async (perform: Perform, input: Output) =>
  (await runOnSandbox<unknown, Output>(perform, input)) as Output;
const onboard = (input: Output) =>
  run(onboardLearner, { email: 'hedy@example.com', first_name: 'Hedy', ...input });
/** Groups created by the sandbox's own API, as an earlier Zap run would have. */
const seedGroups = async (...names: string[]) => {
  for (const name of names) await run(createGroup, { name });
  sandbox.current().store.log.length = 0;
};

describe('Commas in Names', () => {
  it('auto: a comma-joined name none of whose parts is a group is one new group', async () => {
    const result = await onboard({ groups: ['Acme, Inc.'] });
    expect(result).toMatchObject({ group_names: ['Acme, Inc.'], learner_outcome: 'created' });
    expect(writes().filter((entry) => entry.path === '/v2/groups')).toHaveLength(1);
    expect(groupNames()).toEqual(['Existing Customers', 'Acme, Inc.']);
  });

  it('auto: every part a group is several groups, none created', async () => {
    await seedGroups('Sales', 'Support');
    const onboarded = await onboard({ groups: ['Sales, Support'] });
    expect(onboarded).toMatchObject({ group_names: ['Sales', 'Support'] });
    const added = await run(addLearnerToGroup, {
      learner: 'grace@example.com',
      groups: ['Sales, Support'],
    });
    expect(added).toMatchObject({ group_names: ['Sales', 'Support'] });
    expect(writes().filter((entry) => entry.path === '/v2/groups')).toEqual([]);
    expect(groupNames()).toEqual(['Existing Customers', 'Sales', 'Support']);
  });

  it('auto: a value partly groups stops before any change, with advice for that field', async () => {
    await expect(onboard({ groups: ['Existing Customers, Brand New'] })).rejects.toThrow(
      JSON.stringify({
        message:
          'Groups: "Existing Customers, Brand New" has commas: "Existing Customers" is a group but "Brand New" is not, so nothing was changed. Choose Split in Commas in Names to create the missing groups, or Never if the whole value is one name.',
        code: 'invalid_input',
        status: 400,
      }),
    );
    expect(writes()).toEqual([]);
  });

  it('auto: a group with the whole name wins over groups named by its parts', async () => {
    await seedGroups('Acme', 'Acme, Inc.');
    const result = await onboard({ groups: ['Acme, Inc.'] });
    expect(result).toMatchObject({
      group_ids: [sandbox.idOf('groups', 'Acme, Inc.')],
      group_names: ['Acme, Inc.'],
    });
  });

  it('split: every part is a group, the missing ones created', async () => {
    const result = await onboard({ groups: ['Sales, Support'], split_values: 'split' });
    expect(result).toMatchObject({ group_names: ['Sales', 'Support'] });
    expect(groupNames()).toEqual(['Existing Customers', 'Sales', 'Support']);
  });

  it('never: the whole value is one name, even when its parts are groups', async () => {
    await seedGroups('Sales', 'Support');
    const result = await onboard({ groups: ['Sales, Support'], split_values: 'never' });
    expect(result).toMatchObject({ group_names: ['Sales, Support'] });
    expect(groupNames()).toEqual(['Existing Customers', 'Sales', 'Support', 'Sales, Support']);
  });

  it('line breaks separate values in every mode: a multi-select answer of two courses', async () => {
    for (const split_values of ['auto', 'never']) {
      const result = await run(addCourseToGroup, {
        group: 'Existing Customers',
        courses: 'Product Fundamentals\nPartner Sales Certification',
        split_values,
      });
      expect(result).toMatchObject({
        course_names: ['Product Fundamentals', 'Partner Sales Certification'],
      });
    }
  });
});

describe('Full Name', () => {
  it.each([
    ['Lovelace, Ada', 'Ada', 'Lovelace'],
    ['Ada King Lovelace', 'Ada', 'King Lovelace'],
    ['Ada', 'Ada', null],
  ])('Create Learner reads %j as first %j, last %j', async (full_name, first, last) => {
    const result = await run(createLearner, { email: 'ada@example.com', full_name });
    expect(result).toMatchObject({ first_name: first, last_name: last });
  });

  it('is used only when First Name and Last Name are both blank', async () => {
    const result = await run(createLearner, {
      email: 'ada@example.com',
      first_name: 'Augusta',
      full_name: 'Ada Lovelace',
    });
    expect(result).toMatchObject({ first_name: 'Augusta', last_name: null });
  });

  it('Onboard Learner and Update Learner take it too', async () => {
    const onboarded = await run(onboardLearner, {
      email: 'ada@example.com',
      full_name: 'Lovelace, Ada',
      groups: ['Existing Customers'],
    });
    expect(onboarded).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
    const updated = await run(updateLearner, {
      learner: 'grace@example.com',
      full_name: 'Grace Brewster Hopper',
    });
    expect(updated).toMatchObject({ first_name: 'Grace', last_name: 'Brewster Hopper' });
  });
});

describe("a learner's groups on learner outputs", () => {
  it('Find Learner, New Learner, Create Learner and Onboard Learner carry them', async () => {
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const groups = { learner_group_ids: [customers], learner_group_names: ['Existing Customers'] };
    expect(await runOnSandbox(findLearner, { email: 'grace@example.com' })).toEqual([
      expect.objectContaining(groups),
    ]);
    expect(await runOnSandbox(newLearner)).toEqual([
      expect.objectContaining({ email: 'grace@example.com', ...groups }),
    ]);
    expect(await run(createLearner, { email: 'ada@example.com' })).toMatchObject({
      learner_group_ids: [],
      learner_group_names: [],
    });
    const onboarded = await onboard({ groups: ['Existing Customers', 'Acme, Inc.'] });
    expect(onboarded).toMatchObject({
      learner_group_ids: [customers, sandbox.idOf('groups', 'Acme, Inc.')],
      learner_group_names: ['Existing Customers', 'Acme, Inc.'],
    });
  });
});

describe('Preview: reads only, the same output keys and preview: true', () => {
  const previews: [string, Perform, Output, Output][] = [
    [
      'Onboard Learner',
      onboardLearner,
      { email: 'hedy@example.com', groups: ['Acme, Inc.'], courses: ['Product Fundamentals'] },
      {
        id: null,
        group_ids: [null],
        learner_outcome: 'would_create',
        invitation_outcome: 'would_invite',
        summary:
          'Preview only, nothing changed: would create learner hedy@example.com, would create group Acme, Inc., would assign 1 course to Acme, Inc., would add to Acme, Inc., Northpass would email an invitation.',
      },
    ],
    ['Create Group', createGroup, { name: 'Acme, Inc.' }, { id: null, outcome: 'would_create' }],
    [
      'Create Learner',
      createLearner,
      { email: 'hedy@example.com' },
      { id: null, outcome: 'would_create', learner_group_names: [] },
    ],
    [
      'Update Learner',
      updateLearner,
      { learner: 'grace@example.com', first_name: 'Amazing Grace' },
      { outcome: 'would_update', first_name: 'Amazing Grace', last_name: 'Hopper' },
    ],
    [
      'Add Learner to Group',
      addLearnerToGroup,
      { learner: 'ada@example.com', groups: ['Existing Customers'] },
      {
        group_names: ['Existing Customers'],
        summary: 'Preview only, nothing changed: would add ada@example.com to Existing Customers.',
      },
    ],
    [
      'Add Course to Group',
      addCourseToGroup,
      { group: 'Existing Customers', courses: ['Partner Sales Certification'] },
      {
        course_names: ['Partner Sales Certification'],
        summary:
          'Preview only, nothing changed: would assign Partner Sales Certification to Existing Customers.',
      },
    ],
    [
      'Remove Learner from Group',
      removeLearnerFromGroup,
      { learner: 'grace@example.com', groups: ['Existing Customers'] },
      {
        outcome: 'would_remove',
        removed_group_names: ['Existing Customers'],
        summary:
          'Preview only, nothing changed: would remove grace@example.com from Existing Customers.',
      },
    ],
    [
      'Offboard Learner',
      offboardLearner,
      { learner: 'grace@example.com' },
      {
        outcome: 'would_remove',
        removed_group_names: ['Existing Customers'],
        remaining_group_names: [],
        summary:
          'Preview only, nothing changed: would remove grace@example.com from Existing Customers.',
      },
    ],
  ];
  /** A learner in no group yet, for Add Learner to Group. */
  const seedAda = () =>
    sandbox
      .current()
      .store.createPerson({ email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' });

  it.each(previews)('%s', async (_label, perform, input, expected) => {
    seedAda();
    const real = await run(perform, { ...input, preview: false });
    // the same step for real changes the school
    expect(writes().length).toBeGreaterThan(0);
    sandbox.current().store.reset();
    seedAda();
    sandbox.current().store.log.length = 0;
    const before = sandbox.current().store.counts();
    const preview = await run(perform, { ...input, preview: true });
    expect(preview).toMatchObject({ ...expected, preview: true });
    expect(Object.keys(preview).sort()).toEqual(Object.keys(real).sort());
    if (typeof preview.summary === 'string') {
      expect(preview.summary).toMatch(/^Preview only, nothing changed: /);
    }
    expect(writes()).toEqual([]);
    expect(api().length).toBeGreaterThan(0);
    // the school is as it was: nobody invited, nothing created, added or assigned
    expect(sandbox.current().store.counts()).toEqual(before);
  });

  it('Onboard Learners', async () => {
    const result = await run(onboardLearners, {
      learners: [{ email: 'hedy@example.com' }],
      groups: ['Existing Customers'],
      preview: true,
    });
    expect(result).toMatchObject({
      created: 1,
      learners: [{ email: 'hedy@example.com', learner_id: null, outcome: 'would_create' }],
      preview: true,
    });
    expect(result.summary).toMatch(/^Preview only, nothing changed: /);
    expect(writes()).toEqual([]);
  });
});
