/**
 * `npm start -- FILE.zap.json`: the runner as a person uses it, in its own process, on Zap files
 * from examples/ and on broken ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from '@jest/globals';

const root = resolve(import.meta.dirname, '../..');

/** Runs the runner on the sources (no build needed), as `npm start -- ...args` would. */
const start = (...args: string[]) => {
  const result = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      './scripts/resolve-ts.ts',
      'sandbox/start.ts',
      ...args,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ZAP_RUNNER_SOURCE: '1', NODE_ENV: 'test', NODE_OPTIONS: '' },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
};

const zapFile = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'zap-')), 'broken.zap.json');
  writeFileSync(file, content);
  return file;
};

describe('npm start -- FILE.zap.json', () => {
  it('runs a Zap file given on the command line, printing each step and its outputs', () => {
    const { code, out } = start('examples/typeform-signup.zap.json', '--replay');
    expect(code).toBe(0);
    expect(out).toContain('[ok] partners_only: Filter');
    expect(out).toContain('[ok] company_group: Find Group (created)');
    expect(out).toContain('[ok] company_group: Find Group (found)');
    expect(out).toContain('      group_names: [Analytical Engines Ltd]');
    expect(out).toContain('      learner_outcome: created');
    expect(out).toContain('      learner_outcome: existing');
    expect(out).not.toContain('RSSMEM');
  });

  it.each(readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.zap.json')))(
    'runs examples/%s and its replay without a failed step',
    (name) => {
      const { code, out } = start(`examples/${name}`, '--replay');
      expect(out).toContain('No step failed.');
      expect(code).toBe(0);
    },
  );

  it("runs each file in its own school: a file's `school`, else the default one", () => {
    const { code, out } = start(
      'examples/sheets-row-signup.zap.json',
      'examples/salesforce-churn.zap.json',
      '--replay',
    );
    expect(code).toBe(0);
    const [sheets = '', churn = ''] = out.split(/^(?=Northpass sandbox at )/m);
    expect(sheets).toMatch(
      /^Northpass sandbox at \S+ \(the Zap file's own school "Acme Academy"\)/,
    );
    // the row's keys, mapped: the seeded group and courses are found, none is created
    expect(sheets).toContain('      first_name: Margaret');
    expect(sheets).toContain('      group_names: [Apollo Partners]');
    expect(sheets).toContain('      course_names: [Flight Software 101, Guidance Systems]');
    // Flight Software 101 was assigned to the seeded group already
    expect(sheets).toContain(
      '      summary: Created learner margaret.hamilton@example.com, assigned 1 course to Apollo Partners, added to Apollo Partners.',
    );
    expect(sheets).toContain('      COL$F: Created learner margaret.hamilton@example.com');
    expect(sheets).not.toContain('POST /v2/groups ');
    for (const line of ['courses: 3 -> 3', 'groups: 2 -> 2', 'learners: 1 -> 2']) {
      expect(sheets).toContain(`  ${line}\n`);
    }
    expect(churn).toMatch(/^Northpass sandbox at \S+ \(the default school "Acme Academy"\)/);
    expect(churn).toContain('  courses: 4 -> 4\n');
    expect(churn).not.toContain('Margaret');
  });

  it("shows what another app's step would receive, mappings filled", () => {
    const { code, out } = start('examples/crm-deal-lost.zap.json', '--replay');
    expect(code).toBe(0);
    expect(out).toContain('[ok] crm_note: HubSpot Create Engagement (Note)');
    expect(out).toContain(
      '      body: Northpass: Removed grace@example.com from Existing Customers.',
    );
    expect(out).toContain('      body: Northpass: No changes: grace@example.com is in no group.');
    const crm = start('examples/completion-to-crm.zap.json').out;
    expect(crm).toContain('      lms_score: 92');
    expect(crm).toContain('      lms_status: completed');
  });

  it('runs the webhook example, and fails its step when the caught body was tampered with', () => {
    const { out } = start('examples/webhook-to-crm.zap.json');
    expect(out).toContain('      lms_score: 96');
    expect(out).toContain('3 steps, 0 requests to Northpass');
    const zap = JSON.parse(
      readFileSync(join(root, 'examples/webhook-to-crm.zap.json'), 'utf8'),
    ) as { trigger: { sample: { raw_body: string } } };
    zap.trigger.sample.raw_body = zap.trigger.sample.raw_body.replace('"score":96', '"score":100');
    const tampered = start(zapFile(JSON.stringify(zap)));
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain('[FAILED] event: Read Northpass Webhook Event');
    expect(tampered.out).toContain('Signature: does not match this body and Webhook Secret');
    expect(tampered.out).toContain('[skipped] crm: HubSpot Update Contact');
  });

  it('stops the Zap, as Zapier does, where a search finds nothing', () => {
    const file = zapFile(
      JSON.stringify({
        name: 'Progress of someone unknown',
        trigger: { app: 'A', event: 'E', sample: { email: 'nobody@example.com' } },
        steps: [
          {
            id: 'progress',
            operation: 'find_learner_progress',
            input: { learner: '{{trigger.email}}' },
          },
          {
            id: 'crm',
            app: 'HubSpot',
            action: 'Update Contact',
            input: { s: '{{progress.status}}' },
          },
        ],
      }),
    );
    const { code, out } = start(file);
    expect(code).toBe(0);
    expect(out).toContain('[stopped] progress: Find Learner Progress');
    expect(out).toContain('Nothing found: Zapier stops the Zap here');
    expect(out).toContain('[skipped] crm: HubSpot Update Contact');
  });

  it('stops quietly where a filter does not pass', () => {
    const file = zapFile(
      JSON.stringify({
        name: 'Only partners',
        trigger: { app: 'Typeform', event: 'New Entry', sample: { role: 'Student' } },
        steps: [
          { id: 'partners_only', filter: { value: '{{trigger.role}}', equals: 'Partner' } },
          { id: 'group', operation: 'create_group', input: { name: 'Never' } },
        ],
      }),
    );
    const { code, out } = start(file);
    expect(code).toBe(0);
    expect(out).toContain('[filtered] partners_only: Filter');
    expect(out).toContain('[skipped] group: Create Group');
  });

  it.each([
    ['invalid JSON', '{"name": ', /broken\.zap\.json is not a readable JSON file/],
    [
      'an unknown operation',
      JSON.stringify({
        name: 'x',
        trigger: { app: 'A', event: 'E', sample: {} },
        steps: [{ id: 'enrol', operation: 'enroll_learner', input: {} }],
      }),
      /Step "enrol": the app has no action or search "enroll_learner"/,
    ],
    [
      'a mapping that names nothing',
      JSON.stringify({
        name: 'x',
        trigger: { app: 'A', event: 'E', sample: { email: 'ada@example.com' } },
        steps: [
          { id: 'learner', operation: 'create_learner', input: { email: '{{trigger.email}}' } },
          {
            id: 'membership',
            operation: 'add_learner_to_group',
            input: { learner: '{{learner.uuid}}', groups: ['Existing Customers'] },
          },
        ],
      }),
      /Step "membership", field "learner": \{\{learner\.uuid\}\} names nothing: "learner" has no field "uuid"\./,
    ],
    [
      'a mapping to a key the row does not have',
      JSON.stringify({
        name: 'x',
        trigger: {
          app: 'Google Sheets',
          event: 'New Spreadsheet Row',
          sample: { COL$A: 'ada@example.com', 'First Name': 'Ada', row_id: 2 },
        },
        steps: [
          { id: 'learner', operation: 'create_learner', input: { email: '{{trigger.COL$B}}' } },
        ],
      }),
      /^Step "learner", field "email": \{\{trigger\.COL\$B\}\} names nothing: "trigger" has no field "COL\$B"\. It has: "COL\$A", "row_id", "First Name" \(closest first\)\.$/m,
    ],
    [
      'a school whose learner is in a group it does not have',
      JSON.stringify({
        name: 'x',
        trigger: { app: 'A', event: 'E', sample: {} },
        steps: [{ id: 'group', operation: 'create_group', input: { name: 'Partners' } }],
        school: {
          groups: [{ name: 'Partners' }],
          learners: [
            { email: 'a@example.com', first_name: 'A', last_name: 'B', groups: ['Partnres'] },
          ],
        },
      }),
      /^\S+: school, learner 1, field "groups": "Partnres" is not one of the school's groups \("Partners"\)\.$/m,
    ],
    [
      'a step without its operation',
      JSON.stringify({
        name: 'x',
        trigger: { app: 'A', event: 'E', sample: {} },
        steps: [{ id: 'a', input: {} }],
      }),
      /step "a"/,
    ],
    [
      'an inherited field',
      JSON.stringify({
        name: 'x',
        trigger: { app: 'A', event: 'E', sample: { email: 'ada@example.com' } },
        steps: [
          {
            id: 'learner',
            operation: 'create_learner',
            input: { email: '{{trigger.constructor}}' },
          },
        ],
      }),
      /Step "learner", field "email": \{\{trigger\.constructor\}\} names nothing: "trigger" has no field "constructor"\./,
    ],
    [
      'a sample nested 60 levels deep',
      `{"name": "x", "trigger": {"app": "A", "event": "E", "sample": ${'{"a": '.repeat(60)}1${'}'.repeat(60)}}, "steps": []}`,
      /^\S+ nests objects or lists more than 50 levels deep; no form or CRM sends that\.$/m,
    ],
    [
      'a sample nested 100,000 levels deep',
      `{"name": "x", "trigger": {"app": "A", "event": "E", "sample": ${'['.repeat(100_000)}${']'.repeat(100_000)}}, "steps": []}`,
      /more than 50 levels deep|is not a readable JSON file/,
    ],
  ])('refuses %s, naming the step and field, and exits 2', (_what, content, message) => {
    const { code, err } = start(zapFile(content));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    // one line, no stack
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file over 1 MB in one line, echoing none of it', () => {
    const sample = { notes: 'x'.repeat(1_100_000) };
    const { code, err } = start(
      zapFile(JSON.stringify({ name: 'x', trigger: { app: 'A', event: 'E', sample }, steps: [] })),
    );
    expect(code).toBe(2);
    expect(err.trim()).toMatch(
      /^\S+ is 1\.1 MB; a Zap file holds at most 1 MB \(one sample, not a data set\)\.$/,
    );
  });

  it('shows a large sample only as a preview', () => {
    const sample = { email: 'ada@example.com', notes: 'y'.repeat(500_000) };
    const { out } = start(
      zapFile(
        JSON.stringify({
          name: 'x',
          trigger: { app: 'A', event: 'E', sample },
          steps: [{ id: 'crm', app: 'CRM', action: 'Note', input: { text: '{{trigger.notes}}' } }],
        }),
      ),
    );
    expect(out).toContain('Trigger: A E {"email":"ada@example.com","notes":"yyy');
    expect(out).toContain('      text: yyy');
    expect(out.length).toBeLessThan(2_000);
  });
});
