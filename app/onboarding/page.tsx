import type { Metadata } from "next";
import Link from "next/link";
import { AddKidForm } from "@/components/family/add-kid-form";
import { Avatar } from "@/components/family/avatar";
import { buttonClasses } from "@/components/ui/button";
import { FamilySettingsForm } from "@/components/family/family-settings-form";
import { userPage } from "@/lib/auth/session";
import { createFamilyAction } from "@/lib/families/actions";
import { listMembers } from "@/lib/families/queries";
import { timeZones } from "@/lib/families/rules";

export const metadata: Metadata = { title: "Set up your family" };

function Step({
  number,
  title,
  children,
}: {
  number: number;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`step-${number}`}
      className="rounded-3xl bg-white p-6 shadow-xl ring-1 ring-black/5 sm:p-8"
    >
      <p className="text-sm font-bold uppercase tracking-wide text-leaf-700">Step {number} of 2</p>
      <h1 id={`step-${number}`} className="mt-1 text-3xl font-extrabold tracking-tight">
        {title}
      </h1>
      <div className="mt-6">{children}</div>
    </section>
  );
}

/** The app's mark above the steps: a new family knows where it is (issue 17). */
function Brand() {
  return (
    <p className="flex items-center gap-3 text-xl font-extrabold tracking-tight">
      {/* eslint-disable-next-line @next/next/no-img-element -- the app's own small SVG icon */}
      <img src="/icon.svg" alt="" width={40} height={40} className="size-10" />
      Family Routines
    </p>
  );
}

export default async function OnboardingPage() {
  const session = await userPage("/onboarding");
  if (!session.familyId) {
    return (
      <main className="mx-auto flex max-w-xl flex-col gap-6 px-5 py-10">
        <Brand />
        <Step number={1} title="Name your family">
          <FamilySettingsForm
            action={createFamilyAction}
            timeZones={timeZones()}
            submitLabel="Continue"
          />
        </Step>
      </main>
    );
  }
  const kids = (await listMembers(session.familyId)).filter((m) => m.role === "CHILD");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-6 px-5 py-10">
      <Brand />
      <Step number={2} title="Add your kids">
        {kids.length > 0 && (
          <ul aria-label="Kids added" className="mb-6 flex flex-wrap gap-3">
            {kids.map((kid) => (
              <li
                key={kid.id}
                className="flex items-center gap-2 rounded-full bg-sun-100 py-1 pr-4 pl-1 font-semibold"
              >
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                {kid.displayName}
                {kid.hasPin && <span className="text-sm text-ink-700">(PIN)</span>}
              </li>
            ))}
          </ul>
        )}
        <AddKidForm kids={kids} primary={kids.length === 0} />
      </Step>
      {/* One main action at a time: adding the first kid, then going on (issue 17). */}
      <Link
        href="/dashboard"
        className={`self-end ${buttonClasses(kids.length > 0 ? "primary" : "quiet")}`}
      >
        {kids.length > 0 ? "Done, go to today" : "Skip for now"}
      </Link>
    </main>
  );
}
