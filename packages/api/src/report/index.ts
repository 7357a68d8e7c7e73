export {
  buildNote,
  dayEn,
  NOTE_FIGURES,
  SOURCE_LINE,
  type Note,
  type NoteBlock,
  type NoteOptions,
} from "./note.js";
export { noteToDocx } from "./docx.js";
export { noteToMarkdown, type MarkdownOptions } from "./markdown.js";
export { chartSvg, formatCount, type ChartCaption, type ChartSvg } from "./chart-svg.js";
export { topConcepts, type ConceptCount } from "./concepts.js";
