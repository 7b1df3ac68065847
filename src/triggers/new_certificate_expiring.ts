import { defineTrigger } from 'zapier-platform-core';

import { defineField, inputsOf, showAs } from '../lib/fields.js';
import { wholeNumberWithDefault } from '../lib/inputs.js';
import { groupField } from '../resources/groups/fields.js';
import {
  expiringCertificateOutputFields,
  expiringCertificateSample,
} from '../resources/transcripts/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(groupField, {
    key: 'group',
    search: undefined,
    helpText:
      "The group whose learners' certificates to watch: pick it from the list, or type its exact name or ID. Each poll reads some of its learners in turn, so a large group takes several polls to go round (see the app's docs).",
  }),
  defineField(
    {
      key: 'within_days',
      label: 'Days Before Expiry',
      required: false,
      type: 'integer',
      default: '30',
      helpText:
        'Triggers once a certificate expires within this many days (1 to 365). Each certificate triggers once per expiry date; a renewed certificate triggers again when its new date comes near.',
    },
    wholeNumberWithDefault(30, { min: 1, max: 365 }),
  ),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newCertificateExpiring);

export default defineTrigger({
  key: 'new_certificate_expiring',
  noun: 'Expiring Certificate',
  display: {
    label: 'New Certificate Expiring',
    description:
      'Triggers when a certificate of a learner in the chosen group comes within the chosen number of days of its expiry.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: expiringCertificateSample,
    outputFields: expiringCertificateOutputFields,
  },
});
