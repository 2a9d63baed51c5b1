import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

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
  [
    "greeting",
    "(are you there|you there|r u there|are you still there|still there|you still there|anybody home)",
  ],
  // "my bad" and "my mistake" own a mistake: a pause, in the round-5 check rule below.
  [
    "acknowledgement",
    "(nvm|nevermind|never mind|never mind then|forget it|forget that|forget about it|no matter|doesnt matter|it doesnt matter|not important|ignore that|ignore me|scratch that|oops|whoops|no worries then|ah well|oh well|fair dos)",
  ],
  [
    "acknowledgement",
    "(good|nice|great|clever|smart|cool|helpful|lovely|sweet|awesome|brilliant) (bot|robot|chatbot|assistant|ai)",
  ],
  [
    "about_assistant",
    "(are you|r u|are u|ru|you|am i talking to|am i talking with|am i chatting to|am i chatting with|am i speaking to|am i speaking with|am i writing to|am i texting|am i texting with|is this|is that|is it|are you really|are you actually|are you even|are you just|so youre|so you are|youre|you are|so ur|ur|this is|im talking to|i am talking to|im chatting with|im chatting to) [a|an|the|really|actually|just|even|only|some] [real|actual|live|virtual|human|ai] (bot|robot|chatbot|chat bot|ai|a i|human|human being|person|machine|computer|program|chatgpt|gpt|openai|gemini|claude|copilot|siri|alexa|assistant|ai assistant|virtual assistant|real person|real human|alive|sentient|someone real|somebody real|an ai|a bot|a human|a person|a robot) [im talking to|i am talking to|im chatting with|im chatting to|im speaking to|im writing to|answering|answering me|replying|on the other end|here]",
  ],
  [
    "about_assistant",
    "(is this|is this chat|is the chat|is this reply|is that reply|are you|are these|are the|are your|is your) [a|an|the|just|really|all] (automated|automatic|ai generated|computer generated|canned|pre written|prewritten|scripted|ai|bot|robot|generated) (chat|reply|replies|response|responses|answer|answers|message|messages|chatbot|conversation|assistant|service)",
  ],
  [
    "about_assistant",
    "(who are you|who r u|who are u|who is this|whos this|who am i talking to|who am i talking with|who am i chatting with|who am i chatting to|who am i speaking to|who am i speaking with|who am i writing to|who is talking|whos talking|who is there|whos there|what are you|what r u|what are u|what is this chat|whats this chat|what is this bot|whats this bot|what is this thing|what kind of bot are you|what kind of ai are you|what kind of assistant are you|what ai are you|which ai are you|what model are you|which model are you|what ai is this|which ai is this|what are you exactly|what exactly are you|what is clarifier|whats clarifier|who made you|who built you|who created you|who programmed you|who designed you|who trained you)",
  ],
  [
    "about_assistant",
    "(what can you do|what can u do|what can you help with|what can you help me with|what can you help me do|what can you do for me|what else can you do|what do you do|how can you help|how can you help me|how do you help|what are you able to do|what are you capable of|what can i ask|what can i ask you|what can you answer|what questions can you answer|what do you know|how do you work|how does this chat work|how does this bot work|what are you for|what are you good for|what is your purpose|whats your purpose|what can this bot do|what can this chat do|what can this thing do|can you help me|can you help|can u help|can u help me|can you help me please|what can you help with here|what do you help with)",
  ],
  [
    "about_assistant",
    "(whats your name|what is your name|whats ur name|what is ur name|whats yours name|what are you called|what r u called|do you have a name|have you got a name|got a name|you got a name|what should i call you|what do i call you|what can i call you|whats your name again|your name|name please|and your name|and you are)",
  ],
  [
    "filler",
    "(today|tonight|this morning|this afternoon|this evening|this fine day|by the way|btw|just curious|just wondering|out of curiosity|quick question|real quick|please|pls|plz)",
  ],
  [
    "filler",
    "or [a|an|a real|an actual|real|just] (human|person|bot|robot|ai|machine|not|what|chatgpt|human being|real person)",
  ],
  [
    "about_assistant",
    "(are you|r u|are u|you|so are you) [really|actually|even] (real|for real|human|alive|a real one|sentient)",
  ],
  [
    "about_assistant",
    "(is|are) [this|the|your|these] (chat|reply|replies|answers|responses|conversation|assistant|support chat) [really|actually|just|all] (automated|ai|ai generated|computer generated|scripted|a bot|a robot|a human|a person|real|live|human|bots|robots)",
  ],
  [
    "greeting",
    "(anyone there|anybody there|anyone|anybody|anyone home|anybody home|someone there|somebody there|anyone around|anybody around|anyone here|anybody here|anyone about)",
  ],
  [
    "greeting",
    "(can|could|may) i ask [you] [something|a question|a quick question|you something|you a question|you a quick question|something quick]",
  ],
  [
    "greeting",
    "[i] (have|got|have got) (a question|a quick question|a few questions|some questions|a query|a quick query)",
  ],
  [
    "greeting",
    "(is someone|is anyone|is anybody|anyone|someone|somebody|anybody) (reading this|reading|listening|online|awake)",
  ],
  [
    "greeting",
    "(can you hear me|can you see this|can you see my message|can you read this|are you getting this|did you get that|testing|test)",
  ],
  [
    "greeting",
    "(fine|good|great|well|ok|okay|not bad|all good|doing well|doing good|very well|not too bad|im good|im fine|im well|im great|im ok|i am good|i am fine|i am well|pretty good) [thanks|thank you|ty|thx] (and you|you|and yourself|yourself|how about you|what about you|and u|u|hbu|wbu)",
  ],
  [
    "greeting",
    "(hows|how is|how was) (your|the) (day|morning|evening|afternoon|week|weekend) [going|been|so far|going so far|treating you]",
  ],
  [
    "greeting",
    "(are you|you) having a (good|nice|great|busy|lovely) (day|one|morning|evening|week)",
  ],
  [
    "about_assistant",
    "(is this|is it|is that|am i in) [a|an] (real|live|human|actual|automated|automatic) (chat|conversation|person|reply|answer|response|chat with a person)",
  ],
  [
    "filler",
    "or [is it|is this|just|an|a] (automated|automatic|live|real|a bot|ai|a robot|a human|a real person|a person|bot|robot|human|an ai)",
  ],
  [
    "acknowledgement",
    "(sounds|looks|seems) [really|very|so|pretty|super] (good|great|perfect|fine|lovely|awesome|brilliant|ideal|like a plan|fab|fair|cool|excellent|ok|okay|reasonable|easy|amazing|fantastic|right|clear)",
  ],
  ["acknowledgement", "(lovely jubbly|tickety boo|happy days|nice nice|cool cool cool)"],

  // Which languages the assistant speaks: the verbs of speaking and a language's name, or
  // "languages" itself. A language taught or sold ("do you teach spanish") is no such question.
  [
    "about_languages",
    "(do|can|could|will) (you|u) [also|even|actually|still] (speak|understand|talk|write|read|reply in|answer in|respond in|chat in|talk in|write in|communicate in) [in] (english|danish|german|french|spanish|swedish|italian|dutch|portuguese|norwegian|finnish|polish|russian|chinese|japanese|arabic|turkish|other languages|another language|any other languages|any other language|more languages|more than one language|my language|other languages too|languages)",
  ],
  [
    "about_languages",
    "(what|which|how many) languages (do|can|does) (you|u|this chat|this bot|the bot|the assistant) (speak|understand|know|talk|support|write|answer in|reply in|do|handle|cover)",
  ],
  [
    "about_languages",
    "(do|can) (you|u) (speak|talk|understand) [any|other|many|several|multiple] languages",
  ],
  ["about_languages", "(are you|r u) (multilingual|bilingual)"],
  [
    "about_languages",
    "(is|are) (there|you|this chat|the chat|this bot) [also|available] (in|available in) (english|danish|german|french|spanish|swedish|other languages|another language)",
  ],
  // Whether anyone is at the other end: a greeting, whatever the grammar of requests reads in it.
  [
    "greeting",
    "(is|are) (there|anyone|anybody|someone|somebody) [still] [anyone|anybody|someone|somebody] (there|here|around|about|online|home|out there|awake|listening|in)",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it, what it runs on.
  [
    "about_assistant",
    "(tell me|tell us|say something|talk) (about|a bit about|a little about|more about|something about) (yourself|you|urself|this bot|this chat|this assistant)",
  ],
  [
    "about_assistant",
    "(introduce yourself|describe yourself|who are you exactly|who exactly are you)",
  ],
  [
    "about_assistant",
    "(who|which company) (made|built|created|developed|programmed|designed|trained|owns|runs|wrote|coded) (you|u|this bot|this chat|this assistant|this chatbot|this thing)",
  ],
  [
    "about_assistant",
    "(what|which) (are you|is this bot|is this chat) (based on|built on|powered by|running on|made with|made of)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it ("that didn't help, where is my order") makes it a question, and
  // a request for a person ("this is useless, get me a human") is read before small talk. "It
  // doesn't work" is no such complaint: it reports a fault in what the site sells, for the help
  // centre or a person.
  [
    "complaint",
    "[that|this|it|you|your answer|your answers|the answer|that answer|your reply|that reply|the bot|this chat|which] [really|just|still|honestly|unfortunately|sadly] (didnt|did not|doesnt|does not|dont|do not|wont|will not|cant|cannot|can not|wasnt|was not|isnt|is not|arent|are not|havent|have not|hasnt|has not|didn|doesn|aint) [really|actually|even|quite|exactly|help to] (help|helped|help me|help much|help at all|help me at all|help me much|helping|helpful|very helpful|much help|any help|of any help|of much help|useful|very useful|any use|answer my question|answer it|answer that|answer the question|make sense|make any sense|what i asked|what i meant|what i needed|what i wanted|what i was looking for|what i asked for|the answer|right|it|good)",
  ],
  [
    "complaint",
    "[that|this|it|thats|this is|that is|its|it is|that was|this was|you are|youre|ur|you r|u r|you|the bot is|this bot is|this chat is|your answers are] [really|so|completely|totally|absolutely|pretty|quite|rather|just|a bit|kind of|kinda|very|utterly|entirely] (useless|rubbish|terrible|awful|hopeless|unhelpful|no help|no use|no good|pointless|stupid|dumb|annoying|frustrating|a waste of time|wrong|of no help|of no use|irrelevant|bad|poor|garbage|trash|crap|pathetic|ridiculous)",
  ],
  // A negated praise: "not helpful", "that's not what I asked" (never "that's helpful").
  [
    "complaint",
    "[that|this|it|thats|this is|that is|its|it is|that was|this was|you are|youre|ur|you r|u r|your answers are|the answer is] (not|not very|not really|not that|not so|not at all|not particularly|not exactly) (helpful|useful|relevant|right|correct|it|good|clear|the answer|what i asked|what i meant|what i needed|what i wanted|what i was looking for|what i asked for|my question|an answer)",
  ],
  ["complaint", "[you are|youre|ur] (no|not much|not any|zero) (help|use|good)"],
  ["complaint", "(wrong answer|unhelpful|useless|no help|thanks for nothing|ugh|argh|come on|wtf)"],
  ["filler", "(at all|whatsoever|either|again|anyway|unfortunately|sadly|though|tho|sorry|but)"],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement. "I'm (still) waiting"
  // is impatience, not agreement: left out.
  [
    "acknowledgement",
    "[ok|okay|alright|right|sure|fine|k|no problem|np] [then] (ill wait|i will wait|i can wait|ill hold|i will hold|ill be waiting|no rush|no hurry|take your time|ill hang on|ill hold on|i can hold on) [then|here|a bit|a moment|a sec|a minute|for now|for it|for you|for a bit|for a while]",
  ],
  [
    "acknowledgement",
    "(no problem|my pleasure|any time|anytime|dont mention it|not at all|no worries|it was nothing|glad to help|happy to help)",
  ],

  // Round 5 (issue #19): pauses, apologies and "found it". A visitor who steps away, looks
  // something up or says sorry ("hold on", "one sec", "brb", "let me check", "sorry about
  // that", "nvm, found it") asks nothing yet: a pause, whose reply gives them time ("Great!" read
  // oddly after "sorry"). Only these words: "wait, is it free?" or "sorry, how do I…" still ask.
  [
    "pause",
    "[ok|okay|right|oh|ah|oops] (wait|hold on|hang on|one moment|one sec|one second|one minute|one min|just a moment|just a sec|just a second|just a minute|just a min|a moment|a sec|a second|a minute|sec|moment|give me a sec|give me a second|give me a minute|give me a moment|gimme a sec|gimme a minute|bear with me|wait a sec|wait a second|wait a moment|wait a minute|hold on a sec|hold on a second|hold on a moment|hang on a sec|hang on a second|hang on a moment|brb|be right back|ill be right back|back in a sec|back in a minute|back in a moment|be back soon|be back in a sec|be back in a minute|ill be back|afk)",
  ],
  [
    "pause",
    "[ok|okay|right|hmm|hm|oh|ah] (let me|lemme|ill|i will|im going to|i am going to|gonna|i need to|i have to|ill just|let me just|i must) (check|see|look|think|double check|check that|check this|check it|check again|have a look|take a look|look it up|think about it|think it over|have a think|check with my partner|check with my wife|check with my husband|ask my partner|ask my wife|ask my husband)",
  ],
  [
    "pause",
    "[oh|ah|oops|whoops|ok|okay] [im|i am] [so|very|really|terribly] (sorry|apologies|my apologies|sorry about that|sorry for that|sorry for the confusion|sorry for the trouble|sorry to bother you|sorry for bothering you|sorry for the typo|sorry wrong chat|sorry wrong window|pardon|apologies for that)",
  ],
  [
    "pause",
    "[oh|ah|ok|okay|nvm|never mind|nevermind|its ok|its fine|no worries|sorry|all good] [i|ive|i have|i just|ive just] (found it|found it now|got it now|see it now|figured it out|worked it out|sorted it|sorted it out|managed|managed it|found what i needed|found what i was looking for|found the answer|have it now|just found it)",
  ],
  ["greeting", "(excuse me|scuse me|pardon me)"],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "[i] hope (your|ur|the) (day|days|week|weeks|weekend|weekends|morning|mornings|afternoon|afternoons|evening|evenings) [is|has been|was|went|goes] [going|been|treating you] (well|good|great|nicely|ok|fine|smoothly|great so far|well so far|good so far|treating you well)",
  ],
  [
    "greeting",
    "[i] hope (youre|you are|you|ur|u r|your|u) having a [very|really] (good|great|nice|lovely|wonderful|fab|fantastic|relaxing|productive) (day|week|weekend|morning|afternoon|evening|one|time)",
  ],
  [
    "pause",
    "[oh|oops|sorry|ah] (my fault|my mistake|my bad|all my fault|that was my fault|that was my mistake|that was my bad|my error|i was wrong|i misread|i misread that)",
  ],

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds.
  // Praise for the assistant or the site, in word classes rather than whole messages: a subject,
  // an adverb ("actually", "honestly"), an intensifier ("really", "pretty") and a word of praise;
  // loving or liking it; a word of praise before a noun of the site or the chat ("great site",
  // "best bot ever"). A thing the site sells ("love this jacket") is no such noun: a question.
  [
    "acknowledgement",
    "[youre|you are|ur|u r|you|you guys are|you all are|yall are|this is|that is|thats|its|it is|this was|that was|it was|youve been|you have been|this site is|the site is|your site is|this website is|your website is|the website is|this chat is|the chat is|this bot is|the bot is|this assistant is|this service is|your service is|the service is|this tool is|this thing is|this app is|your team is|you guys have been] (actually|honestly|genuinely|seriously|truly|definitely|literally|just|also|always|still|surprisingly|indeed|really) [really|very|so|super|pretty|quite|incredibly|amazingly|extremely|insanely|ridiculously|seriously|crazy|damn|bloody|such a|a] (good|great|helpful|useful|brilliant|amazing|awesome|fantastic|excellent|wonderful|lovely|cool|clever|smart|impressive|neat|perfect|nice|kind|handy|fab|superb|outstanding|incredible|terrific|the best|a star|a legend|a gem|a lifesaver|a great help|a big help|not bad|decent|fast|quick|good at this|good at your job|good at what you do)",
  ],
  [
    "acknowledgement",
    "(youre|you are|ur|u r|you guys are|you all are|yall are|this site is|the site is|your site is|this website is|your website is|the website is|this chat is|the chat is|this bot is|the bot is|this assistant is|this service is|your service is|the service is|this tool is|this thing is|this app is|your team is) [really|very|so|super|pretty|quite|incredibly|amazingly|extremely|insanely|ridiculously|seriously|crazy|damn|bloody|such a|a] (good|great|helpful|useful|brilliant|amazing|awesome|fantastic|excellent|wonderful|lovely|cool|clever|smart|impressive|neat|perfect|nice|kind|handy|fab|superb|outstanding|incredible|terrific|the best|a star|a legend|a gem|a lifesaver|not bad|decent|fast|quick|good at this|good at your job|good at what you do)",
  ],
  [
    "acknowledgement",
    "[i|we] [really|absolutely|just|totally|honestly|seriously|truly|so|do|actually|already] (love|adore|loving|lovin|luv) (this|it|that|you|this site|the site|your site|this website|your website|the website|this chat|the chat|this bot|the bot|this assistant|this service|your service|the service|this tool|this thing|this app|you guys|yall|this place|this feature|the idea|this idea|how easy this is|how easy that was|how quick that was|how fast that was) [so much|a lot|already|here|too|x|xx]",
  ],
  [
    "acknowledgement",
    "(i|we) [really|absolutely|just|totally|honestly|seriously|truly|do|actually|quite|kinda|kind of|already] (like|dig|enjoy) (this|it|that|you|this site|the site|your site|this website|your website|this chat|the chat|this bot|the bot|this assistant|this service|this tool|this thing|this app|you guys) [a lot|so much|already|here|too]",
  ],
  [
    "acknowledgement",
    "[what a|such a|a|the|this is a|thats a|that is a|its a|you have a|you have a really|youve got a] [really|very|so|super|pretty|truly|seriously] (good|great|nice|lovely|awesome|amazing|brilliant|excellent|fantastic|wonderful|cool|clever|smart|helpful|useful|superb|fab|fabulous|impressive|neat|sweet|perfect|beautiful|outstanding|incredible|terrific|top notch|first class|handy|slick|best|the best) (site|website|web site|service|chat|chatbot|bot|robot|assistant|tool|app|feature|idea|team|job|work|answer|reply|response|experience) [ever|you have|you have here|youve got|you guys have|guys|mate|by the way|btw]",
  ],
  [
    "acknowledgement",
    "(not bad|not bad at all|not too bad|not half bad|pretty good|pretty cool|pretty neat|pretty helpful|so good|too good|way cool)",
  ],
  // Insults to the bot: a complaint, handed to a person as "you're useless" is. An adjective of
  // scorn before a noun of the chat ("dumb bot", "stupid machine", "you useless piece of junk"),
  // or "this sucks"; "dumb question: do you ship to canada?" names something else, a question,
  // and "stupid bot, get me a human" a request, read first.
  [
    "complaint",
    "[you|what a|such a|this|that|the|your|youre a|you are a|youre such a|you are such a|youre just a|you are just a|this is a|its a|its just a|ur a|u r a|stupid|dumb] [absolutely|totally|completely|really|so|bloody|freaking|fricking|frigging|damn|damned|fucking|effing|utterly|pretty|such a|very|most|useless|stupid|dumb] (stupid|dumb|dumbest|stupidest|useless|idiotic|silly|crappy|crap|rubbish|terrible|awful|worthless|lame|pathetic|annoying|broken|clueless|brainless|hopeless|pointless|bad|worst|garbage|trash|incompetent|moronic|dim|thick|dense|dumbass|idiot|moron|dopey|daft|ridiculous|bloody|damn|fucking|shitty|shit|sad|sorry excuse for a|poor excuse for a|piece of junk|piece of crap|piece of garbage|piece of rubbish|piece of shit) (bot|robot|chatbot|chat bot|ai|a i|machine|assistant|chat|computer|program|thing|tool|software|system|toy|excuse for a bot|bot ever|ai ever|chatbot ever|thing ever|junk|crap|garbage|rubbish)",
  ],
  [
    "complaint",
    "(you|youre|you are|what a|such a|youre such a|you are such a|youre a|you are a|ur a|u r a|you absolute|you total|you complete) (idiot|moron|joke|clown|dummy|dumbass|numpty|muppet|plonker|piece of junk|piece of crap|piece of garbage|piece of rubbish|piece of shit|waste of space|waste of time|fool|donkey|nitwit|halfwit)",
  ],
  ["complaint", "(idiot|moron|dumbass|you idiot|you moron)"],
  [
    "complaint",
    "[this|that|it|you|this bot|the bot|this chat|the chat|this thing|this assistant|your bot|your chat] [really|just|totally|kinda|kind of|honestly|seriously|so|truly|completely] (sucks|suck|stinks|stink|is a joke|are a joke|is a waste of time|are a waste of time|is a waste of my time|are a waste of my time|drives me mad|drives me crazy|drives me nuts|is driving me mad|is driving me crazy|is driving me nuts|are driving me mad|are driving me crazy|are driving me nuts|is doing my head in|are doing my head in|gets on my nerves|get on my nerves|annoys me|annoy me|is annoying me|are annoying me|is so frustrating|is a nightmare|is hopeless|is infuriating|is infuriating me)",
  ],
  [
    "complaint",
    "(how annoying|so annoying|how frustrating|so frustrating|how useless|so useless|how stupid|so stupid|what a joke|what a waste of time|waste of time|ffs|for fucks sake|for gods sake|for crying out loud|give me a break|oh come on)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is: the visitor has
  // nothing to ask yet. "wrong item" or "I pressed the wrong button and ordered twice" still ask.
  [
    "pause",
    "[oh|oops|whoops|oopsie|woops|sorry|ah|ahh|my bad|argh|darn|dang|damn|shoot] [sorry|my bad] [i] [just|accidentally|mistakenly|must have|must've|mustve|think i] (wrong button|wrong key|wrong click|wrong chat|wrong window|wrong tab|wrong box|wrong field|wrong conversation|wrong message|wrong site|misclick|misclicked|mis click|mis clicked|mistyped|mis typed|typo|fat finger|fat fingered|fat fingers|butt dial|pocket text|finger slipped|my finger slipped|slip of the finger|by accident|by mistake|accidentally|clicked by mistake|pressed by mistake|sent by mistake|sent by accident|sent too soon|sent too early|sent that too soon|sent that too early|sent that by mistake|sent that by accident|sent this by mistake|sent this by accident|hit send too soon|hit enter too soon|pressed enter too soon|pressed send too soon|hit enter by mistake|hit send by mistake|pressed enter by mistake|pressed send by mistake|clicked the wrong button|pressed the wrong button|hit the wrong button|hit the wrong key|pressed the wrong key|tapped the wrong button|touched the wrong button|clicked the wrong thing|clicked the wrong link|clicked on the wrong button|clicked on the wrong thing|clicked on the wrong link|typed in the wrong box|typed in the wrong window|typed that in the wrong box|typed that in the wrong window|didnt mean to send that|didnt mean to send this|didnt mean to click that|didnt mean to press that|didnt mean to type that|did not mean to send that|did not mean to click that|didnt mean that|ignore that message|ignore my last message|ignore the last message|meant to type something else|wasnt meant for you|that wasnt meant for you|that was not meant for you) [sorry|my bad|oops|lol|haha]",
  ],
  // A bare "no" answers "Anything else I can help with?": a goodbye (worker/chat/small-talk.ts
  // says why, and reads it as a negation before an acknowledgement). "nope" and "nah" stay
  // fillers beside other words ("nope, got it"); alone they are this "no". The longer answers
  // that say the visitor is fine are goodbyes of their own.
  ["no", "(no|nope|nah|nop|naw|nay|no no|nope nope|nah nah|no sir|no maam|no way)"],
  [
    "goodbye",
    "(no|nope|nah|nop) [thanks|thank you|ty|thx|cheers] [im|i am|were|we are|its|thats|that is|all|everything is|everythings] [all] (good|fine|ok|okay|sorted|set|great|clear|cool|alright|all good|good thanks|fine thanks|good for now|fine for now|all set|done|all done)",
  ],
  [
    "goodbye",
    "(no|nope|nah) [thanks|thank you|ty|thx] (not now|not for now|not today|not right now|nothing|nothing else|nothing more|not at the moment|maybe later|another time|some other time)",
  ],
  // Greetings round 6 showed: a season's wish, and asking back after answering "how are you".
  [
    "greeting",
    "[and] [a|an|wishing you a|wishing you an|wishing you all a|wishing everyone a|i wish you a|we wish you a|have a] [very|really] (merry|happy|joyous|blessed|joyful|happy happy) (christmas|xmas|new year|new years|holidays|holiday|easter|hanukkah|chanukah|diwali|eid|thanksgiving|halloween|ramadan|lunar new year|chinese new year|valentines|valentines day|st patricks|st patricks day|mothers day|fathers day|holiday season|festive season|festive period|christmas and a happy new year|christmas and happy new year|xmas and a happy new year|hols|new year to you|christmas to you|christmas everyone|new year everyone)",
  ],
  [
    "greeting",
    "(compliments of the season|eid mubarak|ramadan mubarak|happy new year to you|happy new year everyone|all the best for the new year|best wishes for the new year|best wishes for the holidays|happy christmas|merry xmas|happy hols|happy holidays to you|happy new year to all)",
  ],
  [
    "greeting",
    "[and] (what about you|how about you|and you|and yourself|how about yourself|what about yourself|hbu|wbu|and u|how are you doing|hows yours|how are things with you|how are you)",
  ],
];

/**
 * The replies to small talk in English, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "Hello! What can I help you with?",
  thanks: "You're welcome! Anything else I can help with?",
  goodbye: "Goodbye! If anything else comes up, just ask.",
  acknowledgement: "Great! Anything else I can help with?",
  pause: "No problem, take your time. I'm here if you need anything else.",
  about_assistant:
    "I'm this site's AI assistant: I answer from its help centre, and I can pass you to a person whenever you like.",
  about_languages:
    "I can write in English, Danish, German, French, Spanish and Swedish; my answers come from this site's help centre, in your language where it has one. I can also pass you to a person.",
};
