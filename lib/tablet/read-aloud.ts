// What the tablet says when a kid taps a speaker button, and with which voice (issue 16). Pure:
// the browser's speech synthesis is driven by components/tablet/speech.ts.

/** The few fields of a SpeechSynthesisVoice the choice needs (a plain object in tests). */
export type VoiceInfo = { lang: string; localService: boolean; default: boolean };

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? "";

/**
 * The voice for a language tag: the same tag (en-GB for en-GB), else the same language (any en
 * for en-GB, the browser's default first), preferring voices on the device, which also work
 * offline. Null when no voice speaks it: the browser then uses its default voice.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const wanted = lang.toLowerCase().replace("_", "-");
  const rank = (voice: V) => {
    const tag = voice.lang.toLowerCase().replace("_", "-");
    if (tag !== wanted && primary(tag) !== primary(wanted)) return -1;
    return (tag === wanted ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  };
  let best: V | null = null;
  let bestRank = -1;
  for (const voice of voices) {
    const r = rank(voice);
    if (r > bestRank) [best, bestRank] = [voice, r];
  }
  return best;
}

/** A card read aloud: its title, then its items ("Get dressed: socks, shirt."). */
export function cardWords(card: { title: string; items: { label: string }[] }) {
  const items = card.items.map((item) => item.label.trim()).filter(Boolean);
  return items.length === 0 ? `${card.title}.` : `${card.title}: ${items.join(", ")}.`;
}
