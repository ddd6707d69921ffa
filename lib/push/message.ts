// What a push notification carries, encrypted, from the server (lib/push/notices.ts) to the
// parent's service worker (sw/parent.ts), which shows it. A contract between the two: a field
// the worker relies on is never renamed.

export type PushMessage = {
  title: string;
  body: string;
  /** A newer notification with the same tag replaces the older one. */
  tag: string;
  /** Where a tap on the notification leads (a path of the app). */
  url: string;
  lang: string;
  dir: "ltr" | "rtl";
  /** Approve and Deny, for a reward request: the signed token and the buttons' words. */
  answer?: {
    token: string;
    approve: string;
    deny: string;
    /** Said when the answer could not be sent (no network). */
    offline: string;
  };
};
