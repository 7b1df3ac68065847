import type { ZObject } from 'zapier-platform-core';

import { verdictOf, type Verdict } from './answers.js';
import { readProbes } from './reads.js';
import { removeCreated, writeProbes, type Created } from './writes.js';

export type { Verdict } from './answers.js';

export interface Report {
  verdicts: Verdict[];
  /** Questions this school had no records to answer, even with the probe's own. */
  unanswered: string[];
  /** Records the probe created and could not remove. */
  leftBehind: string[];
}

/**
 * Asks a school every open question about Northpass's API: read-only calls first, then only
 * with records the probe creates itself (a group, a learner at an example.com address, their
 * membership), which it removes at the end whatever happened.
 */
export const verifySchool = async (z: ZObject, stamp: string): Promise<Report> => {
  const answers = new Map<number, Verdict>();
  const ask = async (indexes: number[]) => {
    for (const index of indexes) {
      const verdict = await readProbes[index]?.[1](z);
      if (verdict) answers.set(index, verdictOf(verdict));
    }
  };
  await ask(readProbes.map((_probe, index) => index));
  const created: Created = { groups: [], people: [], memberships: [] };
  let written: Verdict[] = [];
  let leftBehind: string[] = [];
  try {
    const findings = await writeProbes(z, stamp, created, () =>
      // what the school could not answer without records, asked again with the probe's own
      ask(readProbes.map((_probe, index) => index).filter((index) => !answers.has(index))),
    );
    written = findings.map(verdictOf);
  } finally {
    leftBehind = await removeCreated(z, created);
  }
  return {
    verdicts: [...[...answers].sort(([a], [b]) => a - b).map(([, verdict]) => verdict), ...written],
    unanswered: readProbes.flatMap(([question], index) => (answers.has(index) ? [] : [question])),
    leftBehind,
  };
};

/** The report as a table a person can read in a terminal. */
export const formatReport = (report: Report): string => {
  const rows = report.verdicts.map(
    (verdict) => `| ${verdict.question} | ${verdict.answer} | ${verdict.app} |`,
  );
  return [
    '| Question | What Northpass answered | What the app will do |',
    '| --- | --- | --- |',
    ...rows,
    ...(report.unanswered.length > 0
      ? [
          '',
          `Not answered (the school has no records to ask with): ${report.unanswered.join(', ')}`,
        ]
      : []),
    ...(report.leftBehind.length > 0
      ? ['', `Could not remove, please delete in Northpass admin: ${report.leftBehind.join(', ')}`]
      : []),
  ].join('\n');
};
