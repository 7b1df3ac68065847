import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { recall, remember } from '../lib/shared.js';
import { questions, type RegisteredQuestion } from '../questions/index.js';
import { baseUrl } from './config.js';
import { oncePerRun } from './run.js';

type WithFact = Extract<RegisteredQuestion, { fact: unknown }>;

/** Each registered question's fact, optional: `{ personUpdateVerb?: 'PUT' | 'PATCH', … }`. */
type FactsShape = {
  [Q in WithFact as Q['fact']['key']]: zod.ZodMiniOptional<Q['fact']['schema']>;
};

/**
 * What the app has found out about how Northpass answers the questions its documentation leaves
 * open (src/questions/): each question's `fact`. Facts only choose which request to try first:
 * every answer is still checked, so a stale fact costs a request, never a wrong result. Learned
 * once, they are kept for the run and shared with later runs on the same connection through
 * `z.cache`.
 */
const factsSchema = zod.object(
  Object.fromEntries(
    questions.flatMap((question) =>
      'fact' in question ? [[question.fact.key, zod.optional(question.fact.schema)]] : [],
    ),
  ) as FactsShape,
);
export type Facts = zod.infer<typeof factsSchema>;

/** Facts are re-learned at least this often, in case Northpass changes. */
const FACTS_TTL_SECONDS = 7 * 24 * 60 * 60;

const isFacts = (value: unknown): value is Facts => factsSchema.safeParse(value).success;

const factsKey = () => `facts:${baseUrl()}`;

/** The facts known to this run: read from the shared cache once per run. */
export const knownFacts = (z: ZObject): Promise<Facts> =>
  oncePerRun(z, 'facts', () => recall(z, factsKey(), isFacts).then((shared) => shared ?? {}));

/** Records what a response showed, for this run and later ones. */
export const learn = async (z: ZObject, update: (facts: Facts) => void): Promise<void> => {
  const facts = await knownFacts(z);
  const before = JSON.stringify(facts);
  update(facts);
  if (JSON.stringify(facts) !== before) {
    await remember(z, factsKey(), facts, FACTS_TTL_SECONDS);
  }
};

/** The path with its ids replaced, so facts about one course's enrollments hold for all. */
export const pathTemplate = (path: string): string =>
  path.replace(/\/v2\/([\w-]+)\/[^/?]+/g, '/v2/$1/{id}');
