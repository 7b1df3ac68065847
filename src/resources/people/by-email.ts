import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { knownFacts, learn, type Facts } from '../../client/learned.js';
import { collectPages, fetchPage } from '../../client/pages.js';
import { appError } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import { flipCase } from '../lookup/names.js';
import { PEOPLE, personSchema, type Person } from './record.js';

/**
 * A learner by email, whatever letter case Northpass holds it in (registry: `email-filter`,
 * `email-case`). Emails are looked up lower-cased; when that finds nobody on a connection where
 * `filter[email][eq]` is not known to ignore letter case, the app asks once how it behaves (2
 * requests a connection), and where it tells case apart it searches again: with the email as
 * mapped (1 request, when its case differs), a case-insensitive `i_cont` (1 request), or a walk
 * of up to 1,000 learners. "No such learner" is said only when one of those positively found none.
 */

/** Learners read at most to find an email without a filter that works: 1,000. */
const EMAIL_WALK_PAGES = 10;

type EmailCase = NonNullable<Facts['emailCase']>;

const lower = (email: string) => email.trim().toLowerCase();

/** Raised when Northpass listed records this app cannot read: one of them may be the learner. */
const unreadableLearners = (email: string) =>
  appError(
    `Northpass listed learners in a form this integration cannot read, and ${quote(email)} may be one of them, so this step cannot tell whether they exist. Ask Northpass support.`,
    'unreadable_learner',
    502,
  );

/** One `filter[email][eq]` page: the learner whose email is `email` ignoring case, if listed. */
const byEq = async (z: ZObject, email: string) => {
  const page = await fetchPage(
    z,
    { path: PEOPLE, params: { ...behaviour.emailFilter(email), limit: 10 } },
    personSchema,
  );
  const found = page.items.find((person) => lower(person.attributes.email) === lower(email));
  return { found, page };
};

const learnCase = (z: ZObject, emailCase: EmailCase) =>
  learn(z, (facts) => {
    facts.emailCase = emailCase;
  });

/**
 * Whether `filter[email][eq]` ignores letter case, asked once a connection: a learner's email
 * with its letters' case flipped either finds them or not. Undefined for a school with no learner
 * to ask about.
 */
const askEmailCase = async (z: ZObject): Promise<EmailCase | undefined> => {
  const { items } = await fetchPage(z, { path: PEOPLE, params: { limit: 10 } }, personSchema);
  const probe = items.find((person) => /\p{L}/u.test(person.attributes.email));
  if (!probe) return undefined;
  const { found } = await byEq(z, flipCase(probe.attributes.email));
  const emailCase = found?.id === probe.id ? 'ignored' : 'exact';
  await learnCase(z, emailCase);
  return emailCase;
};

/** `filter[email][i_cont]`: the learner, null for none, or undefined when it cannot tell. */
const byCaseInsensitiveSearch = async (z: ZObject, email: string) => {
  const facts = await knownFacts(z);
  if (facts.refusedParams?.[PEOPLE]?.includes('filter[email][i_cont]')) return undefined;
  const page = await fetchPage(
    z,
    { path: PEOPLE, params: { 'filter[email][i_cont]': email, limit: PAGE_SIZE }, expect: [400] },
    personSchema,
  );
  if (page.status === 400) {
    await learn(z, (known) => {
      const refused = known.refusedParams?.[PEOPLE] ?? [];
      known.refusedParams = {
        ...known.refusedParams,
        [PEOPLE]: [...refused, 'filter[email][i_cont]'],
      };
    });
    return undefined;
  }
  // an answer listing other learners shows the filter was ignored: it tells nothing
  if (!page.items.every((person) => lower(person.attributes.email).includes(email))) {
    return undefined;
  }
  if (page.skipped > 0) throw unreadableLearners(email);
  return page.items.find((person) => lower(person.attributes.email) === email) ?? null;
};

/** The people list read until the email is seen, up to 1,000 learners. */
const byWalk = async (z: ZObject, email: string): Promise<Person | null> => {
  const has = (person: Person) => lower(person.attributes.email) === email;
  const walk = await collectPages(z, { path: PEOPLE, params: { limit: PAGE_SIZE } }, personSchema, {
    maxPages: EMAIL_WALK_PAGES,
    enough: (people) => people.some(has),
  });
  const found = walk.items.find(has);
  if (found) return found;
  if (walk.skipped > 0) throw unreadableLearners(email);
  if (walk.complete) return null;
  throw appError(
    `Northpass could not be searched for ${quote(email)} ignoring letter case, and this school has more than 1,000 learners, so this step cannot tell whether they exist: map the learner's ID, or their email exactly as Northpass holds it.`,
    'email_search_incomplete',
    400,
  );
};

/**
 * The learner with this email, or null when Northpass positively lists none. `email` is
 * lower-cased; `mapped` is the email as the Zap mapped it (tried as well when its case differs).
 */
export const findPersonByEmail = async (
  z: ZObject,
  email: string,
  mapped: string = email,
): Promise<Person | null> => {
  const facts = await knownFacts(z);
  if (facts.emailFilter === false) return byWalk(z, email);
  const { found, page } = await byEq(z, email);
  if (found) {
    // a stored email in other letters, found by the lower-cased one: `eq` ignores case
    if (found.attributes.email !== email && !facts.emailCase) await learnCase(z, 'ignored');
    return found;
  }
  if (page.items.length > 0) {
    // other learners came back: the email filter is ignored, and the list is walked
    await learn(z, (known) => {
      known.emailFilter = false;
    });
    return byWalk(z, email);
  }
  if (page.skipped > 0) throw unreadableLearners(email);
  const emailCase = facts.emailCase ?? (await askEmailCase(z));
  if (emailCase !== 'exact') return null;
  if (mapped.trim() !== email) {
    const asMapped = await byEq(z, mapped.trim());
    if (asMapped.found) return asMapped.found;
  }
  const searched = await byCaseInsensitiveSearch(z, email);
  return searched === undefined ? byWalk(z, email) : searched;
};
