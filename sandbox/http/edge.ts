/**
 * What happens to every /v2/ request before a resource plugin sees it, in the order Northpass's
 * edge (and the network) would apply it: latency, the API key, the school's rate limit, forced
 * faults; and the request log once the reply is sent.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { Fault } from '../store/faults.ts';
import { preciseNow } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { drawLatency } from '../store/switches.ts';
import { errorBody, statusTitles, type Source } from './errors.ts';

const isApi = (request: FastifyRequest) => request.url.startsWith('/v2/');

const MAINTENANCE_PAGE = '<html><body><h1>Down for maintenance</h1></body></html>';
const NOT_FOUND_PAGE = '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>';

/** Answers with a forced fault; `undefined` when the request should go on (a slow fault). */
const answer = async (fault: Fault, reply: FastifyReply) => {
  switch (fault.kind) {
    case 'slow':
      await sleep(fault.delayMs ?? 5000);
      return undefined;
    case 'html':
      return reply
        .code(fault.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(MAINTENANCE_PAGE);
    case 'redirect':
      return reply
        .code(fault.status ?? 302)
        .header('location', fault.location)
        .send();
    case 'body':
      return reply
        .code(fault.status ?? 200)
        .type(fault.contentType ?? 'application/json; charset=utf-8')
        .send(typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body));
    case 'status': {
      const status = fault.status ?? 503;
      const source: Source = fault.pointer === undefined ? {} : { pointer: fault.pointer };
      return reply
        .code(status)
        .send(
          errorBody(status, fault.title ?? statusTitles[status] ?? 'Error', fault.detail, source),
        );
    }
  }
};

const decoded = (url: string) => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

export const installEdge = (server: FastifyInstance, store: Store, apiKey: string): void => {
  const calls = new Map<string, number[]>();
  const arrivals = new WeakMap<FastifyRequest, number>();

  server.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    arrivals.set(request, preciseNow());
    const latency = drawLatency(store.switches.latencyMs);
    if (latency > 0) await sleep(latency);
    const key = request.headers['x-api-key'];
    // `<key>.<anything>` is another key of the same school: parallel Zap runs in separate
    // containers, each pacing its own requests, against one school's limit
    if (key !== apiKey && !(typeof key === 'string' && key.startsWith(`${apiKey}.`))) {
      return reply
        .code(401)
        .send(errorBody(401, 'Unauthorized', "You don't have the necessary credentials"));
    }
    // the limit is the school's (10 requests a second), whichever of its keys is used
    const now = store.clock();
    const recent = (calls.get(apiKey) ?? []).filter((at) => now - at < 1000);
    if (recent.length >= store.switches.rateLimitPerSecond) {
      calls.set(apiKey, recent);
      return reply.code(429).type('text/plain').send('Too Many Requests');
    }
    calls.set(apiKey, [...recent, now]);
    const fault = store.takeFault({
      method: request.method,
      path: request.url.split('?')[0] ?? '',
    });
    return fault ? answer(fault, reply) : undefined;
  });

  // the body every 404 carries under `notFoundBody`: Northpass's JSON errors, nothing, or a page
  server.addHook('onSend', async (request, reply, payload) => {
    if (!isApi(request) || reply.statusCode !== 404) return payload;
    if (store.switches.notFoundBody === 'empty') {
      void reply.removeHeader('content-type');
      return '';
    }
    if (store.switches.notFoundBody === 'html') {
      void reply.type('text/html; charset=utf-8');
      return NOT_FOUND_PAGE;
    }
    return payload;
  });

  server.addHook('onResponse', (request, reply, done) => {
    if (isApi(request)) {
      const endedAt = preciseNow();
      store.log.push({
        method: request.method,
        path: decoded(request.url),
        query: request.url.split('?').slice(1).join('?'),
        status: reply.statusCode,
        startedAt: arrivals.get(request) ?? endedAt,
        endedAt,
      });
    }
    done();
  });
};
