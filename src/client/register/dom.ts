/** Small DOM helpers: every piece of user text goes through textContent, never HTML. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<"id" | "className" | "type" | "htmlFor" | "value", string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) (node as unknown as Record<string, string>)[k] = v as string;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Replaces a select's options; keeps the choice when it is still offered. */
export function fillSelect(select: HTMLSelectElement, options: readonly [string, string][], blank?: string) {
  const keep = select.value;
  select.replaceChildren();
  if (blank !== undefined) select.append(el("option", { value: "" }, blank));
  for (const [value, label] of options) select.append(el("option", { value }, label));
  if (options.some(([v]) => v === keep)) select.value = keep;
}

let busyCount = 0;
/** Runs `work` with the busy indicator on and every button disabled. */
export async function busy<T>(label: string, work: () => Promise<T>): Promise<T> {
  const indicator = byId("busy");
  busyCount++;
  indicator.textContent = label;
  indicator.hidden = false;
  byId("app").setAttribute("aria-busy", "true");
  for (const b of Array.from(document.querySelectorAll("button"))) b.disabled = true;
  try {
    return await work();
  } finally {
    busyCount--;
    if (busyCount === 0) {
      indicator.hidden = true;
      byId("app").setAttribute("aria-busy", "false");
      for (const b of Array.from(document.querySelectorAll("button"))) b.disabled = false;
    }
  }
}
