// "Did you mean" figures: `suggest` for every unknown name of a large paste,
// against a fresh candidate list (so the per-list index is built inside the
// timing, as in a check run): near misses of long similar names, of
// abbreviated school names, and long names of units that are not in the
// catalogue at all (the worst case of a scan). Run directly
// (`node --import tsx bench/near-miss.ts`) it prints its figures.
import { pathToFileURL } from "node:url";
import { suggest } from "../src/core/text/suggest";
import {
  abbreviatedSchoolNames,
  longUnitNames,
  nearMisses,
  unknownUnits,
} from "../tools/fixtures/near-miss-names";

export interface NearMissFigure {
  readonly label: string;
  readonly ms: number;
}

function time(label: string, catalogue: readonly string[], inputs: readonly string[]): NearMissFigure {
  const candidates = [...catalogue];
  const start = performance.now();
  let hints = 0;
  for (const input of inputs) if (suggest(input, candidates) !== undefined) hints++;
  const ms = Math.round(performance.now() - start);
  return { label: `${label} (${hints} hints)`, ms };
}

export function benchNearMiss(): NearMissFigure[] {
  const long = longUnitNames();
  const schools = abbreviatedSchoolNames();
  return [
    time(
      `${long.length} long similar unit names, 1 000 unknown near misses`,
      long,
      nearMisses(long, 1_000, 11),
    ),
    time(
      `${schools.length} abbreviated school names, 3 000 unknown near misses`,
      schools,
      nearMisses(schools, 3_000, 12),
    ),
    // The worst case of a scan: no candidate is close, so nothing narrows the search.
    time(`${long.length} long similar unit names, 1 000 unknown units`, long, unknownUnits(1_000, 13)),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of benchNearMiss()) console.log(`${f.label}: ${f.ms} ms`);
}
