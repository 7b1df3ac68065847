/**
 * Everything a step does, in one module that loads on a step's first call (src/lib/later.ts):
 * the operations' performs, the lookups behind their fields, the client's middleware and the
 * connection test. index.ts and the definitions it imports hold only what Zapier shows.
 */
export { testAuth } from './authentication.perform.js';
export { mapNorthpassErrors, prepareNorthpassRequest } from './client/middleware.js';
export { perform as addCourseToGroup } from './creates/add_course_to_group.perform.js';
export { perform as addLearnerToGroup } from './creates/add_learner_to_group.perform.js';
export { perform as createGroup } from './creates/create_group.perform.js';
export { perform as createLearner } from './creates/create_learner.perform.js';
export { perform as offboardLearner } from './creates/offboard_learner.perform.js';
export { perform as onboardLearner } from './creates/onboard_learner.perform.js';
export { perform as onboardLearners } from './creates/onboard_learners.perform.js';
export { perform as readWebhookEvent } from './creates/read_webhook_event.perform.js';
export { perform as removeLearnerFromGroup } from './creates/remove_learner_from_group.perform.js';
export { perform as resendInvitation } from './creates/resend_invitation.perform.js';
export { perform as updateLearner } from './creates/update_learner.perform.js';
export { perform as findCourse } from './searches/find_course.perform.js';
export { perform as findGroup } from './searches/find_group.perform.js';
export { perform as findLearner } from './searches/find_learner.perform.js';
export { perform as findLearnerProgress } from './searches/find_learner_progress.perform.js';
export { perform as findLearnerTrainingSummary } from './searches/find_learner_training_summary.perform.js';
export { perform as findLearningPath } from './searches/find_learning_path.perform.js';
export { perform as courseList } from './triggers/course_list.perform.js';
export { perform as groupList } from './triggers/group_list.perform.js';
export { perform as learnerList } from './triggers/learner_list.perform.js';
export { perform as learningPathList } from './triggers/learning_path_list.perform.js';
export { perform as newCertificateExpiring } from './triggers/new_certificate_expiring.perform.js';
export { perform as newCourse } from './triggers/new_course.perform.js';
export { perform as newCourseCompletion } from './triggers/new_course_completion.perform.js';
export { perform as newCourseEnrollment } from './triggers/new_course_enrollment.perform.js';
export { perform as newGroup } from './triggers/new_group.perform.js';
export { perform as newLearner } from './triggers/new_learner.perform.js';
export { perform as newLearningPathCompletion } from './triggers/new_learning_path_completion.perform.js';
export { perform as newStalledLearner } from './triggers/new_stalled_learner.perform.js';
export { findCourseNamed, resolveCourse, resolveCourses } from './resources/courses/lookups.js';
export {
  findGroupNamed,
  groupIdOf,
  resolveGroup,
  resolveGroups,
} from './resources/groups/lookups.js';
export { findLearningPathNamed, resolveLearningPath } from './resources/learning-paths/lookups.js';
export { findPerson, resolvePerson } from './resources/people/api.js';
