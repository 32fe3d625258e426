// Register the service worker (offline shell); the pages work without it.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
  });
}

// A Print button (data-print) prints the page: receipts, closing sheets, posters, vouchers.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) window.print();
});

// A form marked data-once sends once: a second tap while the first submit is on its way
// would post it again (the server's idempotency key makes that harmless, but slow).
document.addEventListener("submit", (event) => {
  if (!event.target.matches("form[data-once]")) return;
  const buttons = event.target.querySelectorAll('button[type="submit"]');
  setTimeout(() => buttons.forEach((button) => { button.disabled = true; }), 0);
});

// Coming back to the page from the history: the forms work again.
window.addEventListener("pageshow", () => {
  document.querySelectorAll('form[data-once] button[type="submit"]').forEach((button) => {
    button.disabled = false;
  });
});

// The offline page shows what the wallet home last showed (decision 0036): the home page
// carries it as a JSON data block, kept here in the browser's storage. A page without a
// logged-in user (after logging out) and the logout button itself forget it.
const OFFLINE_KEY = "thungngoen.offline-summary";
try {
  const summary = document.getElementById("offline-summary");
  if (summary) {
    localStorage.setItem(OFFLINE_KEY, summary.textContent);
  } else if (!document.querySelector('form[action="/logout"]')) {
    localStorage.removeItem(OFFLINE_KEY);
  }
  document.addEventListener("submit", (event) => {
    if (event.target.matches('form[action="/logout"]')) localStorage.removeItem(OFFLINE_KEY);
  });
} catch (error) {
  // Storage refused (private mode, full): the offline page then shows no balance.
}

// A table wider than the screen scrolls sideways in its box: then, and only then, the box
// takes the keyboard focus, so the arrow keys can scroll it (WCAG 2.1.1, decision 0038).
const scrollBoxes = new ResizeObserver((entries) => {
  entries.forEach(({ target }) => {
    if (target.scrollWidth > target.clientWidth) target.tabIndex = 0;
    else target.removeAttribute("tabindex");
  });
});
const watchScrollBoxes = (root) => {
  root.querySelectorAll(".table-scroll").forEach((box) => scrollBoxes.observe(box));
};
document.addEventListener("DOMContentLoaded", () => watchScrollBoxes(document));
document.addEventListener("htmx:afterSwap", (event) => watchScrollBoxes(event.target));

// The header's unread count goes to the service worker, which keeps it for the offline
// page and the app icon's badge (decision 0040); a page without a logged-in user forgets it.
if ("serviceWorker" in navigator) {
  const inbox = document.querySelector(".inbox-link");
  const unread = document.getElementById("unread-count");
  const loggedOut = !document.querySelector('form[action="/logout"]');
  const lang = document.documentElement.lang;
  const state = inbox ? { unread: unread ? Number(unread.textContent) : 0, at: new Date().toISOString(), lang } : null;
  if (inbox || loggedOut) {
    navigator.serviceWorker.ready
      .then((registration) => registration.active && registration.active.postMessage({ type: "unread", state }))
      .catch(() => {});
  }
}
