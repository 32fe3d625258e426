// The operator's money pages: refuse a too large statement file before it is sent (the
// server refuses it too).
(function () {
  "use strict";
  var file = document.getElementById("f-statement");
  if (file) {
    var error = document.getElementById("e-statement");
    file.form.addEventListener("submit", function (event) {
      var chosen = file.files && file.files[0];
      if (chosen && chosen.size > Number(file.dataset.maxBytes)) {
        event.preventDefault();
        error.textContent = file.dataset.tooLarge;
        error.hidden = false;
        file.setAttribute("aria-invalid", "true");
      }
    });
  }
})();
