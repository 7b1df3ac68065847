/**
 * `npm run verify-school` against the sandbox: in positions that, together, put every switch it
 * asks about in every position (each verdict must name what the sandbox does); read-only by
 * default; slow and rate-limited schools, a stop and a failed removal leave nothing behind
 * unseen; missing write routes are named. No run may print the key.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { SANDBOX_API_KEY, type Sandbox } from '../../sandbox/server.ts';
import { defaultSwitches, type Switches } from '../../sandbox/store.ts';
import { Client } from '../../scripts/verify-school/client.js';
import { main } from '../../scripts/verify-school/main.js';
import { verifySchool } from '../../scripts/verify-school/verify.js';
import { useSandbox } from './sandbox-helpers.js';
import { expectedFindings, positions } from './verify-school-positions.js';

const sandbox = useSandbox();
const root = resolve(import.meta.dirname, '../..');

/** How many records of each kind the school has (invitations sent are not records). */
const recordCounts = () => {
  const counts: Partial<ReturnType<Sandbox['store']['counts']>> = sandbox.current().store.counts();
  delete counts.invitations_sent;
  return counts;
};

const writesSent = () =>
  sandbox.current().store.log.filter((entry) => entry.method !== 'GET').length;

/** Enough learners for every read-only question, so that a run answers them all. */
const moreLearners = () => {
  const { store } = sandbox.current();
  const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
  const customers = sandbox.idOf('groups', 'Existing Customers');
  const lin = store.createPerson({ email: 'lin@example.com' }, new Date('2026-01-01T00:00:00Z'));
  store.addMembers(customers, [lin.person.id]);
  store.setProgress(lin.person.id, fundamentals, 30, new Date('2026-07-01T00:00:00Z'));
  store.addMembers(customers, [store.createPerson({ email: 'idle@example.com' }).person.id]);
};

/** Runs the script as a person would; `onLine` sees each line of its output as it comes. */
const runScript = (
  args: string[],
  {
    url = sandbox.url(),
    onLine,
  }: { url?: string; onLine?: (line: string, stop: (signal: NodeJS.Signals) => void) => void } = {},
) =>
  new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        '--import',
        './scripts/resolve-ts.ts',
        'scripts/verify-school.ts',
        ...args,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          NORTHPASS_API_KEY: SANDBOX_API_KEY,
          NORTHPASS_API_URL: url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) onLine?.(line, (signal) => child.kill(signal));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      done({ code, output });
    });
  });

/** Runs main in this process, with the sandbox's rate raised so that the pacing is quick. */
const runMain = async (argv: string[], io: { isTTY?: boolean } = {}) => {
  sandbox.switches({ rateLimitPerSecond: 1000 });
  const lines: string[] = [];
  const code = await main({
    argv,
    env: { NORTHPASS_API_KEY: SANDBOX_API_KEY, NORTHPASS_API_URL: sandbox.url() },
    perSecond: 200,
    io: {
      out: (text) => lines.push(text),
      err: (text) => lines.push(text),
      isTTY: io.isTTY ?? false,
    },
  });
  return { code, output: lines.join('\n') };
};

const tableRows = (output: string) => output.split('\n').filter((line) => line.startsWith('| '));

describe.each(positions)('verify-school --write with %s', (_label, switches) => {
  it('finds what the sandbox does for every question, and leaves nothing behind', async () => {
    sandbox.switches({ ...switches, rateLimitPerSecond: 1000 });
    moreLearners();
    const before = recordCounts();
    const client = new Client({ baseUrl: sandbox.url(), apiKey: SANDBOX_API_KEY, perSecond: 200 });

    const report = await verifySchool(client, { write: true, stamp: '20260101000000' });

    const findings = Object.fromEntries(
      report.verdicts.map((verdict) => [verdict.key, verdict.finding]),
    );
    expect(findings).toEqual(expectedFindings({ ...defaultSwitches, ...switches }));
    expect(report).toMatchObject({ unanswered: [], leftBehind: [] });
    expect(report.failure).toBeUndefined();
    expect(recordCounts()).toEqual(before);
    expect(
      sandbox.current().store.findGroupByName('zz-verify-school 20260101000000'),
    ).toBeUndefined();
  });
});

