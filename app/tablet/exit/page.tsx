import { ExitTabletForm } from "@/components/tablet/exit-tablet-form";
import { tabletPage } from "@/lib/tablet/session";

export default async function ExitTabletPage() {
  await tabletPage();
  return (
    <main className="mx-auto flex max-w-md flex-col gap-5 rounded-3xl bg-white p-8 shadow-xl">
      <h1 className="text-3xl font-extrabold">Leave tablet mode</h1>
      <p className="text-ink-700">
        A parent of this family signs in to turn this device back into a normal browser.
      </p>
      <ExitTabletForm />
    </main>
  );
}
