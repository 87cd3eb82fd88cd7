import { config } from 'zod/mini';

/*
 * The elements run inside kommun portals with a strict Content Security
 * Policy (no 'unsafe-eval', Trusted Types for every script sink). zod by
 * default probes once for `new Function` to compile fast object parsers, and
 * that probe alone is reported as a policy violation. Imported for its effect
 * by the elements' base class, before any schema parses, so the bundled zod
 * never probes in a page. The Node entries (`samsyn/schema`,
 * `samsyn/aggregate`) do not import this module, so a server keeps zod's JIT.
 */
config({ jitless: true });
