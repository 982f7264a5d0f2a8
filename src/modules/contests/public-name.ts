import { ADULT_AGE } from './constants'

/**
 * How a contestant appears in public (leaderboards, certificates' verification page). Minors, and
 * people whose age is unknown, by their family name and initials ("Nguyễn Văn An" → "Nguyễn V. A."):
 * a child's full name never appears next to their school. Adults by their full name.
 */
export function contestPublicName(fullName: string, shorten: boolean): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean)
  if (!shorten) return words.join(' ')
  if (words.length === 0) return ''
  const initial = (word: string) => `${(word.match(/\p{L}/u)?.[0] ?? word[0] ?? '').toLocaleUpperCase('vi')}.`
  if (words.length === 1) return initial(words[0]!)
  return [words[0]!, ...words.slice(1).map(initial)].join(' ')
}

/** Whole years between the birth date and `at` (both read as calendar days in UTC). */
export function ageAt(birthDate: Date, at: Date): number {
  let age = at.getUTCFullYear() - birthDate.getUTCFullYear()
  const beforeBirthday =
    at.getUTCMonth() < birthDate.getUTCMonth() ||
    (at.getUTCMonth() === birthDate.getUTCMonth() && at.getUTCDate() < birthDate.getUTCDate())
  if (beforeBirthday) age -= 1
  return age
}

/** Under ADULT_AGE at the round's opening. */
export const isMinorAt = (birthDate: Date, opensAt: Date): boolean => ageAt(birthDate, opensAt) < ADULT_AGE
