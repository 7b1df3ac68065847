import type { PollingTriggerPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { pollExpiringCertificates } from '../resources/transcripts/expiring.js';
import { toExpiringCertificateOutput } from '../resources/transcripts/output.js';
import { fields } from './new_certificate_expiring.js';

export const perform = (async (z, bundle) => {
  const { group, within_days } = await readInputs(z, bundle.inputData, fields);
  const certificates = await pollExpiringCertificates(z, bundle, group.id, within_days);
  return certificates.map(toExpiringCertificateOutput);
}) satisfies PollingTriggerPerform;
