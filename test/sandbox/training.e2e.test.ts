/**
 * A learner's training against the sandbox: Find Learner Training Summary, and New Certificate
 * Expiring polled as Zapier would (several polls, its dedupe by id), in every answer to the
 * certificate-expiry question.
 */
import { describe, expect, it } from '@jest/globals';

import { setCertificateExpiry } from '../../sandbox/store/progress.ts';
import { timestamp } from '../../sandbox/store.ts';
import { perform as findTrainingSummary } from '../../src/searches/find_learner_training_summary.js';
import { perform as newCertificateExpiring } from '../../src/triggers/new_certificate_expiring.js';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const DAY = 24 * 60 * 60 * 1000;

/** Requests the sandbox answered while `task` ran. */
const counted = async <T>(task: () => Promise<T>): Promise<{ result: T; requests: number }> => {
  const { log } = sandbox.current().store;
  const before = log.length;
  const result = await task();
  return { result, requests: log.length - before };
};

/** A group of `size` learners with Product Fundamentals: the course and the learners' ids. */
const crew = (size: number) => {
  const { store } = sandbox.current();
  const course = sandbox.idOf('courses', 'Product Fundamentals');
  const group = store.createGroup('Forklift Crew').group.id;
  store.assignCourses(group, [course]);
  const people = Array.from(
    { length: size },
    (_, n) => store.createPerson({ email: `crew${n}@example.com` }).person.id,
  );
  store.addMembers(group, people);
  /** Completes the course for learner `n`, its certificate expiring `inDays` from now (or never). */
  const certify = (n: number, inDays: number | null) => {
    const person = people[n] ?? '';
    store.setProgress(person, course, 100);
    const expiresAt = inDays === null ? null : timestamp(new Date(Date.now() + inDays * DAY));
    setCertificateExpiry(store, person, course, expiresAt);
    return expiresAt === null ? '' : `${person}:${course}:${expiresAt.slice(0, 10)}`;
  };
  return { group, certify };
};

describe.each(positionsFor('certificateExpiry'))('with %s', (_label, switches) => {
  it("sums up Grace's training in one record: 2 requests by email", async () => {
    sandbox.switches(switches);
    const stated = sandbox.current().store.switches.transcriptExpiry === 'expires_at';
    const { result, requests } = await counted(() =>
      runOnSandbox(findTrainingSummary, { learner: 'Grace@Example.com' }),
    );
    expect(result).toEqual([
      expect.objectContaining({
        email: 'grace@example.com',
        full_name: 'Grace Hopper',
        courses_enrolled: 1,
        courses_in_progress: 0,
        courses_completed: 1,
        percent_complete: 100,
        last_active_at: '2026-06-10T16:20:00Z',
        completed_course_names: ['Product Fundamentals'],
        in_progress_course_names: [],
        learning_path_names: ['Partner Certification Path'],
        completed_learning_path_names: [],
        certificates: [
          {
            course: 'Product Fundamentals',
            url: expect.stringMatching(/^https:\/\/acme-academy\.example\.com\/certificates\//),
            expires_at: stated ? '2028-06-10T16:20:00Z' : null,
          },
        ],
      }),
    ]);
    expect(requests).toBe(2);
  });

  it('fires New Certificate Expiring once per certificate and expiry date over several polls, 25 requests at most each', async () => {
    sandbox.switches(switches);
    const stated = sandbox.current().store.switches.transcriptExpiry === 'expires_at';
    const { group, certify } = crew(stated ? 30 : 2);
    const poll = () => counted(() => runOnSandbox(newCertificateExpiring, { group }));
    if (!stated) {
      certify(0, 10);
      expect(await raised(poll())).toMatchObject({ code: 'expiry_missing' });
      return;
    }
    const soon = certify(3, 10);
    const later = certify(25, 20);
    certify(10, 60);
    certify(12, null);
    // Zapier fires an item whose id it has not seen before, once
    const seen = new Set<string>();
    const zapier = async () => {
      const { result, requests } = await poll();
      expect(requests).toBeLessThanOrEqual(25);
      const ids = result.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) seen.add(id);
      return result;
    };
    // a pass of 30 learners takes two polls; each poll after the one that found a certificate
    // lists it again under the same id, so Zapier fires it once
    const opening = await poll();
    // the group, its members, 21 transcripts, and a learner lookup when one is due
    expect(opening.requests).toBeGreaterThanOrEqual(23);
    expect(opening.requests).toBeLessThanOrEqual(25);
    for (const { id } of opening.result) seen.add(id);
    const [first] = await zapier();
    expect(first).toMatchObject({
      course_name: 'Product Fundamentals',
      learner_email: expect.stringMatching(/^crew\d+@example\.com$/),
      certificate_url: expect.stringMatching(/\/certificates\/.+\.pdf$/),
    });
    expect([...seen].sort()).toEqual([soon, later].sort());
    // renewed: a new expiry date is a new event; one coming into the window is another
    const renewed = certify(3, 25);
    const nearer = certify(10, 5);
    for (let polls = 0; polls < 3; polls += 1) await zapier();
    expect([...seen].sort()).toEqual([soon, later, renewed, nearer].sort());
  });
});
