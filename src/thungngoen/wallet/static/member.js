// Member wallet pages: the QR scanner and the pay code countdown.
// Every page works without this file; it only makes them quicker to use.
"use strict";

(() => {
  // Only a payment path of this site is ever opened, whatever origin the QR names.
  const PAY_PATH = /^\/pay\/(?:shop\/[0-9]{1,12}|[A-Za-z0-9_.\-]{1,400})$/;

  function payPathOf(text) {
    const trimmed = text.trim();
    if (/^[0-9]{1,12}$/.test(trimmed)) {
      return "/pay/shop/" + String(Number(trimmed));
    }
    try {
      const path = new URL(trimmed, window.location.origin).pathname;
      return PAY_PATH.test(path) ? path : null;
    } catch (error) {
      return null;
    }
  }

  function startScanner(root) {
    const video = root.querySelector("#scan-video");
    const canvas = root.querySelector("#scan-canvas");
    const status = root.querySelector("#scan-status");
    const button = root.querySelector("#scan-start");
    const camera = root.querySelector(".camera");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    let stream = null;

    function say(text) { status.textContent = text; }

    function stop() {
      if (stream) { stream.getTracks().forEach((track) => track.stop()); }
      stream = null;
    }

    function scan() {
      if (!stream) { return; }
      if (video.readyState === video.HAVE_ENOUGH_DATA && typeof jsQR === "function") {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        if (found && found.data) {
          const path = payPathOf(found.data);
          if (path) {
            say(root.dataset.found);
            stop();
            window.location.assign(path);
            return;
          }
          say(root.dataset.notOurs);
        }
      }
      window.requestAnimationFrame(scan);
    }

    async function start() {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        say(root.dataset.cameraError);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: "environment" },
          audio: false,
        });
      } catch (error) {
        say(root.dataset.cameraError);
        return;
      }
      camera.hidden = false;
      button.hidden = true;
      video.srcObject = stream;
      await video.play().catch(() => {});
      window.requestAnimationFrame(scan);
    }

    button.addEventListener("click", start);
    window.addEventListener("pagehide", stop);
  }

  function countDown(root) {
    const counter = root.querySelector("#paycode-countdown");
    const qr = root.querySelector("#paycode-qr");
    const text = root.querySelector("#paycode-text");
    const expired = root.querySelector("#paycode-expired");
    const ends = Date.now() + Number(root.dataset.seconds) * 1000;
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      counter.textContent = String(left);
      if (left === 0) {
        window.clearInterval(timer);
        qr.hidden = true;
        text.hidden = true;
        expired.hidden = false;
      }
    }, 250);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const scanner = document.getElementById("scanner");
    if (scanner) { startScanner(scanner); }
    const paycode = document.getElementById("paycode");
    if (paycode) { countDown(paycode); }
  });
})();
