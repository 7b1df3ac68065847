import { verdictOf, type Finding, type Probe, type Verdict } from './answers.js';
import { CannotRun, Stopped, type Client } from './client.js';
import { Ledger, removeCreated, type Planned } from './cleanup.js';
import { emailCase, emailFilter, enrollmentProgress, enrollments, idsFilter } from './people.js';
import { certificateExpiry } from './certificates.js';
import { membershipFilter } from './memberships.js';
import type { ProbeKey } from './probes.js';
import {
  courseStatus,
  coursesSort,
  groupsSort,
  listRelationships,
  nameSearch,
  notFoundBody,
  paging,
  peopleSort,
  school,
} from './reads.js';
import { webhookEvents } from './webhooks.js';
import { writeProbes, writeQuestions } from './writes.js';

export type { Verdict } from './answers.js';

/** Every read-only probe: its verdict key, the question in plain words, the probe. */
export const readProbes: [ProbeKey, string, Probe][] = [
  ['school', 'Which school does this key open?', school],
  [
    'name-search:courses',
    'Does searching for a course by name find it whatever its letter case?',
    nameSearch('courses', 'course'),
  ],
  [
    'name-search:groups',
    'Does searching for a group by name find it whatever its letter case?',
    nameSearch('groups', 'group'),
  ],
  ['sort:people', 'Can the learner list be read newest first?', peopleSort],
  ['sort:groups', 'Can the group list be read newest first?', groupsSort],
  ['sort:courses', 'Can the course list be read newest first?', coursesSort],
  ['list-relationships', "Does the learner list show each learner's groups?", listRelationships],
  ['paging', 'Does Northpass send lists in pages of the size the app asks for?', paging],
  [
    'course-status',
    'Which word marks a published course, and are archived courses marked?',
    courseStatus,
  ],
  [
    'enrollments',
    "Can a course's enrollments be read most recently active first, with the learners' names?",
    enrollments,
  ],
  [
    'enrollment-progress',
    "Do a course's enrollments say how far each learner is (their progress)?",
    enrollmentProgress,
  ],
  ['ids-filter', 'Can several learners be read in one request?', idsFilter],
  ['email-filter', 'Can a learner be found by email in one request?', emailFilter],
  [
    'email-case',
    'Is a learner found by email whatever its letter case (Jane@Acme.com, jane@acme.com)?',
    emailCase,
  ],
  ['not-found-body', 'How does Northpass say “no such record”?', notFoundBody],
  ['webhook-events', 'What does a course-completed webhook body carry?', webhookEvents],
  [
    'certificate-expiry',
    "Do learners' transcripts say when a certificate expires?",
    certificateExpiry,
  ],
  ['membership-filter', "Can a group's members be asked for one learner?", membershipFilter],
];

export interface Report {
  write: boolean;
  verdicts: Verdict[];
  /** Read probes the school had too few records to answer (their verdict keys). */
  unanswered: ProbeKey[];
  /** Records created and still there (or not confirmed gone). */
  leftBehind: Planned[];
  /** Why the run could not finish, in plain words; stopped: a signal. */
  failure?: { kind: 'cannot-run' | 'stopped'; message: string };
}

export interface Options {
  write: boolean;
  /** In every name and email the run creates. */
  stamp: string;
  /** Where the records created are registered (a new one unless told). */
  ledger?: Ledger;
  /** Called before each question: its number, the count, its words. */
  progress?: (index: number, count: number, asked: string) => void;
}

/**
 * Asks a school every open question about Northpass's API: read-only questions always; with
 * `write`, the rest with records the run creates itself (a group, a learner at an example.com
 * address), registered before they are sent and removed at the end whatever happened.
 */
export const verifySchool = async (client: Client, options: Options): Promise<Report> => {
  const count = readProbes.length + writeQuestions.length;
  const answers = new Map<number, Finding>();
  let asked = 0;
  const askRead = async (index: number, announce = true) => {
    const [, words, probe] = readProbes[index] ?? [];
    if (!probe || !words) return;
    if (announce) options.progress?.((asked += 1), count, words);
    const finding = await probe(client);
    if (finding) answers.set(index, finding);
  };
  const written = new Map<string, Finding>();
  const report: Report = { write: options.write, verdicts: [], unanswered: [], leftBehind: [] };
  const ledger = options.ledger ?? new Ledger(options.stamp);
  try {
    for (const index of readProbes.keys()) await askRead(index);
    if (options.write) {
      const found = (key: string, finding: Finding) => written.set(key, finding);
      const byKey = new Map(writeQuestions);
      const announce = (key: string) =>
        options.progress?.((asked += 1), count, byKey.get(key as never) ?? key);
      announce('duplicate-group');
      await writeProbes(
        client,
        ledger,
        (key, finding) => {
          found(key, finding);
          const next = writeQuestions[writeQuestions.findIndex(([k]) => k === key) + 1];
          if (next) announce(next[0]);
        },
        async () => {
          // what the school could not answer without records, asked again with the run's own
          for (const index of readProbes.keys())
            if (!answers.has(index)) await askRead(index, false);
        },
      );
    }
  } catch (error) {
    if (error instanceof Stopped)
      report.failure = { kind: 'stopped', message: 'Stopped before the end.' };
    else if (error instanceof CannotRun)
      report.failure = { kind: 'cannot-run', message: error.message };
    else report.failure = { kind: 'cannot-run', message: plainError(error) };
  } finally {
    if (ledger.entries.length > 0) report.leftBehind = await removeCreated(client, ledger);
  }
  report.unanswered = readProbes.flatMap(([key], index) => (answers.has(index) ? [] : [key]));
  report.verdicts = [
    ...readProbes.flatMap(([key, words], index) => {
      const finding = answers.get(index);
      if (finding) return [verdictOf(finding)];
      if (report.failure) return [];
      return [
        verdictOf({
          key,
          asked: words,
          finding: 'unjudged',
          answer: 'could not be judged: the school has too few records to ask with',
          effect: 'ok',
          ...(options.write ? {} : { note: '--write asks it with test records' }),
        }),
      ];
    }),
    ...writeQuestions.flatMap(([key, words]) => {
      const finding = written.get(key);
      if (finding) return [verdictOf(finding)];
      if (options.write) return [];
      return [
        verdictOf({ key, asked: words, finding: 'not-asked', answer: '—', effect: 'not-asked' }),
      ];
    }),
  ];
  return report;
};

/** An unexpected error, in words safe to print: its first line, no stack, no JSON. */
const plainError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0] ?? '').replace(/[{[].*$/, '').trim();
  return line || 'an unexpected answer from Northpass';
};
