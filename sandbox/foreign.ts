/**
 * Another origin on loopback, for tests of the rule that the API key never leaves Northpass:
 * it answers every request with 200 `{"data":[]}` and records what it was sent. Point a
 * `redirect` or `body` fault's URL at it, then assert that no recorded request has the key.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignRequest {
  method: string;
  /** path and query, as sent */
  url: string;
  headers: IncomingHttpHeaders;
  /** the raw body ('' when there is none) */
  body: string;
}

export interface ForeignServer {
  /** `http://127.0.0.1:<port>`, no trailing slash */
  url: string;
  requests: ForeignRequest[];
  close: () => Promise<void>;
}

/** Starts the foreign server on a free loopback port. */
export const startForeignServer = async (): Promise<ForeignServer> => {
  const requests: ForeignRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end('{"data":[]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
};
