/* Accessibility fixes to the theme's own markup (pydata-sphinx-theme 0.20), found by axe-core:
 * - the search button's aria-label "Search" differs from its visible text "Search Ctrl+K"
 *   (label-content-name-mismatch): let the visible text name it;
 * - the left sidebar's site title sits outside any landmark (region): make the sidebar one. */
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".search-button__button[aria-label]").forEach(b => b.removeAttribute("aria-label"));
  const side = document.querySelector(".bd-sidebar-primary");
  if (side && !side.getAttribute("role")) {
    side.setAttribute("role", "complementary");
    side.setAttribute("aria-label", "Course contents");
  }
});
