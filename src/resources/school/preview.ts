import { defineField } from '../../lib/fields.js';
import { booleanWithDefault } from '../../lib/inputs.js';
import type { OutputField } from '../../lib/output.js';

/**
 * Preview: Zapier's "Test step" runs an action for real (a real learner, a real invitation email
 * to a customer). With Preview Only on, an action makes reads only and says what it would do.
 */
export const previewField = defineField(
  {
    key: 'preview',
    label: 'Preview Only',
    type: 'boolean',
    required: false,
    default: 'false',
    helpText:
      'Yes: test this step without changing Northpass. It only reads, and says what it would do (outcomes such as would_create or would_add; a record it would create has no ID). Turn it off before publishing the Zap, or the Zap will change nothing.',
  },
  booleanWithDefault(false),
);

export const previewOutputField: OutputField = {
  key: 'preview',
  label: 'Preview Only',
  type: 'boolean',
};

/** How every preview's summary starts. */
export const PREVIEW_PREFIX = 'Preview only, nothing changed:';

/** A preview's summary: the prefix, then what would happen ("would create group Sales"). */
export const previewSummary = (said: string[]): string =>
  `${PREVIEW_PREFIX} ${said.length > 0 ? said.join(', ') : 'nothing would change'}.`;
