/**
 * The chat itself (`widget-app.js`), loaded by widget.js on intent. It defines nothing global:
 * it hands `mountApp` to the loader through an event on its own script tag.
 */
import { APP_EVENT } from "./app-contract.ts";
import { mountApp } from "./mount.tsx";

document.currentScript?.dispatchEvent(new CustomEvent(APP_EVENT, { detail: mountApp }));
