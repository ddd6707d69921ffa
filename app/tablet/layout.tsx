import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Family tablet",
  // "Add to Home Screen" on an iPad: its own icon, and the tablet opens full screen like the
  // installed app on Chrome (the manifest, app/manifest.ts).
  appleWebApp: { capable: true, title: "Routines", statusBarStyle: "default" },
  icons: { apple: "/icons/apple-touch-icon.png" },
};

// The kids' side: no parent navigation, large everything, no text a kid must read to find the way.
export default function TabletLayout({ children }: LayoutProps<"/tablet">) {
  return <div className="min-h-dvh bg-sky-50 px-4 py-6 sm:px-8">{children}</div>;
}
