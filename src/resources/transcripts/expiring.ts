import type { Bundle, ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { idSchema } from '../../client/jsonapi.js';
import { requestsSent } from '../../client/run.js';
import { CONCURRENCY } from '../../client/step.js';
import { appError } from '../../lib/errors.js';
import { metaOf } from '../../lib/meta.js';
import { recall, remember } from '../../lib/shared.js';
import { memberIds } from '../groups/memberships.js';
import { learnerDetails, type LearnerDetails } from '../people/directory.js';
import { POLL_LIMIT } from '../polling.js';
import { TRANSCRIPT_PAGES, transcriptPage } from './api.js';

/** Requests one poll sends at most (retries of a request Northpass failed aside). */
export const POLL_REQUESTS = 25;
/** Of those, kept for learners' names and emails (one batched lookup, or two single reads). */
export const LEARNER_LOOKUPS = 2;
/** Certificates remembered this many days past the window: a pass ends well before. */
const HORIZON_MARGIN_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
const STATE_TTL_SECONDS = 30 * 24 * 60 * 60;

const certificateSchema = zod.object({
  courseId: zod.string(),
  courseName: zod.nullable(zod.string()),
  url: zod.nullable(zod.string()),
  expiresAt: zod.string(),
});
export type FoundCertificate = zod.infer<typeof certificateSchema>;

/**
 * Where the pass through a group stands, shared by the polls of a connection: the members as
 * the pass's first poll read them, the next one to read, and each learner's certificates that
 * expire soon, as their transcript last said.
 */
const passSchema = zod.object({
  members: zod.array(zod.string()),
  next: zod.int().check(zod.gte(0)),
  found: zod.record(zod.string(), zod.array(certificateSchema)),
});
type Pass = zod.infer<typeof passSchema>;
const isPass = (value: unknown): value is Pass => passSchema.safeParse(value).success;

/** A certificate about to expire, with its learner's name and email. */
export interface ExpiringCertificate extends FoundCertificate {
  learnerId: string;
  learner: LearnerDetails;
}

const time = (value: string | null): number => {
  const parsed = Date.parse(value ?? '');
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

/** What a poll's transcripts showed: certificates, and expiry attributes (null ones too). */
interface Seen {
  certificates: number;
  expiries: number;
}

/** Raised when a poll read certificates and not one expiry: expiring ones cannot be told. */
export const expiryMissing = (): Error =>
  appError(
    `Northpass's transcripts carry no certificate expiry (\`${behaviour.certificateExpiry}\`), so expiring certificates cannot be told. Send this to the app's maintainer; \`npm run verify-school\` checks it.`,
    'expiry_missing',
    502,
  );

/**
 * A learner's certificates that expire after `now` and before `until`, from their transcript,
 * read page by page while `mayRead` allows. Undefined when the budget ended before the
 * transcript did: the learner is read again by the next poll.
 */
const certificatesOf = async (
  z: ZObject,
  personId: string,
  { now, until, mayRead, seen }: { now: number; until: number; mayRead: () => boolean; seen: Seen },
): Promise<FoundCertificate[] | undefined> => {
  const certificates: FoundCertificate[] = [];
  for (let page = 1; page <= TRANSCRIPT_PAGES; page += 1) {
    if (page > 1 && !mayRead()) return undefined;
    const { entries, hasNext } = await transcriptPage(z, personId, page);
    for (const entry of entries) {
      if (entry.certificateUrl !== null) seen.certificates += 1;
      if (entry.expiryStated) seen.expiries += 1;
      const expires = time(entry.expiresAt);
      if (entry.resourceType !== 'course' || !(expires > now && expires <= until)) continue;
      certificates.push({
        courseId: entry.resourceId,
        courseName: entry.name,
        url: entry.certificateUrl,
        expiresAt: entry.expiresAt ?? '',
      });
    }
    if (!hasNext) break;
  }
  return certificates;
};

/** The pass to go on with, or a new one from the group's members when there is none left. */
const currentPass = async (z: ZObject, key: string, groupId: string): Promise<Pass> => {
  const pass = await recall(z, key, isPass);
  if (pass && pass.next < pass.members.length) return pass;
  const { ids, complete } = await memberIds(z, groupId);
  if (!complete) {
    z.console.log(
      `The group has more members than one pass reads; the first ${ids.size} are watched.`,
    );
  }
  // an id that cannot go into a path is left out, never a failed poll
  const members = [...ids].filter((id) => idSchema.safeParse(id).success).sort();
  const kept = new Set(members);
  const found = Object.fromEntries(
    Object.entries(pass?.found ?? {}).filter(([learnerId]) => kept.has(learnerId)),
  );
  return { members, next: 0, found };
};

/**
 * Reads the transcripts of the pass's next members, four at a time, while the poll's budget
 * leaves room (the learner lookups kept aside). Each learner read replaces what was found of
 * them. Answers how many members, from `next` on, were read in full.
 */
const readOn = async (
  z: ZObject,
  { members, next }: Pass,
  found: Map<string, FoundCertificate[]>,
  span: { now: number; until: number; seen: Seen },
): Promise<number> => {
  const room = () => requestsSent(z) + 1 + LEARNER_LOOKUPS <= POLL_REQUESTS;
  const done: boolean[] = [];
  let cursor = next;
  const worker = async () => {
    while (cursor < members.length && room()) {
      const index = cursor;
      cursor += 1;
      const learnerId = members[index] ?? '';
      const certificates = await certificatesOf(z, learnerId, { ...span, mayRead: room });
      if (certificates === undefined) continue;
      if (certificates.length > 0) found.set(learnerId, certificates);
      else found.delete(learnerId);
      done[index - next] = true;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  let read = 0;
  while (done[read]) read += 1;
  return read;
};

/**
 * One poll of a group's certificates that expire within `withinDays`: it reads the group's
 * members at the start of each pass, then the transcripts of the next members in turn, as many
 * as `POLL_REQUESTS` allows, and answers every certificate its passes have found that now lies
 * inside the window, soonest first, at most 100, once its learner's email is known. Zapier
 * fires once per id (learner, course and expiry date).
 */
export const pollExpiringCertificates = async (
  z: ZObject,
  bundle: Bundle,
  groupId: string,
  withinDays: number,
): Promise<ExpiringCertificate[]> => {
  const meta = metaOf(bundle);
  // the first poll of a Zap would only record the ids it sees: certificates already in the
  // window are left for the polls that fire
  if (meta.isPopulatingDedupe) return [];
  const key = `certificates:${groupId}:${withinDays}`;
  const now = Date.now();
  const window = now + withinDays * DAY;
  const pass = await currentPass(z, key, groupId);
  const found = new Map(Object.entries(pass.found));
  const seen: Seen = { certificates: 0, expiries: 0 };
  const until = window + HORIZON_MARGIN_DAYS * DAY;
  const read = await readOn(z, pass, found, { now, until, seen });
  if (seen.certificates > 0 && seen.expiries === 0) throw expiryMissing();
  const ahead = [...found].flatMap(([learnerId, certificates]) =>
    certificates
      .filter((certificate) => time(certificate.expiresAt) > now)
      .map((certificate) => ({ ...certificate, learnerId })),
  );
  const due = ahead
    .filter((certificate) => time(certificate.expiresAt) <= window)
    .sort((a, b) => time(a.expiresAt) - time(b.expiresAt))
    .slice(0, POLL_LIMIT);
  const lookups = Math.max(0, Math.min(LEARNER_LOOKUPS, POLL_REQUESTS - requestsSent(z)));
  const details = await learnerDetails(
    z,
    due.map((certificate) => certificate.learnerId),
    [],
    lookups,
  );
  if (!meta.isLoadingSample) {
    const kept: Record<string, FoundCertificate[]> = {};
    for (const { learnerId, ...certificate } of ahead) {
      kept[learnerId] = [...(kept[learnerId] ?? []), certificate];
    }
    await remember(z, key, { ...pass, next: pass.next + read, found: kept }, STATE_TTL_SECONDS);
  }
  const ready = due.flatMap((certificate) => {
    const learner = details.get(certificate.learnerId);
    return learner ? [{ ...certificate, learner }] : [];
  });
  const held = due.length - ready.length;
  if (held > 0) {
    z.console.log(
      `Held back ${held} certificate${held === 1 ? '' : 's'} until a later poll finds the learner's email.`,
    );
  }
  return ready;
};
