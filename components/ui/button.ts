// The app's buttons in four weights (issue 17): one primary action per screen, secondary ones
// beside it, quiet ones that stay out of the way, and destructive ones that look it (and confirm:
// components/ui/confirm-dialog.tsx). Class names only, for <button>, <a> and <label> alike.

export type ButtonWeight = "primary" | "secondary" | "quiet" | "destructive";
export type ButtonSize = "md" | "sm";

const WEIGHTS: Record<ButtonWeight, string> = {
  primary: "bg-leaf-700 text-white shadow-sm hover:bg-leaf-600",
  secondary: "bg-white text-ink-900 ring-2 ring-stone-300 hover:bg-sun-100",
  quiet: "text-ink-900 hover:bg-sun-100 underline decoration-stone-400 underline-offset-4",
  destructive: "bg-white text-red-800 ring-2 ring-red-300 hover:bg-red-50",
};

const SIZES: Record<ButtonSize, string> = {
  md: "min-h-12 px-6 text-lg",
  sm: "min-h-11 px-4 text-base",
};

export function buttonClasses(weight: ButtonWeight = "secondary", size: ButtonSize = "md") {
  return `inline-flex items-center justify-center gap-2 rounded-full font-bold disabled:opacity-60 ${WEIGHTS[weight]} ${SIZES[size]}`;
}
