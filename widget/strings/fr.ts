import type { Strings } from "./types.ts";

/**
 * French "de"/"à" before a name: elided before a vowel, a "y" or an "h" (taken as mute, as it
 * is in most names), and contracted with a leading article ("du Bon Marché", "aux Galeries").
 * Accented vowels are found by their base letter (NFD splits "É" into "E" and its accent): a
 * shorter pattern than listing each, in a chunk shipped as ASCII escapes.
 */
const de = (name: string) =>
  /^le\s/i.test(name)
    ? `du ${name.slice(3)}`
    : /^les\s/i.test(name)
      ? `des ${name.slice(4)}`
      : /^[aeiouyhæœ]/i.test(name.normalize("NFD"))
        ? `d'${name}`
        : `de ${name}`;
const a = (name: string) =>
  /^le\s/i.test(name)
    ? `au ${name.slice(3)}`
    : /^les\s/i.test(name)
      ? `aux ${name.slice(4)}`
      : `à ${name}`;

/**
 * French, with "vous" throughout, and the no-break space French puts before "?", "!", ":" and ";"
 * (a test holds every string to it).
 */
export const FR: Strings = {
  close: "Fermer la discussion",
  dialog: (site) => `Discussion avec ${site}`,
  placeholder: "Écrivez votre message…",
  send: "Envoyer",
  greeting: "Bonjour\u00A0! Comment puis-je vous aider\u00A0?",
  tooLong: (max) => `Votre message est trop long (max. ${max} caractères).`,
  thinking: "Réflexion…",
  networkError: "Connexion impossible. Réessayez.",
  retry: "Réessayer",
  you: "Vous\u00A0:",
  emailPrompt:
    "Une personne va vous aider. Quelle est votre adresse e-mail, pour qu'on vous réponde\u00A0?",
  emailAgain: (email) =>
    `Une personne va vous aider. La réponse ira à ${email}\u00A0; modifiez l'adresse ci-dessous si besoin.`,
  emailLabel: "Votre adresse e-mail",
  skip: "Passer",
  cancel: "Annuler",
  invalidEmail: "Saisissez une adresse e-mail valide, par ex. nom@exemple.fr.",
  sending: "Envoi…",
  handedOff: (site, email) =>
    email
      ? `Merci\u00A0! Quelqu'un ${de(site)} vous répondra à ${email}.`
      : `Envoyé ${a(site)}. Sans adresse e-mail, personne ne pourra vous répondre.`,
  talkToPerson: "Parler à une personne",
  askNeed: "Bien sûr. Que dois-je transmettre à une personne\u00A0? Écrivez-le ci-dessous.",
  cancelled: "Annulé. Rien n'a été envoyé.",
  skipWarning:
    "Sans adresse e-mail, personne ne pourra vous répondre\u00A0: seul votre message sera lu.",
  sendWithoutEmail: "Envoyer sans e-mail",
  rateLimited: "Trop de messages d'un coup. Patientez une minute, puis réessayez.",
  emailRequired: "Saisissez votre adresse e-mail pour qu'on puisse vous répondre.",
  failed: "Une erreur s'est produite.",
  full: "Cette discussion a atteint sa limite. Commencez-en une autre ou parlez à une personne.",
  newChat: "Nouvelle discussion",
  wasHelpful: "Cette réponse est-elle utile\u00A0?",
  helpful: "Oui, utile",
  unhelpful: "Non, pas utile",
  feedbackThanks: "Merci pour votre retour.",
  offerPerson: "Désolé. Voulez-vous parler à une personne\u00A0?",
  getPerson: "Oui, une personne",
  suggest: "Je ne suis pas sûr d'avoir la réponse. Est-ce l'un de ces sujets\u00A0?",
  offTopic: (site) =>
    `Je ne peux répondre qu'aux questions sur ${site}. Pour le reste, une personne peut vous aider.`,
  unclear: "Pouvez-vous le dire autrement\u00A0? Sinon, une personne peut vous aider.",
  notCovered: "Je ne sais pas répondre à cela\u00A0; une personne peut vous aider.",
  replyWithin: (duration) => `Nous répondons en général sous ${duration}.`,
  backAt: (day, time) =>
    `L'équipe est absente pour le moment et revient ${day} à ${time} (votre heure locale).`,
  loading: "Chargement…",
  configError: "La discussion n'a pas pu être chargée.",
  unread: (n) => `${n} non lu${n > 1 ? "s" : ""}`,
};
