// @ts-check
// Rate limits of the API, as token buckets: each token (a kommun's role) has
// one for reads and one for writes, and each client address one for failed
// sign-ins. A bucket holds `burst` requests and refills at `rate` a second; a
// request finding it empty gets 429 with Retry-After. Kept in memory, per
// instance: behind a load balancer of n instances a token may send n times
// as much.

/** @typedef {{ rate: number, burst: number }} Limit */
/**
 * @typedef {object} RateLimitOptions
 * @property {Limit | false} [perToken] Requests of one token, counted apart for reads (GET, HEAD) and writes.
 * @property {Limit | false} [failedSignIns] Requests without a valid token, per client address.
 * @property {() => number} [now] The clock, in milliseconds (monotonic); tests pass their own.
 */

/** The defaults: far above a kommun's normal day, so that only a runaway client or a leaked token is held back. */
export const DEFAULT_RATE_LIMITS = Object.freeze({
  perToken: Object.freeze({ rate: 300, burst: 3000 }),
  failedSignIns: Object.freeze({ rate: 1, burst: 60 }),
});

/**
 * Token buckets by key. A full bucket is the same as none, so memory stays
 * bounded without a timer: past `maxKeys` buckets, full ones are dropped,
 * then the oldest.
 */
export class TokenBuckets {
  /** @param {Limit & { now?: () => number, maxKeys?: number }} options */
  constructor({ rate, burst, now = () => performance.now(), maxKeys = 100_000 }) {
    if (!(rate > 0) || !(burst >= 1)) throw new Error(`a rate limit needs a rate above 0 and a burst of at least 1 (got ${rate}/s, ${burst})`);
    this.rate = rate;
    this.burst = burst;
    this.now = now;
    this.maxKeys = maxKeys;
    /** @type {Map<string, { tokens: number, at: number }>} */
    this.buckets = new Map();
  }

