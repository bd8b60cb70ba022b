import { FastifyOtelInstrumentation } from '@fastify/otel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, NodeTracerProvider, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { FastifyInstance } from 'fastify';

/**
 * Optional OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT), through the official Fastify
 * instrumentation: a span per request and its hooks and handler, named by route template, exported
 * over OTLP/HTTP in batches. Off when no endpoint is set: nothing is loaded into the request path.
 * Registered before the routes so it sees them all; flushed when the app closes.
 */
/**
 * The instrumentation puts the raw path (`url.path`, with ids and query) on the request span: replaced
 * by the route template (or `unmatched`) before export, as the metrics and logs do.
 */
const templatePaths: SpanProcessor = {
  onStart(span: Span) {
    if (span.attributes['url.path'] === undefined) return;
    const route = span.attributes['http.route'];
    span.setAttribute('url.path', typeof route === 'string' ? route : 'unmatched');
  },
  onEnd() {},
  forceFlush: async () => {},
  shutdown: async () => {},
};

export async function registerTracing(app: FastifyInstance, options: { tracesUrl: string }) {
  const provider = new NodeTracerProvider({
    spanProcessors: [templatePaths, new BatchSpanProcessor(new OTLPTraceExporter({ url: options.tracesUrl }))],
  });
  const instrumentation = new FastifyOtelInstrumentation();
  instrumentation.setTracerProvider(provider);
  await app.register(instrumentation.plugin());
  app.addHook('onClose', async () => provider.shutdown());
}
