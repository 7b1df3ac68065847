import type { Bundle, ZObject } from 'zapier-platform-core';

import { metaOf } from '../lib/meta.js';
import { uniqueById } from './names.js';

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
  if (skipped > 0) {
    z.console.log(
      `Skipped ${skipped} record${skipped === 1 ? '' : 's'} Northpass listed in a form this integration cannot read.`,
    );
  }
  return uniqueById(items).slice(0, POLL_LIMIT);
};
