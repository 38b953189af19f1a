// Everything a finished sandwich can become outside the editor: a post or thread, plain text,
// Markdown and HTML (the press statement is drafted in shared/compose/press-statement.ts).
export { exportForChannel, type ChannelExport } from './export-for-channel';
export { exportHtml } from './export-html';
export { citeSource, exportMarkdown, type ExportSource, type MarkdownOptions } from './export-markdown';
export { exportPlainText } from './export-plain-text';
