/**
 * The sandbox's school: an in-memory Northpass with the behaviour shared/northpass-api.md
 * describes. Every behaviour Northpass has not documented is a switch, so tests can run the app
 * against each way the real API might answer.
 */
import { randomUUID } from 'node:crypto';

export interface Switches {
  /** POST /v2/people with a known email: hand back the existing person, or refuse with 422. */
  duplicateEmail: 'return-existing' | 'reject-422';
  /** POST /v2/groups with a taken name: hand back the existing group (documented), or 422. */
  duplicateGroupName: 'return-existing' | 'reject-422';
  /** The status of a create that returned an existing record. */
  existingStatus: 200 | 201;
  /** Adding a member twice: a silent success, or 422. */
  duplicateMembership: 'silent' | 'reject-422';
  /** Assigning a course to a group twice: a silent success, or 422. */
  duplicateCourseAssignment: 'silent' | 'reject-422';
  /** Whether to-many relationships carry `data` (ids) or only links. */
  relationshipData: boolean;
  /** Whether course enrollments embed the people when asked with `include=person`. */
  honourInclude: boolean;
  /** Collections that answer 404 instead of an empty list (the quirk of some endpoints). */
  emptyCollection404: boolean;
  /** Requests a second allowed per API key before 429. */
  rateLimitPerSecond: number;
}

export const defaultSwitches: Switches = {
  duplicateEmail: 'return-existing',
  duplicateGroupName: 'return-existing',
  existingStatus: 200,
  duplicateMembership: 'silent',
  duplicateCourseAssignment: 'silent',
  relationshipData: true,
  honourInclude: true,
  emptyCollection404: true,
  rateLimitPerSecond: 10,
};

/** The next responses forced to fail: a status, a slow answer, or an HTML page. */
export interface Fault {
  kind: 'status' | 'slow' | 'html';
  status?: number;
  delayMs?: number;
  count: number;
}

export interface Course {
  id: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  permalink: string;
  created_at: string;
  updated_at: string;
}

export interface Group {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface Person {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  sso_uid: string | null;
  registration_status: 'not_activated' | 'activated';
  activated_at: string | null;
  invite_token: string | null;
  invitations_sent: number;
  created_at: string;
  updated_at: string;
}

export interface Progress {
  progress: number;
  last_active_on: string | null;
}

export interface SchoolCounts {
  courses: number;
  groups: number;
  learners: number;
  memberships: number;
  course_assignments: number;
  invitations_sent: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

/** Northpass's datetime form: UTC, whole seconds, `Z`. */
export const timestamp = (date = new Date()): string =>
  date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export class Store {
  schoolName = 'Acme Academy';
  readonly schoolId = randomUUID();
  courses = new Map<string, Course>();
  groups = new Map<string, Group>();
  people = new Map<string, Person>();
  /** group id → person id → when they joined */
  members = new Map<string, Map<string, string>>();
  /** group id → course ids */
  groupCourses = new Map<string, Set<string>>();
  /** `${personId}:${courseId}` → progress */
  progress = new Map<string, Progress>();
  faults: Fault[] = [];
  log: LoggedRequest[] = [];
  switches: Switches;

  private readonly initialSwitches: Partial<Switches>;

  constructor(switches: Partial<Switches> = {}) {
    this.initialSwitches = switches;
    this.switches = { ...defaultSwitches, ...switches };
  }

  /** Back to the seeded school with default switches, no faults and an empty log. */
  reset(): this {
    for (const map of [
      this.courses,
      this.groups,
      this.people,
      this.members,
      this.groupCourses,
      this.progress,
    ]) {
      map.clear();
    }
    this.faults = [];
    this.log = [];
    this.switches = { ...defaultSwitches, ...this.initialSwitches };
    return this.seed();
  }

  /** A school with four courses, one group and one learner who has already joined. */
  seed(): this {
    const course = (name: string, status: Course['status'], created: string): Course => {
      const record = {
        id: randomUUID(),
        name,
        status,
        permalink: slug(name),
        created_at: created,
        updated_at: created,
      };
      this.courses.set(record.id, record);
      return record;
    };
    const fundamentals = course('Product Fundamentals', 'published', '2026-01-15T09:30:00Z');
    course('Partner Sales Certification', 'published', '2026-02-03T11:00:00Z');
    course('Advanced Integrations', 'draft', '2026-05-01T10:00:00Z');
    course('Legacy Onboarding', 'archived', '2025-06-01T08:00:00Z');
    const customers = this.createGroup(
      'Existing Customers',
      new Date('2026-03-02T14:05:11Z'),
    ).group;
    this.assignCourses(customers.id, [fundamentals.id]);
    const grace = this.createPerson(
      { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
      new Date('2026-05-30T09:15:00Z'),
    ).person;
    this.activate(grace.id, new Date('2026-06-01T12:30:00Z'));
    this.addMembers(customers.id, [grace.id], new Date('2026-06-01T12:31:00Z'));
    this.setProgress(grace.id, fundamentals.id, 100, new Date('2026-06-10T16:20:00Z'));
    return this;
  }

  findGroupByName(name: string): Group | undefined {
    return [...this.groups.values()].find((group) => group.name === name);
  }

  createGroup(name: string, now = new Date()): { group: Group; existed: boolean } {
    const existing = this.findGroupByName(name);
    if (existing) return { group: existing, existed: true };
    const group = {
      id: randomUUID(),
      name,
      created_at: timestamp(now),
      updated_at: timestamp(now),
    };
    this.groups.set(group.id, group);
    this.members.set(group.id, new Map());
    this.groupCourses.set(group.id, new Set());
    return { group, existed: false };
  }

  findPersonByEmail(email: string): Person | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.people.values()].find((person) => person.email.toLowerCase() === wanted);
  }

