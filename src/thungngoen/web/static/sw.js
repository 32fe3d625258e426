// Offline shell: keep the static assets in a cache, serve them cache-first.
// Pages and the API always go to the network (balances must never be stale); offline, a
// page is the offline page, which shows the last known balance marked as such (0036).
// The collectors' field page (0046) is the exception: network first, and offline the copy
// this phone last loaded (it holds no personal data; its script reads the phone's store).
const CACHE = "thungngoen-static-v7";
const FIELD_PAGE = "/data/field";
// What the worker keeps between pages (not a version of the assets): the last unread count.
const STATE = "thungngoen-state";
const UNREAD = "/__thungngoen/unread";
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
  "/static/community/field.js",
  "/static/community/field.css",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE && key !== STATE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The field page, opened before this worker controlled it: kept for the next time offline.
const keepFieldPage = () =>
  Promise.all([caches.open(CACHE), fetch(FIELD_PAGE, { credentials: "same-origin" })])
    .then(([cache, answer]) => (answer.ok && !answer.redirected ? cache.put(FIELD_PAGE, answer) : cache.delete(FIELD_PAGE)))
    .catch(() => {});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  } else if (request.mode === "navigate" && url.pathname === FIELD_PAGE) {
    event.respondWith(
      fetch(request)
        .then((answer) => {
          const copy = answer.clone();
          caches.open(CACHE).then((cache) =>
            answer.ok && !answer.redirected ? cache.put(FIELD_PAGE, copy) : cache.delete(FIELD_PAGE),
          );
          return answer;
        })
        .catch(() => caches.match(FIELD_PAGE).then((kept) => kept || caches.match("/static/offline.html"))),
    );
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/static/offline.html")));
  }
});

// Unread messages (decision 0040): the count the pages' header shows and the pushes carry,
// kept for the offline page ("ข้อความที่ยังไม่ได้อ่าน N (ณ …)") and shown on the app icon where
// the system has badges. A page without a logged-in user sends null: forgotten.
const badge = (count) => {
  if (!("setAppBadge" in self.navigator)) return Promise.resolve();
  return (count > 0 ? self.navigator.setAppBadge(count) : self.navigator.clearAppBadge()).catch(() => {});
};
const keepUnread = (state) =>
  caches.open(STATE).then((cache) =>
    (state
      ? cache.put(UNREAD, new Response(JSON.stringify(state), { headers: { "Content-Type": "application/json" } }))
      : cache.delete(UNREAD)
    ).then(() => badge(state ? state.unread : 0)),
  );
const keptUnread = () =>
  caches.open(STATE).then((cache) => cache.match(UNREAD)).then((kept) => (kept ? kept.json() : null));

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "unread") event.waitUntil(keepUnread(data.state));
  if (data.type === "field") event.waitUntil(keepFieldPage());
});

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (error) {
    message = {};
  }
  const shown = self.registration.showNotification(message.title || "ถุงเงินสงขลา", {
    body: message.body || "",
    icon: "/static/icons/icon-192.png",
    tag: message.tag,
    data: { link: message.link || "/inbox" },
  });
  // Only where someone is logged in on this browser (a page has sent a count).
  const counted = Number.isInteger(message.unread)
    ? keptUnread().then((kept) => kept && keepUnread({ ...kept, unread: message.unread, at: new Date().toISOString() }))
    : Promise.resolve();
  event.waitUntil(Promise.all([shown, counted.catch(() => {})]));
});

// A tap opens the message's page in a window of the app (or focuses one showing it); a
// link elsewhere than this site is never followed: the inbox opens instead.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const asked = new URL((event.notification.data && event.notification.data.link) || "/inbox", self.location.origin);
  const target = asked.origin === self.location.origin ? asked.href : new URL("/inbox", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const showing = windows.find((client) => client.url === target);
      if (showing) return showing.focus();
      return self.clients.openWindow(target);
    }),
  );
});
