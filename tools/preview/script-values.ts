/**
 * The values `google.script.run` lets through, as in Apps Script: primitives, null, and plain
 * objects and arrays made of them. A Date, a function, a class instance, a Map, a symbol…
 * anywhere inside makes the call fail. Values may come from the script's vm realm, so the
 * checks never rely on `instanceof`.
 */

/** The path of the first value that cannot cross (`""` for the value itself), or null. */
export function illegalValuePath(value: unknown, path = ""): string | null {
  return walk(value, path, new Set());
}

function walk(value: unknown, path: string, seen: Set<object>): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return null;
  if (type !== "object") return path;
  const obj = value as object;
  if (seen.has(obj)) return path;
  seen.add(obj);
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      const bad = walk(obj[i], join(path, String(i)), seen);
      if (bad !== null) return bad;
    }
  } else {
    if (!isPlainObject(obj)) return path;
    for (const [key, child] of Object.entries(obj)) {
      const bad = walk(child, join(path, key), seen);
      if (bad !== null) return bad;
    }
  }
  seen.delete(obj);
  return null;
}

/** `{}` or `Object.create(null)` of any realm: its prototype is a realm's Object.prototype. */
function isPlainObject(obj: object): boolean {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto === null) return true;
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(obj) === "[object Object]";
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** Apps Script's wording for a value that cannot cross. */
export function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path === "" ? "0" : path}`;
}
