"use client";

type Habit = { id: string; name: string; icon: string; logId: string | null };

/**
 * Today's habits as big picture buttons: one tap logs it, shown at once; the log goes through the
 * tablet's queue like a check (components/tablet/sync), so it is stored once, online or not.
 */
export function KidHabits({
  habits,
  logged,
  onLog,
}: {
  habits: Habit[];
  /** Habits logged today: by the server, or by a tap still on its way. */
  logged: (habitId: string) => boolean;
  onLog: (habitId: string) => void;
}) {
  if (habits.length === 0) return null;

  return (
    <section
      aria-label="Habits"
      className="flex flex-col gap-4 rounded-3xl bg-white p-4 shadow-lg sm:p-6"
    >
      <h2 className="text-3xl font-extrabold">
        <span aria-hidden>🔥 </span>Habits
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {habits.map((habit) => {
          const isLogged = logged(habit.id);
          return (
            <li key={habit.id}>
              <button
                type="button"
                aria-pressed={isLogged}
                onClick={() => !isLogged && onLog(habit.id)}
                className={`flex min-h-20 w-full items-center gap-4 rounded-3xl px-5 text-left text-2xl font-bold ${isLogged ? "bg-leaf-700 text-white" : "bg-sun-100"}`}
              >
                <span className="text-4xl" aria-hidden>
                  {habit.icon}
                </span>
                <span className="flex-1">{habit.name}</span>
                <span
                  className={`grid size-10 shrink-0 place-items-center rounded-full text-2xl ${isLogged ? "bg-white text-leaf-700" : "border-4 border-stone-400 bg-white"}`}
                  aria-hidden
                >
                  {isLogged ? "✓" : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
