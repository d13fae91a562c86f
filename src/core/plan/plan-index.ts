import { nameKey } from "../text/name-key";
import { suggest } from "../text/suggest";
import { titleKey } from "../text/title-key";
import type { Plan, PlanIndex, Title } from "./types";

/** Lookups by name key over a parsed plan. */
export function indexPlan(plan: Plan): PlanIndex {
  const clusters = new Map(plan.clusters.map((c) => [c.key, c]));
  const units = new Map(plan.units.map((u) => [u.key, u]));
  const titles = new Map<string, Title>();
  // Full names win over abbreviations when both could match.
  for (const t of plan.titles) if (t.abbreviation) titles.set(nameKey(t.abbreviation), t);
  for (const t of plan.titles) titles.set(t.key, t);
  // Abbreviated words written out ("CSTĐ cơ sở"): the same key the sidebar's form resolves by.
  const written = new Map<string, Title>();
  for (const t of plan.titles) if (!written.has(titleKey(t.name))) written.set(titleKey(t.name), t);
  const unitNames = plan.units.map((u) => u.name);
  const titleNames = plan.titles.map((t) => t.name);
  return {
    plan,
    cluster: (id) => clusters.get(nameKey(id)),
    unit: (name) => units.get(nameKey(name)),
    title: (name) => titles.get(nameKey(name)) ?? written.get(titleKey(name)),
    deadlineOf: (cluster) => cluster.ownDeadline ?? plan.deadline,
    suggestUnit: (name) => suggest(name, unitNames),
    suggestTitle: (name) => suggest(name, titleNames),
  };
}
