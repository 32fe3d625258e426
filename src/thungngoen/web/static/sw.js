// Offline shell: keep the static assets in a cache, serve them cache-first.
// Pages and the API always go to the network (balances must never be stale); offline, a
// page is the offline page, which shows the last known balance marked as such (0036).
const CACHE = "thungngoen-static-v5";
const ASSETS = [
  "/static/app.css",
  "/static/app.js",
  "/static/vendor/htmx.org/htmx.min.js",
  "/static/vendor/sarabun/sarabun-thai-400-normal.woff2",
  "/static/vendor/sarabun/sarabun-thai-600-normal.woff2",
  "/static/vendor/sarabun/sarabun-latin-400-normal.woff2",
  "/static/vendor/sarabun/sarabun-latin-600-normal.woff2",
  "/static/icons/icon.svg",
  "/static/icons/icon-192.png",
  "/static/icons/icon-512.png",
  "/static/offline.html",
  "/static/offline.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/static/offline.html")));
  }
});
