// Open the audit log's filters on a wide screen; on a phone they wait behind their summary.
if (window.matchMedia("(min-width: 48rem)").matches) {
  document.getElementById("audit-filter-panel").open = true;
}
