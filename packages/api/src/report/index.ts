export { buildNote, type Note, type NoteOptions } from "./note.js";
export { noteToDocx } from "./docx.js";
export { noteToMarkdown } from "./markdown.js";
