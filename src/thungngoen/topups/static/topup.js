// The top-up QR's share button: shares the PNG file through the Web Share API (the
// phone's share sheet: LINE, the banking app, Photos). It stays hidden where the browser
// cannot share files; the download link and a long press on the picture still work.
(() => {
  "use strict";

  const button = document.getElementById("topup-share");
  if (!button || typeof navigator.share !== "function" || typeof navigator.canShare !== "function") {
    return;
  }
  const name = button.dataset.shareName || "topup.png";
  const probe = new File([new Uint8Array(0)], name, { type: "image/png" });
  if (!navigator.canShare({ files: [probe] })) return;
  button.hidden = false;

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const response = await fetch(button.dataset.shareUrl, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = new File([await response.blob()], name, { type: "image/png" });
      await navigator.share({ files: [file], title: button.dataset.shareTitle || "" });
    } catch (error) {
      // The member closed the share sheet (AbortError) or the picture did not load: the
      // download link beside the button remains.
      if (!(error instanceof DOMException && error.name === "AbortError")) console.warn(error);
    } finally {
      button.disabled = false;
    }
  });
})();
