import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in English: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "someone|somebody|anyone|anybody|a person|a human|a real person|a real human|an actual person|an actual human|a live person",
  S: "human|humans|hooman|person|someone|somebody|agent|representative|rep|operator|advisor|adviser|manager|supervisor|human being|live agent|real person|customer service",
  P: "I|S|whoever|people|agents|representatives|advisors|advisers|consultant|consultants|staff|employee|employees|operators|managers|boss|colleague|colleagues|specialist|expert|technician|member|team|support|sales|billing|service|department|helpdesk|customer care",
  R: "(real|actual|live) (human|humans|person|people|ppl|agent|employee|staff member|member of staff|representative|rep|operator|human being)|(someone|somebody|anyone|anybody) (real|human)(?! (resources|rights|error|nature|body))",
  T: "talk|speak|speek|speack|tawk|chat|discuss|talking|speaking|chatting|complain|complaint|a word|a (quick|brief|short|private|little) word",
  B: "(bot|bots|robot|robots|chatbot|ai)(?! (protection|detection|traffic|filter))",
  M: "machine|machines|computer|computers",
  F: "please|pls|plz|now|asap|hello|hi|hey|thanks|needed|required",
  A: "a|an|the|real|live|actual|human|a real|a live",
  O: "(someone|somebody|anyone|anybody) (from|in|at|of) (your )?([^ ]+ )?(team|support|sales|billing|staff|department|office)",
  W: "vet|veterinarian|vet nurse|mechanic|florist|hairdresser|hairstylist|stylist|barber|groomer|trainer|personal trainer|coach|teacher|tutor|instructor|doctor|dentist|hygienist|nurse|pharmacist|optician|optometrist|physio|physiotherapist|therapist|massage therapist|lawyer|attorney|solicitor|accountant|bookkeeper|adviser|advisor|consultant|plumber|electrician|technician|engineer|installer|fitter|photographer|chef|head chef|baker|designer|architect|guide|tour guide|driver|owner|shop owner|store owner|business owner|proprietor|manager|director|receptionist|nutritionist|dietitian|specialist|expert|headteacher|principal|landlord|locksmith|surveyor|upholsterer|midwife|doula|caterer|carpenter|joiner|builder|roofer|decorator|painter and decorator|tiler|plasterer|bricklayer|glazier|stonemason|handyman|gardener|landscaper|tree surgeon|arborist|chimney sweep|estate agent|letting agent|property manager|mortgage adviser|mortgage advisor|financial adviser|financial advisor|tax adviser|tax advisor|notary|paralegal|chiropractor|osteopath|podiatrist|chiropodist|psychologist|counsellor|counselor|psychotherapist|audiologist|dermatologist|surgeon|paediatrician|pediatrician|beautician|esthetician|aesthetician|nail technician|tattoo artist|tattooist|piercer|makeup artist|wedding planner|event planner|florist|tailor|seamstress|dressmaker|jeweller|jeweler|watchmaker|cobbler|butcher|fishmonger|sommelier|concierge|caretaker|skipper|dog walker|pet sitter|nanny|childminder|yoga teacher|pilates instructor|swimming teacher|music teacher|piano teacher|driving instructor|ski instructor|dance teacher|lecturer|professor|headmaster|headmistress|registrar|bursar|admissions officer|coordinator|secretary|account manager|project manager|site manager|foreman|contractor|removal man|mover|framer|piano tuner|luthier|valuer|appraiser|auctioneer|curator|vet surgeon|dental nurse|sales rep|salesperson|sales manager|sales team|sales department|booking manager|general manager|head of sales|interior designer",
  V: "vets|veterinarians|mechanics|florists|hairdressers|stylists|barbers|groomers|trainers|coaches|teachers|tutors|instructors|doctors|dentists|nurses|pharmacists|opticians|physios|physiotherapists|therapists|lawyers|attorneys|solicitors|accountants|advisers|advisors|consultants|plumbers|electricians|technicians|engineers|installers|fitters|photographers|chefs|bakers|designers|architects|guides|drivers|owners|managers|directors|specialists|experts|locksmiths|surveyors|midwives|caterers|carpenters|joiners|builders|roofers|decorators|tilers|gardeners|landscapers|estate agents|letting agents|chiropractors|osteopaths|podiatrists|psychologists|counsellors|counselors|psychotherapists|beauticians|tattoo artists|tattooists|tailors|jewellers|jewelers|butchers|planners|wedding planners|tutors|tour guides|lecturers|professors|coordinators|contractors|movers|agents|salespeople|stylists|hairstylists|hygienists|dietitians|nutritionists|receptionists",
  H: "management|upper management|senior management|head office|headquarters|the management|the owner|the owners|the boss|(someone|somebody|anyone) (higher up|more senior|above you)|a superior|your superior|my superior",
  U: "office|school|school office|front desk|reception|receptionist|team|studio|salon|clinic|practice|surgery|workshop|agency|firm|shop|store|showroom|sales team|support team",
  N: "other|another|multiple|several|each|all|their|new|our",
  x: [
    "R",
    "T ~2(to|with|w) ~P",
    "(I|who) ~T (to|with|w)|(I|who) ~(e-?mail|write to|message)",
    "(connect|conect|transfer|forward|redirect|pass|hand) me ~P",
    "put me (through|in touch)|put me (on|onto|over) to ~1[^ ]+|put me onto ~1[^ ]+",
    "(be|get|being) (transferred|connected|forwarded|redirected|passed|put through|handed over) (to|with) ~P|(be|get) (called back|contacted by ~P)",
    "escalate ~(to|with) ~P|escalate (this|it|me)|please escalate",
    "(?<!(the|a|my|your) )(contact|reach|get hold of|get in touch with|get through to) (a |an |your |one of your )?P",
    "(pass|hand|forward|send|escalate|transfer|give) (this|it|that|my (question|case|request|issue)) ~1(to|with) ~P",
    "(can|could|would|will|may) (a |an |one of your )?S ~1(look|check|review|handle|help|read|deal|call)",
    "(fed up|done|sick|tired) (of|with) (this |the |your )?B",
    "(?=call|ring|phone)(?<!(customers|clients|users) (can |could |will )?|(would|did|does|do|didn't|never|the (?!P )[^ ]+) )(call|ring|phone) me(?! an? )|call (from|with) ~P|help from ~1S|get back to me|(get|have|request|want|need|book|arrange|schedule|like) ~call(-| )?back",
    "(?<!(^| )(my|our) )P ~(email|e-mail|mail|write to|message|contact|reach|get in touch with) me",
    "(want|need|like|get|give|bring|find|fetch|prefer|request|require) (me )?(a |an |some |one |your )?S(?! (account|role|seat|license|licence|plan|permission|permissions|access|view|level))",
    "(no|not|stop|hate|enough) (a |an |the |this |more |with )?B|not (a |an |with a )?M|(not|no) ~T ~(B|M)",
    "B (is|are|isn't) ~(useless|stupid|dumb|rubbish|terrible|worthless|annoying|not helping)",
    "(can|could|would|will|may|is|are|need|want|like|get|have|find|let|please) ~2O|^O( [^ ]+)?( F)*$|O ~2(can|could|would|will|available|free|help|call|contact|email|get in touch|reach out|get back|ring|phone|text|message|write|drop me)|I in charge",
    "(is|are) (there )?(I|(an|any) (S|agents|humans|people|representatives|advisors|operators)) ~1(there|here|out there|around|alive|available|free|online)",
    "I (who|that) ~help|S (needed|required)",
    "^(F )*(A )?S( F)*$",
    // The business's own people ("the vet", "your mechanic") and those above the assistant
    // ("management"): talked to, calling or writing back, put in touch, or named alone. Not after
    // "should I / do I need to" or a price ("should I talk to a doctor first" asks for advice),
    // nor a talk given ("a talk with the chef") or told of ("I loved talking to the florist"), nor
    // one of them talking ("does the trainer talk to the owner"), nor a product named for them
    // ("the manager plan").
    "(?<!(should|must|shall) (i|we|he|she|they) |(do|does|did|will|would) (i|we|you|he|she|they) (need|have) to |(cost|costs|charge|fee|price) (to )?|(^| )(a|the|any|this|that) |(the|your|our|my|his|her|their) [^ ]+ |(do|does|did) [^ ]+ |(better|best|worth|wise|advisable|necessary|recommended|important|idea|why|when) (to |i |we |you )?)(?!talking|speaking|chatting)T ~2(to|with|w) ((the|a|an|your|ur) ([^ ]+ )?W|(one of|any of) (your|the|ur) ([^ ]+ )?V|your V|(his|her|their) ([^ ]+ )?W|H)(?! (plan|account|role|seat|license|licence|portal|login|view|level|app|course|training|mode|package|session))",
    "(can|could|would|may|might) (the |a |an |your |my |one of your )?([^ ]+ )?(W|V) ~2(give me a ~1(call|ring|bell|buzz)|drop me a (line|note|message|email|text)|(call|ring|phone|text|email|e-mail|contact|write to|drop) me|get back to me|get in touch|reach out)(?! (the|a|an|my|our|your|his|her|their|it|them|this|that|these|those|some|any|copies|photos|pictures|results|details|invoice|homework|reminder|reminders|option|notification|alert)( |$))|(have|ask|get) (the |a |an |your )W (to )?(call|ring|phone|email|e-mail|contact|text) me|call (from|with) (the |a |an |your )W",
    "(?<!(does|do|did|never|didn't|to) ([^ ]+ ){0,2})give me a ~1(call|cal|ring|bell)(?! (reminder|option|notification|alert))",
    "(can|could|may) (i|we) ~1(contact|reach|get hold of|get in touch with|get through to) ((the|a|an|your) W|H)|(connect|conect|transfer|forward|redirect|pass|hand|put) me (through )?(to|with|w) ((the|a|an|your|one of your) W|one of your V|H)|(get|bring|fetch|find) me (the|a|an|your) W",
    "^(F )*(the |a |an )(?!(guide|tour guide|driver|fitter|designer|expert|specialist) )W( F)*$|^(F )*(?!(guide|tour guide|driver|fitter|designer|expert|specialist|coach) )W( F)+$",
    "(is|are) (there )?(the |your |a |an |any |(any|one|either) of (your|the) )?(W|V) ~1(available|free|around|about|in|there) (to (T|talk|chat|speak)|for a ~1(chat|call|word|talk))|(get|have|put) (the |a |an |your )?(W|S|I) on the (phone|line)|(have|ask|get) (I|someone (from|in|at) ~1[^ ]+|one of your [^ ]+) (to )?(call|ring|phone|email|e-mail|contact|text) me(?! (the|a|an|my|our|it|them|this|that|some|any) )",
    "escalate ~(to|with) ~(H|(the |a |an |your )W)|(can|could|please|should) (this|it|my [^ ]+) (go|be (passed|sent|escalated|forwarded|taken|referred)) (up )?to (your |the |a )?(manager|supervisor|boss|owner|H)|^(F )*H( F)*$",
    "(escalate|bump|kick|pass|refer) (this|it|that|me|my [^ ]+) ~1(up|higher|upstairs|further)(?= |$)|(this|it|that|my [^ ]+) (needs|need|should|must) (to be )?(escalating|escalated|be escalated)|escalate my (complaint|case|issue|problem|request|query|concern|claim)|(I|who) ~(could|can|might|may) (T|go over|go through|run through|talk through) ~5(with|w|to)(?= (like|such as|maybe|perhaps|ideally|F)( |$)|$)",
    // A matter gone through with one of them ("go through the plans with the architect", "run
    // the quote by one of your electricians"), asked for: not a way through ("go through the
    // garden"), which names no one after "with".
    "(can|could|may) (i|we) ~1(go through|go over|run through|talk through|discuss|sort out|clear up|check|run|talk) ~4(with|by|w) ((the|a|an|your|one of your) W|one of your V|H)(?= |$)|(like|love|want|need|prefer|rather|wish) (to )?~1(go through|go over|run through|talk through|discuss|sort out|clear up|check|run) ~4(with|by|w) ((the|a|an|your|one of your) W|one of your V|H)(?= |$)|(is|are) there (a |an |any |one of your )?(W|V) (i|we) ~1(could|can|might|may) ~2(T|go over|go through|run through|talk through) (with|w|to)(?= |$)",
    // Round 6: a meeting or call set up with one of them, a one-word trade before them ("a
    // quick chat with one of the driving instructors", "your web designer"); one of them asked
    // for a minute ("would the head chef have a minute to discuss…"); someone from the business
    // asked to call ("can somebody from the bakery call me"); one of them asked to call back
    // with no "me"; the visitor's matter wished escalated or passed on to someone, or looked at
    // by a manager. Not a meeting had or told of ("I have a meeting with your architect
    // tomorrow"), nor asked how ("how do I book a call with the designer"), nor mail forwarded.
    "(possible to|can (i|we)|could (i|we)|may (i|we)|(like|love|want|need|wish|hoping|hope) to|wanna|please|let me|let's|lets) ~1(set up|arrange|book|schedule|organise|organize|have|get|request|fix up|line up|grab) (a |an |some )?([^ ]+ ){0,2}(meeting|call|chat|catch-up|catch up|conversation|word|natter|zoom|videocall|video-call) with (the|your|ur|one of (your|the)|any of (your|the)) ([^ ]+ )?(W|V)(?= |$)(?!( [^ ]+)? (during|included|including|part|per|each|every)( |$))",
    "(would|could|can|might|may) (the|your|one of your|one of the|a|an|any of your) ([^ ]+ )?(W|V|S) (have|spare|find|got) (a |an |some )?~1(minute|minutes|moment|sec|second|time|word) (to|for) ~1(T|discuss|call|ring|phone|chat|go over|go through|meet)(?= |$)",
    "(can|could|would|please|may) (someone|somebody|anyone|anybody) (from|at|in) (the|your) ([^ ]+ ){1,2}((call|ring|phone|text|email|e-mail|contact) me(?! (the|a|an|my|our|it|them|this|that|some|any) )|get back to me|give me a (call|cal|ring|bell))",
    "(can|could|would|may|please) (the |a |an |your |one of your )?(W|S|U) ~1(call|ring|phone) (me )?back(?= |$)(?! (the|a|an|my|our|his|her|their|it|them|him|us|customers|clients)( |$))",
    "(?<!(do|does|did) (you|they|we|he|she) )(like|want|need|prefer|wish) (to have |to get )?(this|it|that|my [^ ]+|the (matter|case|issue|complaint|problem)) (escalated|escalating|(passed|handed|sent|referred|taken) (on |up |over )?to (the |a |an |your |someone |somebody |whoever )?~1(P|H|W))(?= |$)|(please|can you|could you|would you|will you) (have|get) (this|it|that|my [^ ]+) (escalated|passed (on|up) to ~2(P|H|W))(?= |$)",
    "(want|need|like|prefer) (a|an|the|your) (S|H|senior [^ ]+) to (look at|look into|review|check|handle|see|take over|deal with|go over) (this|it|that|my [^ ]+)(?= |$)",
    // Someone asked on the visitor's behalf to call or write ("could you ask the manager to give
    // me a ring", "please have someone reach out to me"; not "can I ask the courier to call me",
    // which asks about a delivery), someone of the business free to talk, "I'd like a word".
    "((could|can|would|will) you (please )?|please |^)(ask|have|get|tell) (the |a |an |your |someone |somebody |one of your )~2(to )?(give me a ~1(call|ring|bell|buzz)|reach out to me|get back to me|get in touch with me|drop me a (line|message|note|email|text)|(call|ring|contact|phone|text|email|e-mail) me(?! (the|a|an|my|our|it|them|this|that|some|any) ))|(is|are) (there )?(someone|somebody|anyone|anybody) (from|in|at) (the|your) ([^ ]+ ){1,2}(free|available|around) (to|for) ~1(T|discuss|call|chat|word|go over)(?= |$)|(like|want|need|have) a (quick |brief |short |private |little )?word(?= |$)(?! (with|w|to|document|doc|file|count|limit|search|puzzle|game|list)( |$))|(be|get|being) put through(?= |$)",
    // A wish to talk to one just named ("is the owner in? I'd like to speak to her").
    "(?<!(do|does|did|should|must|will|would|shall) )(i.d like|id like|i would like|i want|i need|can i|could i|may i|let me) (to )?(talk|speak|chat|have a word) (to|with) (him|her|them)(?= |$)",
    // Round 7, general frames over specific strings. Any contact verb with the visitor as its
    // object after "can/could/would", whose subject is one of the business's people or a part
    // of it, alone or coordinated ("could his teacher or the school office get in touch with
    // me"); not "will the shop call me before delivery", a question about a routine, nor "email
    // me the photos", something sent.
    "(?<!(how|when|why|where|what|who) )(can|could|would|may|might) ([^ ]+ ){0,4}(W|V|(?<!(my|our) )U|S)( (or|and|&) ([^ ]+ ){1,4}?| )~1(please |perhaps |maybe |possibly |kindly |just )?(get in touch with me|contact me|call me|ring me|phone me|email me|e-mail me|text me|message me|reach me|reach out to me|get back to me|get hold of me|follow up with me|touch base with me|give me a (call|ring|bell|buzz|shout)|drop me a (line|note|message|email)|(call|ring|phone) me back)(?= |$)(?! (the|a|an|my|our|your|his|her|their|it|them|this|that|these|those|some|any|copies|photos|pictures|results|details|invoice|homework|reminder|reminders|option|notification|alert|if|when|once|whenever|in case)( |$))(?! as soon as )|((could|can|would|will) you (please )?|please |^)(ask|have|get|tell) (the |your )(W|U) (to )?(reach me|follow up with me|touch base with me|get hold of me|give me a shout)(?= |$)",
    // A meeting or call with someone of the business ("someone from the agency", "one of your
    // developers": any noun after "one of your" is people there), asked for; an appointment,
    // or meeting them, only with a talk for its purpose ("meet someone from the studio to go
    // over the plans"; not "can I meet other parents at the open day").
    "(possible to|can (i|we)|could (i|we)|may (i|we)|(like|love|want|need|wish|hoping|hope) to|wanna|please|let me|let's|lets) ~1(set up|arrange|book|schedule|organise|organize|have|get|request|fix up|line up|grab) (a |an |some )?([^ ]+ ){0,2}(meeting|call|chat|catch-up|catch up|conversation|zoom|videocall|video-call|consultation|sit-down) with (someone|somebody|a person|a member of (your|the) [^ ]+|one of (your|the) (?!(free|online|live|next|upcoming|webinars|sessions|classes|courses|plans|packages|products|services|events|workshops|tours|rooms|slots|programs|programmes|offers|options|apps|tools|videos)( |$))[^ ]+|(someone|somebody|anyone|a person) (from|at|in) (the |your )?[^ ]+)(?= |$)(?!( [^ ]+)? (during|included|including|part|per|each|every)( |$))|(possible to|can (i|we)|could (i|we)|may (i|we)|(like|love|want|need|wish|hoping|hope) to|wanna|let me|let's|lets) ~2(meet|meet with|meet up with|sit down with|see|book an appointment with|make an appointment with|have an appointment with) (someone|somebody|a person|a member of (your|the) [^ ]+|one of (your|the) [^ ]+|(someone|somebody|a person) (from|at|in) (the |your )?[^ ]+) ~5(to|and) (discuss|talk|go over|go through|run through|chat|review|plan|look over|look at)(?= |$)",
    // A complaint addressed to the owner or the management ("make a complaint to the owner
    // about…"); not asked how ("how do I make a complaint to the council").
    "(?<!how (do|can|should|would) (i|we|you) )(make|file|lodge|raise|submit|put in|send|register|take) (a |an |my |this )?(formal |official |serious )?(complaint|grievance) (to|with) (the |your )?(H|owner|owners|manager|boss|proprietor|director|general manager|store manager|shop owner|restaurant manager|head chef|headteacher|head teacher|principal|supervisor)(?= |$)",
    // A person contrasted with a machine: an answer wished from a human ("I'd rather get an
    // answer from a person"), a visitor who has been talking to a bot ("I've been talking to a
    // machine for ages"; not "am I talking to a bot", a question about the assistant).
    "(want|need|like|rather|prefer|get|have|deserve|wish|give me|can i) ~3(an |a |some )?(answer|reply|response|answers|replies) from (a |an |some )?(actual |real |live )?(human|person|human being|people|humans|member of staff|staff member|employee)(?= |$)|(been|keep|kept|i'?ve been|ive been) (just |only |still |basically |literally )?(talking|chatting|speaking|typing|writing) (to|with) (a |an |the |this |some )?(M|B)(?= |$)(?! (company|companies|vendor|provider|maker|makers|developer|developers|builder|platform|startup|firm|manufacturer|from|about|that|which|who)( |$))|(fed up|done|sick|tired|bored) (of|with) (talking|chatting|speaking|typing) (to|with) (a |an |the |this |some )?(M|B)(?= |$)",
    // One of them who must call ("the plumber needs to call back asap"); not "does the plumber
    // need to call", a question, nor a call to someone else.
    "(the|your|my) (W|S) (must|needs to|has to|should|ought to|got to|has got to) (call|ring|phone|get back to) (me|back|asap|urgently|now|today|immediately|right away)(?= |$)(?! (the|a|an|it|them|this|that)( |$))",
    // A talk with one of them wished without a verb ("any chance of a chat with the head chef").
    "(any chance of|chance of) (a |an )?(quick |brief |short |little )?(chat|word|call|meeting|conversation|natter|catch-up|catch up) with (the|your|ur|one of (your|the)) ([^ ]+ )?(W|V|H)(?= |$)",
    // The one who served the visitor, described ("speak to the lady who did my nails").
    "(?<!(did|does|do|should|must|shall) (i|we|you|he|she|they) )T ~1(to|with|w) (the|that) (lady|guy|man|woman|girl|gentleman|chap|bloke|fellow|young man|young lady|one|person) (who|that) (did|fixed|sold|cut|made|served|helped|repaired|installed|treated|built|painted|delivered|came|was|took|fitted|styled|designed)(?= |$)",
    // Round 8: one of the business's people asked after as there ("is the baker around? need to
    // discuss a cake", "is the owner in today"), at the message's end or before a new clause;
    // not "is the vet in on Sundays" (the hours), nor "is the physio available on Saturdays", nor
    // "is the guide free" (of charge);
    // anyone asked after at the phone ("is anyone manning the phones").
    "(?<!(when|where|how|why|what time|if|whether) ([^ ]+ )?)(is|are) ((the|your|ur) ([^ ]+ )?(W|V)|H) (around|about|there|in)( (today|now|right now|at the moment|this morning|this afternoon))?(?= (i|i'd|id|i'm|im|need|want|wanted|would|could|can|please|quick|got)( |$)|$)|(?<!(when|where|how|why|what time|if|whether) ([^ ]+ )?)(is|are) ((the|your|ur) ([^ ]+ )?(W|V)|H) available( (today|now|right now|at the moment))?$|(is|are) (there )?(I|anyone|anybody|someone|somebody) ~1(on|at|manning|answering|covering) the (phone|phones|line|lines)(?= |$)",
  ].join("|"),
};
