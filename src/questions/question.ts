import type { ZodMiniType } from 'zod/mini';

/** A sandbox switch setting: the value one switch takes in one position. */
export type SwitchValue = string | number | boolean | null;

/** One way Northpass might answer instead of the hoped way, and what it costs the app. */
export interface Alternative {
  /** The answer in plain words. */
  label: string;
  /**
   * The sandbox switch settings that play this answer, e.g. `{ duplicateEmail: 'reject-409' }`;
   * empty when the sandbox cannot play it (the app does not depend on it).
   */
  switches: Readonly<Record<string, SwitchValue>>;
  /** What it costs the app, in plain words and requests. */
  cost: string;
  /** The app's result: the same, the same but slower, or the operation cannot work. */
  effect: 'same' | 'slower' | 'not-available';
}

/**
 * One detail of Northpass's API that its documentation leaves open: what the app hopes, every
 * other answer the sandbox can play, what the app learns and remembers, which operations it
 * touches, and the `npm run verify-school` probe that asks a real school. Plain data.
 */
export interface Question {
  /** Stable, kebab-case. */
  id: string;
  /** The question, in plain words. */
  asks: string;
  /** The answer the app hopes for (what the sandbox does by default). */
  hope: string;
  /** The sandbox switches that play this question's answers: each belongs to one question. */
  owns: readonly string[];
  alternatives: readonly Alternative[];
  /** What the app learns about it, kept per connection (a key of the learned facts). */
  fact?: { key: string; schema: ZodMiniType };
  /** The operations (keys in index.ts) the answer changes, and when. */
  operations: { keys: readonly string[]; when: string };
  /** The verify-school probe that asks a real school (a verdict key, before any `:`). */
  probe: string;
  /** The docs table's cells: what happens if Northpass answers otherwise, and what it costs. */
  readme: { ifNot: string; cost: string };
}
