/** The most `widget.js` may weigh gzipped: what every page view downloads before any intent. */
export const WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES = 3 * 1024;
/**
 * The most a visitor may ever download gzipped: `widget.js`, the app and the largest language's
 * strings chunk together (the whole chat).
 */
export const WIDGET_TOTAL_GZIP_BUDGET_BYTES = 20 * 1024;
