// The receipt's Share button (decision 0034): shares the receipt card PNG through the Web
// Share API (the phone's share sheet: LINE, Photos). Where the browser cannot share files
// it downloads the picture instead, like the Save button beside it.
(() => {
  "use strict";

  const button = document.getElementById("receipt-share");
  if (!button) return;
  const name = button.dataset.shareName || "receipt.png";

  function download() {
    const link = document.createElement("a");
    link.href = button.dataset.shareUrl;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  }

  function canShareFiles() {
    if (typeof navigator.share !== "function" || typeof navigator.canShare !== "function") {
      return false;
    }
    const probe = new File([new Uint8Array(0)], name, { type: "image/png" });
    return navigator.canShare({ files: [probe] });
  }

  button.addEventListener("click", async () => {
    if (!canShareFiles()) {
      download();
      return;
    }
    button.disabled = true;
    try {
      const response = await fetch(button.dataset.shareUrl, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = new File([await response.blob()], name, { type: "image/png" });
      await navigator.share({ files: [file], title: button.dataset.shareTitle || "" });
    } catch (error) {
      // Closing the share sheet (AbortError) is the member's choice; anything else falls
      // back to the download.
      if (!(error instanceof DOMException && error.name === "AbortError")) download();
    } finally {
      button.disabled = false;
    }
  });
})();
