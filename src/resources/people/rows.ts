import { defineField } from '../../lib/fields.js';
import { appErrorFields } from '../../lib/errors.js';
import { invalidInput, optionalText, requiredEmail } from '../../lib/inputs.js';
import { namesOf } from './fields.js';

/** A list of learners as Zapier line items: one row a person, each checked on its own. */

/** The most learners one step takes. */
export const MAX_LEARNER_ROWS = 50;

/** One person of the list (a bad row keeps its email as typed, or blank). */
export interface LearnerRow {
  email: string;
  first_name?: string;
  last_name?: string;
  /** Why the row cannot be used (a bad email): the person fails with it, before any request. */
  problem?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const CHILD = { email: 'Email', first_name: 'First Name', last_name: 'Last Name' } as const;

/** One row: checked, or its problem (a row's problem fails that person only). */
const rowOf = (row: Record<string, unknown>, label: string): LearnerRow => {
  const typed = typeof row.email === 'string' ? row.email.trim() : '';
  try {
    const email = requiredEmail(row.email, `${label} ${CHILD.email}`);
    const names = namesOf({
      first_name: optionalText(row.first_name, `${label} ${CHILD.first_name}`),
      last_name: optionalText(row.last_name, `${label} ${CHILD.last_name}`),
      full_name: optionalText(row.full_name, `${label} Full Name`),
    });
    return { email, ...names };
  } catch (error) {
    const problem = appErrorFields(error)?.message;
    if (problem === undefined) throw error;
    return { email: typed, problem };
  }
};

/**
 * The rows Zapier sends for line items (an array of objects; one object when one row is given):
 * rows with nothing in them are left out, an email given twice is one person (the first row).
 * No rows, or more than 50, refuses the step before any request.
 */
export const learnerRows = (value: unknown, label: string): LearnerRow[] => {
  const items = Array.isArray(value) ? value : blank(value) ? [] : [value];
  const rows = items
    .filter((item): item is Record<string, unknown> => isRecord(item))
    .filter((item) => !Object.values(item).every(blank))
    .map((item) => rowOf(item, label));
  if (items.some((item) => !isRecord(item) && !blank(item))) {
    throw invalidInput(label, 'map line items with an Email each (one row per learner).');
  }
  if (rows.length === 0) {
    throw invalidInput(label, 'add at least one learner: a line item with an Email.');
  }
  if (rows.length > MAX_LEARNER_ROWS) {
    throw invalidInput(
      label,
      `a step takes at most ${MAX_LEARNER_ROWS} learners; ${rows.length} were given. Split the list across steps or Zap runs.`,
    );
  }
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (row.problem) return true;
    if (seen.has(row.email)) return false;
    seen.add(row.email);
    return true;
  });
};

/** The Learners line items: Email (required), First Name, Last Name, Full Name. */
export const learnerRowsField = defineField(
  {
    key: 'learners',
    label: 'Learners',
    required: true,
    children: [
      {
        key: 'email',
        label: CHILD.email,
        required: true,
        helpText: `One line item per learner, up to ${MAX_LEARNER_ROWS} (the contacts of a deal, the attendees of an order, rows of a sheet): the learner's email. A new learner is created and invited (unless your school uses SSO), an existing one found; a bad email fails that learner only.`,
      },
      { key: 'first_name', label: CHILD.first_name, required: false },
      { key: 'last_name', label: CHILD.last_name, required: false },
      {
        key: 'full_name',
        label: 'Full Name',
        required: false,
        helpText:
          'Used only when First Name and Last Name are both blank: "Lovelace, Ada" is read as last, first; otherwise the first word is the first name.',
      },
    ],
  },
  learnerRows,
);
