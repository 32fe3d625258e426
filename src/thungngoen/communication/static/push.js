// Web Push on this device (decision 0040): the switch on /inbox/settings asks for the
// permission, subscribes this browser with the server's VAPID key (on the page), and posts
// the subscription in the page's form (session and CSRF token like every form); off, it
// unsubscribes the browser and tells the server. Without a push service (some browsers,
// a phone offline) it says so and changes nothing.
(() => {
  const toggle = document.getElementById("push-switch");
  if (!toggle) return;
  const status = document.getElementById("push-status");
  const say = (text) => { status.textContent = text; };
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    say(toggle.dataset.unsupported);
    return;
  }
  const base64 = toggle.dataset.vapidKey.replace(/-/g, "+").replace(/_/g, "/");
  const serverKey = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const mine = new Set(
    [...document.querySelectorAll("#push-devices [data-endpoint]")].map((item) => item.dataset.endpoint),
  );
  const post = (formId, fields) => {
    const form = document.getElementById(formId);
    Object.entries(fields).forEach(([name, value]) => { form.elements[name].value = value; });
    form.submit();
  };
  const subscribe = async (registration) => {
    const options = { userVisibleOnly: true, applicationServerKey: serverKey };
    try {
      return await registration.pushManager.subscribe(options);
    } catch (error) {
      // Subscribed before with another server key: start afresh once.
      const old = await registration.pushManager.getSubscription();
      if (!old) throw error;
      await old.unsubscribe();
      return registration.pushManager.subscribe(options);
    }
  };
  navigator.serviceWorker.ready
    .then((registration) => registration.pushManager.getSubscription())
    .then((subscription) => {
      toggle.checked = Boolean(subscription && mine.has(subscription.endpoint));
      toggle.disabled = false;
    })
    .catch(() => say(toggle.dataset.unsupported));
  toggle.addEventListener("change", async () => {
    const wanted = toggle.checked;
    toggle.disabled = true;
    try {
      const registration = await navigator.serviceWorker.ready;
      if (wanted) {
        if ((await Notification.requestPermission()) !== "granted") {
          toggle.checked = false;
          toggle.disabled = false;
          say(toggle.dataset.denied);
          return;
        }
        const { endpoint, keys } = (await subscribe(registration)).toJSON();
        post("push-on", { endpoint, p256dh: keys.p256dh, auth: keys.auth });
      } else {
        const subscription = await registration.pushManager.getSubscription();
        if (subscription) await subscription.unsubscribe();
        if (subscription && mine.has(subscription.endpoint)) post("push-off", { endpoint: subscription.endpoint });
        else toggle.disabled = false;
      }
    } catch (error) {
      toggle.checked = !wanted;
      toggle.disabled = false;
      say(toggle.dataset.failed);
    }
  });
})();
