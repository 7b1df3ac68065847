import type { TranscriptEntry } from './records.ts';
import type { Store } from './store.ts';

/** A learner's courses (through their groups) and learning paths, oldest enrollment first. */
export const transcriptOf = (store: Store, personId: string): TranscriptEntry[] => {
  const courses = [...store.courses.values()].flatMap((course) =>
    store
      .enrollments(course.id)
      .filter((row) => row.personId === personId)
      .map((row) => ({
        id: row.id,
        resourceType: 'course' as const,
        resourceId: course.id,
        name: course.name,
        enrolledAt: row.enrolledAt,
        progress: row.progress,
      })),
  );
  const paths = [...store.pathEnrollments.values()]
    .filter((row) => row.personId === personId)
    .flatMap((row) => {
      const path = store.learningPaths.get(row.pathId);
      return path
        ? [
            {
              id: row.id,
              resourceType: 'learning_path' as const,
              resourceId: path.id,
              name: path.name,
              enrolledAt: row.enrolledAt,
              progress: row.progress,
            },
          ]
        : [];
    });
  return [...courses, ...paths].sort((a, b) => a.enrolledAt.localeCompare(b.enrolledAt));
};
