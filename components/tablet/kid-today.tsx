"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { DayView } from "@/components/tablet/day-view";
import { offlinePin, onPassChange } from "@/components/tablet/offline-pin-store";
import { PinPad } from "@/components/tablet/pin-pad";
import { useIdleReturn } from "@/components/tablet/use-idle-return";
import { useShownDay } from "@/components/tablet/use-new-day";
import type { KidLook } from "@/lib/families/kid-look";
import type { KidDay } from "@/lib/tablet/kid-day";

type Props = {
  kidId: string;
  /** The kid's PIN version when they have a PIN: the page can then be opened only with it. */
  pinVersion: number | null;
  /** When the server rendered this page (it may come from the service worker's cache, later). */
  renderedAt: string;
  /** Rendered for the service worker to keep, not to be shown now (app/tablet/kid/[id]/page). */
  kept: boolean;
  /** Today and tomorrow: the screen shows the one the clock is in (components/tablet/use-new-day). */
  days: [KidDay, KidDay];
  idleMs: number;
  /** Stars (points) when the page loaded; actions that change them say the new count. */
  balance: number;
  /** How the day reads and sounds for this kid (set by parents on the Family page). */
  look: KidLook;
};

/**
 * A kid's day on the tablet. A tap shows the check at once and goes into the tablet's queue
 * (components/tablet/sync): stored on the device first, sent when the network allows, applied
 * once by the server whatever the retries. Offline, the kid sees no error, at most a small cloud.
 */
export function KidToday({
  kidId,
  pinVersion,
  renderedAt,
  kept,
  days,
  idleMs,
  balance,
  look,
}: Props) {
  const [stars, setStars] = useState(balance);
  const day = useShownDay(days);
  useIdleReturn(kidId, idleMs, pinVersion);
  // A PIN kid's day opens only while a pass holds: the server's, for a render shown for the first
  // time (the tablet's own pass starts from it); otherwise the tablet's own. A copy the service
  // worker fetched to keep (`kept`), or one shown before, opens only with the tablet's own pass.
  const open = useSyncExternalStore(
    onPassChange,
    () =>
      pinVersion === null ||
      offlinePin().pass(kidId, pinVersion) !== null ||
      (!kept && offlinePin().isNew(kidId, renderedAt)),
    () => true,
  );
  useEffect(() => {
    if (pinVersion !== null && !kept) offlinePin().shown(kidId, pinVersion, renderedAt, idleMs);
  }, [kidId, pinVersion, renderedAt, kept, idleMs]);

  if (!open && pinVersion !== null)
    return (
      <div className="mx-auto">
        <PinPad
          kidId={kidId}
          pinVersion={pinVersion}
          lockedMinutes={null}
          idleMs={idleMs}
          overKeptDay
        />
      </div>
    );
  // A new day starts clean: no undo of yesterday's taps, no celebration left open.
  return (
    <DayView
      key={day.date}
      kidId={kidId}
      day={day}
      look={look}
      stars={stars}
      setStars={setStars}
      pin={pinVersion === null ? null : { version: pinVersion, idleMs }}
    />
  );
}
