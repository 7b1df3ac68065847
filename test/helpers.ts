import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import nock from 'nock';

import { DEFAULT_BASE_URL } from '../src/client/config.js';
import type { Facts } from '../src/client/learned.js';

import { performer } from './perform.js';
import { TEST_API_KEY } from './raised.js';

export { raised, TEST_API_KEY, type RaisedError } from './raised.js';

const tester = performer(TEST_API_KEY);
export const { appTester } = tester;

/** Runs a perform through core's app tester (middleware and all) with the test key. */
export const { run } = tester;

/** Every request a test's mocks answered, as `METHOD /path?query`, in order. */
export const sentRequests: string[] = [];

/**
 * Every wait (ms) the request loop took between tries, in order. Unit tests never sleep through
 * them: test/setup.ts records them instead (the sandbox tests wait for real).
 */
export const waits: number[] = [];

/** Between tests: no request log, no waits, no shared state (z.cache and its in-process fallback). */
export const resetRun = (): void => {
  sentRequests.length = 0;
  waits.length = 0;
  tester.cache.clear();
};

/** What the app has already learned about Northpass when the next run starts. */
export const knowing = (facts: Facts): void => {
  tester.cache.set(`shared:facts:${DEFAULT_BASE_URL}`, facts);
};

/** What the app has learned about Northpass so far (what the next run will start with). */
export const learned = (): Facts | undefined =>
  tester.cache.get(`shared:facts:${DEFAULT_BASE_URL}`) as Facts | undefined;

/** Northpass as hoped: `cont` and the email filter ignore letter case (learned before the run). */
export const hopedNorthpass = (): void => {
  knowing({
    nameSearch: { '/v2/groups': 'cont', '/v2/courses': 'cont', '/v2/learning-paths': 'cont' },
    emailCase: 'ignored',
  });
};

/**
 * The one way tests mock Northpass: bound to the default base URL, and matching only requests
 * that carry the test key, so a request without `X-Api-Key` fails the test.
 */
export const northpass = (): nock.Scope => {
  const scope = nock(DEFAULT_BASE_URL).matchHeader('x-api-key', TEST_API_KEY);
  scope.on('request', (request: Request) => {
    const url = new URL(request.url);
    sentRequests.push(`${request.method} ${decodeURIComponent(url.pathname + url.search)}`);
  });
  return scope;
};

const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

/** A trimmed Northpass JSON:API document from test/fixtures/, e.g. `fixture('groups/group.acme')`. */
export const fixture = (name: string): FixtureDocument => readFixture(name) as FixtureDocument;

/** A trimmed Northpass list document from test/fixtures/. */
export const listFixture = (name: string): FixtureList => readFixture(name) as FixtureList;

export interface FixtureResource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  [member: string]: unknown;
}
export type FixtureDocument = { data: FixtureResource };
export type FixtureList = { data: FixtureResource[]; links?: Record<string, string> };

/** A resource from a fixture with some attributes changed. */
export const withAttributes = (
  document: FixtureDocument,
  attributes: Record<string, unknown>,
  id = document.data.id,
): FixtureResource => ({
  ...document.data,
  id,
  attributes: { ...document.data.attributes, ...attributes },
});

/**
 * A person's document as a single read shows them: in the given groups, or (undefined) with
 * their groups not listed.
 */
export const inGroups = (document: FixtureDocument, groupIds: string[] | undefined) => ({
  data: {
    ...document.data,
    relationships:
      groupIds === undefined
        ? {}
        : { groups: { data: groupIds.map((id) => ({ type: 'groups', id })) } },
  },
});

/** A list document of the given resources, with no next page. */
export const listOf = (...resources: FixtureResource[]): FixtureList => ({
  data: resources,
  links: {},
});

/** The query of a name search on a list (groups, courses): what the app sends to find a name. */
export const byName = (name: string, predicate: 'cont' | 'i_cont' = 'cont') => ({
  limit: 100,
  [`filter[name][${predicate}]`]: name,
  sort: 'name',
});

/** The query of a list's first page by name, unfiltered (a whole small school, or a probe). */
export const firstPageByName = { limit: 100, sort: 'name' };

/**
 * The school's first page of groups (Acme Corp and Acme Corp Partners), as a step reads it once
 * to name the groups a learner's record lists (`learner_group_names`).
 */
export const namingGroups = (): void => {
  northpass()
    .get('/v2/groups')
    .query(firstPageByName)
    .reply(200, listFixture('groups/groups.acme'));
};

/** A list document whose `links.next` says more pages exist. */
export const pageOf = (resources: FixtureResource[], more: boolean): FixtureList => ({
  data: resources,
  links: more ? { next: 'https://api.northpass.com/v2/next-page-link' } : {},
});

/** A group membership as `GET /v2/groups/{id}/memberships` lists it: the member's id only. */
export const membership = (personId: string): FixtureResource => ({
  id: `m-${personId.slice(0, 8)}`,
  type: 'memberships',
  attributes: {},
  relationships: { person: { data: { type: 'people', id: personId } } },
});

/**
 * Asserts the order constraints of a run: every request of a phase was sent (and so answered,
 * for reads a write depends on) before any request of the next phase. Within a phase the
 * requests run in parallel, in any order.
 */
export const expectPhases = (phases: string[][]): void => {
  const sent = [...sentRequests];
  expect([...sent].sort()).toEqual(phases.flat().sort());
  let position = 0;
  for (const phase of phases) {
    expect([...sent.slice(position, position + phase.length)].sort()).toEqual([...phase].sort());
    position += phase.length;
  }
};

/** The query of a page of a group's memberships: 500 at a time, newest first. */
export const membershipsQuery = { limit: 500, sort: '-created_at' };
