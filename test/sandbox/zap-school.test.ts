import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { Store } from '../../sandbox/store.ts';
import { loadZap } from '../../sandbox/zap.ts';
import { seedZapSchool } from '../../sandbox/zap-school.ts';

const root = resolve(import.meta.dirname, '../..');

/** A Zap file with this school, written to a fresh folder; its path. */
const zapWith = (school: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'zap-school-')), 'school.zap.json');
  writeFileSync(
    file,
    JSON.stringify({
      name: 'x',
      trigger: { app: 'A', event: 'E', sample: {} },
      steps: [{ id: 'crm', app: 'CRM', action: 'Note', input: {} }],
      school,
    }),
  );
  return file;
};

const ada = { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' };

describe("a Zap file's school", () => {
  it('is read with its defaults: empty lists, published courses, no groups', () => {
    expect(loadZap(zapWith({ courses: [{ name: 'Basics' }], learners: [ada] })).school).toEqual({
      courses: [{ name: 'Basics', status: 'published' }],
      groups: [],
      learners: [{ ...ada, groups: [] }],
    });
    expect(loadZap(zapWith(undefined)).school).toBeUndefined();
  });

  it.each([
    [
      { groups: [{ name: 'Partners' }], learners: [{ ...ada, groups: ['Partnres'] }] },
      'school, learner 1, field "groups": "Partnres" is not one of the school\'s groups ("Partners").',
    ],
    [
      { groups: [{ name: 'Partners', courses: ['Basics'] }] },
      'school, group 1, field "courses": "Basics" is not one of the school\'s courses (none).',
    ],
    [
      { learners: [ada, { ...ada, email: 'ADA@example.com' }] },
      'school, learner 2: "ADA@example.com" is already in the school\'s learners.',
    ],
    [
      { groups: [{ name: 'Partners' }, { name: 'Partners' }] },
      'school, group 2: "Partners" is already in the school\'s groups.',
    ],
    [
      { courses: [{ name: 'Basics', status: 'live' }] },
      'school, course 1, field "status": Invalid option: expected one of "draft"|"published"|"archived".',
    ],
    [
      { learners: [{ ...ada, email: 'ada' }] },
      'school, learner 1, field "email": an email address, such as ada@example.com.',
    ],
    [
      { learners: [{ email: 'ada@example.com', first_name: 'Ada' }] },
      'school, learner 1, field "last_name": a last name (text, "" for none).',
    ],
    [
      { groups: ['Partners'] },
      'school, group 1: a group is {"name": …, "courses": [course names]}.',
    ],
    [{ groups: [{ name: ' ' }] }, 'school, group 1, field "name": a name is not blank.'],
    [{ people: [] }, 'school: Unrecognized key: "people".'],
  ])('refuses %j before anything runs', (school, message) => {
    const file = zapWith(school);
    expect(() => loadZap(file)).toThrow(`${file}: ${message}`);
  });

  it('replaces the default school: its courses, groups with their courses, joined learners', () => {
    const store = seedZapSchool(
      new Store(),
      loadZap(
        zapWith({
          courses: [{ name: 'Basics' }, { name: 'Advanced', status: 'draft' }],
          groups: [{ name: 'Partners', courses: ['Basics', 'Advanced'] }, { name: 'Alumni' }],
          learners: [{ ...ada, groups: ['Partners', 'Alumni'] }],
        }),
      ).school ?? { courses: [], groups: [], learners: [] },
    );
    expect(store.counts()).toEqual({
      courses: 2,
      groups: 2,
      learners: 1,
      memberships: 2,
      course_assignments: 2,
      invitations_sent: 1,
    });
    expect([...store.courses.values()].map(({ name, status }) => [name, status])).toEqual([
      ['Basics', 'published'],
      ['Advanced', 'draft'],
    ]);
    const partners = store.findGroupByName('Partners');
    const person = store.findPersonByEmail('ada@example.com');
    expect(person).toMatchObject({ ...ada, registration_status: 'activated' });
    expect(store.groupsOf(person?.id ?? '')).toEqual([
      partners?.id,
      store.findGroupByName('Alumni')?.id,
    ]);
    expect(store.learningPaths.size).toBe(0);
  });
});

describe('the default sandbox school', () => {
  it('is what README.md and docs/sandbox.md say it holds', () => {
    const store = new Store().seed();
    const prose = (path: string) => readFileSync(join(root, path), 'utf8').replace(/\s+/g, ' ');
    const names = [
      ...[...store.courses.values()].map((course) =>
        course.status === 'published' ? course.name : `${course.name} (${course.status})`,
      ),
      ...[...store.groups.values()].map((group) => group.name ?? ''),
      ...[...store.people.values()].map((person) => person.email ?? ''),
    ];
    expect(names).toHaveLength(6);
    const readme = prose('README.md');
    for (const name of names) expect(readme).toContain(name);
    expect(readme).toContain(`${store.learningPaths.size === 2 ? 'two' : '?'} learning paths`);
    const sandboxDoc = prose('docs/sandbox.md');
    for (const name of [...names, ...[...store.learningPaths.values()].map((path) => path.name)]) {
      expect(sandboxDoc).toContain(name.replace(/ \((draft|archived)\)$/, ''));
    }
  });
});