  /** @param {string} key */
  #level(key) {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate) : this.burst;
    return { tokens, now };
  }

  /**
   * What is left in `key`'s bucket, and how many seconds until one request
   * more is allowed (0 when one is).
   * @param {string} key
   */
  peek(key) {
    const { tokens } = this.#level(key);
    return { remaining: Math.floor(tokens), retryAfter: tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.rate) };
  }

  /**
   * Takes one request from `key`'s bucket when it holds one.
   * @param {string} key
   * @returns {{ allowed: boolean, remaining: number, retryAfter: number, reset: number }} `reset`: seconds until the bucket is full again.
   */
  take(key) {
    const { tokens, now } = this.#level(key);
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    this.buckets.delete(key); // re-inserted last: the Map's order is the order of use
    this.buckets.set(key, { tokens: left, at: now });
    if (this.buckets.size > this.maxKeys) this.#prune(now);
    return {
      allowed,
      remaining: Math.floor(left),
      retryAfter: allowed ? 0 : Math.ceil((1 - left) / this.rate),
      reset: Math.ceil((this.burst - left) / this.rate),
    };
  }

  /**
   * Gives one request back to `key`'s bucket (one taken for a request that
   * turned out not to count).
   * @param {string} key
   */
  give(key) {
    const { tokens, now } = this.#level(key);
    this.buckets.set(key, { tokens: Math.min(this.burst, tokens + 1), at: now });
  }

  /** @param {number} now */
  #prune(now) {
    for (const [key, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.rate >= this.burst) this.buckets.delete(key);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The address a client is limited by: IPv4 as it is, IPv6 by its /64 (one
 * household or server gets a whole /64 and can pick any address in it).
 * @param {string} ip
 */
export function addressKey(ip) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Reads the limits from the environment (see docs/server.md):
 * SAMSYN_RATE_LIMIT (requests a second per token, 0 = none),
 * SAMSYN_RATE_BURST (ten seconds' worth of the rate), SAMSYN_SIGNIN_LIMIT (failed sign-ins a minute per
 * address, 0 = none).
 * @param {Record<string, string | undefined>} env
 * @returns {RateLimitOptions}
 */
export function rateLimitsFromEnv(env) {
  /** @param {string} name @param {number} fallback */
  const number = (name, fallback) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of at least 0 (got ${raw})`);
    return n;
  };
  const rate = number('SAMSYN_RATE_LIMIT', DEFAULT_RATE_LIMITS.perToken.rate);
  // Ten seconds' worth of the rate unless given (3,000 at the default 300 a second).
  const burst = number('SAMSYN_RATE_BURST', rate * (DEFAULT_RATE_LIMITS.perToken.burst / DEFAULT_RATE_LIMITS.perToken.rate));
  const perMinute = number('SAMSYN_SIGNIN_LIMIT', DEFAULT_RATE_LIMITS.failedSignIns.burst);
  return {
    perToken: rate > 0 ? { rate, burst: Math.max(1, burst) } : false,
    failedSignIns: perMinute > 0 ? { rate: perMinute / 60, burst: perMinute } : false,
  };
}

/**
 * The Fastify plugin. Its hooks apply to the requests `applies` picks (the
 * API). Every request takes one from its client address's bucket before its
 * token is looked at, and gives it back as soon as the token is found valid
 * (or, at the latest, when the answer is not 401): only failed sign-ins
 * count, and however many arrive at once, no more tokens are checked than
 * the bucket holds. An address whose bucket is empty is refused whatever
 * its token, so guessing learns nothing. A request with a valid token
 * (`keyOf` gives the token's key, after the sign-in hook) takes one from the
 * token's bucket before its body is read.
 *
 * @param {import('fastify').FastifyInstance} app
 * @param {RateLimitOptions & {
 *   applies: (request: import('fastify').FastifyRequest) => boolean,
 *   keyOf: (request: import('fastify').FastifyRequest) => string | null,
 *   refuse: (request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply, why: 'requests' | 'sign-ins', retryAfter: number) => unknown,
 * }} options
 */
async function rateLimitPlugin(app, { perToken = DEFAULT_RATE_LIMITS.perToken, failedSignIns = DEFAULT_RATE_LIMITS.failedSignIns, now, applies, keyOf, refuse }) {
  const tokens = perToken ? new TokenBuckets({ ...perToken, now, maxKeys: 10_000 }) : null;
  const addresses = failedSignIns ? new TokenBuckets({ ...failedSignIns, now }) : null;

  /** The address a request took one from, until it is given back. */
  const held = new WeakMap();
  /** @param {import('fastify').FastifyRequest} request */
  const giveBack = (request) => {
    const key = held.get(request);
    if (key === undefined || !addresses) return;
    held.delete(request);
    addresses.give(key);
  };

  if (addresses) {
    app.addHook('onRequest', async (request, reply) => {
      if (!applies(request)) return;
      const key = addressKey(request.ip);
      const bucket = addresses.take(key);
      if (!bucket.allowed) {
        reply.header('retry-after', String(bucket.retryAfter));
        return refuse(request, reply, 'sign-ins', bucket.retryAfter);
      }
      held.set(request, key);
    });
    app.addHook('onResponse', async (request, reply) => {
      if (reply.statusCode !== 401) giveBack(request);
    });
  }

  if (tokens || addresses) {
    app.addHook('preParsing', async (request, reply) => {
      const key = applies(request) ? keyOf(request) : null;
      if (key === null) return;
      // Signed in: this request was no failed sign-in.
      giveBack(request);
      if (!tokens || reply.sent) return;
      const kind = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
      const bucket = tokens.take(`${key} ${kind}`);
      reply.header('ratelimit-limit', String(tokens.burst));
      reply.header('ratelimit-remaining', String(bucket.remaining));
      reply.header('ratelimit-reset', String(bucket.reset));
      if (!bucket.allowed) {
        reply.header('retry-after', String(bucket.retryAfter));
        return refuse(request, reply, 'requests', bucket.retryAfter);
      }
    });
  }
}

// Like fastify-plugin: the hooks apply to the whole service, not only inside the plugin's own scope.
/** @type {any} */ (rateLimitPlugin)[Symbol.for('skip-override')] = true;
/** @type {any} */ (rateLimitPlugin)[Symbol.for('fastify.display-name')] = 'samsyn-rate-limit';

export const rateLimit = rateLimitPlugin;
