/**
 * JSX as `h(type, props, ...children)`, Preact's own `createElement` (which `render` needs, so
 * widget-app.js carries it anyway), instead of the automatic runtime's
 * `jsx(type, { ...props, children })`: no `children:` key on every element, and no second vnode
 * factory (`preact/jsx-runtime`) in the bundle. The two build the same vnodes. Type-checking keeps
 * `jsxImportSource: "preact"`: Preact's JSX types are one namespace for both.
 * Used by the build (vite.config.ts) and by the widget's tests, so both run the same code.
 */
import type { Plugin } from "vite";

export function classicJsx(): Plugin {
  return {
    name: "clarifier:classic-jsx",
    // After @preact/preset-vite's own config, which asks for the automatic runtime.
    config: () => ({ oxc: { jsx: { runtime: "classic", pragma: "h", pragmaFrag: "Fragment" } } }),
    // Before the JSX transform: `h` and `Fragment` in scope in every component file, and only
    // there (widget.js, with no JSX, must not import Preact).
    enforce: "pre",
    transform: (code, id) =>
      /\.tsx$/.test(id) ? `import { h, Fragment } from "preact";${code}` : null,
  };
}
