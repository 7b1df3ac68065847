import type { LearnerDetails } from '../people/directory.js';
import { behaviour } from '../../client/behaviour.js';
import { COMPLETE, type Enrollment } from './api.js';
import { toCompletionOutput, type CompletionOutput } from './output.js';
import { dayOf, type Found } from './walk.js';
import type { Watch } from './watch.js';

/** New Course Completion and New Course Enrollment with no course chosen: the whole school. */

export const enrollmentOf = (found: Found, learner: LearnerDetails | null): Enrollment => ({
  personId: found.personId,
  progress: found.progress,
  enrolledAt: found.enrolledAt,
  completedAt: found.completedAt,
  lastActiveOn: found.lastActiveOn,
  learner,
});

const toItem = (found: Found, _event: unknown, learner: LearnerDetails | null) =>
  toCompletionOutput(
    { id: found.courseId, attributes: { name: found.courseName } },
    enrollmentOf(found, learner),
  );

/** Every course's completions: an event on the day of the completion (or last activity). */
export const anyCourseCompletions: Watch<CompletionOutput> = {
  stream: 'completions:any',
  order: {
    sort: behaviour.recentlyActive.sort,
    date: 'last_active_on',
    everyPage: false,
    needsProgress: 'completions',
  },
  event: (found) => {
    const day = dayOf(found.completedAt ?? found.lastActiveOn);
    return found.progress >= COMPLETE && day !== null
      ? { id: `${found.courseId}:${found.personId}`, day }
      : undefined;
  },
  toItem,
};

/** Every course's enrollments: an event on the day of the enrollment. */
export const anyCourseEnrollments: Watch<CompletionOutput> = {
  stream: 'enrollments:any',
  order: { sort: behaviour.recentlyEnrolled.sort, date: 'enrolled_at', everyPage: false },
  event: (found) => {
    const day = dayOf(found.enrolledAt);
    return day === null ? undefined : { id: `${found.courseId}:${found.personId}`, day };
  },
  toItem,
};
