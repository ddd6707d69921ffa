import Link from "next/link";

type Props = {
  title: React.ReactNode;
  /** A picture before the title (decorative: the title says it in words). */
  icon?: string;
  /** Where "back" goes, and what it is called ("Routines"). */
  back?: { href: string; label: string };
  /** One or two sentences on what the page is for. */
  description?: React.ReactNode;
  /** The page's actions, beside the title on wide screens and below it on a phone. */
  actions?: React.ReactNode;
};

/** Every parent page starts the same way: back, title, what it is for, its actions (issue 17). */
export function PageHeader({ title, icon, back, description, actions }: Props) {
  return (
    <header className="flex flex-col gap-3">
      {back && (
        <Link
          href={back.href}
          className="self-start rounded-full py-1 font-semibold text-ink-700 underline decoration-stone-400 underline-offset-4 hover:text-ink-900"
        >
          {/* Points back: to the right in Arabic. */}
          <span aria-hidden>
            <span className="inline-block rtl:-scale-x-100">←</span>{" "}
          </span>
          {back.label}
        </Link>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="min-w-0 text-3xl font-extrabold tracking-tight break-words">
          {icon && <span aria-hidden>{icon} </span>}
          {title}
        </h1>
        {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
      </div>
      {description && <p className="max-w-prose text-ink-700">{description}</p>}
    </header>
  );
}
