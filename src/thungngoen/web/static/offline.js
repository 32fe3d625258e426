// The offline page: the balance and latest movements the wallet home last showed on this
// phone (app.js keeps them), said to be as of that moment and maybe not current.
(() => {
  let summary = null;
  try {
    summary = JSON.parse(localStorage.getItem("thungngoen.offline-summary") || "null");
  } catch (error) {
    return;
  }
  if (!summary || !Array.isArray(summary.labels)) return;
  const [title, asOf, notCurrent, needsConnection, latest] = summary.labels;
  const text = (id, value) => { document.getElementById(id).textContent = value; };
  document.documentElement.lang = summary.lang === "en" ? "en" : "th";
  text("last-known-title", title);
  text("last-known-balance", summary.balance);
  text("last-known-as-of", `${asOf} ${summary.as_of}`);
  text("last-known-warning", notCurrent);
  text("last-known-connection", needsConnection);
  text("last-known-latest", latest);
  const list = document.getElementById("last-known-lines");
  for (const line of summary.lines || []) {
    const item = document.createElement("li");
    const when = document.createElement("span");
    when.className = "muted";
    when.textContent = line.when;
    const what = document.createElement("strong");
    what.textContent = line.what;
    const amount = document.createElement("span");
    amount.className = line.amount.startsWith("+") ? "amount in" : "amount out";
    amount.textContent = line.amount;
    item.append(when, " ", what, " ", amount);
    list.append(item);
  }
  document.getElementById("last-known").hidden = false;
})();

// The unread count the service worker kept (decision 0040), with the moment it was seen.
(() => {
  if (!("caches" in window)) return;
  caches
    .open("thungngoen-state")
    .then((cache) => cache.match("/__thungngoen/unread"))
    .then((kept) => (kept ? kept.json() : null))
    .then((state) => {
      if (!state || !Number.isInteger(state.unread)) return;
      const english = state.lang === "en";
      const at = new Intl.DateTimeFormat(english ? "en-GB" : "th-TH", {
        day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Bangkok",
      }).format(new Date(state.at));
      document.getElementById("unread-kept-line").textContent = english
        ? `Unread messages: ${state.unread} (as of ${at})`
        : `ข้อความที่ยังไม่ได้อ่าน ${state.unread} (ณ ${at})`;
      document.getElementById("unread-kept").hidden = false;
    })
    .catch(() => {});
})();
