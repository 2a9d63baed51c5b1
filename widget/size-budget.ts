/** The most `widget.js` may weigh gzipped: what every page view downloads before any intent. */
export const WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES = 5 * 1024;
/** The most `widget.js` and `widget-app.js` may weigh together gzipped: the whole chat. */
export const WIDGET_TOTAL_GZIP_BUDGET_BYTES = 20 * 1024;
