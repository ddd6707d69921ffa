/** A member's face: their emoji on their colour. Decorative next to their name. */
export function Avatar({
  emoji,
  color,
  size = "md",
}: {
  emoji: string;
  color: string;
  size?: "md" | "lg";
}) {
  const dimensions = size === "lg" ? "size-20 text-5xl" : "size-12 text-2xl";
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
