/**
 * The six Zap files of issue 21 (real payloads of Jotform, Google Sheets, Pipedrive, Calendly and
 * Northpass's own triggers), run once with their replays in one runner process: what each step
 * did and what the next app would receive. (runner.e2e.test.ts runs every example without a
 * failed step; this checks what these ones show.)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { beforeAll, describe, expect, it } from '@jest/globals';

const root = resolve(import.meta.dirname, '../..');
const files = [
  'jotform-registration',
  'sheets-row-teams',
  'pipedrive-deal-won',
  'calendly-cancel-offboard',
  'any-course-completion-slack',
  'new-learner-hubspot',
];

/** Each file's part of the runner's output, by file name. */
const outputs = new Map<string, string>();

beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      './scripts/resolve-ts.ts',
      'sandbox/start.ts',
      ...files.map((name) => `examples/${name}.zap.json`),
      '--replay',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ZAP_RUNNER_SOURCE: '1', NODE_ENV: 'test', NODE_OPTIONS: '' },
    },
  );
  expect(result.status).toBe(0);
  const parts = result.stdout.split(/^(?=Northpass sandbox at )/m).filter(Boolean);
  expect(parts).toHaveLength(files.length);
  for (const [index, name] of files.entries()) outputs.set(name, parts[index] ?? '');
});

const out = (name: string) => outputs.get(name) ?? '';
/** The run and its replay, each from its header on. */
const runAndReplay = (name: string) => out(name).split(/^(?=examples\/\S+ \(replayed\))/m);

describe('the examples of issue 21, with their replays', () => {
  it('Jotform: the ticked courses (one per line) and "Acme, Inc." created as one group', () => {
    const [first = '', replay = ''] = runAndReplay('jotform-registration');
    expect(first).toContain('      group_names: [Acme, Inc.]');
    expect(first).toContain(
      '      course_names: [Product Fundamentals, Partner Sales Certification]',
    );
    expect(first).toContain('      learner_outcome: created');
    expect(first.match(/-> POST \/v2\/groups 201/g)).toHaveLength(1);
    expect(replay).toContain('      learner_outcome: existing');
    expect(replay).not.toContain('-> POST /v2/groups ');
    expect(out('jotform-registration')).toContain('  groups: 1 -> 2\n');
  });

  it('Sheets: "Sales, Support" with Split creates the two groups, once', () => {
    const [first = '', replay = ''] = runAndReplay('sheets-row-teams');
    expect(first).toContain('      group_names: [Sales, Support]');
    expect(first.match(/-> POST \/v2\/groups 201/g)).toHaveLength(2);
    expect(replay).toContain('      learner_group_names: [Sales, Support]');
    expect(replay).not.toContain('-> POST /v2/groups ');
    expect(out('sheets-row-teams')).toContain('  groups: 1 -> 3\n');
  });

  it("Pipedrive: the person's one full name becomes first and last name", () => {
    const [first = '', replay = ''] = runAndReplay('pipedrive-deal-won');
    expect(first).toContain('[ok] won_only: Filter');
    expect(first).toContain('      first_name: Ada\n      last_name: Lovelace\n');
    expect(first).toContain('      group_names: [Analytical Engines Ltd]');
    expect(first).toContain('      content: Northpass: Created learner ada.lovelace@example.com');
    expect(replay).toContain('      learner_outcome: existing');
  });

  it("Calendly: the canceled invitee leaves the event's group and stays in the others", () => {
    const [first = '', replay = ''] = runAndReplay('calendly-cancel-offboard');
    expect(first).toContain(
      '      text: Mary Jackson canceled (Double booked). Removed mary.jackson@example.com from Onboarding Webinar; still in Customers.',
    );
    expect(replay).toContain('      outcome: not_a_member');
    expect(replay).toContain(
      '      summary: No changes: mary.jackson@example.com was not in Onboarding Webinar; still in Customers.',
    );
    expect(out('calendly-cancel-offboard')).toContain('  memberships: 2 -> 1\n');
  });

  it('any course → Slack: the text carries the course, the score and the certificate', () => {
    expect(out('any-course-completion-slack')).toContain(
      '      text: Grace Hopper (grace@example.com) completed Product Fundamentals with a score of 92. Certificate: https://acme-academy.northpass.com/certificates/grace-product-fundamentals.pdf',
    );
  });

  it("New Learner → HubSpot: Company from the learner's group names", () => {
    expect(out('new-learner-hubspot')).toContain('      company: [Acme, Inc.]');
  });
});
