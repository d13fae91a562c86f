// The sidebar's public functions: the menu action and what google.script.run calls.
export { openRegistrationSidebar } from "./open-sidebar";
export { getRegistrationContext } from "./registration-context";
export { submitRegistrations } from "./submit-registrations";
export { updateRegistration } from "./update-registration";
export { withdrawRegistration } from "./withdraw-registration";
