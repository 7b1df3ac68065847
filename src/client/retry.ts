import { MIN_REQUEST_BUDGET_MS } from './config.js';
import type { Failure } from './errors.js';

/**
 * The retry rules, all in one place: what the client does after a request failed. A 400 naming
 * a parameter Northpass may not support: once more without it. A 429: wait once inside the step.
 * A 5xx or no answer at all: once more, for requests that are safe to repeat. Anything else is
 * the error the person sees.
 */
/** Pause before retrying a 5xx or a lost answer, long enough for a brief hiccup to pass. */
export const RETRY_DELAY_MS = 300;
/** Longest `Retry-After` waited out inside a step; longer ones go back to Zapier. */
export const MAX_THROTTLE_WAIT_MS = 5_000;
/**
 * Without `Retry-After`, a 429 is waited out for one to three seconds: parallel runs that met the
 * limit together spread their retries over the next seconds of the school's limit.
 */
const throttleWaitMs = (failure: Failure): number =>
  failure.retryAfter ? failure.retryAfter * 1000 : 1_000 + Math.random() * 2_000;

/**
 * The timer the request loop waits on between tries (a 5xx, a 429). One object, so that the unit
 * tests record each wait instead of sleeping through it.
 */
export const retryTimer = {
  sleep: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Whether a 400 is about `name`: its `source.parameter`, or its words, name it. */
const namesParameter = (failure: Failure, name: string): boolean => {
  const { parameter, detail = '' } = failure;
  if (parameter) return parameter === name || parameter.startsWith(`${name}[`);
  const words = detail.toLowerCase();
  const predicate = /\[(\w+)\]$/.exec(name)?.[1];
  return predicate
    ? words.includes(name) ||
        new RegExp(`predicate:? ${predicate}\\b|\\b${predicate} predicate`).test(words)
    : new RegExp(`\\b${name}\\b`).test(words);
};

export const isNoAnswer = (error: unknown): error is Error & { type?: string } =>
  error instanceof Error && error.name === 'FetchError';

/** The retry rules, all of them: what to do after a failed try, or undefined to give up. */
export type NextTry =
  /** `known`: the 400 named them; otherwise they are learned only if the next try works. */
  | { kind: 'drop'; parameters: string[]; known: boolean }
  | { kind: 'wait'; ms: number; retried: boolean; throttled: boolean };

export const nextTry = (
  /** Northpass's answer when it refused; `noAnswer` when none came at all. */
  { failure, noAnswer }: { failure?: Failure; noAnswer: boolean },
  state: { repeatable: boolean; retried: boolean; throttled: boolean; deadline: number },
  droppable: string[],
): NextTry | undefined => {
  // a 400 that names a parameter Northpass may not support: once more without it; a 400 that
  // names nothing at all: once more without every such parameter
  if (failure?.status === 400 && droppable.length > 0) {
    const named = droppable.filter((name) => namesParameter(failure, name));
    if (named.length > 0) return { kind: 'drop', parameters: named, known: true };
    const aboutPaging = /\b(limit|page)\b/i.test(failure.detail ?? '');
    if (!failure.parameter && !aboutPaging) {
      return { kind: 'drop', parameters: [...droppable], known: false };
    }
  }
  // a 429 means nothing was done: wait once inside the step if its budget allows
  if (failure?.status === 429 && !state.throttled) {
    const ms = throttleWaitMs(failure);
    const fits =
      ms <= MAX_THROTTLE_WAIT_MS && Date.now() + ms + MIN_REQUEST_BUDGET_MS < state.deadline;
    return fits ? { kind: 'wait', ms, retried: state.retried, throttled: true } : undefined;
  }
  // a 5xx or no answer at all: once more, for requests that are safe to repeat
  const transient = (failure !== undefined && failure.status >= 500) || noAnswer;
  if (transient && state.repeatable && !state.retried) {
    return { kind: 'wait', ms: RETRY_DELAY_MS, retried: true, throttled: state.throttled };
  }
  return undefined;
};

/**
 * Whether the answer came to a second attempt, after the first got no answer or a 5xx: a write
 * then refused as "already so" may have been done by the first attempt, whose answer was lost.
 * `northpassRequest` sets `afterRetry` on every answer it returns.
 */
export const answeredAfterRetry = (response: object): boolean =>
  'afterRetry' in response && response.afterRetry === true;
