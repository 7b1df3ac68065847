/**
 * Every detail of Northpass's API that its documentation leaves open, as data: one file a
 * question. The learned facts' schema, the sandbox's switch positions, the verify-school probes
 * and docs/open-questions.md are all checked against (or made from) this list.
 */
import { courseAssignment } from './course-assignment.js';
import { courseStatus } from './course-status.js';
import { duplicateMembership } from './duplicate-membership.js';
import { emailCase } from './email-case.js';
import { emailFilter } from './email-filter.js';
import { enrollmentProgress } from './enrollment-progress.js';
import { enrollments } from './enrollments.js';
import { existingRecord } from './existing-record.js';
import { groupNameCase } from './group-name-case.js';
import { idsFilter } from './ids-filter.js';
import { invitationPath } from './invitation-path.js';
import { listRelationships } from './list-relationships.js';
import { listSort } from './list-sort.js';
import { membershipFilter } from './membership-filter.js';
import { nameSearch } from './name-search.js';
import { notFoundBody } from './not-found-body.js';
import { paging } from './paging.js';
import { recordRelationships } from './record-relationships.js';
import { removeNonMember } from './remove-non-member.js';
import { schoolName } from './school-name.js';
import { updateVerb } from './update-verb.js';
import { webhookEvents } from './webhook-events.js';
import { certificateExpiry } from './certificate-expiry.js';
import { batchMembership } from './batch-membership.js';

export type { Alternative, Question, SwitchValue } from './question.js';

export const questions = [
  nameSearch,
  listSort,
  enrollments,
  enrollmentProgress,
  courseStatus,
  idsFilter,
  emailFilter,
  emailCase,
  notFoundBody,
  listRelationships,
  recordRelationships,
  updateVerb,
  existingRecord,
  groupNameCase,
  duplicateMembership,
  courseAssignment,
  removeNonMember,
  invitationPath,
  paging,
  schoolName,
  webhookEvents,
  certificateExpiry,
  membershipFilter,
  batchMembership,
] as const;

export type RegisteredQuestion = (typeof questions)[number];
export type QuestionId = RegisteredQuestion['id'];
