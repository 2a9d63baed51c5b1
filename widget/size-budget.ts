/** The most `widget.js` may weigh gzipped: what every page view downloads before any intent. */
export const WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES = 5 * 1024;
/**
 * The most `widget.js` and `widget-app.js` may weigh together gzipped: the whole chat. 21 KB
 * since the team's replies reach the widget (live socket, polling fallback, the conversation
 * kept for a week, the unread count): about 0.9 KB of the 20.5 KB it then weighed.
 */
export const WIDGET_TOTAL_GZIP_BUDGET_BYTES = 21 * 1024;
