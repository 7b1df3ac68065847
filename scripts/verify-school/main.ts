import { createInterface } from 'node:readline/promises';

import { DEFAULT_BASE_URL } from '../../src/client/config.js';
import { ask } from './answers.js';
import { CannotRun, Client } from './client.js';
import { adminPage, Ledger } from './cleanup.js';
import { schoolName } from './reads.js';
import { exitCode, formatReport, writeJson } from './report.js';
import { verifySchool } from './verify.js';
import { testRecords } from './writes.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether a person can answer a question (stdin is a terminal). */
  isTTY: boolean;
  /** Asks the person to confirm; true to go on. */
  confirm?: (question: string) => Promise<boolean>;
}

export interface MainOptions {
  argv: string[];
  env: Record<string, string | undefined>;
  io?: Io;
  /** Requests a second (5 unless told; the tests' sandbox takes more). */
  perSecond?: number;
  /** Listen to SIGINT and SIGTERM (the command line: yes). */
  signals?: boolean;
}

const USAGE = `Usage: npm run verify-school [-- --write [--yes]] [-- --json FILE]
  (no option)  asks only questions that change nothing
  --write      also creates a test group and learner, and removes them at the end
  --yes        with --write: do not ask for confirmation
  --json FILE  also writes the answers to FILE for the app's maintainer`;

const terminal = (): Io => ({
  out: (text) => {
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    process.stderr.write(`${text}\n`);
  },
  isTTY: process.stdin.isTTY,
  confirm: async (question) => {
    const lines = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return /^\s*y(es)?\s*$/i.test(await lines.question(question));
    } finally {
      lines.close();
    }
  },
});

/** The URL without credentials (to print and to send to), and the credentials as a header. */
const parseUrl = (raw: string | undefined) => {
  const url = new URL((raw?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, ''));
  const secret = url.password;
  const basic =
    url.username || url.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
      : undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  return { base: url.toString().replace(/\/+$/, ''), secret, basic };
};

/** `npm run verify-school`: the exit code (3 could not run, 2 left behind, 1 will not work, 0 OK). */
export const main = async ({
  argv,
  env,
  io = terminal(),
  perSecond,
  signals = false,
}: MainOptions): Promise<number> => {
  const write = argv.includes('--write');
  const yes = argv.includes('--yes');
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const unknown = argv.filter(
    (arg, i) => !['--write', '--yes', '--json'].includes(arg) && i !== jsonAt + 1,
  );
  if (argv.includes('--help') || unknown.length > 0 || (jsonAt >= 0 && !jsonFile)) {
    io.err(USAGE);
    return argv.includes('--help') ? 0 : 3;
  }
  const apiKey = env.NORTHPASS_API_KEY?.trim();
  if (!apiKey) {
    io.err('Set NORTHPASS_API_KEY to the key from Northpass admin: Apps > API Access.');
    return 3;
  }
  let url: ReturnType<typeof parseUrl>;
  try {
    url = parseUrl(env.NORTHPASS_API_URL);
  } catch {
    io.err('NORTHPASS_API_URL is not a web address. Leave it out to ask Northpass itself.');
    return 3;
  }
  const hide = (text: string) =>
    [apiKey, url.secret]
      .filter((s) => s.length >= 3)
      .reduce((t, s) => t.split(s).join('[hidden]'), text);
  const out = (text: string) => {
    io.out(hide(text));
  };
  const client = new Client({
    baseUrl: url.base,
    apiKey,
    perSecond,
    ...(url.basic ? { authorization: url.basic } : {}),
  });

  let school: string | undefined;
  try {
    const answer = await ask(client, { path: '/v2/properties/school' });
    if (answer.status === 404 || answer.body === 'page') {
      await ask(client, { path: '/v2/courses', params: { limit: 1 } });
    }
    school = schoolName(answer);
  } catch (error) {
    io.err(
      hide(
        `Could not ask ${url.base}: ${error instanceof CannotRun ? error.message : 'no answer.'}`,
      ),
    );
    return 3;
  }
  out(`School: ${school ? `“${school}”` : 'its name is hidden from this key'} (${url.base})`);

  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const names = testRecords(stamp);
  if (write) {
    out(
      [
        '',
        'With --write this check creates, in this school, and removes at the end:',
        `- the group “${names.group}” (and, if Northpass allows, a second one of the same name and one in other letter case)`,
        `- the learner ${names.email} (Northpass emails an invitation there, which goes nowhere; it is sent again once)`,
        '- the learner joins that group, and one published course is assigned to that group only',
        "Side effects: the school's webhooks fire for the test learner and group, and any Zap on New Learner or New Group sees them.",
      ].join('\n'),
    );
    if (!yes) {
      if (!io.isTTY || !io.confirm) {
        io.err(
          'Not run: --write needs a confirmation, and there is no terminal to ask. Add --yes to go on without asking.',
        );
        return 3;
      }
      if (!(await io.confirm('Create these test records now? Type yes to go on: '))) {
        io.err('Not run: nothing was created.');
        return 3;
      }
    }
  }
  out(
    `\nAsking ${write ? 'every question' : 'the questions that change nothing'}, at most 5 requests a second: this takes a minute or two.`,
  );

  const ledger = new Ledger(stamp);
  let stopCode = 130;
  const stop = (signal: NodeJS.Signals) => {
    if (client.stopping) {
      const open = ledger.open;
      for (const record of open) out(`Left: “${record.label}”: ${adminPage(record)}`);
      process.exit(open.length > 0 ? 2 : stopCode);
    }
    stopCode = signal === 'SIGTERM' ? 143 : 130;
    client.stopping = true;
    out('\nStopping: removing the test records first (press Ctrl-C again to quit at once).');
  };
  if (signals) {
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
  try {
    const report = await verifySchool(client, {
      write,
      stamp,
      ledger,
      progress: (index, count, words) => {
        out(`question ${index} of ${count}: ${words}`);
      },
    });
    if (jsonFile) {
      writeJson(jsonFile, report, school);
      out(`\nThe answers are also in ${jsonFile}.`);
    }
    out(`\n${formatReport(report)}`);
    return exitCode(report, stopCode);
  } finally {
    if (signals) {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  }
};
