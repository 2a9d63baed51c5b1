import type { Strings } from "./types.ts";

/**
 * Portuguese as Portugal writes it, polite ("o seu", the verb without "você"), which Brazilian
 * visitors read as courteous too.
 */
export const PT: Strings = {
  close: "Fechar o chat",
  dialog: (site) => `Chat com ${site}`,
  placeholder: "Escreva a sua mensagem…",
  send: "Enviar",
  greeting: "Olá! Como posso ajudar?",
  tooLong: (max) => `A sua mensagem é demasiado longa (máx. ${max} caracteres).`,
  thinking: "A pensar…",
  networkError: "Sem ligação. Tente novamente.",
  retry: "Tentar novamente",
  you: "Você:",
  emailPrompt: "Vou chamar uma pessoa para ajudar. Qual é o seu e-mail, para lhe responderem?",
  emailAgain: (email) =>
    `Vou chamar uma pessoa para ajudar. A resposta irá para ${email}; altere-o abaixo, se quiser.`,
  emailLabel: "O seu e-mail",
  skip: "Saltar",
  cancel: "Cancelar",
  invalidEmail: "Introduza um e-mail válido, p. ex. nome@exemplo.pt.",
  sending: "A enviar…",
  handedOff: (site, email) =>
    email
      ? `Obrigado! Alguém de ${site} irá responder-lhe em ${email}.`
      : `Enviado para ${site}. Sem e-mail, ninguém lhe pode responder.`,
  talkToPerson: "Falar com uma pessoa",
  askNeed: "Claro. O que devo transmitir a uma pessoa? Escreva abaixo.",
  cancelled: "Cancelado. Nada foi enviado.",
  skipWarning: "Sem e-mail, ninguém lhe pode responder: verão apenas a sua mensagem.",
  sendWithoutEmail: "Enviar sem e-mail",
  rateLimited: "São muitas mensagens de uma vez. Aguarde um minuto e tente novamente.",
  emailRequired: "Introduza o seu e-mail, para que alguém lhe possa responder.",
  failed: "Algo correu mal.",
  full: "Este chat atingiu o tamanho máximo. Comece um novo ou fale com uma pessoa.",
  newChat: "Começar um novo chat",
  wasHelpful: "Isto foi útil?",
  helpful: "Sim, útil",
  unhelpful: "Não, não foi útil",
  feedbackThanks: "Obrigado pelo seu feedback.",
  offerPerson: "Lamento. Quer que chame uma pessoa?",
  getPerson: "Sim, chamar uma pessoa",
  suggest: "Não tenho a certeza de ter a resposta. É uma destas?",
  offTopic: (site) =>
    `Só posso ajudar com perguntas sobre ${site}. Para tudo o resto, uma pessoa pode ajudar.`,
  unclear: "Pode dizê-lo de outra forma? Ou uma pessoa pode ajudar.",
  notCovered: "Não sei responder a isso; uma pessoa pode ajudar.",
  replyWithin: (duration) => `Costumamos responder em ${duration}.`,
  // "na segunda-feira", "no sábado": soon, "amanhã" takes none.
  backAt: (day, time, soon) =>
    `A equipa está ausente e volta ${soon ? "" : /^(sá|do)/.test(day) ? "no " : "na "}${day} às ${time} (a sua hora).`,
  loading: "A carregar…",
  configError: "Não foi possível carregar o chat.",
  unread: (n) => `${n} não lida${n > 1 ? "s" : ""}`,
  launcher: "Fale connosco",
};
