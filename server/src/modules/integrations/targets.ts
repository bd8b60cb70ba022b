import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go (server-side request forgery guard). A webhook URL is checked when it is
 * subscribed, and every address its host resolves to is checked again when each delivery connects
 * (inside the socket's DNS lookup, so a host cannot resolve to a public address at subscription time
 * and to an internal one later). Only globally routable unicast addresses pass, unless
 * WEBHOOK_ALLOW_PRIVATE_HOSTS allows more.
 */

/** `true`: loopback, private... allowed (not metadata); `false`: refused; a list: only these hosts or ranges. */
export type AllowPrivateHosts = boolean | readonly string[];

/** Cloud instance metadata endpoints (AWS, GCP, Azure, OpenStack; AWS IPv6; ECS tasks; Alibaba). */
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '169.254.170.2', '100.100.100.200']);

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (CGNAT) address',
  private: 'a private address',
  uniqueLocal: 'a unique-local IPv6 address',
  reserved: 'a reserved address',
};

const parse = (address: string) => ipaddr.process(address.replace(/^\[|\]$/g, ''));

function listed(address: ipaddr.IPv4 | ipaddr.IPv6, host: string | undefined, allow: readonly string[]) {
  return allow.some((entry) => {
    if (host !== undefined && entry === host.toLowerCase()) return true;
    try {
      const [range, bits] = entry.includes('/')
        ? ipaddr.parseCIDR(entry)
        : ([parse(entry), parse(entry).kind() === 'ipv4' ? 32 : 128] as const);
      const normal = range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress() ? parse(entry) : range;
      return normal.kind() === address.kind() && address.match(normal as never, bits);
    } catch {
      return false;
    }
  });
}

/**
 * Why webhooks may not be sent to `address`, or null when they may. `host` is the URL's host name,
 * matched against host names in an allow-list. IPv4-mapped IPv6 addresses are judged as IPv4.
 */
export function refusedAddress(address: string, allow: AllowPrivateHosts, host?: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = parse(address);
  } catch {
    return 'not an IP address';
  }
  if (Array.isArray(allow) && listed(parsed, host, allow)) return null;
  if (METADATA.has(parsed.toNormalizedString()) || METADATA.has(parsed.toString())) {
    return 'a cloud metadata address';
  }
  const range = parsed.range();
  if (range === 'unicast' || allow === true) return null;
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}

export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefused';
  }
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/** Resolves the URL's host and refuses it unless every address it resolves to may receive webhooks. */
export async function checkTarget(value: string | URL, allow: AllowPrivateHosts): Promise<void> {
  const url = typeof value === 'string' ? new URL(value) : value;
  const host = hostOf(url);
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = (await resolveAll(host)).map((entry) => entry.address);
    } catch {
      throw new TargetRefused(`The host ${host} does not resolve`);
    }
  }
  for (const address of addresses) {
    const reason = refusedAddress(address, allow, host);
    if (reason)
      throw new TargetRefused(`The host ${host} resolves to ${reason} (${address}); webhooks may not go there`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A socket `lookup` that refuses forbidden addresses at connection time (no DNS rebinding window). */
function guardedLookup(allow: AllowPrivateHosts) {
  return (host: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const entry of addresses) {
        const reason = refusedAddress(entry.address, allow, host);
        if (reason) return callback(new TargetRefused(`${host} resolves to ${reason}`), []);
      }
      const usable = options.family
        ? addresses.filter((entry) => entry.family === Number(String(options.family).replace('IPv', '')))
        : addresses;
      if (usable.length === 0)
        return callback(Object.assign(new Error(`No address for ${host}`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, usable);
      const [first] = usable as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}

export interface PostResult {
  statusCode: number;
  headers: IncomingHttpHeaders;
}

/**
 * POSTs `body` to a webhook URL: the address is checked when the socket connects, redirects are
 * not followed (a 3xx is an answer like any other, hence a failure), at most `maxResponseBytes` of
 * the answer are read, and the whole exchange is bounded by `timeoutMs`.
 */
export function postWebhook(
  value: string,
  options: {
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
    maxResponseBytes: number;
    allow: AllowPrivateHosts;
  },
): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(value);
    const host = hostOf(url);
    if (ipaddr.isValid(host)) {
      const reason = refusedAddress(host, options.allow, host);
      if (reason) return reject(new TargetRefused(`${host} is ${reason}`));
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const payload = Buffer.from(options.body, 'utf8');
    let settled = false;
    const finish = (error: Error | null, result?: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result as PostResult);
    };
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': String(payload.length) },
        lookup: guardedLookup(options.allow) as never,
        agent: false,
      },
      (response) => {
        let read = 0;
        const result = { statusCode: response.statusCode ?? 0, headers: response.headers };
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // Nothing in the answer is used: past the cap, stop reading and hang up.
          if (read > options.maxResponseBytes) {
            finish(null, result);
            response.destroy();
          }
        });
        response.on('end', () => finish(null, result));
        response.on('error', (error) => finish(error));
        response.on('close', () => finish(null, result));
      },
    );
    const timer = setTimeout(() => {
      const error = new Error(`No answer within ${options.timeoutMs} ms`);
      error.name = 'TimeoutError';
      request.destroy(error);
      finish(error);
    }, options.timeoutMs);
    request.on('error', (error) => finish(error));
    request.end(payload);
  });
}
