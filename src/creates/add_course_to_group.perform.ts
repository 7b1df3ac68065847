import type { CreatePerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { coursesLacking } from '../flows/onboarding-plan.js';
import { listing } from '../lib/errors.js';
import { assignable, courseTitle } from '../resources/courses/assignable.js';
import { previewSummary } from '../resources/school/preview.js';
import { coursesField } from '../resources/courses/fields.js';
import { toCourseAssignmentOutput } from '../resources/groups/assignment.js';
import { addCoursesToGroup } from '../resources/groups/course-routes.js';
import { fields } from './add_course_to_group.js';

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
