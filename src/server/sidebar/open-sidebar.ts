import { showSidebarFromFile } from "../../adapter/registrations/show-sidebar";

export const SIDEBAR_TITLE = "Đăng ký thi đua";

/** Menu: opens the registration form (build/register.html) in the sidebar. */
export function openRegistrationSidebar(): void {
  showSidebarFromFile("register", SIDEBAR_TITLE);
}
