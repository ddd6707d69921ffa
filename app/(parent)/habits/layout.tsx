import { SectionMessages } from "@/components/i18n/section-messages";

// The words this section's client components say, on top of the frame's (decision 031).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <SectionMessages section="(parent)/habits">{children}</SectionMessages>;
}
