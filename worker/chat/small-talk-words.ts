/**
 * The words of small talk in the five languages (`small-talk.ts` reads them), and the replies to
 * it. Data only: to recognise a new greeting or thanks, add its words to the right line here and
 * an example to test/worker/chat/small-talk.node.test.ts.
 */
import type { Language } from "../../shared/languages.ts";

/** What a line of small talk does. */
export type SmallTalkKind = "greeting" | "thanks" | "goodbye" | "acknowledgement";

export type Tag = SmallTalkKind | "filler";

// A message is small talk when it can be read, word for word, as a sequence of social phrases
// and fillers (intensifiers, "for the help", "zusammen", the assistant's name) with at least one
// social phrase. Anything else ("Canada", "cancel", "how", a number) makes it a question for the
// knowledge base. Phrases are written in a small pattern language so that the word classes
// combine ("thank you so much for the quick reply") without listing whole messages:
// "(a|b)" is a choice, "[a|b]" an optional choice, words are matched after `normalize`.
// `null` as the language marks words several of the five languages use ("ok", "super", "hi").
export const SOCIAL_WORDS: readonly (readonly [Tag, Language | null, string])[] = [
  // Words shared between languages: they say nothing about the language.
  ["greeting", null, "(hi|hey|heya|hallo|hallo hallo|halo|yo|hallå)"],
  ["greeting", null, "ciao"],
  ["goodbye", null, "(ciao|tschau|tchao|chao|bye|bye bye|byebye|ade|adieu)"],
  ["acknowledgement", null, "(ok|okay|okey|oki|okie|k|kk|okidoki|okie dokie|okey dokey|ok ok)"],
  [
    "acknowledgement",
    null,
    "(super|cool|top|nice|perfekt|prima|genial|excellent|wow|ah|aha|ahh|oh|ahso|mhm|hmm)",
  ],
  ["thanks", null, "(thx|thanx|thnx|tx|ty|tyvm|tysm)"],
  ["filler", null, "(bot|clarifier|assistant|assistent|assistente|assistant)"],

  // English.
  [
    "greeting",
    "en",
    "(hello|hello there|hi there|hey there|hiya|howdy|greetings|morning|evening|afternoon)",
  ],
  ["greeting", "en", "good (morning|afternoon|evening|day)"],
  [
    "greeting",
    "en",
    "(how are you|how are you doing|how's it going|how is it going|what's up|whats up|sup)",
  ],
  [
    "thanks",
    "en",
    "(thanks|thank you|thankyou|thank u|thanks you|cheers|many thanks|thanks again)",
  ],
  ["thanks", "en", "[i|we] [really|very much] (appreciate|appreciated) [it|that|this|your help]"],
  ["thanks", "en", "(much|greatly|very much|really) appreciated"],
  ["thanks", "en", "no (thanks|thank you)"],
  [
    "goodbye",
    "en",
    "(goodbye|good bye|farewell|see you|see ya|cya|see you later|see you soon|later|take care|good night|goodnight|talk later|that's all|that's it|thats all|that's everything|nothing else|no more questions)",
  ],
  ["goodbye", "en", "[no] that's (all|everything) [i] [needed|need|wanted]"],
  ["goodbye", "en", "have a (nice|good|great|lovely|wonderful) (day|evening|weekend|one|night)"],
  ["goodbye", "en", "you (too|as well)"],
  [
    "acknowledgement",
    "en",
    "(alright|all right|all good|great|perfect|awesome|fine|good|got it|gotcha|understood|noted|sure|wonderful|brilliant|lovely|sweet|fantastic|amazing|splendid|excellent|great stuff|good stuff)",
  ],
  [
    "acknowledgement",
    "en",
    "[oh|ah] (i see|i understand|makes sense|that makes sense|sounds good|fair enough|will do|no problem|np|no worries|all clear|good to know|that's clear)",
  ],
  [
    "acknowledgement",
    "en",
    "[that's|that is|that was|this is|this was|it's|it is|it was|you've been|you have been|you're|you are] [really|very|so|super|most|extremely|truly] (helpful|useful|great|perfect|clear|awesome|brilliant|a great help|a big help|a huge help|amazing|fantastic|wonderful|excellent)",
  ],
  [
    "acknowledgement",
    "en",
    "[that|this] (helps|helped|answers it|answered it|did it|did the trick)",
  ],
  [
    "filler",
    "en",
    "(so much|a lot|lots|heaps|kindly|very much|so|very|really|much|again|indeed|then|just|and|well)",
  ],
  [
    "acknowledgement",
    "en",
    "(nice one|great job|good job|well done|nice work|great work|you rock|you're a star|you're the best|legend)",
  ],
  ["filler", "en", "(mate|man|guys|everyone|everybody|all|folks|friend|buddy|dude|team|there)"],
  [
    "filler",
    "en",
    "for [all] [the|your|this|that] [quick|fast|great|kind|swift|prompt|speedy|detailed|clear] (help|answer|answers|reply|replies|response|info|information|support|assistance|explanation)",
  ],
  ["filler", "en", "for (helping|your time|that|this|everything|explaining)"],

  // Danish.
  [
    "greeting",
    "da",
    "(hej|hejsa|hejhej|hej hej|heja|halløj|dav|davs|goddag|godmorgen|godaften|goddaw)",
  ],
  ["greeting", "da", "god (morgen|aften|eftermiddag|formiddag)"],
  ["greeting", "da", "(hvordan går det|hvad så|hvordan har du det)"],
  [
    "thanks",
    "da",
    "(tak|takk|tak tak|mange tak|tusind tak|tusinde tak|takker|nej tak|tak skal du have|1000 tak)",
  ],
  [
    "goodbye",
    "da",
    "(farvel|vi ses|ses|på gensyn|godnat|god nat|hav det godt|ha det godt|i lige måde|det var det|det var alt|det var det hele)",
  ],
  ["goodbye", "da", "(hav|ha) en (god|dejlig|rigtig god|fortsat god) (dag|aften|weekend)"],
  ["goodbye", "da", "god (weekend|dag|aften)"],
  [
    "acknowledgement",
    "da",
    "(fint|fint nok|det er fint|fedt|godt|forstået|klart|javel|aha|nå|nå okay|dejligt|skønt|fantastisk|glimrende|udmærket|i orden|alt i orden|alt er klart|sejt|det lyder godt|lyder godt|det var godt|det er godt|jeg forstår|det forstår jeg|modtaget|perfekt)",
  ],
  ["acknowledgement", "da", "[okay|ok|nå|ah] [det] giver (mening|god mening)"],
  [
    "acknowledgement",
    "da",
    "[det|du] (var|er|har været) [en] [rigtig|virkelig|meget|kæmpe] [stor|god] (hjælp|hjælpsom|hjælpsomt)",
  ],
  ["acknowledgement", "da", "det hjalp [mig]"],
  [
    "filler",
    "da",
    "(så meget|rigtig|virkelig|igen|alle|allesammen|alle sammen|jamen|altså|så|også|du|med dig|og|meget|skal du have)",
  ],
  [
    "filler",
    "da",
    "for (det|sidst|hjælpen|svaret|svarene|info|infoen|oplysningen|oplysningerne|hurtigt svar|den hurtige hjælp|det hurtige svar|din hjælp|jeres hjælp|nu)",
  ],

  // German.
  [
    "greeting",
    "de",
    "(servus|moin|moin moin|moinsen|hallöchen|grüezi|grüß gott|grüß dich|grüss gott|huhu|tach|hallihallo)",
  ],
  ["greeting", "de", "(guten|gutn|schönen) (tag|morgen|abend)"],
  ["greeting", "de", "(wie geht's|wie gehts|wie geht es dir|wie geht es ihnen)"],
  [
    "thanks",
    "de",
    "(danke|dankeschön|danke schön|danke sehr|vielen dank|vielen lieben dank|lieben dank|herzlichen dank|besten dank|tausend dank|danke vielmals|dank dir|dank euch|merci vielmals|ich danke ihnen|ich danke dir|nein danke|vielen herzlichen dank)",
  ],
  [
    "goodbye",
    "de",
    "(tschüss|tschüs|tschö|gleichfalls|ebenso|auf wiedersehen|auf wiederhören|wiedersehen|bis dann|bis bald|bis später|bis morgen|mach's gut|machs gut|gute nacht|das war's|das wars|das war es)",
  ],
  [
    "goodbye",
    "de",
    "[einen|ein] (schönen|schönes|guten|angenehmen) (tag|abend|wochenende|feierabend) [noch]",
  ],
  ["goodbye", "de", "(ihnen|dir|euch) auch"],
  [
    "acknowledgement",
    "de",
    "(alles klar|alles gut|klar|gut|sehr gut|toll|klasse|spitze|verstanden|ich verstehe|ach so|achso|in ordnung|geht klar|passt|passt schon|wunderbar|genau|stimmt|okay dann|prima|perfekt|super|alles verstanden|jawohl|gebongt|verstehe)",
  ],
  [
    "acknowledgement",
    "de",
    "[das|sie] (hilft|hat geholfen|haben geholfen|war hilfreich|ist hilfreich|war sehr hilfreich|hilft mir|hilft mir weiter|hat mir geholfen|haben mir geholfen|hat mir sehr geholfen|haben mir sehr geholfen)",
  ],
  ["acknowledgement", "de", "[sehr] hilfreich"],
  [
    "filler",
    "de",
    "(vielen|dir|ihnen|euch|sehr|vielmals|nochmal|nochmals|auch|echt|wirklich|schon|ja|na|also|dann|zusammen|leute|ihr|alle|und|nochmal vielen)",
  ],
  [
    "filler",
    "de",
    "für [die|ihre|deine|eure|diese] [schnelle|rasche|nette|tolle|freundliche|super|gute|ausführliche] (hilfe|antwort|antworten|info|infos|information|auskunft|unterstützung|erklärung)",
  ],

  // French.
  [
    "greeting",
    "fr",
    "(bonjour|salut|coucou|bonsoir|allô|allo|ça va|comment ça va|comment allez-vous|comment allez vous|bien le bonjour|rebonjour)",
  ],
  [
    "thanks",
    "fr",
    "(merci|merci beaucoup|merci bien|merci mille fois|mille mercis|mille merci|merci infiniment|grand merci|un grand merci|je vous remercie|je te remercie|non merci|merci encore)",
  ],
  [
    "goodbye",
    "fr",
    "(au revoir|à vous aussi|à toi aussi|pareillement|de même|bonne journée|bonne soirée|bonne nuit|bon week-end|bon weekend|bonne fin de journée|à bientôt|à plus|à plus tard|à la prochaine|a+|vous aussi|toi aussi|salut)",
  ],
  [
    "acknowledgement",
    "fr",
    "(d'accord|dac|daccord|ok d'accord|parfait|génial|très bien|bien|compris|j'ai compris|entendu|noté|c'est noté|ça marche|c'est parfait|c'est clair|c'est gentil|nickel|impeccable|ça roule|pas de souci|pas de soucis|pas de problème|c'est bon|je vois|super|top|excellent|formidable|merveilleux|trop bien)",
  ],
  [
    "acknowledgement",
    "fr",
    "[c'est|ça m'a|vous m'avez|ça a été|c'était] [très|vraiment|super|bien] (utile|aidé|aide|clair|parfait)",
  ],
  [
    "filler",
    "fr",
    "(beaucoup|bien|infiniment|encore|à vous|à toi|à tous|madame|monsieur|tout le monde|alors|bon|ah|oh|très|vraiment|et|oui)",
  ],
  [
    "filler",
    "fr",
    "pour [votre|ton|ta|la|cette|vos|tes|les|ces] (aide|réponse|réponses|info|infos|information|informations|l'aide|l'info|l'information|explication|explications|tout) [rapide|rapides]",
  ],

  // Spanish.
  [
    "greeting",
    "es",
    "(hola|buenas|buenos días|buen día|buenas tardes|buenas noches|qué tal|que tal|hola qué tal|saludos|cómo estás|cómo está|que onda)",
  ],
  [
    "thanks",
    "es",
    "(gracias|muchas gracias|muchísimas gracias|mil gracias|gracias mil|te lo agradezco|se lo agradezco|le agradezco|muy amable|no gracias|gracias de nuevo|un millón de gracias)",
  ],
  [
    "goodbye",
    "es",
    "(adiós|hasta luego|hasta pronto|hasta mañana|hasta la próxima|hasta la vista|chau|nos vemos|cuídate|cuidate|feliz día|igualmente)",
  ],
  [
    "goodbye",
    "es",
    "(que tengas|que tenga|que tengan) [un] (buen|lindo|bonito|feliz) (día|fin de semana|finde)",
  ],
  ["goodbye", "es", "(buen|feliz) fin de semana"],
  [
    "acknowledgement",
    "es",
    "(vale|perfecto|genial|muy bien|entendido|de acuerdo|claro|listo|excelente|estupendo|guay|ya veo|entiendo|lo entiendo|está bien|todo claro|todo bien|dale|bárbaro|súper|buenísimo|ok vale|fenomenal|maravilloso|perfecto entonces|bien)",
  ],
  ["acknowledgement", "es", "[me] (sirve|ha servido|sirvió|ayudó|ha ayudado|has ayudado) [mucho]"],
  ["acknowledgement", "es", "[muy|súper|super] útil"],
  [
    "filler",
    "es",
    "(mucho|muy|de nuevo|otra vez|a todos|amigo|amiga|entonces|bueno|pues|señor|señora|y|sí|si)",
  ],
  [
    "filler",
    "es",
    "por [tu|su|la|vuestra|tus|sus|las] [rápida|amable] (ayuda|respuesta|respuestas|información|info|explicación|atención)",
  ],
];