describe('npm run verify-school', () => {
  it('asks only read-only questions by default: no write sent, a full table, no key', async () => {
    const { code, output } = await runScript([], {
      url: sandbox.url().replace('http://', 'http://admin:pa55word@'),
    });
    expect(output).toContain('School: “Acme Academy”');
    expect(tableRows(output)).toHaveLength(2 + 28);
    expect(output).toContain('not asked (needs --write)');
    expect(output).toMatch(/they leave .*Add Course to Group.* unconfirmed/);
    expect(output).toContain('question 15 of 28');
    expect(writesSent()).toBe(0);
    expect(code).toBe(0);
    expect(output).not.toContain(SANDBOX_API_KEY);
    expect(output).not.toContain('pa55word');
  });

  it.each<[string, Partial<Switches>]>([
    ['at 700 ms a request', { latencyMs: 700 }],
    ['at a limit of 3 requests a second', { rateLimitPerSecond: 3 }],
  ])(
    'with --write --yes %s, finishes and leaves nothing',
    async (_label, switches) => {
      sandbox.switches(switches);
      const before = recordCounts();
      const { code, output } = await runScript(['--write', '--yes']);
      expect(output).toContain('zz-verify-school');
      expect(output).toContain('All 25 operations will work.');
      expect(code).toBe(0);
      expect(recordCounts()).toEqual(before);
      expect(output).not.toContain(SANDBOX_API_KEY);
    },
    300_000,
  );

  it('on SIGTERM in the write phase, cleans up first', async () => {
    sandbox.switches({ latencyMs: 100 });
    const before = recordCounts();
    let sent = false;
    const { code, output } = await runScript(['--write', '--yes'], {
      onLine: (line, stop) => {
        if (!sent && line.startsWith('question 18 of')) {
          sent = true;
          stop('SIGTERM');
        }
      },
    });
    expect(sent).toBe(true);
    expect(output).toContain('Stopping: removing the test records first');
    if (code === 2) expect(output).toContain('please delete them by hand');
    else {
      expect(code).toBe(143);
      expect(recordCounts()).toEqual(before);
    }
  }, 120_000);

  it('when a removal fails, removes the rest and names what remains', async () => {
    // the first group's removal fails, its retries too; the learner and the second group go
    await sandbox.control('faults', {
      kind: 'status',
      status: 500,
      method: 'DELETE',
      path: '/v2/groups/*',
      count: 3,
    });
    const { code, output } = await runMain(['--write', '--yes']);
    expect(code).toBe(2);
    const left = [...sandbox.current().store.groups.values()].filter((g) =>
      g.name?.includes('zz-verify-school'),
    );
    expect(left).toHaveLength(1);
    expect(output).toContain(`the group “${left[0]?.name}”: Northpass admin > Groups`);
    expect(
      [...sandbox.current().store.people.values()].some((p) =>
        p.email?.includes('zz-verify-school'),
      ),
    ).toBe(false);
  });

  it('names the operations that cannot work when both write routes are missing', async () => {
    for (const path of ['/v2/groups/*/relationships/courses', '/v2/people/*/invitations']) {
      await sandbox.control('faults', {
        kind: 'status',
        status: 404,
        method: 'POST',
        path,
        count: 5,
      });
    }
    const before = recordCounts();
    const file = join(mkdtempSync(join(tmpdir(), 'verify-')), 'answers.json');
    const { code, output } = await runMain(['--write', '--yes', '--json', file]);
    expect(code).toBe(1);
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      verdicts: { id: string; effect: string; answer: string }[];
    };
    const effects = Object.fromEntries(
      json.verdicts.map((verdict) => [verdict.id, verdict.effect]),
    );
    expect(effects).toMatchObject({
      'course-assignment': 'not-available',
      'invitation-path': 'not-available',
      'school-name': 'ok',
    });
    expect(new Set(json.verdicts.map((verdict) => verdict.id)).size).toBe(24);
    const summary = output.trimEnd().split('\n').at(-1) ?? '';
    expect(summary).toContain('Add Course to Group');
    expect(summary).toContain('Resend Invitation');
    expect(summary).toMatch(/will not work\. Send this report to the app's maintainer\.$/);
    expect(output).not.toContain('{');
    expect(recordCounts()).toEqual(before);
  });

  it('does not take a refused assignment for a working one', async () => {
    await sandbox.control('faults', {
      kind: 'status',
      status: 422,
      detail: 'Course must be published',
      method: 'POST',
      path: '/v2/groups/*/relationships/courses',
    });
    const { code, output } = await runMain(['--write', '--yes']);
    expect(code).toBe(1);
    expect(output).toContain('HTTP 422 (“Course must be published”)');
    expect(output).toMatch(/Add Course to Group.*will not work/);
  });

  it('refuses --write without --yes where there is no terminal to ask', async () => {
    const { code, output } = await runMain(['--write']);
    expect(code).toBe(3);
    expect(output).toContain('Add --yes to go on without asking');
    expect(writesSent()).toBe(0);
  });

  it('says a refused key in words, and exits 3', async () => {
    sandbox.switches({ rateLimitPerSecond: 1000 });
    const lines: string[] = [];
    const code = await main({
      argv: [],
      env: { NORTHPASS_API_KEY: 'wrong-key-123', NORTHPASS_API_URL: sandbox.url() },
      io: { out: (t) => lines.push(t), err: (t) => lines.push(t), isTTY: false },
    });
    expect(code).toBe(3);
    expect(lines.join('\n')).toContain('Northpass refused this API key (HTTP 401)');
    expect(lines.join('\n')).not.toContain('wrong-key-123');
  });
});
