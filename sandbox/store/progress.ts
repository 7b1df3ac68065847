import { timestamp, type Progress } from './records.ts';

/**
 * Progress after a learner reaches `progress` (0-100) at `now`: started when it first rises
 * above 0, completed (with a score, 100 unless told) at 100; going back clears what no longer
 * holds (a certificate's expiry too).
 */
export const advance = (
  previous: Progress,
  progress: number,
  now: Date,
  score?: number,
): Progress => {
  const at = timestamp(now);
  const completed = progress >= 100;
  return {
    progress,
    last_active_on: at,
    started_at: progress > 0 ? (previous.started_at ?? at) : null,
    completed_at: completed ? (previous.completed_at ?? at) : null,
    score: completed ? (score ?? previous.score ?? 100) : null,
    expires_at: completed ? previous.expires_at : null,
  };
};

/**
 * Sets when a learner's certificate in a course expires, as Northpass would from the course's
 * certificate settings: only for a completed course, whose progress keeps it until it drops
 * below 100. `undefined` changes nothing.
 */
export const setCertificateExpiry = (
  store: { progress: Map<string, Progress> },
  personId: string,
  courseId: string,
  expiresAt: string | null | undefined,
): void => {
  const progress = store.progress.get(`${personId}:${courseId}`);
  if (expiresAt !== undefined && progress && progress.progress >= 100) {
    progress.expires_at = expiresAt;
  }
};

/** How a transcript names progress. */
export const progressStatus = (progress: Progress): 'enrolled' | 'in_progress' | 'completed' =>
  progress.progress >= 100 ? 'completed' : progress.progress > 0 ? 'in_progress' : 'enrolled';
