// Shop pages: the till's live status and countdown, the pay code scanner and the refund
// form's amount. The pages work without it.
(() => {
  const LIVE_STATES = ["pending", "paid", "expired"];

  function followTill(status) {
    const till = status.closest(".till-show");
    const events = new EventSource(status.dataset.events);
    for (const state of LIVE_STATES) {
      events.addEventListener(state, (event) => {
        status.innerHTML = event.data;
        if (state === "pending") return;
        events.close();
        if (!till) return;
        till.classList.add(`is-${state}`);
        const next = till.querySelector("#new-sale");
        if (next) next.focus();
        status.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    }
  }

  function countDown(clock) {
    const expires = Date.parse(clock.dataset.expires);
    const tick = () => {
      const left = Math.max(0, Math.round((expires - Date.now()) / 1000));
      const minutes = Math.floor(left / 60);
      const seconds = String(left % 60).padStart(2, "0");
      clock.textContent = clock.dataset.leftText.replace("{time}", `${minutes}:${seconds}`);
      if (left === 0 || document.querySelector(".till-show.is-paid")) clearInterval(timer);
    };
    const timer = setInterval(tick, 1000);
    tick();
  }

  function scanPayCode(button) {
    const box = document.getElementById("scanner");
    const video = document.getElementById("scanner-video");
    const field = document.getElementById("f-code");
    const canvas = document.createElement("canvas");
    let stream = null;
    const stop = () => {
      if (stream) stream.getTracks().forEach((track) => track.stop());
      stream = null;
      box.hidden = true;
    };
    const look = () => {
      if (!stream) return;
      if (video.readyState === video.HAVE_ENOUGH_DATA) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const context = canvas.getContext("2d", { willReadFrequently: true });
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const found = window.jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        if (found && found.data) {
          field.value = found.data;
          stop();
          document.getElementById("f-charge_amount").focus();
          return;
        }
      }
      requestAnimationFrame(look);
    };
    button.hidden = false;
    button.addEventListener("click", async () => {
      if (stream) return stop();
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      } catch {
        return;
      }
      box.hidden = false;
      video.srcObject = stream;
      await video.play();
      requestAnimationFrame(look);
    });
  }

  function fillRefundAmount(select) {
    const amount = document.getElementById("f-amount");
    select.addEventListener("change", () => {
      amount.value = select.selectedOptions[0].dataset.left || "";
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const status = document.querySelector("#till-status[data-events]");
    if (status && window.EventSource) followTill(status);
    const clock = document.getElementById("till-countdown");
    if (clock) countDown(clock);
    const scan = document.getElementById("scan-code");
    if (scan && navigator.mediaDevices && window.jsQR) scanPayCode(scan);
    const payment = document.querySelector("#refund-form #f-payment_id");
    if (payment) fillRefundAmount(payment);
  });
})();
