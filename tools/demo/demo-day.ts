/**
 * The day the demo stands on: 20/02/2020, eight days before the plan's deadline (28/02/2020).
 * The demo is built with the sandbox clock on that day (its checks, reports and stamps say so),
 * and `npm start` opens it on that day: a registration typed in the preview is on time, as it
 * would be for a cluster head that February. `Ngày tham chiếu` stays blank, so that the checks
 * follow the clock (`PREVIEW_TODAY` moves it; `npm run check -- --as-of` sets the setting).
 */
export const DEMO_TODAY = "20/02/2020";

/** The demo's build time: 09:00 on the demo day in Hà Nội. */
export const DEMO_NOW = new Date("2020-02-20T09:00:00+07:00");

/**
 * Cluster 3 set itself an earlier deadline (`Hạn đăng ký riêng`) to compile its list before the
 * council's: so the demo already has late registrations (DK12, DV02) and a late dossier (HS03)
 * on a day before the general deadline.
 */
export const EARLY_CLUSTER = "3";
export const EARLY_DEADLINE = "14/02/2020";

/** The last day a cluster's demo registrations are dated on time: its deadline or the demo day. */
const lastOnTimeDay = (cluster: string): number => (cluster === EARLY_CLUSTER ? 14 : 20);

/** A registration date on time for `cluster`, spread over February from the 3rd. */
export function onTimeDate(n: number, cluster: string): string {
  const span = lastOnTimeDay(cluster) - 2;
  return `${String(3 + (n % span)).padStart(2, "0")}/02/2020`;
}
