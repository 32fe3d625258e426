// Collecting in the field without a signal (decision 0046). The households of my
// communities are kept in this phone's IndexedDB; each saved form becomes entries in a
// queue, each with its own idempotency key (a UUID) and the version of the record it was
// made on. The queue sends itself on page load and whenever the connection returns; the
// server applies each key once and answers applied, conflict (kept for the office) or
// refused. An entry not yet tried takes later edits of the same record (same key).
(() => {
  const app = document.getElementById("field-app");
  if (!app || !("indexedDB" in window)) return;
  const user = Number(app.dataset.user);
  const $ = (id) => document.getElementById(id);
  const text = (name, values = {}) =>
    Object.entries(values).reduce((said, [key, value]) => said.replace(`{${key}}`, value), app.dataset[name] || "");
  const uuid = () => {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  // The phone's store: households (by id), queue and results (by key), meta (by name).
  const opened = new Promise((resolve, reject) => {
    const request = indexedDB.open("thungngoen-field", 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("households", { keyPath: "id" });
      db.createObjectStore("queue", { keyPath: "key" });
      db.createObjectStore("results", { keyPath: "key" });
      db.createObjectStore("meta", { keyPath: "name" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = (name, mode, work) =>
    opened.then((db) => new Promise((resolve, reject) => {
      const transaction = db.transaction(name, mode);
      const asked = work(transaction.objectStore(name));
      transaction.oncomplete = () => resolve(asked ? asked.result : undefined);
      transaction.onerror = () => reject(transaction.error);
    }));
  const all = (name) => store(name, "readonly", (s) => s.getAll());
  const put = (name, value) => store(name, "readwrite", (s) => s.put(value));
  const remove = (name, key) => store(name, "readwrite", (s) => s.delete(key));
  const clear = (name) => store(name, "readwrite", (s) => s.clear());
  const meta = () => store("meta", "readonly", (s) => s.get("kept"));

  let households = [];
  let communities = {};
  let open = null;

  const baht = (satang) => (satang / 100).toFixed(2);
  const satang = (typed) => {
    const plain = typed.replace(/[,\s]/g, "");
    return /^\d{1,10}(\.\d{1,2})?$/.test(plain) ? Math.round(Number(plain) * 100) : null;
  };

  const render = async () => {
    const queued = (await all("queue")).filter((entry) => entry.user === user);
    const count = $("field-queue");
    count.textContent = text("tQueued", { n: queued.length });
    count.dataset.count = String(queued.length);
    $("field-network").textContent = navigator.onLine ? text("tOnline") : text("tOffline");
    const kept = await meta();
    $("field-kept").textContent = kept
      ? text("tKept", { date: new Date(kept.keep_until).toLocaleDateString(document.documentElement.lang === "th" ? "th-TH" : "en-GB") })
      : text("tNone");
    const pending = new Set(queued.map((entry) => entry.household_id));
    const list = $("field-households");
    list.replaceChildren(...households.map((household) => {
      const item = document.createElement("li");
      item.dataset.household = household.id;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = `${household.house_number} · ${communities[household.community_id] || ""}${pending.has(household.id) ? " ⏳" : ""}`;
      button.addEventListener("click", () => show(household));
      item.append(button);
      return item;
    }));
    const results = (await all("results")).filter((r) => r.user === user).sort((a, b) => b.at.localeCompare(a.at));
    $("field-results").replaceChildren(...results.slice(0, 50).map((result) => {
      const item = document.createElement("li");
      item.dataset.key = result.key;
      item.dataset.outcome = result.outcome;
      const names = { applied: "tApplied", conflict: "tConflict", refused: "tRefused" };
      item.textContent = `${result.label} — ${text(names[result.outcome])}${result.message ? `: ${result.message}` : ""} `;
      if (result.outcome === "conflict") {
        const link = document.createElement("a");
        link.href = "/data/field/conflicts";
        link.textContent = text("tResolve");
        item.append(link);
      }
      return item;
    }));
  };

  const show = (household) => {
    open = household;
    const form = $("field-form");
    form.reset();
    $("field-form-title").textContent = `${household.house_number} · ${communities[household.community_id] || ""}`;
    $("field-form-status").textContent = "";
    form.elements.tenure.value = household.tenure;
    form.elements.income_month.value = baht(household.income_month);
    form.elements.debts.value = baht(household.debts);
    form.elements.wish_to_relocate.checked = household.wish_to_relocate;
    $("field-members").replaceChildren(...household.persons.map((person) => {
      const part = $("field-member").content.firstElementChild.cloneNode(true);
      part.dataset.person = person.id;
      part.querySelector("legend").textContent = `${person.name} (${person.birth_year})`;
      part.querySelector('[data-flag="elderly_alone"]').checked = person.elderly_alone;
      part.querySelector('[data-flag="child_out_of_school"]').checked = person.child_out_of_school;
      if (!person.health_consent) part.querySelector("[data-health]").remove();
      return part;
    }));
    $("field-form-card").hidden = false;
    $("field-form-title").scrollIntoView();
  };

  // One entry per record: an entry not yet tried takes the new changes under its key.
  const queue = async (kind, recordKey, fields, base) => {
    const waiting = (await all("queue")).find(
      (entry) => entry.user === user && entry.attempts === 0 && entry.kind === kind && entry[`${kind}_id`] === recordKey,
    );
    if (waiting) {
      waiting[kind] = { ...waiting[kind], ...fields };
      return put("queue", waiting);
    }
    const entry = { key: uuid(), user, kind, made_at: new Date().toISOString(), base_version: base.version,
      household_id: open.id, label: open.house_number, attempts: 0, [kind]: fields };
    if (kind === "person") entry.person_id = recordKey;
    return put("queue", entry);
  };

  const save = async (event) => {
    event.preventDefault();
    const form = $("field-form");
    const status = $("field-form-status");
    const income = satang(form.elements.income_month.value);
    const debts = satang(form.elements.debts.value);
    if (income === null || debts === null) { status.textContent = text("tMoney"); return; }
    const name = form.elements.new_name.value.trim();
    if (name && (!form.elements.new_born.value || !form.elements.new_consent.checked)) { status.textContent = text("tConsent"); return; }
    const changed = {};
    const typed = { tenure: form.elements.tenure.value, income_month: income, debts, wish_to_relocate: form.elements.wish_to_relocate.checked };
    Object.entries(typed).forEach(([key, value]) => { if (open[key] !== value) changed[key] = value; });
    let made = 0;
    if (Object.keys(changed).length) { await queue("household", open.id, changed, open); Object.assign(open, changed); made += 1; }
    for (const part of $("field-members").querySelectorAll("[data-person]")) {
      const person = open.persons.find((p) => p.id === Number(part.dataset.person));
      const flags = {};
      ["elderly_alone", "child_out_of_school"].forEach((flag) => {
        const box = part.querySelector(`[data-flag="${flag}"]`);
        if (box.checked !== person[flag]) flags[flag] = box.checked;
      });
      const health = part.querySelector('[data-flag="bedridden"]');
      if (health && health.value) flags.bedridden = health.value === "yes";
      if (Object.keys(flags).length) { await queue("person", person.id, flags, person); Object.assign(person, flags); made += 1; }
    }
    if (name) {
      const basis = { kind: "consent", purpose: app.dataset.purpose, notice_version: app.dataset.notice };
      await put("queue", { key: uuid(), user, kind: "new_person", made_at: new Date().toISOString(), household_id: open.id,
        label: open.house_number, attempts: 0, new_person: { name, birth_date: form.elements.new_born.value,
          sex: form.elements.new_sex.value, relation: form.elements.new_relation.value, basis } });
      made += 1;
    }
    if (!made) { status.textContent = text("tNothing"); return; }
    await put("households", open);
    $("field-form-card").hidden = true;
    $("field-network").textContent = text("tSaved");
    await render();
    send();
  };

  // The CSRF token of this login: the page's, or, when the page came from the phone's
  // cache and the token changed since (a new log-in), the page's as the server gives it now.
  let token = JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
  const freshToken = async () => {
    const page = await fetch("/data/field", { credentials: "same-origin", cache: "no-store" });
    const found = (await page.text()).match(/"X-CSRF-Token": "([^"]+)"/);
    token = found ? found[1] : token;
  };
  const post = (entries) => fetch("/data/field/entries", {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
    body: JSON.stringify({ entries }),
  });
  const isJson = (answer) => !answer.redirected && (answer.headers.get("content-type") || "").includes("json");

  const settle = async (entry, outcome) => {
    await remove("queue", entry.key);
    const th = document.documentElement.lang === "th";
    await put("results", { key: entry.key, user, label: entry.label, kind: entry.kind, outcome: outcome.outcome,
      message: th ? outcome.message_th : outcome.message, at: new Date().toISOString() });
    if (outcome.outcome !== "applied") return;
    const household = households.find((h) => h.id === entry.household_id);
    if (!household) return;
    if (entry.kind === "household") household.version = outcome.version;
    const person = household.persons.find((p) => p.id === entry.person_id);
    if (entry.kind === "person" && person) person.version = outcome.version;
    await put("households", household);
  };

  const refresh = async () => {
    const answer = await fetch("/data/field/assignments", { credentials: "same-origin", cache: "no-store" });
    if (!answer.ok || !isJson(answer)) return;
    const kept = await answer.json();
    if (kept.user_id !== user) return;
    await clear("households");
    for (const household of kept.households) await put("households", household);
    await put("meta", { name: "kept", user, keep_until: kept.keep_until, communities: kept.communities });
    await load();
  };

  let sending = false;
  const send = async () => {
    if (sending || !navigator.onLine) return;
    sending = true;
    try {
      const queued = (await all("queue"))
        .filter((entry) => entry.user === user)
        .sort((a, b) => a.made_at.localeCompare(b.made_at) || a.key.localeCompare(b.key));
      for (let start = 0; start < queued.length; start += 100) {
        const chunk = queued.slice(start, start + 100);
        for (const entry of chunk) await put("queue", { ...entry, attempts: entry.attempts + 1 });
        const bodies = chunk.map(({ user: _u, label: _l, attempts: _a, ...entry }) =>
          (entry.kind === "person" ? { ...entry, household_id: undefined } : entry));
        let answer = await post(bodies);
        if (answer.status === 403) { await freshToken(); answer = await post(bodies); }
        if (answer.redirected) { $("field-network").textContent = text("tLogin"); return; }
        if (!isJson(answer)) return; // the server failed: the entries stay queued
        const outcomes = await answer.json();
        if (!answer.ok) {
          const refused = { outcome: "refused", message: outcomes.error.message, message_th: outcomes.error.message_th };
          for (const entry of chunk) await settle(entry, refused);
          continue;
        }
        for (const outcome of outcomes) await settle(chunk.find((entry) => entry.key === outcome.key), outcome);
      }
      await refresh();
    } catch (error) {
      // No connection after all: the entries stay queued for the next chance.
    } finally {
      sending = false;
      await render();
    }
  };

  // What this phone keeps: only this login's households, and only until keep_until.
  const load = async () => {
    const kept = await meta();
    if (kept && (kept.user !== user || new Date(kept.keep_until) < new Date())) {
      await clear("households");
      await remove("meta", "kept");
      (await all("results")).filter((r) => r.user !== user).forEach((r) => remove("results", r.key));
    }
    const now = await meta();
    communities = Object.fromEntries(((now && now.communities) || []).map((c) => [c.id, c.name]));
    households = (await all("households")).sort((a, b) => a.community_id - b.community_id || a.house_number.localeCompare(b.house_number, "th", { numeric: true }));
    await render();
  };

  $("field-filter").addEventListener("input", (event) => {
    const wanted = event.target.value.trim();
    $("field-households").querySelectorAll("li").forEach((item) => {
      item.hidden = Boolean(wanted) && !item.textContent.includes(wanted);
    });
  });
  $("field-form").addEventListener("submit", save);
  $("field-close").addEventListener("click", () => { $("field-form-card").hidden = true; });
  $("field-send").addEventListener("click", send);
  window.addEventListener("online", send);
  window.addEventListener("offline", render);
  // Opened before the service worker controlled this page: ask it to keep the page.
  if ("serviceWorker" in navigator && !navigator.serviceWorker.controller) {
    navigator.serviceWorker.ready
      .then((registration) => registration.active && registration.active.postMessage({ type: "field" }))
      .catch(() => {});
  }
  load().then(send);
})();
