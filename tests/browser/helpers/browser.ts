/** Debian's Chromium (scripts/ensure-chromium.mjs installs it before the tests). */
export { launchChromium } from "../../../tools/report/chromium";
