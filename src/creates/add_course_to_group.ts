import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { coursesLacking } from '../flows/onboarding-plan.js';
import { listing } from '../lib/errors.js';
import { assignable, courseTitle } from '../resources/courses/assignable.js';
import { previewField, previewSummary } from '../resources/school/preview.js';
import { coursesField } from '../resources/courses/fields.js';
import { toCourseAssignmentOutput } from '../resources/groups/assignment.js';
import {
  courseAssignmentOutputFields,
  courseAssignmentSample,
} from '../resources/groups/samples.js';
import { groupField } from '../resources/groups/fields.js';
import { addCoursesToGroup } from '../resources/groups/course-routes.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';

const fields = [groupField, coursesField, splitValuesField, previewField] as const;

export const perform = (async (z, bundle) => {
  const { group, courses, preview } = await readInputs(z, bundle.inputData, fields);
  const wanted = assignable(courses, coursesField.input.label);
  // the group's record may list its courses: then only those it lacks are sent, and named
  const lacking = coursesLacking(group, wanted);
  if (preview) {
    const name = group.attributes.name;
    const said =
      lacking.courses.length === 0
        ? `${name} already has ${listing(wanted.map(courseTitle))}`
        : lacking.exact
          ? `would assign ${listing(lacking.courses.map(courseTitle))} to ${name}`
          : `would make sure ${name} has ${listing(wanted.map(courseTitle))}`;
    return {
      ...toCourseAssignmentOutput(group, courses, 'unchanged'),
      summary: previewSummary([said]),
      preview,
    };
  }
  if (lacking.exact && lacking.courses.length === 0) {
    return { ...toCourseAssignmentOutput(group, courses, 'unchanged'), preview };
  }
  const sent = lacking.exact ? lacking.courses : wanted;
  const result = await addCoursesToGroup(z, group, sent);
  const named = lacking.exact ? sent : undefined;
  return { ...toCourseAssignmentOutput(group, courses, result, named), preview };
}) satisfies CreatePerform;

export default defineCreate({
  key: 'add_course_to_group',
  noun: 'Course Assignment',
  display: {
    label: 'Add Course to Group',
    description:
      'Assigns one or more courses to a group, so every group member can take them (archived courses are refused; drafts are tried).',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: courseAssignmentSample,
    outputFields: courseAssignmentOutputFields,
  },
});
