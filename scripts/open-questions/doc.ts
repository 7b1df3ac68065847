import prettier from 'prettier';

import type { Question } from '../../src/questions/index.js';

export const DOC_PATH = 'docs/open-questions.md';

const INTRO = `# What Northpass leaves open, and what the app does

<!-- Generated from src/questions/ by scripts/open-questions-doc.ts: edit those, then run
\`npm run docs:questions\`. A unit test fails while this file and the registry differ. -->

Northpass's API documentation leaves some details open: paths it does not document, parameters
it may ignore, statuses it may answer. Each one is an entry in the registry of open questions
(\`src/questions/\`, one file a question), and this page is made from it.

The app is correct whichever way Northpass answers. It takes the cheap path when Northpass
behaves as hoped, finds out otherwise from the answers themselves, and remembers what it learned
for the connection (in \`z.cache\`, for seven days; a stale fact costs a request, never a wrong
result). A refusal that may mean "already so" (a known email, a member added twice, a non-member
removed) is believed only when a read confirms it, or, when no read can tell, Northpass's own
words say so. The unverified paths and parameters themselves live in \`src/client/behaviour.ts\`, so one
edit corrects a guess everywhere.

Each other way Northpass might answer is a sandbox switch position, and the end-to-end tests run
the main job in every one. \`npm run verify-school\` asks a real school each question (its probe
is named below) and prints what it answered and what the app will do.
`;

/** A table cell: one line, its pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** Text as a sentence: a capital first, a full stop last. */
const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
};

const row = (question: Question) => {
  const hope = `**${question.asks}** ${sentence(question.hope)} (\`${question.id}\`)`;
  const alternatives = question.alternatives
    .map(
      (alternative) =>
        `${alternative.label}${alternative.effect === 'not-available' ? ' (the operation cannot work)' : ''}`,
    )
    .join('; ');
  const ifNot = `${sentence(question.readme.ifNot)} Alternatives: ${alternatives}.`;
  const operations =
    question.operations.keys.length > 0
      ? `${question.operations.keys.map((key) => `\`${key}\``).join(', ')}: ${question.operations.when}`
      : question.operations.when;
  const probe = ` Probe: \`${question.probe}\`.`;
  return `| ${[hope, ifNot, sentence(question.readme.cost), `${sentence(operations)}${probe}`].map(cell).join(' | ')} |`;
};

/** docs/open-questions.md as made from the registry, formatted as Prettier would. */
export const openQuestionsDoc = async (registry: readonly Question[]): Promise<string> => {
  const text = [
    INTRO,
    '| What we hope | What happens if not | Cost | Operations affected |',
    '| --- | --- | --- | --- |',
    ...registry.map(row),
    '',
  ].join('\n');
  const options = await prettier.resolveConfig(DOC_PATH);
  return prettier.format(text, { ...options, filepath: DOC_PATH });
};

/** The table's rows in a document (after its header and separator). */
export const tableRows = (doc: string): string[] =>
  doc
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2);
