import { ask, isSuccess, listed, single, type Answer } from './answers.js';
import type { Client } from './client.js';

/**
 * Every record verify-school creates, registered before its create is sent: if the answer never
 * comes (a stop, a lost connection), the clean-up still looks for it by name or email.
 */
export interface Planned {
  kind: 'people' | 'groups';
  /** The group's name or the learner's email. */
  label: string;
  id?: string;
  /** `planned`: sent, answer unknown; `created`: exists; `none`: nothing was created. */
  state: 'planned' | 'created' | 'none';
}

export class Ledger {
  entries: Planned[] = [];

  /** In every name and email: the clean-up searches for it. */
  readonly stamp: string;

  constructor(stamp: string) {
    this.stamp = stamp;
  }

  /** Registers a record about to be created. */
  plan(kind: Planned['kind'], label: string): Planned {
    const entry: Planned = { kind, label, state: 'planned' };
    this.entries.push(entry);
    return entry;
  }

  /** Settles a planned record by its create's answer; returns the id of the record answered. */
  settle(entry: Planned, answer: Answer): string | undefined {
    const id = single(answer)?.id;
    const known = this.entries.some((other) => other !== entry && other.id === id);
    if (!isSuccess(answer.status) || !id || known) entry.state = 'none';
    else Object.assign(entry, { id, state: 'created' });
    return id;
  }

  /** Records still in the school, or maybe. */
  get open(): Planned[] {
    return this.entries.filter((entry) => entry.state !== 'none');
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Records whose create was sent with no answer, looked up by the run's stamp or email. */
const findUnsettled = async (client: Client, ledger: Ledger): Promise<void> => {
  const unsettled = ledger.entries.filter((entry) => entry.state === 'planned');
  const found: Planned[] = [];
  if (unsettled.some((entry) => entry.kind === 'groups')) {
    const answer = await ask(client, {
      path: '/v2/groups',
      params: { 'filter[name][cont]': ledger.stamp, limit: 100, sort: '-created_at' },
      cleanup: true,
    });
    for (const group of listed(answer)) {
      const name = text(group.attributes.name);
      if (name.includes(ledger.stamp))
        found.push({ kind: 'groups', label: name, id: group.id, state: 'created' });
    }
  }
  for (const email of new Set(unsettled.filter((e) => e.kind === 'people').map((e) => e.label))) {
    const answer = await ask(client, {
      path: '/v2/people',
      params: { 'filter[email][eq]': email, limit: 10 },
      cleanup: true,
    });
    for (const person of listed(answer)) {
      if (text(person.attributes.email).toLowerCase() === email.toLowerCase()) {
        found.push({ kind: 'people', label: email, id: person.id, state: 'created' });
      }
    }
  }
  for (const entry of unsettled) entry.state = 'none';
  for (const entry of found) {
    if (!ledger.entries.some((other) => other.id === entry.id)) ledger.entries.push(entry);
  }
};

/** A request of the clean-up: its errors are answers (status 0), never a stop. */
const tryAsk = async (client: Client, call: Parameters<Client['ask']>[0]) => {
  try {
    return (await ask(client, { ...call, cleanup: true, retry: true })).status;
  } catch {
    return 0;
  }
};

/**
 * Removes every record the run created, each on its own (a failure does not stop the others),
 * then reads each back. Returns what is still there (or could not be checked).
 */
export const removeCreated = async (client: Client, ledger: Ledger): Promise<Planned[]> => {
  try {
    await findUnsettled(client, ledger);
  } catch {
    // what could not be looked up stays listed below as planned
  }
  // learners first: their memberships go with them, then the (empty) groups
  const records = [...ledger.open].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'people' ? -1 : 1,
  );
  for (const record of records) {
    if (!record.id) continue;
    await tryAsk(client, {
      method: 'DELETE',
      path: `/v2/${record.kind}/${encodeURIComponent(record.id)}`,
    });
  }
  const left: Planned[] = [];
  for (const record of records) {
    const status = record.id
      ? await tryAsk(client, { path: `/v2/${record.kind}/${encodeURIComponent(record.id)}` })
      : 0;
    if (status === 404 || status === 410) record.state = 'none';
    else left.push(record);
  }
  return left;
};

/** Where in Northpass admin a record left behind is deleted by hand. */
export const adminPage = (record: Planned): string =>
  record.kind === 'people'
    ? `Northpass admin > People: search “${record.label}”, then Delete`
    : `Northpass admin > Groups: search “${record.label}”, then Delete`;
