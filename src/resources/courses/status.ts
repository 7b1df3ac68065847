import type { ZObject } from 'zapier-platform-core';

import { knownFacts, learn, type Facts } from '../../client/learned.js';

/** A word Northpass may mark a published course with (src/questions/course-status.ts). */
export type PublishedWord = NonNullable<Facts['publishedStatus']>;

const PUBLISHED_WORDS: readonly PublishedWord[] = ['published', 'live'];

const LABELS: Readonly<Record<string, string>> = {
  published: 'Published',
  live: 'Published',
  draft: 'Draft',
  archived: 'Archived',
};

/**
 * A course's status in words a person reads: Published (`published` or `live`), Draft or
 * Archived; any other word capitalised; null when Northpass gives none. Archived only when the
 * status says so: a course's name never counts.
 */
export const statusLabel = (status: string | null | undefined): string | null => {
  const word = status?.trim();
  if (!word) return null;
  return LABELS[word.toLowerCase()] ?? `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
};

/** How a course not published is marked: "draft", "archived"; null when published or unsaid. */
export const statusMark = (status: string | null | undefined): string | null => {
  const label = statusLabel(status);
  return label === null || label === LABELS.published ? null : label.toLowerCase();
};

/**
 * The status word(s) meaning "published" for this school, read from courses the app has read
 * anyway (no request): the one word among them, remembered as `publishedStatus`; both when both
 * appear; otherwise the word learned before, or `published`.
 */
export const publishedWords = async (
  z: ZObject,
  statuses: readonly (string | null | undefined)[],
): Promise<PublishedWord[]> => {
  const seen = PUBLISHED_WORDS.filter((word) => statuses.includes(word));
  const [only] = seen;
  if (only !== undefined && seen.length === 1) {
    await learn(z, (facts) => {
      facts.publishedStatus = only;
    });
  }
  if (seen.length > 0) return seen;
  return [(await knownFacts(z)).publishedStatus ?? 'published'];
};

/** Learns the school's published word from courses read anyway (see `publishedWords`). */
export const learnPublishedWord = async (
  z: ZObject,
  courses: readonly { attributes: { status?: string | null | undefined } }[],
): Promise<void> => {
  await publishedWords(
    z,
    courses.map((course) => course.attributes.status),
  );
};
