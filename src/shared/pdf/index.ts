export { embedFonts, fontBytes, type EmbeddedFonts, type FontFamily } from './fonts'
export { measure, printable, wrap } from './text'
