import { mediaUrl } from "@/lib/media/rules";

/** A habit's family photo, or its emoji: decoration beside its name (which says it for readers). */
export function HabitPicture({
  habit,
  emojiSize = "text-4xl",
}: {
  habit: { icon: string; photoId?: string | null };
  emojiSize?: string;
}) {
  return habit.photoId ? (
    // eslint-disable-next-line @next/next/no-img-element -- a small family photo
    <img
      src={mediaUrl(habit.photoId)}
      alt=""
      className="size-16 shrink-0 rounded-2xl object-cover"
    />
  ) : (
    <span className={emojiSize} aria-hidden>
      {habit.icon}
    </span>
  );
}
