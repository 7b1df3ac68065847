/**
 * The sandbox's school: an in-memory Northpass with the behaviour shared/northpass-api.md
 * describes, the switches for what it leaves open, the forced faults and the request log.
 */
import { randomUUID } from 'node:crypto';

import { takeFault, type Fault } from './faults.ts';
import { advance } from './progress.ts';
import {
  newGroup,
  newPerson,
  noProgress,
  timestamp,
  type Course,
  type Enrollment,
  type Group,
  type LearningPath,
  type LoggedRequest,
  type PathEnrollment,
  type Person,
  type Progress,
  type SchoolCounts,
  type TranscriptEntry,
} from './records.ts';
import { seedSchool } from './seed.ts';
import { transcriptOf } from './transcript.ts';
import { defaultSwitches, type Switches } from './switches.ts';

export class Store {
  schoolName = 'Acme Academy';
  readonly schoolId = randomUUID();
  courses = new Map<string, Course>();
  groups = new Map<string, Group>();
  people = new Map<string, Person>();
  learningPaths = new Map<string, LearningPath>();
  /** group id → person id → when they joined */
  members = new Map<string, Map<string, string>>();
  /** group id → course ids */
  groupCourses = new Map<string, Set<string>>();
  /** `${personId}:${courseId}` → progress */
  progress = new Map<string, Progress>();
  /** `${personId}:${pathId}` → enrollment */
  pathEnrollments = new Map<string, PathEnrollment>();
  /** a course enrollment row's key → its id, stable while the row exists */
  private readonly enrollmentIds = new Map<string, string>();
  faults: Fault[] = [];
  log: LoggedRequest[] = [];
  switches: Switches;
  /** The clock the rate limit counts seconds by (ms): tests set a fixed one. */
  clock: () => number = Date.now;

  private readonly initialSwitches: Partial<Switches>;

  constructor(switches: Partial<Switches> = {}) {
    this.initialSwitches = switches;
    this.switches = { ...defaultSwitches, ...switches };
  }

  /** Back to the seeded school with the starting switches, no faults and an empty log. */
  reset(): this {
    for (const map of [
      this.courses,
      this.groups,
      this.people,
      this.learningPaths,
      this.members,
      this.groupCourses,
      this.progress,
      this.pathEnrollments,
      this.enrollmentIds,
    ]) {
      map.clear();
    }
    this.faults = [];
    this.log = [];
    this.clock = Date.now;
    this.switches = { ...defaultSwitches, ...this.initialSwitches };
    return this.seed();
  }

  /** Four courses, two learning paths, one group and one learner (sandbox/store/seed.ts). */
  seed(): this {
    seedSchool(this);
    return this;
  }

  findGroupByName(name: string): Group | undefined {
    return [...this.groups.values()].find((group) => group.name === name);
  }

  createGroup(name: string, now = new Date()): { group: Group; existed: boolean } {
    const existing = this.findGroupByName(name);
    if (existing) return { group: existing, existed: true };
    return { group: this.insertGroup({ name }, now), existed: false };
  }

  /** A group as given, without the checks a create makes (a raw record for data-quality tests). */
  insertGroup(attributes: Partial<Omit<Group, 'id'>>, now = new Date()): Group {
    const group = newGroup(attributes, now);
    this.groups.set(group.id, group);
    this.members.set(group.id, new Map());
    this.groupCourses.set(group.id, new Set());
    return group;
  }

  deleteGroup(groupId: string): boolean {
    this.members.delete(groupId);
    this.groupCourses.delete(groupId);
    return this.groups.delete(groupId);
  }

  /** An email as this Northpass stores it: as given, or lower-cased (`emailCase: 'lowered'`). */
  storedEmail(email: string): string {
    return this.switches.emailCase === 'lowered' ? email.trim().toLowerCase() : email.trim();
  }

  findPersonByEmail(email: string): Person | undefined {
    const wanted = email.trim().toLowerCase();
    return [...this.people.values()].find((person) => person.email?.toLowerCase() === wanted);
  }

  createPerson(
    attributes: { email: string; first_name?: string | null; last_name?: string | null },
    now = new Date(),
  ): { person: Person; existed: boolean } {
    const existing = this.findPersonByEmail(attributes.email);
    if (existing) return { person: existing, existed: true };
    const person = this.insertPerson(
      {
        email: this.storedEmail(attributes.email),
        first_name: attributes.first_name ?? null,
        last_name: attributes.last_name ?? null,
        invite_token: randomUUID().slice(0, 8),
        // creating a learner through the API emails them an invitation
        invitations_sent: 1,
      },
      now,
    );
    return { person, existed: false };
  }

