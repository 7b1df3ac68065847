/**
 * Webhooks: `GET /v2/webhooks`, the sent-webhooks log (confirmed to exist; its shape is likely:
 * `attributes.type` and `attributes.payload`), filtered with `filter[type][in]`; and the control
 * `POST /_sandbox/webhooks`, which renders and signs the body Northpass would send for an event
 * of the school, for a test to feed into a Zap step.
 */
import type { FastifyPluginCallback } from 'fastify';

import { ApiError, jsonApiErrorHandler, notFound } from '../http/errors.ts';
import { listQuery, page, view, type SandboxOptions } from '../http/jsonapi.ts';
import type { Query } from '../http/query.ts';
import {
  renderWebhook,
  sentWebhooks,
  SIGNATURE_HEADER,
  webhookTypes,
  type WebhookType,
} from '../webhooks.ts';

interface WebhookBody {
  type: WebhookType;
  email: string;
  course?: string;
  secret?: string;
}

const webhookBody = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'email'],
  properties: {
    type: { enum: [...webhookTypes] },
    email: { type: 'string' },
    course: { type: 'string' },
    secret: { type: 'string', minLength: 1 },
  },
} as const;

export const webhooksPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.get<{ Querystring: Query }>(
    '/v2/webhooks',
    { schema: { querystring: listQuery } },
    (request, reply) => {
      const wanted = request.query['filter[type][in]']?.split(',');
      const messages = sentWebhooks(view(store, request, 'list'))
        .filter((sent) => !wanted || wanted.includes(sent.type))
        .map((sent, index) => ({
          id: `message-${index + 1}`,
          type: 'webhooks',
          attributes: {
            type: sent.type,
            url: 'https://hooks.zapier.com/hooks/catch/1234567/abcdefg/',
            created_at: sent.createdAt,
            payload: JSON.parse(sent.body) as unknown,
          },
        }))
        .reverse();
      return page(store, request, reply, messages);
    },
  );

  app.register((controls, _options, registered) => {
    controls.setErrorHandler(jsonApiErrorHandler(400));
    controls.post<{ Body: WebhookBody }>(
      '/_sandbox/webhooks',
      { schema: { body: webhookBody } },
      (request, reply) => {
        const { type, email, course, secret } = request.body;
        const person = store.findPersonByEmail(email);
        if (!person) throw notFound('Person');
        const courseId = [...store.courses.values()].find(
          (item) => item.name === course || item.id === course,
        )?.id;
        if (type === 'course_completed_events' && !courseId) throw notFound('Course');
        const sent = renderWebhook(
          view(store, request, 'single'),
          { type, person, ...(courseId ? { courseId } : {}) },
          secret,
        );
        if (!sent) {
          throw new ApiError(
            422,
            'Unprocessable Entity',
            `${email} has not completed ${course ?? ''}`,
          );
        }
        return reply.send({ ...sent, header: SIGNATURE_HEADER });
      },
    );
    registered();
  });
  done();
};
