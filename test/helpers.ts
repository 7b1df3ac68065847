import { readFileSync } from 'node:fs';
import nock from 'nock';
import zapier from 'zapier-platform-core';
import type { Bundle, ZObject } from 'zapier-platform-core';

import App from '../index.js';
import { DEFAULT_BASE_URL } from '../src/client/config.js';

import { TEST_API_KEY } from './raised.js';

export { raised, TEST_API_KEY, type RaisedError } from './raised.js';

export const appTester = zapier.createAppTester(App);

/** Every request a test's mocks answered, as `METHOD /path?query`, in order. */
export const sentRequests: string[] = [];

/**
 * The one way tests mock Northpass: bound to the default base URL, and matching only requests
 * that carry the test key, so a request without `X-Api-Key` fails the test.
 */
export const northpass = (): nock.Scope => {
  sentRequests.length = 0;
  const scope = nock(DEFAULT_BASE_URL).matchHeader('x-api-key', TEST_API_KEY);
  scope.on('request', (request: Request) => {
    const url = new URL(request.url);
    sentRequests.push(`${request.method} ${decodeURIComponent(url.pathname + url.search)}`);
  });
  return scope;
};

type Perform<T> = (z: ZObject, bundle: Bundle) => T | Promise<T>;

/** Runs a perform through core's app tester (middleware and all) with the test key. */
export const run = <T, I extends Record<string, unknown>>(
  perform: (z: ZObject, bundle: Bundle<I>) => T | Promise<T>,
  inputData: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
): Promise<T> =>
  appTester(perform as unknown as Perform<T>, {
    authData: { apiKey: TEST_API_KEY },
    inputData,
    meta,
  });

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

/** A list document of the given resources, with no next page. */
export const listOf = (...resources: FixtureResource[]): FixtureList => ({
  data: resources,
  links: {},
});
