/** The most `widget.js` may weigh gzipped: everything a visitor downloads before opening the chat. */
export const WIDGET_GZIP_BUDGET_BYTES = 15 * 1024;
