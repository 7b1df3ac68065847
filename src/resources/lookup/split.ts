import { defineField } from '../../lib/fields.js';
import { invalidInput, optionalText, quote } from '../../lib/inputs.js';

/**
 * How a list field reads a value with commas. Forms and CRMs put several choices in one value
 * ("Sales, Support"), and company names have commas ("Acme, Inc."); line breaks always separate
 * values (the field's check splits on them before any cleaning).
 */
export type SplitMode = 'auto' | 'split' | 'never';

const choices: Record<SplitMode, string> = {
  auto: 'Auto: split only when every part is a name',
  split: 'Split: every comma separates names',
  never: 'Never: commas are part of the name',
};

export const SPLIT_LABEL = 'Commas in Names';

export const splitValuesField = defineField(
  {
    key: 'split_values',
    label: SPLIT_LABEL,
    required: false,
    default: 'auto',
    choices,
    helpText:
      'How a value with commas is read. Auto: "Acme, Inc." is one name when a record has it or when no part is a name (then it can be created as one); "Sales, Support" is two when both exist. Split: every part is a name (created if missing). Never: the whole value is one name. Line breaks always separate names.',
  },
  (value, label): SplitMode => {
    const mode = optionalText(value, label)?.toLowerCase() ?? 'auto';
    if (!Object.hasOwn(choices, mode)) {
      throw invalidInput(label, `${quote(mode)} is not one of auto, split or never.`);
    }
    return mode as SplitMode;
  },
);

/** The split mode among an operation's checked inputs (auto where the operation has no field). */
export const splitModeOf = (inputs: Record<string, unknown>): SplitMode =>
  (inputs[splitValuesField.input.key] as SplitMode | undefined) ?? 'auto';

/** The parts of a value a list field may have got comma-joined ("Sales,Support"). */
export const commaParts = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
