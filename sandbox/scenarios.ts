/**
 * The onboarding the issue tracker measures: one new learner into existing groups named by name,
 * with courses named by name. Used by `npm run bench` and the speed end-to-end test.
 */
import type { Zap } from './zap.ts';
import { addCourse } from './store/seed.ts';
import type { Store } from './store.ts';

export interface Scenario {
  label: string;
  groups: number;
  courses: number;
}

export const scenarios: Scenario[] = [
  { label: '1 group × 1 course', groups: 1, courses: 1 },
  { label: '25 groups × 25 courses', groups: 25, courses: 25 },
];

/** Adds the scenario's groups and courses to the school; returns their names. */
export const seedScenario = (
  store: Store,
  scenario: Scenario,
): { groups: string[]; courses: string[] } => {
  const groups = Array.from({ length: scenario.groups }, (_, index) => `Partner ${index + 1}`);
  const courses = Array.from({ length: scenario.courses }, (_, index) => `Module ${index + 1}`);
  for (const name of groups) store.createGroup(name);
  for (const name of courses) {
    addCourse(
      store,
      name,
      'published',
      `${name} of the partner programme.`,
      '2026-01-01T00:00:00Z',
    );
  }
  return { groups, courses };
};

/** A one-step Zap: a sign-up onboarded into the scenario's groups, with its courses. */
export const onboardingZap = (names: { groups: string[]; courses: string[] }): Zap => ({
  name: 'Onboard a partner',
  trigger: { app: 'Typeform', event: 'New Entry', sample: { email: 'new.partner@example.com' } },
  steps: [
    {
      id: 'onboarding',
      operation: 'onboard_learner',
      input: { email: '{{trigger.email}}', groups: names.groups, courses: names.courses },
    },
  ],
});

/**
 * Onboard Learners as the issue measures it: `count` new hires (a spreadsheet's rows) into the
 * scenario's groups with its courses, in one step.
 */
export const bulkOnboardingZap = (
  names: { groups: string[]; courses: string[] },
  count: number,
): Zap => ({
  name: `Onboard ${count} new hires`,
  trigger: {
    app: 'Google Sheets',
    event: 'New Spreadsheet Rows',
    sample: {
      hires: Array.from({ length: count }, (_, index) => ({
        email: `hire${index + 1}@example.com`,
        full_name: `Hire ${index + 1}`,
      })),
    },
  },
  steps: [
    {
      id: 'bulk',
      operation: 'onboard_learners',
      input: { learners: '{{trigger.hires}}', groups: names.groups, courses: names.courses },
    },
  ],
});

/**
 * The offboarding under load: a school of `groups` groups of 1,000 learners each, and
 * Jane in the first 3 (joined before everyone else). Returns Jane's email.
 */
export const seedBigGroups = (store: Store, groups: number): string => {
  const start = Date.now() - 3 * 24 * 60 * 60_000;
  const joined = new Date(start - 60_000);
  const jane = store.createPerson({ email: 'jane@example.com' }, joined).person;
  const learners = Array.from({ length: 1_000 }, (_, index) =>
    store.insertPerson(
      { email: `member${index}@example.com`, first_name: 'Member', last_name: String(index) },
      new Date(start + index * 60_000),
    ),
  );
  for (let index = 0; index < groups; index += 1) {
    const { group } = store.createGroup(`Cohort ${index + 1}`);
    // 1,000 members each, Jane among those of the first 3
    if (index < 3) store.addMembers(group.id, [jane.id], joined);
    for (const learner of index < 3 ? learners.slice(1) : learners) {
      store.addMembers(group.id, [learner.id], new Date(learner.created_at));
    }
  }
  return 'jane@example.com';
};

/** A one-step Zap: a learner offboarded from every group she is in. */
export const offboardingZap = (email: string): Zap => ({
  name: 'Offboard a learner',
  trigger: { app: 'HRIS', event: 'Employee Left', sample: { email } },
  steps: [
    { id: 'offboarding', operation: 'offboard_learner', input: { learner: '{{trigger.email}}' } },
  ],
});
