import { randomUUID } from 'node:crypto';

import { setCertificateExpiry } from './progress.ts';
import { slug, type Course, type LearningPath } from './records.ts';
import type { Store } from './store.ts';

/** Adds a course to the school, as an author would in Northpass. */
export const addCourse = (
  store: Store,
  name: string,
  status: Course['status'],
  shortDescription: string,
  created: string,
): Course => {
  const record = {
    id: randomUUID(),
    name,
    status,
    permalink: slug(name),
    short_description: shortDescription,
    created_at: created,
    updated_at: created,
  };
  store.courses.set(record.id, record);
  return record;
};

const learningPath = (
  store: Store,
  name: string,
  shortDescription: string,
  courses: Course[],
  created: string,
): LearningPath => {
  const record: LearningPath = {
    id: randomUUID(),
    name,
    status: 'published',
    permalink: slug(name),
    short_description: shortDescription,
    course_ids: courses.map((item) => item.id),
    created_at: created,
    updated_at: created,
  };
  store.learningPaths.set(record.id, record);
  return record;
};

/**
 * A school with four courses, two learning paths, one group and one learner who has joined,
 * completed Product Fundamentals (a certificate valid two years) and is halfway through the
 * Partner Certification Path.
 */
export const seedSchool = (store: Store): void => {
  const fundamentals = addCourse(
    store,
    'Product Fundamentals',
    'published',
    'The essentials of the product in six short lessons.',
    '2026-01-15T09:30:00Z',
  );
  const sales = addCourse(
    store,
    'Partner Sales Certification',
    'published',
    'Positioning, pricing and the partner deal process.',
    '2026-02-03T11:00:00Z',
  );
  const integrations = addCourse(
    store,
    'Advanced Integrations',
    'draft',
    'APIs, webhooks and single sign-on for technical partners.',
    '2026-05-01T10:00:00Z',
  );
  addCourse(
    store,
    'Legacy Onboarding',
    'archived',
    'The onboarding course before the 2026 redesign.',
    '2025-06-01T08:00:00Z',
  );
  const certification = learningPath(
    store,
    'Partner Certification Path',
    'Product Fundamentals, then Partner Sales Certification.',
    [fundamentals, sales],
    '2026-02-10T10:00:00Z',
  );
  learningPath(
    store,
    'Technical Partner Path',
    'Product Fundamentals, then Advanced Integrations.',
    [fundamentals, integrations],
    '2026-05-05T10:00:00Z',
  );
  const customers = store.createGroup('Existing Customers', new Date('2026-03-02T14:05:11Z')).group;
  store.assignCourses(customers.id, [fundamentals.id]);
  const grace = store.createPerson(
    { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
    new Date('2026-05-30T09:15:00Z'),
  ).person;
  store.activate(grace.id, new Date('2026-06-01T12:30:00Z'));
  store.addMembers(customers.id, [grace.id], new Date('2026-06-01T12:31:00Z'));
  store.setProgress(grace.id, fundamentals.id, 40, new Date('2026-06-03T10:00:00Z'));
  store.setProgress(grace.id, fundamentals.id, 100, new Date('2026-06-10T16:20:00Z'), 92);
  setCertificateExpiry(store, grace.id, fundamentals.id, '2028-06-10T16:20:00Z');
  store.enrollInPath(grace.id, certification.id, new Date('2026-06-01T12:35:00Z'));
  store.setPathProgress(grace.id, certification.id, 50, new Date('2026-06-10T16:20:00Z'));
};
