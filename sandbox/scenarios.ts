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
