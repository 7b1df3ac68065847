import type { Bundle, ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { idSegment, linkHref } from '../../client/jsonapi.js';
import { fetchPage } from '../../client/pages.js';
import { metaOf, zapIdOf } from '../../lib/meta.js';
import { recall, remember } from '../../lib/shared.js';

/**
 * A completion's score and certificate, read from the learner's transcript (the first page: 100
 * courses and paths) for completions new to the Zap, a few a poll.
 */

/** Transcripts read at most in a poll. */
export const AWARD_READS_PER_POLL = 5;

/** confirmed: a learner's transcript, paginated; 404 when they have no activity (none). */
const transcriptPath = (personId: string) => `/v2/transcripts/${idSegment(personId)}`;

const entrySchema = zod.looseObject({
  attributes: zod.looseObject({ resource_id: zod.string(), resource_type: zod.string() }),
  links: zod.nullish(zod.record(zod.string(), zod.unknown())),
});

export interface Award {
  score: number | null;
  certificate_url: string | null;
}
/** A completion with its award, or without (blank: the fields are left out). */
type Awarded<T> = T & Partial<Award>;

const scoreOf = (attributes: Record<string, unknown>): number | null => {
  const value = attributes[behaviour.transcriptScore];
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

/** GET /v2/transcripts/{person id}, first page: the learner's score and certificate in a course. */
const awardIn = async (z: ZObject, personId: string, courseId: string): Promise<Award> => {
  const page = await fetchPage(
    z,
    { path: transcriptPath(personId), params: { limit: PAGE_SIZE } },
    entrySchema,
  );
  const entry = page.items.find(
    ({ attributes }) =>
      attributes.resource_type === 'course' && attributes.resource_id === courseId,
  );
  return {
    score: entry ? scoreOf(entry.attributes) : null,
    certificate_url: linkHref(entry?.links?.[behaviour.certificateLink]),
  };
};

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');
const AWARDED_IDS = 500;
const AWARDED_TTL_SECONDS = 30 * 24 * 60 * 60;

type Completion = { id: string; course_id: string; learner_id: string };

/**
 * Completions with `score` and `certificate_url`: read for at most `reads` (and 5) completions
 * this Zap has not had yet, newest first; the rest are blank (left out). Only in a Zap's polls
 * (Zapier names the Zap) and sample loads: a Zap's first poll (which Zapier only records)
 * reads none, and a poll outside a Zap reads none.
 */
export const withAwards = async <T extends Completion>(
  z: ZObject,
  bundle: Bundle,
  stream: string,
  items: T[],
  reads = AWARD_READS_PER_POLL,
): Promise<Awarded<T>[]> => {
  const meta = metaOf(bundle);
  const zapId = zapIdOf(bundle);
  const budget = Math.max(0, Math.min(reads, AWARD_READS_PER_POLL));
  if (meta.isLoadingSample) return attach(z, items, items.slice(0, budget));
  if (zapId === undefined) return items;
  const key = `awarded:${stream}:${zapId}`;
  const had = await recall(z, key, isIdList);
  const fresh =
    had === null || meta.isPopulatingDedupe ? [] : items.filter((item) => !had.includes(item.id));
  const awarded = await attach(z, items, fresh.slice(0, budget));
  const remembered = [...new Set([...items.map((item) => item.id), ...(had ?? [])])];
  await remember(z, key, remembered.slice(0, AWARDED_IDS), AWARDED_TTL_SECONDS);
  return awarded;
};

const attach = async <T extends Completion>(
  z: ZObject,
  items: T[],
  chosen: T[],
): Promise<Awarded<T>[]> => {
  const awards = await Promise.all(
    chosen.map((item) => awardIn(z, item.learner_id, item.course_id)),
  );
  const byId = new Map(chosen.map((item, index) => [item.id, awards[index]]));
  return items.map((item) => {
    const award = byId.get(item.id);
    return award ? { ...item, ...award } : item;
  });
};
