import { createRequire } from 'node:module';

import zapier, { defineApp } from 'zapier-platform-core';

import { authentication } from './src/authentication.js';
import { later, runtime } from './src/lib/later.js';
import addCourseToGroup from './src/creates/add_course_to_group.js';
import addLearnerToGroup from './src/creates/add_learner_to_group.js';
import createGroup from './src/creates/create_group.js';
import createLearner from './src/creates/create_learner.js';
import resendInvitation from './src/creates/resend_invitation.js';
import onboardLearner from './src/creates/onboard_learner.js';
import offboardLearner from './src/creates/offboard_learner.js';
import removeLearnerFromGroup from './src/creates/remove_learner_from_group.js';
import updateLearner from './src/creates/update_learner.js';
import readWebhookEvent from './src/creates/read_webhook_event.js';
import findCourse from './src/searches/find_course.js';
import findGroup from './src/searches/find_group.js';
import findLearner from './src/searches/find_learner.js';
import findLearnerProgress from './src/searches/find_learner_progress.js';
import findLearningPath from './src/searches/find_learning_path.js';
import courseList from './src/triggers/course_list.js';
import groupList from './src/triggers/group_list.js';
import learnerList from './src/triggers/learner_list.js';
import learningPathList from './src/triggers/learning_path_list.js';
import newCourse from './src/triggers/new_course.js';
import newCourseCompletion from './src/triggers/new_course_completion.js';
import newCourseEnrollment from './src/triggers/new_course_enrollment.js';
import newLearningPathCompletion from './src/triggers/new_learning_path_completion.js';
import newGroup from './src/triggers/new_group.js';
import newLearner from './src/triggers/new_learner.js';
import newStalledLearner from './src/triggers/new_stalled_learner.js';
import findLearnerTrainingSummary from './src/searches/find_learner_training_summary.js';
import newCertificateExpiring from './src/triggers/new_certificate_expiring.js';
import onboardLearners from './src/creates/onboard_learners.js';

/** package.json, beside this file in the sources and one level up from dist/index.js. */
const manifest = (): { version: string } => {
  const require = createRequire(import.meta.url);
  try {
    return require('./package.json') as { version: string };
  } catch {
    return require('../package.json') as { version: string };
  }
};
const appVersion = manifest().version;

export default defineApp({
  // one version, package.json's: Zapier requires the two to match
  version: appVersion,
  platformVersion: zapier.version,
  flags: {
    // 429 reaches the app's error table: the client waits once, then Zapier's throttled error
    throwForThrottlingEarly: false,
  },
  authentication,
  // the client loads with the step's first request (src/lib/later.ts)
  beforeRequest: [later(async () => (await runtime()).prepareNorthpassRequest)],
  afterResponse: [later(async () => (await runtime()).mapNorthpassErrors)],
  triggers: {
    [newLearner.key]: newLearner,
    [newGroup.key]: newGroup,
    [newCourse.key]: newCourse,
    [newCourseCompletion.key]: newCourseCompletion,
    [newCourseEnrollment.key]: newCourseEnrollment,
    [newLearningPathCompletion.key]: newLearningPathCompletion,
    [groupList.key]: groupList,
    [courseList.key]: courseList,
    [learnerList.key]: learnerList,
    [learningPathList.key]: learningPathList,
    [newStalledLearner.key]: newStalledLearner,
    [newCertificateExpiring.key]: newCertificateExpiring,
  },
  searches: {
    [findGroup.key]: findGroup,
    [findCourse.key]: findCourse,
    [findLearner.key]: findLearner,
    [findLearnerProgress.key]: findLearnerProgress,
    [findLearningPath.key]: findLearningPath,
    [findLearnerTrainingSummary.key]: findLearnerTrainingSummary,
  },
  creates: {
    [createGroup.key]: createGroup,
    [addCourseToGroup.key]: addCourseToGroup,
    [createLearner.key]: createLearner,
    [addLearnerToGroup.key]: addLearnerToGroup,
    [resendInvitation.key]: resendInvitation,
    [onboardLearner.key]: onboardLearner,
    [removeLearnerFromGroup.key]: removeLearnerFromGroup,
    [updateLearner.key]: updateLearner,
    [offboardLearner.key]: offboardLearner,
    [readWebhookEvent.key]: readWebhookEvent,
    [onboardLearners.key]: onboardLearners,
  },
  searchOrCreates: {
    [findGroup.key]: {
      key: findGroup.key,
      display: {
        label: 'Find or Create Group',
        description: 'Finds a group by name, or creates it when there is none.',
      },
      search: findGroup.key,
      create: createGroup.key,
    },
    [findLearner.key]: {
      key: findLearner.key,
      display: {
        label: 'Find or Create Learner',
        description: 'Finds a learner by email, or creates (and invites) them when there is none.',
      },
      search: findLearner.key,
      create: createLearner.key,
    },
  },
});
