/** A titled white card: the sections of the parent pages. */
export function Panel({
  id,
  title,
  intro,
  className = "",
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-3xl bg-white p-6 shadow ring-1 ring-black/5 ${className}`}
    >
      <h2 id={id} className={`${intro ? "mb-1" : "mb-4"} text-xl font-bold`}>
        {title}
      </h2>
      {intro && <p className="mb-3 text-ink-700">{intro}</p>}
      {children}
    </section>
  );
}
