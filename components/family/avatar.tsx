/** A member's face: their emoji on their colour. Decorative next to their name. */
export function Avatar({
  emoji,
  color,
  size = "md",
}: {
  emoji: string;
  color: string;
  size?: "md" | "lg" | "xl";
}) {
  const dimensions = {
    md: "size-12 text-2xl",
    lg: "size-20 text-5xl",
    xl: "size-24 text-6xl sm:size-32 sm:text-7xl",
  }[size];
  return (
    <span
      aria-hidden
      className={`grid shrink-0 place-items-center rounded-full ${dimensions}`}
      style={{ backgroundColor: color }}
    >
      {emoji}
    </span>
  );
}
