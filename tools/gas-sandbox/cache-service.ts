import { type GasEnv, gasError } from "./env";
import type { CacheArgs } from "./gas-types";

/** Apps Script's documented limits (CacheService reference). */
export const CACHE_LIMITS = {
  maxKeyLength: 250,
  maxValueBytes: 100 * 1024,
  defaultExpirationSeconds: 600,
  maxExpirationSeconds: 21600,
  maxItems: 1000,
} as const;

interface Entry {
  value: string;
  expiresAt: number;
}

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/**
 * A `Cache`. Counted as "Cache.*". Entries expire by the sandbox clock; over 1000 items the
 * ones closest to expiry are evicted down to 900, as the reference describes.
 */
export class FakeCache {
  /** Stored entries, for inspection (expired ones are dropped on the next access). */
  readonly entries = new Map<string, Entry>();

  constructor(private readonly env: GasEnv) {}

  private now(): number {
    return this.env.clock.now();
  }
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) this.entries.delete(key);
    return this.entries.get(key);
  }
  private checkKey(key: string): void {
    if (key.length > CACHE_LIMITS.maxKeyLength) throw gasError(this.env, "Argument too large: key");
  }
  private store(key: string, value: unknown, seconds: number | undefined): void {
    this.checkKey(key);
    const text = String(value);
    if (bytes(text) > CACHE_LIMITS.maxValueBytes) throw gasError(this.env, "Argument too large: value");
    // Longer expirations are cut to the 6-hour maximum; the minimum is 1 second.
    const s = Math.min(
      Math.max(seconds ?? CACHE_LIMITS.defaultExpirationSeconds, 1),
      CACHE_LIMITS.maxExpirationSeconds,
    );
    this.entries.delete(key);
    this.entries.set(key, { value: text, expiresAt: this.now() + s * 1000 });
  }
  private evict(): void {
    if (this.entries.size <= CACHE_LIMITS.maxItems) return;
    const byExpiry = [...this.entries].sort((a, b) => a[1].expiresAt - b[1].expiresAt);
    for (const [key] of byExpiry.slice(0, this.entries.size - 900)) this.entries.delete(key);
  }

  get(...[key]: CacheArgs<"get">): string | null {
    this.checkKey(key);
    return this.live(key)?.value ?? null;
  }
  getAll(...[keys]: CacheArgs<"getAll">): Record<string, string> {
    const out = new this.env.realm.Object() as Record<string, string>;
    for (const key of keys) {
      const entry = this.live(key);
      if (entry) out[key] = entry.value;
    }
    return out;
  }
  put(...[key, value, expirationInSeconds]: CacheArgs<"put">): void {
    this.store(key, value, expirationInSeconds);
    this.evict();
  }
  putAll(...[values, expirationInSeconds]: CacheArgs<"putAll">): void {
    for (const [key, value] of Object.entries(values)) this.store(key, value, expirationInSeconds);
    this.evict();
  }
  remove(...[key]: CacheArgs<"remove">): void {
    this.entries.delete(key);
  }
  removeAll(...[keys]: CacheArgs<"removeAll">): void {
    for (const key of keys) this.entries.delete(key);
  }
}

/** `CacheService`: one document cache, one script cache, and one cache per user (`env.user`). */
export class FakeCacheService {
  readonly document: FakeCache;
  readonly script: FakeCache;
  private readonly users = new Map<string, FakeCache>();

  constructor(private readonly env: GasEnv) {
    this.document = env.calls.track(new FakeCache(env), "Cache");
    this.script = env.calls.track(new FakeCache(env), "Cache");
  }

  getDocumentCache(): FakeCache {
    return this.document;
  }
  getScriptCache(): FakeCache {
    return this.script;
  }
  getUserCache(): FakeCache {
    return this.userCache(this.env.user);
  }
  /** The cache of one user, for tests (not a GAS method). */
  userCache(user: string): FakeCache {
    let cache = this.users.get(user);
    if (!cache) {
      cache = this.env.calls.track(new FakeCache(this.env), "Cache");
      this.users.set(user, cache);
    }
    return cache;
  }
}
