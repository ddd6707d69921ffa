// The parents' service worker (issue 19): shows push notifications and acts on them. Registered
// by the Account page's notification switch at /parent-sw.js for the whole site; the tablet's own
// worker (sw/sw.ts) keeps its narrower /tablet scope, so tablet pages stay with it. It handles no
// fetches: parent pages load from the network as without it.
//
// A reward request's notification has Approve and Deny. Pressing one posts the notification's
// signed token to /push/answer without cookies (the token is the permission, for that parent
// and that device only), then replaces the notification with the answer: "Approved: …", "That
// request was already answered.", or, without a network, a sentence saying to use the dashboard.
import type { PushMessage } from "@/lib/push/message";

declare const self: ServiceWorkerGlobalScope;

type Data = { url: string; token?: string; offline?: string };

self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let message: PushMessage;
  try {
    message = event.data?.json() as PushMessage;
  } catch {
    return; // not ours
  }
  if (!message?.title) return;
  event.waitUntil(show(message));
});

function show(message: PushMessage) {
  const data: Data = {
    url: message.url,
    token: message.answer?.token,
    offline: message.answer?.offline,
  };
  return self.registration.showNotification(message.title, {
    body: message.body,
    tag: message.tag,
    lang: message.lang,
    dir: message.dir,
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    data,
    // A question waits for its answer; news may go away by itself.
    requireInteraction: Boolean(message.answer),
    ...(message.answer && {
      actions: [
        { action: "approve", title: message.answer.approve },
        { action: "deny", title: message.answer.deny },
      ],
    }),
  } as NotificationOptions);
}

self.addEventListener("notificationclick", (event) => {
  const notification = event.notification;
  const data = (notification.data ?? { url: "/dashboard" }) as Data;
  notification.close();
  if ((event.action === "approve" || event.action === "deny") && data.token) {
    event.waitUntil(answer(notification, data, event.action));
  } else {
    event.waitUntil(open(data.url));
  }
});

async function answer(notification: Notification, data: Data, decision: "approve" | "deny") {
  let said: string;
  try {
    const response = await fetch("/push/answer", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: data.token, decision }),
      credentials: "omit",
    });
    said = ((await response.json()) as { message?: string }).message ?? notification.title;
  } catch {
    said = data.offline ?? notification.title;
  }
  // The answer in the question's place: tapping it opens the dashboard.
  await self.registration.showNotification(said, {
    tag: notification.tag,
    lang: notification.lang,
    dir: notification.dir,
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    data: { url: data.url } satisfies Data,
  });
}

/** The app's page for this notification: an open window of the app if there is one. */
async function open(path: string) {
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const same =
    windows.find((w) => w.url === url) ??
    windows.find((w) => w.url.startsWith(self.location.origin));
  if (same) {
    await same.focus();
    if (same.url !== url) await same.navigate(url).catch(() => undefined);
    return;
  }
  await self.clients.openWindow(url);
}
