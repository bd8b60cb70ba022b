import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../test/app.js';
import { loadConfig } from '../config.js';

describe('OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('are off by default, and need an http(s) collector URL', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
    });
    for (const bad of ['collector:4318', 'ftp://collector']) {
      expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: bad }), bad).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    }
  });

  it('sends the spans of requests to the collector when an endpoint is set, and nothing otherwise', async () => {
    const received: { url: string; body: Buffer }[] = [];
    const collector = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ url: request.url ?? '', body: Buffer.concat(chunks) });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    try {
      const plain = await startTestApp();
      expect((await plain.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
      await plain.close();
      expect(received).toHaveLength(0);

      const traced = await startTestApp({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
      expect((await traced.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
      const id = randomUUID();
      expect((await traced.app.inject({ method: 'GET', url: `/api/v1/cases/${id}?q=x` })).statusCode).toBe(401);
      // Closing flushes the batch.
      await traced.close();
      const sent = Buffer.concat(received.filter((r) => r.url === '/v1/traces').map((r) => r.body));
      expect(sent.includes('/health/live')).toBe(true);
      // The route template, never the raw path with its id or query.
      expect(sent.includes('/api/v1/cases/:id')).toBe(true);
      expect(sent.includes(id)).toBe(false);
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
