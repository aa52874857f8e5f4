/**
 * A fixed-window attempt counter in memory (per node), for limits the rate-limit plugin cannot
 * stack on one route: it runs a single limit per request, and sign-in needs two (per account and
 * per client address).
 */
export class AttemptLimit {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts an attempt for `key`; answers 429 (as the plugin does) once the window's limit is spent. */
  hit(key: string, now = Date.now()): void {
    if (now - this.windowStart >= this.windowMs) {
      // A new window forgets every key, so the map never outgrows one window's clients.
      this.windowStart = now;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > this.max) {
      throw Object.assign(new Error("too many attempts; wait and try again"), { statusCode: 429 });
    }
  }
}