// Emoji that carry the message alone; any other pictograph is simply ignored beside words.
export const EMOJI_KINDS: Readonly<Record<string, SmallTalkKind>> = {
  "👍": "acknowledgement",
  "👌": "acknowledgement",
  "✅": "acknowledgement",
  "🆗": "acknowledgement",
  "🙏": "thanks",
  "👋": "greeting",
  "🙂": "acknowledgement",
  "😊": "acknowledgement",
  "😀": "acknowledgement",
  "😄": "acknowledgement",
  "❤": "thanks",
};

export const REPLIES: Record<Language, Record<SmallTalkKind, string>> = {
  en: {
    greeting: "Hello! What can I help you with?",
    thanks: "You're welcome! Anything else I can help with?",
    goodbye: "Goodbye! If anything else comes up, just ask.",
    acknowledgement: "Great! Anything else I can help with?",
  },
  da: {
    greeting: "Hej! Hvad kan jeg hjælpe dig med?",
    thanks: "Det var så lidt! Er der andet, jeg kan hjælpe med?",
    goodbye: "Farvel! Skriv bare, hvis der dukker noget op.",
    acknowledgement: "Godt! Er der andet, jeg kan hjælpe med?",
  },
  de: {
    greeting: "Hallo! Wobei kann ich Ihnen helfen?",
    thanks: "Gern geschehen! Kann ich Ihnen sonst noch helfen?",
    goodbye: "Auf Wiedersehen! Fragen Sie einfach, wenn noch etwas ist.",
    acknowledgement: "Gut! Kann ich Ihnen sonst noch helfen?",
  },
  fr: {
    greeting: "Bonjour ! Comment puis-je vous aider ?",
    thanks: "Je vous en prie ! Puis-je vous aider pour autre chose ?",
    goodbye: "Au revoir ! N'hésitez pas si vous avez une autre question.",
    acknowledgement: "Très bien ! Puis-je vous aider pour autre chose ?",
  },
  es: {
    greeting: "¡Hola! ¿En qué puedo ayudarte?",
    thanks: "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
    goodbye: "¡Adiós! Si surge algo más, pregunta cuando quieras.",
    acknowledgement: "¡Genial! ¿Hay algo más en lo que pueda ayudarte?",
  },
};
