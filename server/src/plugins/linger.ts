import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface LingerLimits {
  /** Cut when no byte arrived for this long. */
  idleMs: number;
  /** Cut this long after the answer, whatever the pace. */
  totalMs: number;
  /** Cut once this many bytes were discarded. */
  maxBytes: number;
}

/**
 * Lingering close (nginx's lingering_close): an answer sent before the request's body was read to the
 * end (413 over a body limit, 401 before the body is parsed...) would otherwise close the connection
 * on unread bytes — the kernel then sends RST, and the client may lose the answer it had not read
 * yet (ECONNRESET instead of the 413). Instead the answer keeps the connection, and the rest of the
 * upload is read and discarded (never buffered) until it ends — the connection can then serve the
 * next request — or a bound is reached (`LingerLimits`), when the socket is destroyed: a client that
 * never stops sending cannot hold a connection.
 */
export const lingerPlugin = fp(
  async (app: FastifyInstance, options: { limits: LingerLimits; closing: () => boolean }) => {
    const lingering = new Set<Socket>();
    app.addHook('onSend', async (request, reply, payload) => {
      const raw = request.raw;
      // While shutting down, connections close after their answer: no new reads. Injected requests
      // (tests) have no socket to linger on.
      if (raw.complete || !(raw.socket instanceof Socket) || options.closing()) return payload;
      // Fastify asks to close a connection whose body it refused; closing is what loses the answer.
      reply.removeHeader('connection');
      // A client that asked to close (or HTTP/1.0) would have its socket closed by Node right after the
      // answer: kept open instead, and ended once the rest has arrived.
      const endAfter = !reply.raw.shouldKeepAlive;
      reply.raw.shouldKeepAlive = true;
      reply.raw.once('finish', () => discardRest(raw, options.limits, lingering, request.log, endAfter));
      return payload;
    });
    app.addHook('preClose', async () => {
      for (const socket of lingering) socket.destroy();
    });
  },
  { name: 'linger' },
);

function discardRest(
  request: IncomingMessage,
  limits: LingerLimits,
  lingering: Set<Socket>,
  log: FastifyBaseLogger,
  endAfter: boolean,
) {
  const socket = request.socket;
  if (!socket || socket.destroyed) return;
  if (request.complete || request.destroyed) {
    if (endAfter) socket.end();
    return;
  }
  // Counted on the socket: once Node has dumped an unread body, its parser drops the bytes before
  // they reach the request stream.
  const startBytes = socket.bytesRead;
  const startedAt = Date.now();
  let seenBytes = startBytes;
  let lastActivity = startedAt;
  const stop = () => {
    clearInterval(watch);
    request.off('end', ended);
    socket.off('close', stop);
    lingering.delete(socket);
  };
  // Everything was read: a close now is a clean one (FIN, no reset).
  const ended = () => {
    stop();
    if (endAfter) socket.end();
  };
  const cut = (bound: keyof LingerLimits) => {
    stop();
    log.info({ bound, discarded: socket.bytesRead - startBytes }, 'rest of an answered upload cut off');
    socket.destroy();
  };
  const watch = setInterval(
    () => {
      if (request.complete) return ended();
      const now = Date.now();
      if (socket.bytesRead !== seenBytes) {
        seenBytes = socket.bytesRead;
        lastActivity = now;
      }
      if (seenBytes - startBytes > limits.maxBytes) cut('maxBytes');
      else if (now - startedAt >= limits.totalMs) cut('totalMs');
      else if (now - lastActivity >= limits.idleMs) cut('idleMs');
    },
    Math.max(25, Math.min(250, limits.idleMs / 4)),
  );
  lingering.add(socket);
  request.once('end', ended);
  socket.once('close', stop);
  // A body read by a route and left half-way (the import's reader) is paused: flow again, to nowhere.
  request.resume();
}
