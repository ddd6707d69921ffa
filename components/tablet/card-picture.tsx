import { mediaUrl } from "@/lib/media/rules";

/**
 * A card's (or item's, habit's, reward's) picture on the tablet: the family's photo when there is
 * one, else the emoji. Decorative: the card's name is read by its heading or button.
 */
export function CardPicture({
  photoId,
  emoji,
  className,
  photoClassName,
}: {
  photoId: string | null | undefined;
  emoji: string;
  /** The emoji's text size. */
  className: string;
  /** The photo's box. */
  photoClassName: string;
}) {
  if (photoId)
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a small family photo (≤ 512 px WebP), cached by the tablet
      <img
        src={mediaUrl(photoId)}
        alt=""
        width={512}
        height={512}
        className={`mx-auto aspect-square rounded-2xl object-cover ${photoClassName}`}
      />
    );
  return (
    <p className={`text-center leading-none ${className}`} aria-hidden>
      {emoji}
    </p>
  );
}
