// The meeting sheet: Enter moves along the row (Shift+Enter back), the arrow keys up and
// down move within a column, Ctrl+Enter posts; the totals of each column, the money in
// and out and the group's cash after the meeting follow what is typed.
(() => {
  const form = document.getElementById("sheet-form");
  if (!form) return;
  const MONEY_IN = ["commitment", "voluntary", "welfare", "fine", "repay"];
  const MONEY_OUT = ["withdrawal", "expense", "grant"];

  // "1,234.50" → 123450 satang; anything else counts as nothing.
  const satang = (text) => {
    const clean = text.replace(/,/g, "").trim();
    if (!/^\d+(\.\d{1,2})?$/.test(clean)) return 0;
    const [baht, part = ""] = clean.split(".");
    return Number(baht) * 100 + Number((part + "00").slice(0, 2));
  };
  const shown = (amount) => {
    const sign = amount < 0 ? "-" : "";
    const whole = Math.floor(Math.abs(amount) / 100).toLocaleString("en-US");
    return `${sign}${whole}.${String(Math.abs(amount) % 100).padStart(2, "0")}`;
  };

  const cells = () => Array.from(form.querySelectorAll("[data-cell]")).filter((cell) => !cell.disabled);

  const columnTotal = (col) => Array.from(form.querySelectorAll(`input[data-col="${col}"]`))
    .reduce((sum, input) => sum + satang(input.value), 0);

  const recount = () => {
    const totals = {};
    for (const col of [...MONEY_IN, ...MONEY_OUT]) totals[col] = columnTotal(col);
    form.querySelectorAll("[data-total]").forEach((cell) => {
      cell.textContent = shown(totals[cell.dataset.total] || 0);
    });
    const payouts = Array.from(form.querySelectorAll("input[data-principal]:checked"))
      .reduce((sum, box) => sum + Number(box.dataset.principal), 0);
    const moneyIn = MONEY_IN.reduce((sum, col) => sum + totals[col], 0);
    const moneyOut = MONEY_OUT.reduce((sum, col) => sum + totals[col], 0) + payouts;
    const cash = Number(document.getElementById("group-cash").dataset.satang);
    document.getElementById("total-in").textContent = shown(moneyIn);
    document.getElementById("total-out").textContent = shown(moneyOut);
    const after = document.getElementById("cash-after");
    after.textContent = shown(cash + moneyIn - moneyOut);
    after.classList.toggle("short", cash + moneyIn - moneyOut < 0);
  };

  const move = (from, step) => {
    const all = cells();
    const next = all[all.indexOf(from) + step];
    if (next) {
      next.focus();
      if (next.select) next.select();
    }
  };

  // The same column in the row above or below (rows of the members' table only).
  const vertical = (from, step) => {
    const row = from.closest("tr");
    if (!row || !from.dataset.col) return;
    let other = step > 0 ? row.nextElementSibling : row.previousElementSibling;
    while (other) {
      const target = other.querySelector(`[data-col="${from.dataset.col}"]`);
      if (target) {
        target.focus();
        target.select();
        return;
      }
      other = step > 0 ? other.nextElementSibling : other.previousElementSibling;
    }
  };

  form.addEventListener("keydown", (event) => {
    const cell = event.target.closest("[data-cell]");
    if (!cell) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    } else if (event.key === "Enter") {
      event.preventDefault();
      move(cell, event.shiftKey ? -1 : 1);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (cell.tagName !== "INPUT" || cell.type === "checkbox") return;
      event.preventDefault();
      vertical(cell, event.key === "ArrowDown" ? 1 : -1);
    }
  });
  form.addEventListener("focusin", (event) => {
    if (event.target.matches("input.amount")) event.target.select();
  });
  form.addEventListener("input", recount);
  form.addEventListener("change", recount);
  recount();
})();
