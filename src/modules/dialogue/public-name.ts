/**
 * How a commenter appears in public: the initials of the name ("Nguyễn Văn An" → "N.V.A."), or
 * "Người góp ý #n" when the name gives none. Contact details are never shown.
 */
export function publicName(name: string, number: number): string {
  const initials = name
    .normalize('NFC')
    .split(/[\s.,;:\-_/]+/)
    .map((word) => word.match(/\p{L}/u)?.[0])
    .filter((c): c is string => Boolean(c))
    .slice(0, 5)
    .map((c) => `${c.toLocaleUpperCase('vi')}.`)
    .join('')
  return initials || `Người góp ý #${number}`
}
