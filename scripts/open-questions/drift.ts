import type { Question } from '../../src/questions/index.js';

/** Everything the registry of open questions must agree with, each read from where it lives. */
export interface DriftInputs {
  /** The sandbox's switches (their defaults), environment ones included. */
  switches: Readonly<Record<string, unknown>>;
  /** Switches of the environment (latency, rate limit): no question's. */
  environment: readonly string[];
  /** Each switch's JSON schema, to check the values an alternative sets. */
  schema?: Readonly<Record<string, { enum?: readonly unknown[] }>>;
  /** The end-to-end tests' position groups, each the question ids it runs. */
  positions: Readonly<Record<string, readonly string[]>>;
  /** The verify-school probes, each with the question id it answers. */
  probes: Readonly<Record<string, string>>;
  /** The rows of docs/open-questions.md's table, as written. */
  docsRows: readonly string[];
  /** The app's operation keys. */
  operations?: readonly string[];
}

/** The question id a docs row is for: the `(`id`)` that ends its first cell. */
export const docsRowId = (row: string): string | undefined =>
  /^\|[^|]*\(`([a-z0-9-]+)`\)\s*\|/.exec(row)?.[1];

const playable = (question: Question) =>
  question.alternatives.some((alternative) => Object.keys(alternative.switches).length > 0);

/** Where the registry and the rest have drifted apart, one line a problem; none: no drift. */
export const driftProblems = (registry: readonly Question[], inputs: DriftInputs): string[] => {
  const problems: string[] = [];
  const ids = registry.map((question) => question.id);
  const known = new Set(ids);
  const twice = (values: readonly string[]) => [
    ...new Set(values.filter((value, index) => values.indexOf(value) !== index)),
  ];

  for (const id of twice(ids)) problems.push(`question id ${id} is used twice`);
  for (const id of ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) {
    problems.push(`question id ${id} is not kebab-case`);
  }
  const facts = registry.flatMap((question) => (question.fact ? [question.fact.key] : []));
  for (const key of twice(facts)) problems.push(`fact ${key} belongs to two questions`);
  // positions are named by their labels
  const labels = registry.flatMap((question) =>
    question.alternatives.flatMap((a) => (Object.keys(a.switches).length > 0 ? [a.label] : [])),
  );
  for (const label of twice(labels)) problems.push(`position "${label}" is listed twice`);

  // switches: each of the sandbox's belongs to one question, and every setting is one it accepts
  const sandbox = Object.keys(inputs.switches);
  for (const name of sandbox.filter((name) => !inputs.environment.includes(name))) {
    const owners = registry.filter((question) => question.owns.includes(name));
    if (owners.length === 0) problems.push(`switch ${name} belongs to no question`);
    if (owners.length > 1) {
      problems.push(`switch ${name} belongs to ${owners.map((q) => q.id).join(' and ')}`);
    }
  }
  for (const question of registry) {
    for (const name of question.owns) {
      if (!sandbox.includes(name)) {
        problems.push(`${question.id} owns ${name}, which the sandbox does not have`);
      } else if (!question.alternatives.some((alternative) => name in alternative.switches)) {
        problems.push(`${question.id} owns ${name}, but none of its alternatives sets it`);
      }
    }
    for (const { label, switches } of question.alternatives) {
      for (const [name, value] of Object.entries(switches)) {
        const allowed = inputs.schema?.[name]?.enum;
        if (!sandbox.includes(name)) {
          problems.push(`${question.id}: "${label}" sets ${name}, which the sandbox does not have`);
        } else if (inputs.environment.includes(name)) {
          problems.push(`${question.id}: "${label}" sets ${name}, a switch of the environment`);
        } else if (allowed && !allowed.includes(value)) {
          problems.push(
            `${question.id}: "${label}" sets ${name} to ${JSON.stringify(value)}, which the sandbox does not accept`,
          );
        }
      }
    }
  }

  // positions: every question the sandbox can play is in exactly one group
  const groups = Object.entries(inputs.positions);
  for (const [group, members] of groups) {
    for (const id of members.filter((id) => !known.has(id))) {
      problems.push(`positions group ${group} names ${id}, which is no question`);
    }
  }
  for (const question of registry.filter(playable)) {
    const in_ = groups.filter(([, members]) => members.includes(question.id)).map(([g]) => g);
    if (in_.length === 0) problems.push(`${question.id} is in no positions group`);
    if (in_.length > 1) problems.push(`${question.id} is in positions groups ${in_.join(' and ')}`);
  }

  // probes: every question's is implemented and answers it; every probe answers a question
  for (const question of registry) {
    const answers = inputs.probes[question.probe];
    if (answers === undefined) {
      problems.push(`${question.id}: verify-school has no probe ${question.probe}`);
    } else if (answers !== question.id) {
      problems.push(`${question.id}: probe ${question.probe} answers ${answers} instead`);
    }
  }
  for (const [probe, id] of Object.entries(inputs.probes)) {
    if (!known.has(id)) problems.push(`probe ${probe} answers ${id}, which is no question`);
  }

  // docs: one row a question, in the registry's order
  const rows = inputs.docsRows.map(docsRowId);
  for (const id of ids.filter((id) => !rows.includes(id))) {
    problems.push(`${id} has no row in docs/open-questions.md`);
  }
  for (const id of rows) {
    if (id === undefined || !known.has(id)) {
      problems.push(`docs/open-questions.md has a row for ${id ?? 'no question'}`);
    }
  }

  if (inputs.operations) {
    for (const question of registry) {
      for (const key of question.operations.keys) {
        if (!inputs.operations.includes(key)) {
          problems.push(`${question.id} affects ${key}, which is no operation`);
        }
      }
    }
  }
  return problems;
};
