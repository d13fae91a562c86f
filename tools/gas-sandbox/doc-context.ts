import type { Container } from "./doc-container";
import type { BlockNode } from "./doc-model";
import { type GasEnv, gasError } from "./env";

/** One open handle on a document (`create`/`openById`): `saveAndClose()` closes it. */
export interface DocSession {
  closed: boolean;
}

export interface DocContext {
  env: GasEnv;
  session: DocSession;
  /** Wraps an element: counted as `${service}.*`, and refusing every call once its handle is closed. */
  wrap<T extends object>(element: T, service: string): T;
  /** The wrapped Paragraph or Table for a block (set by the DocumentApp fake, which knows them all). */
  block: (node: BlockNode, container: Container) => object;
}

export function docContext(env: GasEnv, session: DocSession): DocContext {
  const guard = <T extends object>(element: T): T =>
    new Proxy(element, {
      get: (obj, prop, receiver) => {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== "function" || typeof prop !== "string" || prop.startsWith("_")) return value;
        if (!session.closed) return value;
        return () => {
          throw gasError(env, "Document is closed, its contents cannot be updated.");
        };
      },
    });
  const wrap = <T extends object>(element: T, service: string): T => env.calls.track(guard(element), service);
  const block = (): object => {
    throw new Error("docContext: block() used before the DocumentApp fake set it");
  };
  return { env, session, wrap, block };
}