  createPerson(
    attributes: { email: string; first_name?: string | null; last_name?: string | null },
    now = new Date(),
  ): { person: Person; existed: boolean } {
    const existing = this.findPersonByEmail(attributes.email);
    if (existing) return { person: existing, existed: true };
    const person: Person = {
      id: randomUUID(),
      email: attributes.email.trim(),
      first_name: attributes.first_name ?? null,
      last_name: attributes.last_name ?? null,
      sso_uid: null,
      registration_status: 'not_activated',
      activated_at: null,
      invite_token: randomUUID().slice(0, 8),
      // creating a learner through the API emails them an invitation
      invitations_sent: 1,
      created_at: timestamp(now),
      updated_at: timestamp(now),
    };
    this.people.set(person.id, person);
    return { person, existed: false };
  }

  groupsOf(personId: string): string[] {
    return [...this.members]
      .filter(([, members]) => members.has(personId))
      .map(([groupId]) => groupId);
  }

  /** Adds people to a group; returns how many were not members already. */
  addMembers(groupId: string, personIds: string[], now = new Date()): number {
    const members = this.members.get(groupId) ?? new Map<string, string>();
    this.members.set(groupId, members);
    const added = personIds.filter((id) => !members.has(id));
    for (const id of added) members.set(id, timestamp(now));
    return added.length;
  }

  /** Removes people from a group; returns how many were members. */
  removeMembers(groupId: string, personIds: string[]): number {
    const members = this.members.get(groupId);
    return personIds.filter((id) => members?.delete(id)).length;
  }

  /** Assigns courses to a group; returns how many were not assigned already. */
  assignCourses(groupId: string, courseIds: string[]): number {
    const courses = this.groupCourses.get(groupId) ?? new Set<string>();
    this.groupCourses.set(groupId, courses);
    const added = courseIds.filter((id) => !courses.has(id));
    for (const id of added) courses.add(id);
    return added.length;
  }

  activate(personId: string, now = new Date()): Person | undefined {
    const person = this.people.get(personId);
    if (!person) return undefined;
    Object.assign(person, {
      registration_status: 'activated',
      activated_at: timestamp(now),
      invite_token: null,
      updated_at: timestamp(now),
    });
    return person;
  }

  setProgress(personId: string, courseId: string, progress: number, now = new Date()): void {
    this.progress.set(`${personId}:${courseId}`, { progress, last_active_on: timestamp(now) });
  }

  /** Everyone with access to a course: members of any group the course is assigned to. */
  enrollments(courseId: string): { personId: string; enrolledAt: string; progress: Progress }[] {
    const enrolled = new Map<string, string>();
    for (const [groupId, courses] of this.groupCourses) {
      if (!courses.has(courseId)) continue;
      for (const [personId, joinedAt] of this.members.get(groupId) ?? []) {
        const earlier = enrolled.get(personId);
        if (!earlier || joinedAt < earlier) enrolled.set(personId, joinedAt);
      }
    }
    return [...enrolled].map(([personId, enrolledAt]) => ({
      personId,
      enrolledAt,
      progress: this.progress.get(`${personId}:${courseId}`) ?? {
        progress: 0,
        last_active_on: null,
      },
    }));
  }

  /** The next forced fault, if any; each use counts down. */
  takeFault(): Fault | undefined {
    const fault = this.faults[0];
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.faults.shift();
    return fault;
  }

  counts(): SchoolCounts {
    return {
      courses: this.courses.size,
      groups: this.groups.size,
      learners: this.people.size,
      memberships: [...this.members.values()].reduce((sum, members) => sum + members.size, 0),
      course_assignments: [...this.groupCourses.values()].reduce(
        (sum, courses) => sum + courses.size,
        0,
      ),
      invitations_sent: [...this.people.values()].reduce(
        (sum, person) => sum + person.invitations_sent,
        0,
      ),
    };
  }
}
