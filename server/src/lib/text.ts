/** Lower case, accents removed, spaces collapsed: "Éloïse  DUPONT" → "eloise dupont". For search and matching. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
