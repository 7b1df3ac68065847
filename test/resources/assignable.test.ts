import { describe, expect, it } from '@jest/globals';

import type { Course } from '../../src/resources/courses/api.js';
import { assignable, courseTitle } from '../../src/resources/courses/assignable.js';
import { raised } from '../helpers.js';

const course = (name: string, status: string | null, index = 0): Course => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  type: 'courses',
  attributes: { name, status },
});

describe('assignable: the archived refusal every step that assigns courses shares', () => {
  it('passes published, live, draft and unsaid courses through as they are', () => {
    const courses = [
      course('A', 'published'),
      course('B', 'live'),
      course('C', 'draft'),
      course('D', null),
    ];
    expect(assignable(courses)).toBe(courses);
  });

  it('refuses an archived course, naming it and the field', async () => {
    expect(
      await raised(Promise.resolve().then(() => assignable([course('Legacy', 'Archived')], 'X'))),
    ).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'X: "Legacy" is archived in Northpass, so it cannot be assigned. Restore it in Northpass admin (Courses), or take it out of this step. Nothing was changed.',
    });
  });

  it('keeps a refusal of many long names within 250 characters, saying how many more', async () => {
    const many = Array.from({ length: 25 }, (_, index) =>
      course(`Retired partner course number ${index} with a long name`, 'archived', index),
    );
    const { message } = (await raised(Promise.resolve().then(() => assignable(many)))) as {
      message: string;
    };
    expect(message.length).toBeLessThanOrEqual(250);
    expect(message).toMatch(
      /^Courses: "Retired partner course number 0 with a long name" and 24 more are archived in Northpass, so they cannot be assigned\. .* Nothing was changed\.$/,
    );
  });

  it('titles a course for a summary with its status when not published', () => {
    expect(
      [course('A', 'live'), course('B', 'draft'), course('C', 'archived'), course('D', null)].map(
        courseTitle,
      ),
    ).toEqual(['A', 'B (draft)', 'C (archived)', 'D']);
  });
});
