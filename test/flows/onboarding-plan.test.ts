import { describe, expect, it } from '@jest/globals';

import {
  invitationPlan,
  knownMember,
  plan,
  type PlanOptions,
} from '../../src/flows/onboarding-plan.js';
import type { Course } from '../../src/resources/courses/api.js';
import type { Group } from '../../src/resources/groups/api.js';
import type { Person } from '../../src/resources/people/api.js';
import { raised } from '../raised.js';

/** Onboard Learner's plan is pure: these tests make no request and need no Zapier. */

const group = (id: string, name: string, courseIds?: string[]): Group => ({
  id,
  type: 'groups',
  attributes: { name },
  ...(courseIds
    ? {
        relationships: {
          courses: { data: courseIds.map((course) => ({ type: 'courses', id: course })) },
        },
      }
    : {}),
});
const course = (id: string, name: string): Course => ({
  id,
  type: 'courses',
  attributes: { name },
});
const person = (attributes: Record<string, unknown>, groupIds?: string[]): Person => ({
  id: 'p-1',
  type: 'people',
  attributes: { email: 'ada@example.com', ...attributes },
  ...(groupIds
    ? { relationships: { groups: { data: groupIds.map((id) => ({ type: 'groups', id })) } } }
    : {}),
});

const SALES_ID = '11111111-1111-4111-8111-111111111111';
const sales = group(SALES_ID, 'Sales', ['c-1']);
const support = group('22222222-2222-4222-8222-222222222222', 'Support');
const basics = course('c-1', 'Basics');
const advanced = course('c-2', 'Advanced');
const options: PlanOptions = { createMissingGroups: true, label: 'Groups' };
/** The message a plan that refuses gives the Zap builder. */
const refusal = async (decide: () => unknown): Promise<string> =>
  (await raised(Promise.resolve().then(decide))).message;
const found = (ref: string, record: Group | null = null) => ({ ref, record });

describe('plan(): what Onboard Learner will write, from what its reads found', () => {
  it('assigns a found group only the courses its record does not list, and says the count is exact', () => {
    expect(plan([found('Sales', sales)], [basics, advanced], options)).toEqual({
      groups: [{ target: sales, courses: [advanced], exact: true }],
      courses: [basics, advanced],
    });
  });

  it('assigns every course to a found group whose record lists none, the count unknown', () => {
    expect(plan([found('Support', support)], [basics], options).groups).toEqual([
      { target: support, courses: [basics], exact: false },
    ]);
  });

  it('creates a missing name, with every course, in the order given', () => {
    expect(plan([found('New Hires'), found('Sales', sales)], [basics], options).groups).toEqual([
      { target: 'New Hires', courses: [basics], exact: true },
      { target: sales, courses: [], exact: true },
    ]);
  });

  it('takes a group named twice (by ID and by name) once', () => {
    expect(plan([found(SALES_ID, sales), found('Sales', sales)], [], options).groups).toEqual([
      { target: sales, courses: [], exact: true },
    ]);
  });

  it('stops when a missing group may not be created, naming every missing one', async () => {
    const off = { ...options, createMissingGroups: false };
    expect(await refusal(() => plan([found('New Hires')], [], off))).toBe(
      'Groups: no group is named "New Hires". Create it in Northpass, or turn on Create Missing Groups.',
    );
    expect(await refusal(() => plan([found('A'), found('B', sales), found('C')], [], off))).toBe(
      'Groups: no groups are named "A", "C". Create them in Northpass, or turn on Create Missing Groups.',
    );
  });

  it('never creates a group for an ID nobody has', async () => {
    const id = '33333333-3333-4333-8333-333333333333';
    expect(await refusal(() => plan([found(id)], [], options))).toBe(
      `Groups: no group has the ID "${id}". Pick the group from the list or map a group ID.`,
    );
  });

  it('stops on a comma-joined value only partly groups, with advice for Commas in Names', async () => {
    const mixed = {
      ref: 'Sales, Nowhere',
      record: null,
      mixed: { named: ['Sales'], missing: ['Nowhere'] },
    };
    expect(await refusal(() => plan([mixed], [], options))).toBe(
      'Groups: "Sales, Nowhere" has commas: "Sales" is a group but "Nowhere" is not, so nothing was changed. Choose Split in Commas in Names to create the missing groups, or Never if the whole value is one name.',
    );
    expect(
      await refusal(() => plan([mixed], [], { ...options, createMissingGroups: false })),
    ).toMatch(
      /Choose Never in Commas in Names if the whole value is one name, or correct the parts\.$/,
    );
  });

  it('creates a comma-joined name none of whose parts is a group as one group ("Acme, Inc.")', () => {
    expect(plan([found('Acme, Inc.')], [], options).groups).toEqual([
      { target: 'Acme, Inc.', courses: [], exact: true },
    ]);
  });
});

describe('knownMember(): whether a membership is known without a read', () => {
  it('believes the learner record when it lists their groups', () => {
    expect(knownMember(person({}, [SALES_ID]), 'existing', sales, 'existing')).toBe(true);
    expect(knownMember(person({}, [support.id]), 'existing', sales, 'existing')).toBe(false);
  });

  it('takes an empty list on the record as silence: some answers always carry one', () => {
    expect(knownMember(person({}, []), 'existing', sales, 'existing')).toBeUndefined();
  });

  it('knows nobody is in a new group and a new learner is in none', () => {
    expect(knownMember(person({}), 'created', sales, 'existing')).toBe(false);
    expect(knownMember(person({}), 'existing', sales, 'created')).toBe(false);
  });

  it('asks the group when an existing learner meets an existing group and the record is silent', () => {
    expect(knownMember(person({}), 'existing', sales, 'existing')).toBeUndefined();
  });
});

describe("invitationPlan(): what happens to the learner's invitation", () => {
  it("leaves a new learner's invitation to Northpass", () => {
    expect(invitationPlan(person({}), 'created', true)).toEqual({
      outcome: 'invited_by_northpass',
      resend: false,
    });
  });

  it('never resends to a learner who joined', () => {
    const joined = person({ activated_at: '2026-01-02T00:00:00Z' });
    expect(invitationPlan(joined, 'existing', true)).toEqual({
      outcome: 'not_pending',
      resend: false,
    });
  });

  it('resends to a pending learner only when asked', () => {
    const pending = person({ activated_at: null });
    expect(invitationPlan(pending, 'existing', true)).toEqual({
      outcome: 'not_asked',
      resend: true,
    });
    expect(invitationPlan(pending, 'existing', false)).toEqual({
      outcome: 'not_asked',
      resend: false,
    });
  });
});
