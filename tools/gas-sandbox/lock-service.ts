import { type GasEnv, gasError } from "./env";
import type { LockArgs } from "./gas-types";

type LockKind = "document" | "script" | "user";

interface LockState {
  holder: string | null;
  /** Virtual ms after which a scripted foreign holder lets go (Infinity: never). */
  releaseAfterMs: number;
}

export interface LockRequest {
  kind: LockKind;
  owner: string;
  timeoutMs: number;
}

/** Test-only methods of FakeLockService: not recorded in the call log. */
export const LOCK_CONTROLS = ["holdBy", "free", "runAs", "beforeNextLock"];

/** A `Lock`. Counted as "Lock.*". */
export class FakeLock {
  constructor(
    private readonly service: FakeLockService,
    readonly kind: LockKind,
    readonly owner: string,
  ) {}

  tryLock(...[timeoutInMillis]: LockArgs<"tryLock">): boolean {
    return this.service._acquire(this, timeoutInMillis);
  }
  waitLock(...[timeoutInMillis]: LockArgs<"waitLock">): void {
    if (!this.service._acquire(this, timeoutInMillis)) {
      throw this.service._error("Lock timeout: another process was holding the lock for too long.");
    }
  }
  hasLock(): boolean {
    return this.service._state(this.kind).holder === this.owner;
  }
  releaseLock(): void {
    const state = this.service._state(this.kind);
    if (state.holder === this.owner) state.holder = null;
  }
}

/**
 * `LockService` with scriptable contention. Time is virtual: a foreign holder scripted with
 * `holdBy(owner, { releaseAfterMs })` lets go once a request waits at least that long.
 * `beforeNextLock(fn)` runs `fn` (as top-level script code, its calls counted) when the next
 * lock is requested — e.g. another user's whole submission — to interleave two executions.
 */
export class FakeLockService {
  /** Every lock request in order, for tests showing lock order. */
  readonly requests: LockRequest[] = [];
  /** Owners in the order they obtained a lock. */
  readonly grants: string[] = [];
  private readonly states = new Map<LockKind, LockState>();
  private readonly hooks: ((request: LockRequest) => void)[] = [];
  private owner = "me";

  constructor(private readonly env: GasEnv) {}

  getDocumentLock(): FakeLock {
    return this.env.calls.track(new FakeLock(this, "document", this.owner), "Lock");
  }
  getScriptLock(): FakeLock {
    return this.env.calls.track(new FakeLock(this, "script", this.owner), "Lock");
  }
  getUserLock(): FakeLock {
    return this.env.calls.track(new FakeLock(this, "user", this.owner), "Lock");
  }

  /** Test control: makes `owner` hold the lock of `kind` (default document). */
  holdBy(owner: string, options: { kind?: LockKind; releaseAfterMs?: number } = {}): void {
    this.states.set(options.kind ?? "document", {
      holder: owner,
      releaseAfterMs: options.releaseAfterMs ?? Infinity,
    });
  }
  /** Test control: frees the lock of `kind` whoever holds it. */
  free(kind: LockKind = "document"): void {
    this._state(kind).holder = null;
  }
  /** Test control: runs `fn` as another execution: locks it takes belong to `owner`. */
  runAs<T>(owner: string, fn: () => T): T {
    const saved = this.owner;
    this.owner = owner;
    try {
      return fn();
    } finally {
      this.owner = saved;
    }
  }
  beforeNextLock(fn: (request: LockRequest) => void): void {
    this.hooks.push(fn);
  }

  _state(kind: LockKind): LockState {
    let state = this.states.get(kind);
    if (!state) {
      state = { holder: null, releaseAfterMs: Infinity };
      this.states.set(kind, state);
    }
    return state;
  }
  _error(message: string): Error {
    return gasError(this.env, message);
  }
  _acquire(lock: FakeLock, timeoutMs: number): boolean {
    const request: LockRequest = { kind: lock.kind, owner: lock.owner, timeoutMs };
    this.requests.push(request);
    const hook = this.hooks.shift();
    if (hook) this.env.calls.asScript(() => hook(request));
    const state = this._state(lock.kind);
    if (state.holder !== null && state.holder !== lock.owner && state.releaseAfterMs <= timeoutMs) {
      state.holder = null;
    }
    if (state.holder !== null && state.holder !== lock.owner) return false;
    if (state.holder !== lock.owner) this.grants.push(lock.owner);
    state.holder = lock.owner;
    state.releaseAfterMs = Infinity;
    return true;
  }
}
