// Agent pages: preset cash amounts, one submit per tap, and the Print button.
document.addEventListener("click", (event) => {
  const preset = event.target.closest("[data-amount]");
  const amount = preset && preset.form && preset.form.elements.namedItem("amount");
  if (amount) {
    amount.value = preset.dataset.amount;
    amount.focus();
  }
  if (event.target.closest("[data-print]")) window.print();
});

// A second tap while the first submit is on its way would post the same form again (the
// server would not double the top-up, but the agent would wait twice).
document.addEventListener("submit", (event) => {
  const button = event.target.querySelector('button[type="submit"]');
  if (button) setTimeout(() => { button.disabled = true; }, 0);
});

// Coming back to the page from the history: the buttons work again.
window.addEventListener("pageshow", () => {
  document.querySelectorAll('button[type="submit"]').forEach((button) => {
    button.disabled = false;
  });
});
