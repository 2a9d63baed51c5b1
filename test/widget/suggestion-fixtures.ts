/** Two articles the worker may offer beside a person ("Is it one of these?"), one with no page. */
import type { Suggestion } from "../../shared/api.ts";

export const EXCHANGES: Suggestion = {
  title: "Exchanges",
  url: "https://acme.example/help/exchanges",
  text: "You can exchange an item within 30 days.",
  documentId: "doc-exchanges",
};

export const SIZES: Suggestion = {
  title: "Sizes",
  url: null,
  text: "Our sizes run small.",
  documentId: "doc-sizes",
};
