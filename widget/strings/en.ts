import type { Strings } from "./types.ts";

/**
 * English: a chunk of its own (widget-strings-en.<build>.js), fetched like every language's;
 * the first stand-in, when it is here, while another language is on its way (`stringsFor`).
 */
export const EN: Strings = {
  close: "Close chat",
  dialog: (site) => `Chat with ${site}`,
  placeholder: "Type your message…",
  send: "Send",
  greeting: "Hi! How can I help?",
  tooLong: (max) => `Your message is too long (max. ${max} characters).`,
  thinking: "Thinking…",
  networkError: "Couldn't connect. Please try again.",
  retry: "Retry",
  you: "You:",
  emailPrompt: "I'll get a person to help you. What's your email, so they can reply?",
  emailAgain: (email) =>
    `I'll get a person to help you. They'll reply to ${email}; change it below if you like.`,
  emailLabel: "Your email",
  skip: "Skip",
  cancel: "Cancel",
  invalidEmail: "Please enter a valid email, like name@example.com.",
  sending: "Sending…",
  handedOff: (site, email) =>
    email
      ? `Thanks! Someone from ${site} will get back to you at ${email}.`
      : `Sent to ${site}. Without an email, nobody can reply to you.`,
  talkToPerson: "Talk to a person",
  askNeed: "Sure. What should I pass on to a person? Write it below.",
  cancelled: "Cancelled. Nothing was sent.",
  skipWarning: "Without an email, nobody can reply to you: they will only see your message.",
  sendWithoutEmail: "Send without email",
  rateLimited: "That's a lot of messages at once. Please wait a minute and try again.",
  emailRequired: "Please enter your email, so someone can reply to you.",
  failed: "Something went wrong.",
  full: "This chat has reached its length limit. Start a new one, or talk to a person.",
  newChat: "Start a new chat",
  wasHelpful: "Was this helpful?",
  helpful: "Yes, helpful",
  unhelpful: "No, not helpful",
  feedbackThanks: "Thanks for telling us.",
  offerPerson: "Sorry about that. Want me to get a person?",
  getPerson: "Yes, get a person",
  suggest: "I'm not sure I have that. Is it one of these?",
  offTopic: (site) =>
    `I can only help with questions about ${site}. For anything else, a person can help.`,
  unclear: "Could you say that another way? Or a person can help.",
  notCovered: "I don't know that one; a person can help.",
  replyWithin: (duration) => `We usually reply within ${duration}.`,
  backAt: (day, time) => `The team is away right now and back ${day} at ${time} (your time).`,
  loading: "Loading…",
  configError: "The chat couldn't load.",
  unread: (n) => `${n} unread`,
};
