/*
 * The header widget shows its navigation toggle's hidden label (read by screen readers) as the raw key
 * CAM_WIDGET_HEADER_TOGGLE_NAVIGATION: index.html does not pass it translated. Put the Vietnamese label in.
 */
const KEY = 'CAM_WIDGET_HEADER_TOGGLE_NAVIGATION';
const LABEL = 'Ẩn/hiện thanh điều hướng';

function label() {
  document.querySelectorAll('button.navbar-toggle .sr-only').forEach(el => {
    if (el.textContent.trim() === KEY) {
      el.textContent = LABEL;
    }
  });
}

new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
label();

// a custom script is loaded as a plugin module: no plugin here
export default [];
