// Agent pages: the preset cash amounts fill in the amount field.
document.addEventListener("click", (event) => {
  const preset = event.target.closest("[data-amount]");
  const amount = preset && preset.form && preset.form.elements.namedItem("amount");
  if (amount) {
    amount.value = preset.dataset.amount;
    amount.focus();
  }
});
