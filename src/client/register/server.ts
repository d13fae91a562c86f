import type { Submission } from "../../core/registration-form/schema";
import type { ContextResult, Failure, UnitRowsResult, WriteResult } from "../../core/registration-form/types";

/** The functions of build/Code.js the sidebar calls. */
export interface ServerApi {
  getRegistrationContext(): ContextResult;
  getUnitRegistrations(payload: { cluster: string; unit: string }): UnitRowsResult | Failure;
  submitRegistrations(payload: Submission): WriteResult;
  updateRegistration(payload: unknown): WriteResult;
  withdrawRegistration(payload: unknown): WriteResult;
  recordResult(payload: unknown): WriteResult;
}

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

/** One google.script.run call as a promise. Payloads are plain objects of strings and numbers. */
export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
