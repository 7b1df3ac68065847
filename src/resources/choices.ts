import { nameKey } from './lookup/names.js';

/** A record as a dropdown shows it: its name, and what else may tell it from a namesake. */
export interface Choice {
  id: string;
  name: string;
  /** Shown in brackets after the name always, e.g. "draft"; null for none. */
  mark?: string | null;
  /** What tells it from a namesake, e.g. "12 members, created 2026-03-02"; null for none. */
  detail?: string | null;
}

/** How many characters of an ID tell it apart in a dropdown. */
const ID_START = 8;

/**
 * The label each record shows in a dropdown: its name, its mark in brackets, and, when another
 * record on the page has the same name (letter case and spacing ignored, as every name field
 * matches), its detail, or the start of its ID when the detail is missing or shared with a
 * namesake.
 */
export const choiceLabels = (choices: readonly Choice[]): string[] => {
  const byName = new Map<string, Choice[]>();
  for (const choice of choices) {
    const key = nameKey(choice.name);
    const same = byName.get(key) ?? [];
    // a record listed twice is one record, not a namesake
    if (!same.some((twin) => twin.id === choice.id)) byName.set(key, [...same, choice]);
  }
  return choices.map((choice) => {
    const twins = byName.get(nameKey(choice.name)) ?? [];
    const detail = choice.detail ?? '';
    const shared = twins.filter((twin) => (twin.detail ?? '') === detail).length > 1;
    const told =
      twins.length < 2 ? null : !detail || shared ? `ID ${choice.id.slice(0, ID_START)}` : detail;
    const shown = [choice.mark, told].filter(Boolean).join(', ');
    return shown ? `${choice.name} (${shown})` : choice.name;
  });
};

/** "12 members", "1 member", or null when Northpass gives no count. */
export const membersDetail = (count: number | null): string | null =>
  count === null ? null : `${count} member${count === 1 ? '' : 's'}`;

/** "created 2026-03-02", or null when the record is undated. */
export const createdDetail = (createdAt: string | null | undefined): string | null => {
  const day = createdAt?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `created ${day}` : null;
};

/** The parts of a detail that are known, joined; null when none is. */
export const details = (...parts: (string | null)[]): string | null =>
  parts.filter((part): part is string => part !== null).join(', ') || null;
