import type { MatchFeatures } from "../../../worker/kb/confidence.ts";

/** A tiny knowledge base: two English articles and a Danish one. */
export const DOCS = [
  {
    id: "returns",
    title: "Returns and refunds",
    text: "You can return any unused item within 30 days of delivery for a full refund.\n\nRefunds reach your original payment method within 5 business days.",
    url: "https://acme.example/returns",
  },
  {
    id: "shipping",
    title: "Shipping",
    text: "Standard shipping is free on orders over $50 and takes 3 to 5 business days. Express shipping costs $15.",
  },
  {
    id: "retur",
    title: "Returnering",
    text: "Du kan returnere ubrugte varer inden for 30 dage efter levering og få pengene tilbage.",
  },
];

export const features = (over: Partial<MatchFeatures>): MatchFeatures => ({
  strength: 0.5,
  margin: 0.5,
  matchedTerms: 3,
  queryTerms: 4,
  missing: 0.2,
  unknown: 0,
  proximity: 0.6,
  agreement: 0.5,
  partial: 0,
  related: 0,
  ...over,
});
