type Props = {
  /** A big friendly picture (decorative). */
  emoji: string;
  title: string;
  children?: React.ReactNode;
  /** The one thing to do next: a link or button. */
  action?: React.ReactNode;
};

/** What a list shows when it has nothing yet: what would be here, and the way to the first one. */
export function EmptyState({ emoji, title, children, action }: Props) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-3xl border-2 border-dashed border-stone-300 bg-white/60 px-6 py-10 text-center">
      <span aria-hidden className="text-5xl">
        {emoji}
      </span>
      <p className="text-lg font-bold">{title}</p>
      {children && <div className="max-w-prose text-ink-700">{children}</div>}
      {action}
    </div>
  );
}