  /** A person as given, without the checks a create makes (a raw record for data-quality tests). */
  insertPerson(attributes: Partial<Omit<Person, 'id'>>, now = new Date()): Person {
    const person = newPerson(attributes, now);
    this.people.set(person.id, person);
    return person;
  }

  /** Removes a person with their memberships, progress and learning-path enrollments. */
  deletePerson(personId: string): boolean {
    for (const members of this.members.values()) members.delete(personId);
    for (const map of [this.progress, this.pathEnrollments]) {
      for (const key of map.keys()) if (key.startsWith(`${personId}:`)) map.delete(key);
    }
    return this.people.delete(personId);
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

  /** A learner's progress in a course (0-100); 100 completes it, with `score` (100 unless told). */
  setProgress(
    personId: string,
    courseId: string,
    progress: number,
    now = new Date(),
    score?: number,
  ): void {
    const key = `${personId}:${courseId}`;
    this.progress.set(key, advance(this.progress.get(key) ?? noProgress(), progress, now, score));
  }

  /**
   * Everyone with access to a course: members of any group the course is assigned to, once each
   * (enrolled when they first joined such a group), or once per such group when `perGroup`.
   */
  enrollments(courseId: string, { perGroup = false } = {}): Enrollment[] {
    const rows = new Map<string, { personId: string; enrolledAt: string }>();
    for (const [groupId, courses] of this.groupCourses) {
      if (!courses.has(courseId)) continue;
      for (const [personId, joinedAt] of this.members.get(groupId) ?? []) {
        const key = perGroup ? `${courseId}:${personId}:${groupId}` : `${courseId}:${personId}`;
        const earlier = rows.get(key);
        if (!earlier || joinedAt < earlier.enrolledAt)
          rows.set(key, { personId, enrolledAt: joinedAt });
      }
    }
    return [...rows].map(([key, { personId, enrolledAt }]) => ({
      id: this.enrollmentId(key),
      personId,
      courseId,
      enrolledAt,
      progress: this.progress.get(`${personId}:${courseId}`) ?? noProgress(),
    }));
  }

  private enrollmentId(key: string): string {
    const id = this.enrollmentIds.get(key) ?? randomUUID();
    this.enrollmentIds.set(key, id);
    return id;
  }

  /** Enrols a learner in a learning path (no change if they already are). */
  enrollInPath(personId: string, pathId: string, now = new Date()): PathEnrollment {
    const key = `${personId}:${pathId}`;
    const existing = this.pathEnrollments.get(key);
    if (existing) return existing;
    const enrollment = {
      id: randomUUID(),
      personId,
      pathId,
      enrolledAt: timestamp(now),
      progress: noProgress(),
    };
    this.pathEnrollments.set(key, enrollment);
    return enrollment;
  }

  /** A learner's progress in a learning path, enrolling them first if need be. */
  setPathProgress(
    personId: string,
    pathId: string,
    progress: number,
    now = new Date(),
    score?: number,
  ): PathEnrollment {
    const enrollment = this.enrollInPath(personId, pathId, now);
    enrollment.progress = advance(enrollment.progress, progress, now, score);
    return enrollment;
  }

  learningPathEnrollments(pathId: string): PathEnrollment[] {
    return [...this.pathEnrollments.values()].filter((item) => item.pathId === pathId);
  }

  /** A learner's courses (through their groups) and learning paths, oldest enrollment first. */
  transcript(personId: string): TranscriptEntry[] {
    return transcriptOf(this, personId);
  }

  /** The first forced fault that matches the request, used once. */
  takeFault(request: { method: string; path: string }): Fault | undefined {
    return takeFault(this.faults, request);
  }

  counts(): SchoolCounts {
    const sum = (sizes: Iterable<{ size: number }>) =>
      [...sizes].reduce((total, item) => total + item.size, 0);
    return {
      courses: this.courses.size,
      groups: this.groups.size,
      learners: this.people.size,
      memberships: sum(this.members.values()),
      course_assignments: sum(this.groupCourses.values()),
      invitations_sent: [...this.people.values()].reduce(
        (total, person) => total + person.invitations_sent,
        0,
      ),
    };
  }
}
