import type { Strings } from "./types.ts";

// "w poniedziałek", "we wtorek", "w środę": a weekday after "w" is accusative, "-a" becomes "-ę".
const on = (day: string) => `w${/^wt/.test(day) ? "e" : ""} ${day.replace(/a$/, "ę")}`;

// "nieprzeczytana" (1), "-e" (2–4, 22–24…), "-ych" (5–21, 25…): a message, feminine.
const few = (n: number) => n % 10 > 1 && n % 10 < 5 && (n % 100 < 12 || n % 100 > 14);

/**
 * Polish, informal ("Ty", capitalised as Polish writes it to a reader), with the person a
 * "konsultant", as Polish customer service calls its staff.
 */
export const PL: Strings = {
  close: "Zamknij czat",
  dialog: (site) => `Czat z ${site}`,
  placeholder: "Napisz wiadomość…",
  send: "Wyślij",
  greeting: "Cześć! W czym mogę pomóc?",
  tooLong: (max) => `Wiadomość jest za długa (maks. ${max} znaków).`,
  thinking: "Myślę…",
  networkError: "Brak połączenia. Spróbuj ponownie.",
  retry: "Spróbuj ponownie",
  you: "Ty:",
  emailPrompt: "Przekażę sprawę konsultantowi. Podaj e-mail, na który możemy odpowiedzieć.",
  emailAgain: (email) =>
    `Przekażę sprawę konsultantowi. Odpowiemy na ${email}; możesz go zmienić poniżej.`,
  emailLabel: "Twój e-mail",
  skip: "Pomiń",
  cancel: "Anuluj",
  invalidEmail: "Podaj poprawny e-mail, np. imie@przyklad.pl.",
  sending: "Wysyłanie…",
  handedOff: (site, email) =>
    email
      ? `Dziękujemy! Ktoś z ${site} odpowie Ci na ${email}.`
      : `Wysłano do ${site}. Bez e-maila nikt nie może Ci odpowiedzieć.`,
  talkToPerson: "Porozmawiaj z konsultantem",
  askNeed: "Jasne. Co mam przekazać konsultantowi? Napisz to poniżej.",
  cancelled: "Anulowano. Nic nie zostało wysłane.",
  skipWarning:
    "Bez e-maila nikt nie może Ci odpowiedzieć: konsultant zobaczy tylko Twoją wiadomość.",
  sendWithoutEmail: "Wyślij bez e-maila",
  rateLimited: "To dużo wiadomości naraz. Odczekaj minutę i spróbuj ponownie.",
  emailRequired: "Podaj swój e-mail, żeby ktoś mógł Ci odpowiedzieć.",
  failed: "Coś poszło nie tak.",
  full: "Ten czat osiągnął maksymalną długość. Zacznij nowy albo porozmawiaj z konsultantem.",
  newChat: "Zacznij nowy czat",
  wasHelpful: "Czy to pomogło?",
  helpful: "Tak, pomogło",
  unhelpful: "Nie, nie pomogło",
  feedbackThanks: "Dziękujemy za opinię.",
  offerPerson: "Przykro mi. Połączyć Cię z konsultantem?",
  getPerson: "Tak, poproszę konsultanta",
  suggest: "Nie mam pewności. Czy chodzi o któryś z tych tematów?",
  offTopic: (site) =>
    `Odpowiadam tylko na pytania dotyczące ${site}. W innych sprawach pomoże konsultant.`,
  unclear: "Możesz napisać to inaczej? Albo pomoże konsultant.",
  notCovered: "Tego niestety nie wiem; pomoże konsultant.",
  replyWithin: (duration) => `Czas odpowiedzi to zwykle ${duration}.`,
  backAt: (day, time, soon) =>
    `Zespołu teraz nie ma. Wróci ${soon ? day : on(day)} o ${time} (Twój czas).`,
  loading: "Ładowanie…",
  configError: "Nie udało się załadować czatu.",
  unread: (n) => `${n} nieprzeczytan${n === 1 ? "a" : few(n) ? "e" : "ych"}`,
  launcher: "Napisz do nas",
};
