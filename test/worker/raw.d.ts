// Vite serves a file's text with `?raw` (test/worker/docs.test.ts reads docs/api.md so).
declare module "*?raw" {
  const text: string;
  export default text;
}
