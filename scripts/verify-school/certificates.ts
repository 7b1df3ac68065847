import { ask, listed, type Probe } from './answers.js';

/** The read-only probe about learners' certificates on their transcripts. */

/** Learners whose transcripts are read at most to find a completed course. */
const LEARNERS_READ = 10;

/** Do transcript items carry a certificate's expiry (`expires_at`, null when it has none)? */
export const certificateExpiry: Probe = async (client) => {
  const asked = "Do learners' transcripts say when a certificate expires?";
  const people = listed(
    await ask(client, { path: '/v2/people', params: { limit: LEARNERS_READ } }),
  );
  for (const person of people) {
    const path = `/v2/transcripts/${encodeURIComponent(person.id)}`;
    const items = listed(await ask(client, { path, params: { limit: 100 } }));
    const completed = items.filter((item) => item.attributes.progress_status === 'completed');
    if (completed.length === 0) continue;
    const carry = items.some((item) => 'expires_at' in item.attributes);
    return {
      key: 'certificate-expiry',
      asked,
      finding: carry ? 'present' : 'absent',
      answer: carry
        ? 'yes (`expires_at`)'
        : `no: none of ${items.length} transcript items shows an \`expires_at\``,
      effect: carry ? 'ok' : 'not-available',
      ...(carry ? {} : { note: 'expiring certificates cannot be told' }),
    };
  }
  return {
    key: 'certificate-expiry',
    asked,
    finding: 'unjudged',
    answer: `could not be judged: none of the first ${LEARNERS_READ} learners has completed a course`,
    effect: 'ok',
    note: 'nothing to check until a learner completes a course',
  };
};
