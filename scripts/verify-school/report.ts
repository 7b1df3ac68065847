import { writeFileSync } from 'node:fs';

import App from '../../index.js';
import { adminPage } from './cleanup.js';
import type { Report, Verdict } from './verify.js';

/** The operations a Zapier user sees (not `display.hidden`), by key: their labels. */
export const visibleOperations: Map<string, string> = new Map(
  [App.triggers, App.searches, App.creates].flatMap((kind) =>
    Object.entries(kind as Record<string, { display: { label: string; hidden?: boolean } }>)
      .filter(([, operation]) => !operation.display.hidden)
      .map(([key, operation]) => [key, operation.display.label] as const),
  ),
);

/** "A", "A and B", "A, B and C" */
export const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The labels of the visible operations among `keys`, in the app's order. */
const labels = (keys: Iterable<string>): string[] => {
  const wanted = new Set(keys);
  return [...visibleOperations].flatMap(([key, label]) => (wanted.has(key) ? [label] : []));
};

const effectCell = (verdict: Verdict, write: boolean): string => {
  const note = verdict.note ? ` (${verdict.note})` : '';
  switch (verdict.effect) {
    case 'ok':
      return `OK${note}`;
    case 'slower':
      return `slower: ${verdict.note ?? 'more requests'}`;
    case 'not-asked':
      return write ? `not asked${note}` : 'not asked (needs --write)';
    case 'not-available':
      return `not available: ${listed(labels(verdict.operations)) || 'no visible operation'}${verdict.note ? `; ${verdict.note}` : ''}`;
  }
};

const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');

/** The operations that will not work. */
export const unavailable = (report: Report): string[] =>
  labels(report.verdicts.flatMap((v) => (v.effect === 'not-available' ? v.operations : [])));

/** The report for a school admin: the table, what it means, and one closing line. */
export const formatReport = (report: Report): string => {
  const rows = report.verdicts.map(
    (v) => `| ${cell(v.asked)} | ${cell(v.answer)} | ${cell(effectCell(v, report.write))} |`,
  );
  const lines = [
    '| What was asked | What Northpass answered | Effect |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
  if (report.verdicts.some((v) => v.effect === 'slower')) {
    lines.push('The app adapts by itself to every “slower” answer: nothing to do.');
  }
  const notAsked = report.verdicts.filter((v) => v.effect === 'not-asked');
  if (notAsked.length > 0) {
    const unconfirmed = labels(notAsked.flatMap((v) => v.operations));
    lines.push(
      `${notAsked.length} question${notAsked.length === 1 ? ' was' : 's were'} not asked${report.write ? '' : ' (they need --write)'}; they leave ${listed(unconfirmed)} unconfirmed.`,
    );
  }
  if (report.leftBehind.length > 0) {
    lines.push('', 'These test records could not be removed; please delete them by hand:');
    for (const record of report.leftBehind) {
      const what = record.kind === 'people' ? 'learner' : 'group';
      lines.push(`- the ${what} “${record.label}”: ${adminPage(record)}`);
    }
  }
  if (report.failure) {
    lines.push('', `The check did not finish: ${report.failure.message}`);
  }
  const failing = unavailable(report);
  const total = visibleOperations.size;
  lines.push(
    '',
    failing.length > 0
      ? `${listed(failing)} will not work. Send this report to the app's maintainer.`
      : report.failure
        ? 'Not every question was asked: run it again to the end.'
        : notAsked.length > 0
          ? `No operation is known to fail; ${labels(notAsked.flatMap((v) => v.operations)).length} of the ${total} operations are confirmed only with --write.`
          : `All ${total} operations will work.`,
  );
  return lines.join('\n');
};

/**
 * The exit code, the highest that applies: 3 could not run, 2 records left behind, 1 an
 * operation will not work, 0 all OK. A run stopped by a signal with nothing left: `stopCode`.
 */
export const exitCode = (report: Report, stopCode = 130): number => {
  if (report.failure?.kind === 'cannot-run') return 3;
  if (report.leftBehind.length > 0) return 2;
  if (report.failure?.kind === 'stopped') return stopCode;
  return unavailable(report).length > 0 ? 1 : 0;
};

/** The verdicts for a maintainer, as JSON. */
export const writeJson = (file: string, report: Report, school: string | undefined): void => {
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        school: school ?? null,
        write: report.write,
        verdicts: report.verdicts.map((v) => ({
          id: v.id,
          key: v.key,
          finding: v.finding,
          answer: v.answer,
          effect: v.effect,
          ...(v.note ? { note: v.note } : {}),
          ...(v.operations.length > 0 ? { operations: v.operations } : {}),
        })),
        leftBehind: report.leftBehind.map(({ kind, label, id }) => ({
          kind,
          label,
          id: id ?? null,
        })),
        ...(report.failure ? { failure: report.failure.message } : {}),
        exitCode: exitCode(report),
      },
      null,
      2,
    )}\n`,
  );
};
