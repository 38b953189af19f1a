// Everything a finished sandwich can become outside the editor: a post or thread, plain text,
// Markdown, HTML and a press statement.
export { exportForChannel, type ChannelExport } from './export-for-channel';
export { exportHtml } from './export-html';
export { citeSource, exportMarkdown, type ExportSource, type MarkdownOptions } from './export-markdown';
export { exportPlainText } from './export-plain-text';
export { exportPressStatement, type PressStatement, type PressStatementOptions } from './export-press-statement';
