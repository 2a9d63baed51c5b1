import type { SmallTalkKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in French: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(bonjour|salut|coucou|bonsoir|allô|allo|ça va|ca va|comment ça va|comment allez-vous|comment allez vous|comment vas-tu|comment vas tu|vous allez bien|tu vas bien|bien le bonjour|rebonjour|re|bjr|slt|cc|bsr|re bonjour|enchanté|enchantée|bonne année|joyeux noël|joyeuses fêtes)",
  ],
  [
    "greeting",
    "j'espère que (vous allez bien|tu vas bien|tout va bien|vous passez une bonne journée)",
  ],
  [
    "thanks",
    "(merci|merci beaucoup|merci bien|merci mille fois|mille fois merci|mille mercis|mille merci|merci infiniment|grand merci|un grand merci|un énorme merci|je vous remercie|je te remercie|non merci|merci encore|encore merci|merci du fond du cœur|mrc|mci|msi|mercii|merki|remerciements|mes remerciements|je remercie|c'est gentil|c'est très gentil|c'est sympa|trop gentil|très gentil|vous êtes gentil|vous êtes gentille|merci à vous|merci à toi|merci d'avance|merci de même)",
  ],
  [
    "goodbye",
    "(au revoir|à vous aussi|à toi aussi|pareillement|de même|bonne journée|bonne soirée|bonne nuit|bon week-end|bon weekend|bonne fin de journée|à bientôt|à plus|à plus tard|à la prochaine|a+|à+|vous aussi|toi aussi|salut|à demain|à tout à l'heure|à tantôt|bisous|bises|cordialement|bien cordialement|c'est tout|ce sera tout|ça sera tout|c'est tout pour moi|c'est bon pour moi|ce sera tout pour moi|rien d'autre|ça sera tout pour moi|c'est tout ce que je voulais savoir|c'est tout ce que je voulais|adishatz)",
  ],
  [
    "goodbye",
    "[très|une très|une|je vous souhaite une|je vous souhaite un|je te souhaite une|je te souhaite un] (bonne|bon|belle|excellente|très bonne) (journée|soirée|nuit|semaine|week-end|weekend|fin de journée|fin de semaine|après-midi|continuation|fin d'après-midi|fêtes|année|matinée|dimanche) [à vous|à toi|à vous aussi|à toi aussi]",
  ],
  [
    "acknowledgement",
    "(d'accord|dac|daccord|d'acc|dacc|d'ac|dak|ok d'accord|parfait|génial|très bien|bien|compris|j'ai compris|j'ai bien compris|bien compris|entendu|noté|bien noté|c'est noté|ça marche|ca marche|c'est parfait|c'est clair|nickel|impeccable|ça roule|pas de souci|pas de soucis|pas de problème|aucun souci|aucun problème|sans souci|c'est bon|je vois|ok je vois|ah je vois|super|top|excellent|formidable|merveilleux|trop bien|trop cool|trop top|chouette|extra|magnifique|génialissime|bien vu|reçu|bien reçu|message reçu|je note|je comprends|je comprend|je comprends mieux|ah oui|ouais|oui|ok oui|voilà|tant mieux|bon à savoir|c'est bon à savoir|bien joué|au top|c'est top|nickel chrome|ça me va|ca me va|ça me convient|ça me suffit|ça me parle|ça fonctionne|ça marche bien|c'est réglé|c'est compris|parfait alors|d'accord alors|très bien alors|entendu alors|sympa|cool)",
  ],
  [
    "acknowledgement",
    "[c'est|c'était|ça a l'air|ça semble|ça paraît|tout est|voilà qui est|c'est vraiment|ça|ce|cela|tout] [très|vraiment|super|trop|hyper|parfaitement|tout à fait|bien|plus|beaucoup plus] (utile|clair|claire|parfait|génial|super|top|gentil|bon|bien|noté|compris|clair maintenant|réglé|ok|pratique|simple|logique|sympa|cool|intéressant|limpide|clair pour moi|bon pour moi|ok pour moi|parfait pour moi|parfait merci|excellent|formidable|rassurant)",
  ],
  [
    "acknowledgement",
    "[ça|cela|ceci|vous|tu|votre réponse|ta réponse|ça m'a|vous m'avez] [bien|vraiment|beaucoup] (m'aide|m'a aidé|m'a aidée|m'a beaucoup aidé|m'a bien aidé|m'a été utile|m'a été très utile|m'aide beaucoup|m'avez aidé|m'avez aidée|m'as aidé|m'avez bien aidé|m'avez beaucoup aidé|répond à ma question|répond à mes questions|a répondu à ma question|répondu à ma question|me va|me convient|me suffit|m'éclaire|m'a éclairé|été utile|très utile|résout mon problème|a résolu mon problème)",
  ],
  [
    "acknowledgement",
    "[c'est|c'était|ça|voilà] [tout|exactement|justement|précisément|pile|bien] (ce qu'il me fallait|ce que je voulais|ce que je voulais savoir|ce que je cherchais|ce dont j'avais besoin|ce que j'avais besoin de savoir|ce qu'il fallait|ce que j'attendais|la réponse que j'attendais|la réponse que je cherchais|ce que je voulais entendre)",
  ],
  [
    "filler",
    "(beaucoup|bien|infiniment|encore|à vous|à toi|à tous|madame|monsieur|tout le monde|alors|bon|ah|oh|très|vraiment|et|oui|bcp|bcq|vrmt|trop|tellement|énormément|encore une fois|mme|mr|à vous aussi|les amis|l'équipe|ben|bah|eh bien|donc|maintenant|d'avance|quand même|en tout cas|du coup|hihi|aussi|ouf|chef|mon ami|mon amie)",
  ],
  [
    "filler",
    "(pour|de|du|des) [votre|ton|ta|la|le|cette|ce|vos|tes|les|ces|l'|toute|tout] [rapide|précieuse|super|excellente|gentille|bonne|très bonne|grande|si rapide] (aide|réponse|réponses|info|infos|information|informations|l'aide|l'info|l'information|l'explication|l'éclaircissement|explication|explications|tout|retour|renseignement|renseignements|précision|précisions|conseil|conseils|temps|patience|rapidité|assistance|support|l'assistance|gentillesse|disponibilité|éclaircissement|service|l'accueil|accueil|réactivité|votre aide|tout ça) [rapide|rapides|claire|claires|précise|précises|détaillée|détaillées|efficace|si rapide|très rapide]",
  ],
  [
    "filler",
    "(pour tout|pour ça|pour cela|pour tout ça|de m'avoir aidé|de m'avoir répondu|pour m'avoir aidé|pour m'avoir répondu|de votre aide|pour la réponse)",
  ],
];

/** The replies to small talk in French, one per kind: they invite a question and promise nothing. */
export const SMALL_TALK_REPLIES: Readonly<Record<SmallTalkKind, string>> = {
  greeting: "Bonjour ! Comment puis-je vous aider ?",
  thanks: "Je vous en prie ! Puis-je vous aider pour autre chose ?",
  goodbye: "Au revoir ! N'hésitez pas si vous avez une autre question.",
  acknowledgement: "Très bien ! Puis-je vous aider pour autre chose ?",
};
