export { embedFonts, fontBytes, type EmbeddedFonts, type FontFamily } from './fonts'
export { printable, wrap } from './text'
