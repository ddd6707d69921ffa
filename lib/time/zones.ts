// The time zones a family picks from (issue 17). The browser's and Node's ICU list some zones by
// names IANA has since replaced (Asia/Calcutta for Asia/Kolkata, Europe/Kiev for Europe/Kyiv):
// the list shows today's names, each old name stays searchable beside it, and UTC is in it.
// Both names work everywhere the zone is used (Intl and PostgreSQL know the aliases).

/** ICU's old name → IANA's current one. */
export const CURRENT_ZONE_NAMES: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** Words people type for the zones whose names do not say them. */
const ALSO_CALLED: Record<string, string> = {
  "Asia/Kolkata": "India",
  "Europe/Kyiv": "Ukraine",
  "Asia/Ho_Chi_Minh": "Vietnam",
  "Asia/Kathmandu": "Nepal",
  "Asia/Yangon": "Myanmar",
  "America/Nuuk": "Greenland",
  "America/Argentina/Buenos_Aires": "Argentina",
  UTC: "Coordinated Universal Time",
};

export type ZoneChoice = { value: string; label: string };

/**
 * Every zone by its current name, sorted, UTC included; `label` holds the old name and the
 * country where that helps the search ("Kolkata" and "Calcutta" and "India" all find it).
 */
export function zoneChoices(supported: readonly string[]): ZoneChoice[] {
  const oldNames = new Map<string, string>();
  const names = new Set<string>(["UTC"]);
  for (const zone of supported) {
    const current = CURRENT_ZONE_NAMES[zone] ?? zone;
    names.add(current);
    if (current !== zone) oldNames.set(current, zone);
  }
  return [...names].sort().map((value) => {
    // "New York" for America/New_York: people type spaces.
    const city = value.split("/").at(-1)!;
    const spaced = city.includes("_") ? city.replaceAll("_", " ") : undefined;
    const words = [spaced, ALSO_CALLED[value], oldNames.get(value)].filter(Boolean);
    return { value, label: words.length > 0 ? `${value} (${words.join(", ")})` : value };
  });
}
