/**
 * A Zap file's own school (`"school": {groups, learners, courses}`), which replaces the default
 * sandbox school (sandbox/store/seed.ts) for that file's run: courses by name and status, groups
 * by name with the courses assigned to them, learners by email with their names and groups.
 * Names and emails are checked against each other before anything runs.
 */
import * as zod from 'zod';

import { addCourse } from './store/seed.ts';
import { timestamp, type Store } from './store.ts';

/** Names a message lists when a name is not in the school. */
const LISTED = 10;

const name = zod.string().refine((value) => value.trim() !== '', 'a name is not blank');

const courseSchema = zod.strictObject(
  { name, status: zod.enum(['draft', 'published', 'archived']).default('published') },
  'a course is {"name": …, "status": "draft", "published" (the default) or "archived"}',
);

const groupSchema = zod.strictObject(
  { name, courses: zod.array(name).default([]) },
  'a group is {"name": …, "courses": [course names]}',
);

const learnerSchema = zod.strictObject(
  {
    email: zod.email('an email address, such as ada@example.com'),
    first_name: zod.string('a first name (text, "" for none)'),
    last_name: zod.string('a last name (text, "" for none)'),
    groups: zod.array(name).default([]),
  },
  'a learner is {"email": …, "first_name": …, "last_name": …, "groups": [group names]}',
);

/** Each name once (emails ignoring letter case), and every name a group or learner gives known. */
export const schoolSchema = zod
  .strictObject({
    courses: zod.array(courseSchema).default([]),
    groups: zod.array(groupSchema).default([]),
    learners: zod.array(learnerSchema).default([]),
  })
  .superRefine((school, context) => {
    const once = (
      list: 'courses' | 'groups' | 'learners',
      keys: string[],
      same = (key: string) => key,
    ) => {
      const seen = new Set<string>();
      keys.forEach((key, index) => {
        if (seen.has(same(key))) {
          context.addIssue({
            code: 'custom',
            path: [list, index],
            message: `"${key}" is already in the school's ${list}`,
          });
        }
        seen.add(same(key));
      });
    };
    once(
      'courses',
      school.courses.map((course) => course.name),
    );
    once(
      'groups',
      school.groups.map((group) => group.name),
    );
    once(
      'learners',
      school.learners.map((learner) => learner.email),
      (email) => email.toLowerCase(),
    );
    const known = (list: 'courses' | 'groups', names: string[]) => {
      const have = new Set(names);
      const shown = names.slice(0, LISTED).map((item) => `"${item}"`);
      const more = names.length > LISTED ? ` and ${names.length - LISTED} more` : '';
      const listed = names.length > 0 ? `${shown.join(', ')}${more}` : 'none';
      return (wanted: string, path: (string | number)[]) => {
        if (!have.has(wanted)) {
          context.addIssue({
            code: 'custom',
            path,
            message: `"${wanted}" is not one of the school's ${list} (${listed})`,
          });
        }
      };
    };
    const course = known(
      'courses',
      school.courses.map((item) => item.name),
    );
    const group = known(
      'groups',
      school.groups.map((item) => item.name),
    );
    school.groups.forEach((item, index) => {
      item.courses.forEach((wanted, at) => {
        course(wanted, ['groups', index, 'courses', at]);
      });
    });
    school.learners.forEach((item, index) => {
      item.groups.forEach((wanted, at) => {
        group(wanted, ['learners', index, 'groups', at]);
      });
    });
  });

export type ZapSchool = zod.infer<typeof schoolSchema>;

/** When a Zap file's school was made: before anything a Zap does. */
const SEEDED_AT = new Date('2026-01-01T09:00:00Z');

/**
 * Seeds an empty store with a Zap file's school: its courses, its groups with their courses, and
 * its learners, who have joined (activated) and are members of their groups. No learning paths.
 */
export const seedZapSchool = (store: Store, school: ZapSchool): Store => {
  const courses = new Map(
    school.courses.map((course) => [
      course.name,
      addCourse(store, course.name, course.status, `${course.name}.`, timestamp(SEEDED_AT)),
    ]),
  );
  const groups = new Map(
    school.groups.map((group) => {
      const record = store.createGroup(group.name, SEEDED_AT).group;
      store.assignCourses(
        record.id,
        group.courses.flatMap((wanted) => courses.get(wanted)?.id ?? []),
      );
      return [group.name, record];
    }),
  );
  for (const learner of school.learners) {
    const { email, first_name, last_name } = learner;
    const person = store.createPerson({ email, first_name, last_name }, SEEDED_AT).person;
    store.activate(person.id, SEEDED_AT);
    for (const wanted of learner.groups) {
      const group = groups.get(wanted);
      if (group) store.addMembers(group.id, [person.id], SEEDED_AT);
    }
  }
  return store;
};
