"use client";
// A kid's failure screen in the kid's own language: inside app/tablet/kid/[id]/layout.tsx, which
// the tablet-wide error.tsx is not.
export { default } from "@/app/tablet/error";
