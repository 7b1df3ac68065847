import type { Bundle, ZObject } from 'zapier-platform-core';

import { metaOf } from '../lib/meta.js';
import { recall, remember } from '../lib/shared.js';
import { uniqueById } from './lookup/names.js';

/** Zapier takes at most 100 new items from a poll. */
export const POLL_LIMIT = 100;
/** Loading a sample in the Zap editor should answer fast: a small page. */
export const SAMPLE_LIMIT = 10;

/** Northpass's 1-based page number for the dropdown page Zapier asks for (0-based). */
export const dropdownPage = (bundle: Bundle): number => (metaOf(bundle).page ?? 0) + 1;

/** How many records a poll asks Northpass for. */
export const pollLimit = (bundle: Bundle): number =>
  metaOf(bundle).isLoadingSample ? SAMPLE_LIMIT : POLL_LIMIT;

/**
 * A poll's items as Zapier must get them: unique by id, at most `POLL_LIMIT`. Records Northpass
 * listed that could not be read are counted in the step's log, so a person can see why.
 */
export const pollItems = <T extends { id: string }>(
  z: ZObject,
  items: T[],
  skipped: number,
): T[] => {
  logSkipped(z, skipped);
  return uniqueById(items).slice(0, POLL_LIMIT);
};

/** Tells the step's log how many listed records could not be read (and so were left out). */
export const logSkipped = (z: ZObject, skipped: number): void => {
  if (skipped > 0) {
    z.console.log(
      `Skipped ${skipped} record${skipped === 1 ? '' : 's'} Northpass listed in a form this integration cannot read.`,
    );
  }
};

/** How many of a trigger's item ids are remembered, and for how long (refreshed every poll). */
const EMITTED_IDS = 500;
const EMITTED_TTL_SECONDS = 30 * 24 * 60 * 60;
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

/**
 * Zapier triggers a Zap once per item id, so an item sent without something the Zap needs (a
 * learner's email) is never sent again with it. Such an item is held back until a later poll can
 * complete it, unless Zapier has had it already (sent by an earlier poll of this connection), or
 * this is the first poll of `stream`, whose items Zapier takes as already seen. A sample for the
 * Zap editor is sent whole and remembers nothing.
 */
export const releaseComplete = async <T extends { id: string }>(
  z: ZObject,
  bundle: Bundle,
  stream: string,
  items: T[],
  complete: (item: T) => boolean,
): Promise<T[]> => {
  if (metaOf(bundle).isLoadingSample) return items;
  const key = `emitted:${stream}`;
  const sent = await recall(z, key, isIdList);
  const released = items.filter(
    (item) => complete(item) || sent === null || sent.includes(item.id),
  );
  const held = items.length - released.length;
  if (held > 0) {
    z.console.log(
      `Held back ${held} item${held === 1 ? '' : 's'} until a later poll can complete ${held === 1 ? 'it' : 'them'}.`,
    );
  }
  const remembered = [...new Set([...released.map((item) => item.id), ...(sent ?? [])])];
  await remember(z, key, remembered.slice(0, EMITTED_IDS), EMITTED_TTL_SECONDS);
  return released;
};
