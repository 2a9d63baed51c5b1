import type { SmallTalkKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in English: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(hello|hello there|hi there|hey there|hiya|howdy|greetings|morning|evening|afternoon|hullo|helo|hellow|gday|good day|wassup|whats good)",
  ],
  ["greeting", "good (morning|afternoon|evening|day)"],
  [
    "greeting",
    "(how are you|how are you doing|how you doing|how r u|how are u|hows it going|how is it going|hows things|how are things|whats up|sup|how do you do)",
  ],
  [
    "greeting",
    "[i] hope (youre|you are|your|ur|you|all is|everything is|alls) [all|doing|keeping|having a] [well|good|great|ok|fine|safe|good day|great day|nice day]",
  ],
  ["greeting", "[nice|pleased|good] to (meet|chat with|talk to) you"],
  [
    "greeting",
    "(merry christmas|happy new year|happy holidays|happy easter|happy friday|happy monday|seasons greetings|happy thanksgiving)",
  ],
  [
    "thanks",
    "(thanks|thank you|thankyou|thank u|thanks you|thank ya|thank yu|thank yuo|thanku|thanq|tq|cheers|many thanks|thanks again|ta|tah|ta muchly|much obliged|obliged|big thanks|huge thanks|massive thanks|thnk you|thnk u|thak you|thx you|bless you|bless ya|thank you kindly|appreciated)",
  ],
  [
    "thanks",
    "[i|we] [really|truly|very much|greatly|do|totally|so|genuinely] (appreciate|appreciated|apreciate|appriciate) [it|that|this|you|ya|u|your help|the help|the info|your time|the quick reply|all your help|all the help]",
  ],
  ["thanks", "(much|greatly|very much|really|very|truly|super|hugely|most) appreciated"],
  ["thanks", "no (thanks|thank you|thx|ty|cheers)"],
  [
    "goodbye",
    "(goodbye|good bye|farewell|see you|see ya|cya|see u|see you later|see you soon|see you around|later|laters|take care|good night|goodnight|night|nite|night night|talk later|talk soon|speak soon|speak later|catch you later|catch ya later|catch ya|ttyl|bye for now|bye now|bye then|all the best|best wishes|kind regards|best regards|regards|peace out|until next time|till next time|have a good one|thats all|thats it|thats everything|nothing else|no more questions|nothing more)",
  ],
  [
    "goodbye",
    "[no|nope|nah|ok] (thats|that is|its|that was|thatll be|that will be) (all|everything|it) [i] [needed|need|wanted|have|had|wanted to know|needed to know|for now|for today]",
  ],
  [
    "goodbye",
    "(have|enjoy) (a|the|your) [very|really] (nice|good|great|lovely|wonderful|fab|fantastic|blessed|brilliant|pleasant|happy|relaxing) (day|evening|weekend|one|night|afternoon|morning|week|holiday|holidays|christmas|time)",
  ],
  ["goodbye", "enjoy (your|the) (day|evening|weekend|afternoon|week|holiday|holidays)"],
  [
    "goodbye",
    "(have|enjoy) (a|the) [nice|good|great|lovely] rest of (the|your) (day|week|evening|weekend)",
  ],
  ["goodbye", "(you too|you as well|you also|and you|same to you|likewise|same here)"],
  [
    "acknowledgement",
    "(alright|all right|alrighty|allright|aight|all good|great|perfect|awesome|awsome|fine|good|got it|gotcha|got you|understood|noted|sure|sure thing|wonderful|brilliant|brill|lovely|sweet|fantastic|amazing|splendid|excellent|great stuff|good stuff|fab|fabulous|superb|marvellous|marvelous|grand|ace|champion|magic|spot on|top notch|sorted|all sorted|cool beans|righto|right|roger|roger that|copy that|fair|yeah|yep|yup|yea|aye|exactly|neat|smashing|terrific|ideal|incredible|outstanding|wicked|lush|cracking|coolio|all clear|clear|crystal clear|all done|done|good one|sweet as|love it|love that|i love it|i love that)",
  ],
  [
    "acknowledgement",
    "[oh|ah|ahh|ok|okay] (i see|i get it|i got it|i understand|understand|makes sense|that makes sense|sounds good|fair enough|will do|no problem|no probs|no prob|np|no worries|good to know|thats clear|no biggie|no bother)",
  ],
  [
    "acknowledgement",
    "[thats|that is|that was|this is|this was|its|it is|it was|youve been|you have been|youre|you are] [really|very|so|super|most|extremely|truly|incredibly|amazingly|massively|all] (helpful|useful|great|perfect|clear|awesome|brilliant|a great help|a big help|a huge help|a massive help|a lot of help|amazing|fantastic|wonderful|excellent|kind|lovely|sweet|cool|fine|ok|okay|good|great news|good news|handy|informative|ideal|spot on|fab|a lifesaver|a life saver|a star|a legend|a gem|a hero|a champ|the best|kind of you|clear now|much clearer|clearer now|fine by me|good to hear|great to hear|good to know|great to know|useful to know|nice to know|handy to know|helpful to know|reassuring|sorted|all sorted|understood|noted|great thanks)",
  ],
  [
    "acknowledgement",
    "[that|this|it|you|thats|this has|that has|it has|youve|you have|which] [really|truly|definitely|totally|actually|has|have|massively|hugely|honestly] (helps|helped|helped me|helps me|helped me out|helps me out|helped us|answers it|answered it|answers that|answered that|answers my question|answered my question|answers everything|answered everything|did the trick|does the trick|clears it up|cleared it up|clears that up|cleared that up|clears things up|cleared things up|cleared up|clears up|covers it|covered it|solved it|solves it|fixed it|fixes it|sorted it|sorts it|works|worked|will work|should work|works for me|explains it|explained it|explains everything|made sense|makes sense)",
  ],
  ["acknowledgement", "(thatll|itll) (work|do)"],
  [
    "acknowledgement",
    "[thats|that is|its|that was|this is|exactly|just|precisely] [exactly|just|precisely|perfectly|absolutely] (what i needed|what i need|what i wanted|what i was looking for|what i wanted to know|what i needed to know|what i was after|what i was hoping for|what i was hoping to hear|what i needed to hear|the answer i needed|the answer i was looking for|what i meant)",
  ],
  [
    "acknowledgement",
    "(nice one|great job|good job|well done|nice work|great work|good work|you rock|legend|lifesaver|life saver|star|hero|genius|the best)",
  ],
  [
    "acknowledgement",
    "(youre|you are|ur|what a|you) [an|a|the] [absolute|total|real|true] (legend|star|hero|lifesaver|life saver|gem|champ|genius|rockstar|rock star|diamond|angel|saint|best|superstar|treasure|godsend)",
  ],
  [
    "acknowledgement",
    "[ill|i will|will|im going to|i am going to|gonna] (try that|try it|try this|give it a try|give it a go|give that a go|give that a try|give it a shot|check it out|check that out|have a look|take a look|do that|look into it|look into that|keep that in mind|bear that in mind)",
  ],
  [
    "acknowledgement",
    "(im|i am|were|we are) [all] (good|fine|ok|okay|sorted|set|done|happy|clear|good now|fine now|sorted now)",
  ],
  ["acknowledgement", "(youre|you are|your|ur) welcome"],
  [
    "filler",
    "(so much|a lot|lots|heaps|kindly|very much|so|very|really|much|again|indeed|then|just|and|well|a million|a bunch|a ton|tons|loads|a load|a mil|big time|ever so|ever so much|x|xx|xxx|xo|xoxo|nope|nah|also|too|anyway|anyways|tho|though|honestly|seriously|truly|genuinely|sincerely|in advance|for now|now|once again|oh|ah|hey|wow|oh wow|so so much|as always|always|as ever)",
  ],
  [
    "filler",
    "(mate|m8|man|guys|everyone|everybody|all|folks|friend|buddy|dude|team|there|pal|bro|love|hun|hon|sir|madam|maam|chief|boss|you guys|yall|you all|lads)",
  ],
  [
    "filler",
    "for [all] [of] [the|your|this|that|ur|ya|such a|such] [quick|fast|great|kind|swift|prompt|speedy|detailed|clear|super|helpful|useful|lovely|excellent|amazing|brilliant|wonderful|rapid|nice|good|quick and easy] (help|answer|answers|reply|replies|response|responses|info|information|support|assistance|explanation|advice|tip|tips|clarification|guidance|time|patience|heads up|update|service|chat|assist)",
  ],
  [
    "filler",
    "for (sorting|fixing|checking|explaining|clearing up|looking into|sorting out) (that|it|this|that out|it out|that up|it up|everything)",
  ],
  [
    "filler",
    "for (helping|helping me|helping out|your time|that|this|it|everything|all|all that|explaining|explaining that|clarifying|clarifying that|getting back to me|answering|answering that|letting me know|the info|being so helpful|being helpful|being patient|being so patient)",
  ],
];

/** The replies to small talk in English, one per kind: they invite a question and promise nothing. */
export const SMALL_TALK_REPLIES: Readonly<Record<SmallTalkKind, string>> = {
  greeting: "Hello! What can I help you with?",
  thanks: "You're welcome! Anything else I can help with?",
  goodbye: "Goodbye! If anything else comes up, just ask.",
  acknowledgement: "Great! Anything else I can help with?",
};
