import type { MetadataRoute } from "next";

// The web app manifest: the family tablet installs the kids' side as an app (start at /tablet,
// full screen without browser bars). Parents use the same site in a browser as before.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/tablet",
    name: "Family Routines",
    short_name: "Routines",
    description: "Kids' routines and habits, on the family tablet.",
    start_url: "/tablet",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: "#f0f9ff",
    theme_color: "#166534",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
