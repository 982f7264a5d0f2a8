/**
 * Series colours: each has at least 4.5:1 contrast with white (so bars and the value text drawn
 * in the same colour are readable, WCAG 1.4.3 and 1.4.11), and they differ in lightness as well as
 * hue for readers who do not tell red from green.
 */
export const SERIES_COLOURS = ['#1d4e89', '#a84300', '#2d6a31', '#6a1b9a', '#8b1a1a', '#005f73'] as const

export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!

/** A chart label cut to fit; the full text is in the table below the chart. */
export function shortLabel(label: string, max = 38): string {
  if (label.length <= max) return label
  const cut = label.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')}…`
}
