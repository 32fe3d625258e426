// The public dashboard's trend charts, drawn with the vendored Chart.js from the JSON
// the page carries (null: a withheld month, left as a gap).
(function () {
  "use strict";
  function draw() {
    var source = document.getElementById("circulation-series");
    if (!source || typeof Chart === "undefined") return;
    var data = JSON.parse(source.textContent);
    document.querySelectorAll("canvas[data-series]").forEach(function (canvas) {
      new Chart(canvas, {
        type: "line",
        data: {
          labels: data.labels,
          datasets: [{
            label: canvas.getAttribute("aria-label"),
            data: data[canvas.dataset.series],
            borderColor: "#0b6e4f",
            backgroundColor: "rgba(11, 110, 79, 0.15)",
            fill: true,
            spanGaps: false,
            tension: 0.2
          }]
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true } }
        }
      });
      canvas.dataset.drawn = "true";
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
