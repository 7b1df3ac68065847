import { defineReference } from '../../lib/fields.js';
import { requiredText } from '../../lib/inputs.js';
import { later, runtime } from '../../lib/later.js';

/** One learning path by ID or name, which must exist. */
export const learningPathField = defineReference(
  {
    key: 'learning_path',
    label: 'Learning Path',
    required: true,
    dynamic: 'learning_path_list.id.name',
    helpText: 'Pick a learning path, or map a learning path ID or exact name from an earlier step.',
  },
  requiredText,
  later(async () => (await runtime()).resolveLearningPath),
);

/** A learning path to look up by name or ID: none is an answer, not an error. */
export const learningPathSearchField = defineReference(
  {
    key: 'name',
    label: 'Learning Path Name or ID',
    required: true,
    helpText:
      'The exact learning path name (letter case and extra spaces are ignored when nothing matches exactly), or its ID.',
  },
  requiredText,
  later(async () => (await runtime()).findLearningPathNamed),
);
