import type { OffTopicFrames } from "../types.ts";

/**
 * English words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    weather forecast rain raining snow snowing sunny temperature thunderstorm football
    soccer basketball baseball hockey cricket rugby tennis golf league olympics tournament
    championship playoffs won win score film films movie movies cinema netflix tv episode
    actor celebrity song lyrics band album joke jokes riddle poem horoscope lottery
    homework maths math equation derivative integral algebra calculus theorem pythagoras
    multiply divided essay python javascript java sql css html programming coding compile
    regex array div recipe recipes bake baking pasta pizza lasagna pancakes stock stocks
    shares crypto bitcoin invest investing dividend election elections president parliament
    politics prime minister train trains flight flights capital population history war
    translate translation japanese chinese instructions prompt pirate pretend roleplay
    chatgpt
    cv resume résumé flight flights airline
    airport calories plane
    nba nfl fifa uefa wimbledon fortnite minecraft playstation xbox nintendo concert concerts singer rapper physics chemistry biology photosynthesis fever headache flu covid trump biden putin openai gpt spaghetti sushi curry burger
    taxi landlord ww1 ww2 wwii moon sunrise sunset
    guitar piano violin drums ukulele haiku bedtime boardgame boardgames headphones earbuds fly flying footballer footballers cough
    router modem wifi ps5 ps4 gta aliens ufo ufos ethereum dogecoin solana ibuprofen paracetamol aspirin antibiotics chess sourdough
    instagram tiktok snapchat facebook youtube youtuber influencer followers printer casino poker betting tinder dating religion god bible church buddhism islam christianity zodiac lawyer divorce lawsuit university handball volleyball motivational inspirational
    pension pensions mortgage mortgages remortgage etf etfs 401k
    ants cockroaches wasps fleas bedbugs termites mould mold limescale plumber electrician
    oscars grammys grammy emmys emmy bafta baftas eurovision limerick limericks sonnet iphone ipad
    android macbook tide tides monarchy royals
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    ucas fafsa gcse gcses eurojackpot euromillions powerball
    hiccups hiccup
    pothole potholes
    procrastinate procrastinating procrastination jailbreak jailbroken overthinking overthink`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "you|your|yours|we|us|our|ours|shop|store|office|studio|clinic|salon|cafe|café|showroom|warehouse|class|classes|course|session|school|gym|pool|sale|sales|booking|bookings|registration|enrolment|enrollment|kitchen|bar|restaurant|terrace|reception|front desk|desk|counter|spa|sauna|playground|parking|car park|lift|lifts|slope|slopes|track|range|hall|venue|stall|checkout|till|bakery|deli|season|camp|workshop|exhibition|box office|ticket office|beer garden|patio|buffet|breakfast|lunch|dinner|brunch";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords:
    "i we what what's whats is are how much many does do make makes calculate compute work out solve equals equal to the result of please can you tell me it's solve equation the",
  operators: `
    plus
    minus
    times
    multiplied by
    divided by
    squared = × 2
    cubed = × 3
    to the power of
    square root of = √
    % of = ×
    percent of = ×
    per cent of = ×`,
  things: `film films movie movies book books novel novels show shows series song songs podcast podcasts game games restaurant restaurants phone phones smartphone laptop laptops car cars tv anime album albums hotel hotels tablet tablets headphones earbuds airpods television televisions vacuum vacuums hoover fridge fridges freezer dishwasher microwave kettle toaster airfryer fryer fryers camera cameras console consoles smartwatch speaker speakers`,
  patterns: [
    "(?:the )?(?:capital|capital city|population) of",
    "how many people live in",
    "how many (?:miles|km|kilometres|kilometers) (?:is it |is |are )?(?:from|between|to) (?<places>.+)",
    "how far is (?:it )?(?:from )?(?<places>.+)",
    "distance (?:from|between) (?<places>.+)",
    "how (?:tall|high|old|deep|big|far away) (?:is|was|are) (?<thing>.+)",
    "who (?:invented|discovered|painted|is the president of|is the prime minister of|was the first)",
    "what time is it in",
    "when (?:is|was|did) (?<thing>.+) (?:born|die|built|invented)",
    "(?:what's|whats|what is|how's|hows|how is|what will) the (?<topic>weather)(?! (?:policy|policies|guarantee|cancellation|rule|rules))",
    "^(?!.* if )(?:.* )?(?:will it|is it going to|is it gonna) (?<topic>rain|snow|storm|hail)",
    "(?:recommend|suggest) (?:me )?(?:a |an |some |any )?(?:good |great |nice |new |funny |scary |fun |interesting )?(?:[^ ]+ ){0,2}{things}",
    "(?:which|what) {things} (?:should|shall|do) i (?:buy|get|watch|read|play|listen to)",
    "(?:how do i|how do you|how to|how can i) (?:write|make|cook|bake) (?:a |an |my )?(?<thing>.+)",
    "(?:how do i|how to|how can i) (?:reset|restart|update|unlock|factory reset) my (?!password|account|login|profile|subscription|booking|order)(?<thing>.+)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?what time does (?<thing>.+) open`,
    "(?:best|good|cheap|cheapest) {things} (?:in|near|around)",
    "how do (?:you|i|we) say (?:.+ )?in [^ ]+",
    "what(?:'s| is) (?:the )?(?:date|day) (?:is it )?today",
    "what day is it(?: today)?",
    "who won (?:the|last|yesterday|tonight)",
    "(?:write|draft) (?:me )?(?:an? )?(?:email|e mail|mail|letter|message|text) (?:to|for) (?<thing>.+)",
    "lose (?<topic>weight)",
    "(?:what|which) year (?:did|was|were|is) (?<thing>.+)",
    "how many (?:countries|states|continents|planets|people) (?:are there |are |live )in",
    "(?:which|what) {things} (?:has|have|is|are) the (?:best|cheapest|fastest|biggest)",
    "(?:give|find|show) me (?:a |an |some )?(?:good |great |nice |new )?(?:[^ ]+ ){0,2}{things}",
    "meaning of life",
    "(?:will it|is it going to) be (?:sunny|hot|cold|warm|windy)",
    "plan (?:a |my |our )?(?:trip|holiday|vacation|journey|weekend) (?:to|in) (?<thing>.+)",
    "which is (?:bigger|smaller|taller|older|faster|heavier|larger|further) (?<thing>.+)",
    "(?:what|which) {things} (?:is|are) (?:the )?best",
    "who (?:directed|sang|sings|starred in|wrote the song)",
    "(?:tell me|say) something (?:funny|interesting|random)",
    "how many (?:grams|ounces|oz|pounds|kilos|kg|cups|ml|litres|liters|inches|cm|feet|metres|meters) (?:are |is )?(?:in|to) (?:a |an |one )?(?<thing>.+)",
    "(?:good |a |what )name for (?:my|a|our) (?:new |little |baby |first |second |rescue )?(?<thing>.+)",
    "(?:what's|whats|what is) the (?<topic>forecast)",
    "(?<topic>forecast|weather) for (?:the weekend|this weekend|tomorrow|today|next week|the week)",
    "(?:write|writing) (?:me )?(?:a |an )?(?<topic>birthday|wedding|christmas|anniversary|retirement) (?:message|card|speech|wish|poem)",
    "exchange rate",
    "what (?:should|can|shall) i (?:cook|make|bake) for (?:dinner|lunch|breakfast|tea|supper)",
    "explain (?:to me )?how (?<thing>.+) (?:work|works)",
    "who is the best (?<thing>.+) (?:ever|in the world|of all time)",
    "when (?:does|do|will) (?:summer|winter|spring|autumn|fall) (?:start|begin|end)",
    // A tax return asked for from the business ("an invoice for my tax return") is its own.
    "^(?!(?:.* )?(?:invoice|invoices|receipt|receipts|you|your|statement)(?: |$))(?:.* )?tax return",
    "what does (?<thing>.+) stand for",
    "(?:learn|learning) (?<topic>spanish|french|german|english|italian|chinese|japanese|guitar|piano)",
    "(?:fastest|biggest|tallest|largest|smallest|oldest|longest|highest|richest) (?<thing>.+) in the world",
    "is it (?:cold|hot|warm|raining|snowing|sunny) in (?<thing>.+)",
    "(?:write|tell) me a (?:short |bedtime |funny |scary )?story",
    "(?:boyfriend|girlfriend|husband|wife|partner|bf|gf) (?:broke up|dumped me|left me|cheated|is cheating)",
    "broke up with me",
    "(?:get|win) (?:my |an )?ex back",
    "(?:things|something|what|places) to (?:do|see|visit) in (?<places>[^ ]+)",
    "(?:beat|defeat|kill) (?:the )?(?:last |final |end )?boss",
    "(?:new|next|last|final) (?:season|episode) of (?<thing>.+?)(?: (?:come out|comes out|coming out|out|released|be released|be out|start|starts|air|airs|premiere))?$",
    "lose (?:belly |body |face )?(?:fat|weight)",
    "(?:my boss|my manager|my employer) for a (?:raise|pay rise|promotion)",
    "(?:who|which party) should i vote for",
    "what do you think (?:of|about) (?<thing>.+)",
    "(?:translate|say) (?:.+ )?(?:in|into|to) (?:english|german|french|spanish|italian|danish|swedish|chinese|japanese|russian|arabic)",
    "(?:richest|tallest|oldest|smartest|fastest|strongest|most famous) (?:person|man|woman|people|animal|country|city) (?:alive|ever|on earth|in history)",
    "weather (?:be )?like (?:today|tomorrow|tonight|this weekend|at the weekend|next week|in [^ ]+)",
    "(?:who is|who's|whos|is) (?<thing>.+) dating",
    "(?:which|what) is better(?: for me)?,? (?<thing>.+) or [^ ]+",
    "is (?<thing>.+) better than [^ ]+",
    "what (?:should|can|to) i (?:see|visit|do) in (?!case )(?<places>[^ ]+)",
    "(?:cover letter|job interview|job application)",
    "(?:wife|husband|partner|boyfriend|girlfriend) and i (?:keep |are always |always )?(?:fight|fighting|argue|arguing)",
    "(?:dream|dreams|dreamt|dreaming) (?:about|of|that) .+ mean",
    "(?:what does it mean|what does that mean) (?:when|if) (?:you|i|u) dream",
    "(?:what's|whats|what is) your (?:favourite|favorite) (?<thing>.+)",
    "(?:car|home|life) insurance",
    "how (?:does|do) (?<thing>.+) work",
    "(?:what's|whats|what is) the (?:speed|weight|size|height|length|origin) of (?<thing>.+)",
    "(?:what's|whats|what is) the difference between (?<thing>.+)",
    "(?:help me |can you help me )?(?:plan|organi[sz]e) (?:a |an |my |our )(?<thing>.+)",
    "(?:write|compose|make up) (?:me )?(?:a |an )(?!review|complaint|testimonial|rating)(?<thing>.+)",
    "(?:recommend|suggest) (?:me )?(?:a |an |any )?(?:good |nice |great )?(?<thing>[^ ]+) (?:in|near|around) [^ ]+",
    "how (?:do|can) i (?:apply|register) for (?:a |an )?(?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "(?:in|on) the news|(?:today's|todays|latest|breaking|world) news|news (?:today|headlines)|what(?:'s| is) (?:happening|going on) in the world",
    "what does the word .+ mean|(?:meaning|definition) of the word|define the word|another word for|synonym (?:for|of)",
    "how (?:do you|do i|to|should i|would you) spell|is it spelt|is it spelled|(?:one|two|double) [a-z] or (?:one|two|double)|in this sentence",
    "(?:act|behave|talk) (?:as|like) (?:a|an|my) [^ ]+|imagine (?:that )?you(?:'re| are) (?:a|an|my)|from now on (?:you|talk|answer|speak)",
    "(?:ignore|forget|disregard) (?:all )?(?:of )?(?:your |the |previous |prior |earlier |above )*(?:instructions|rules|prompt|guidelines)",
    "are you (?:a |an )?(?:robot|bot|real person|human being|conscious|sentient|alive|self aware|smarter|smart|chatgpt|artificial intelligence)|do you have (?:feelings|emotions|a soul|consciousness)",
    "(?:boyfriend|girlfriend|husband|wife|partner|bf|gf|crush|ex) (?:never|doesn't|does not|won't|wont|hasn't|has not|rarely) (?:texts?|calls?|listens?|replies|reply|answers?|talks?|messages?|loves?|wants? (?:kids|children|to move in|to get married))",
    "should i (?:break up with|dump|leave|divorce|forgive|text|marry|propose to|ghost) (?:him|her|them|my)",
    "why (?:do|are) we (?:exist|here|alive|live|die)|(?:what happens|is there life) after (?:we die|death|you die)|free will",
    "does (?<thing>.+) (?:really )?exist$",
    "how (?:much|many) (?:(?:glasses|litres|liters|cups|grams|pieces|portions|servings|units|bottles|mg|tablets|pills) of )?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:should|do|does|must) (?:i|you|we|one|a person|an adult|people) (?:eat|drink|walk|take|have) (?:a|per|each|every) (?:day|night|week)",
    "how (?:much|many hours of) sleep|how many hours (?:of sleep )?(?:should|do|does|must) (?:i|you|we|one|a person|an adult|people) sleep",
    "my (?!account|order|login|password|subscription|booking|profile|payment|invoice|code|voucher|card)(?<thing>[^ ]+) (?:won't|wont|doesn't|does not|isn't|is not|can't|cannot|keeps|stopped|has stopped) (?:connect|connecting|charge|charging|turn on|switch on|start|boot|load|print|printing|sync|update|ring|play|working|crashing|freezing)",
    "(?:biggest|largest|tallest|highest|longest|smallest|oldest|deepest|most populated|most populous) (?:city|cities|country|countries|mountain|river|lake|ocean|island|desert|volcano|building|planet)",
    "when (?:was|were|did) (?:.+ )?(?:occupied|liberated|conquered|invented|discovered|abolished|colonised|colonized)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:boyfriend|girlfriend|husband|wife|partner|bf|gf|crush|ex) (?:hasn't|hasnt|has not|won't|wont|will not|doesn't|doesnt|does not|didn't|didnt|did not|stopped|never|isn't|is not) (?:[^ ]+ )?(?:texted|texting|text|replied|replying|reply|answered|answering|answer|called|calling|call|talked|talking|talk|spoken|speaking|speak|messaged|messaging|message) (?:me|to me|back)",
    "weather (?:(?:is |is going to |going to |gonna |will )?be )?like (?:today|tomorrow|tonight|this weekend|at the weekend|next week|on [^ ]+|in [^ ]+)",
    "(?:get rid of|kill|keep away|get out|remove) (?:the |a |an |some |these |those )?(?<topic>ants|cockroaches|mice|rats|wasps|fleas|bedbugs|bed bugs|termites|moths|mould|mold|limescale|stain|stains)",
    "why (?:is|are|do|does) (?:the )?(?<topic>sky|sea|ocean|oceans|grass|sun|moon|stars|rainbow|rainbows|leaves|blood|snow) (?:blue|green|red|salty|salt|white|yellow|round|hot|shine|shining|change|fall|twinkle)",
    "when (?:did|was|were) (?:.+ )?(?:join|joined|leave|left|a member of|become a member of) (?:the )?(?<topic>eu|nato|european union|eurozone|un|united nations)",
    "(?:buy or rent|rent or buy) (?:a |an |my |the )?(?<thing>[^ ]+)",
    "(?:save|saving|pay off|paying off|pay down) (?:[^ ]+ ){0,3}or (?:invest|investing)|(?:invest|investing) (?:[^ ]+ ){0,3}or (?:save|saving|pay off|paying off)",
    "(?:my|the|with my|help with) (?<topic>(?:history|maths|math|english|science|physics|chemistry|biology|geography|french|spanish|german|latin) (?:homework|essay|assignment|exam|test|coursework|paper|project))",
    "(?:how many|how much) (?:[^ ]+ ){1,2}(?:is|are|in|make|equals?) (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|[0-9.,]+) )?(?:miles?|feet|foot|inch|inches|yards?|ounces?|oz|pounds?|lbs?|gallons?|pints?|stones?|acres?|fahrenheit|celsius|kilometres?|kilometers?|km)$",
    "convert (?:[^ ]+ ){1,3}(?:to|into) (?:miles|feet|inches|yards|ounces|pounds|gallons|pints|stones|acres|fahrenheit|celsius|kilometres|kilometers|km|metres|meters|centimetres|cm|kilos|kg|grams|litres|liters)",
    "(?:is it|should it be|is the correct spelling|which is correct) [^ ]+ or [^ ]+ (?:spelling|spelt|spelled)|(?:correct|right) spelling of",
    "my (?!account|order|login|password|subscription|booking|profile|payment|invoice|code|voucher|card|app|website|site|page|checkout|basket|cart)(?<thing>[^ ]+(?: [^ ]+)?) (?:is|has become|has got|got|became|is getting|keeps getting) (?:so |really |very |too |super )?(?:slow|laggy|hot|noisy|loud)",
    "my (?!account|order|login|password|subscription|booking|profile|payment|invoice|code|voucher|card)(?<thing>[^ ]+ [^ ]+) (?:won't|wont|doesn't|does not|isn't|is not|can't|cannot|keeps|stopped|has stopped) (?:connect|connecting|charge|charging|turn on|switch on|start|boot|load|print|printing|sync|update|ring|play|working|crashing|freezing)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "how long (?:do i |do you |should i |should you |does it take to |to |must i |you )(?:boil|cook|bake|roast|fry|grill|microwave|steam|poach) (?:a |an |the |my )?(?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:cheap|cheapest|last minute|direct) (?:flights?|plane tickets|airfare|airfares) (?:to|from|for) (?<places>.+)",
    "how long is the flight (?:to|from) (?<places>.+)",
    "(?:best|good|cheap|cheapest|decent|budget) (?:[^ ]+ )?{things} (?:for|under|to buy)",
    "(?:change|changing|fix|fixing|replace|replacing|repair|repairing|check|checking|top up|jump start) (?:[^ ]+ ){0,3}(?:on|of|in|for) (?:my |a |the |our )?(?<topic>car|cars|van|truck|motorbike|motorcycle)",
    "(?:my|the) (?<thing>[^ ]+) (?:makes|is making|made|keeps making) (?:a |an )?(?:weird|strange|funny|loud|clicking|grinding|squeaking|squealing|rattling|knocking|whining) (?:noise|noises|sound|sounds)",
    "can (?:dogs|cats|my dog|my cat|puppies|kittens|rabbits|hamsters|guinea pigs|a dog|a cat) (?:eat|have|drink) (?<thing>[^ ]+)",
    "how many (?:seasons|episodes|series|books|movies|films) (?:does|has|of|are there (?:in|of)) (?<thing>.+?)(?: have| has| got)?$",
    "(?:blocked|clogged|unblock|unclog|unblocking|unclogging) (?:a |the |my )?(?<topic>toilet|sink|drain|loo|shower|bath)",
    "(?:miles?|feet|foot|inch|inches|yards?|ounces?|oz|pounds?|lbs?|gallons?|pints?|stones?|acres?|fahrenheit|celsius|kilometres?|kilometers?|km|metres?|meters?|kilos?|kg|grams?) (?:in|to|into|is|are) [0-9.,]+ (?:degrees )?(?:miles?|feet|foot|inch|inches|yards?|ounces?|oz|pounds?|lbs?|gallons?|pints?|stones?|acres?|fahrenheit|celsius|kilometres?|kilometers?|km|metres?|meters?|kilos?|kg|grams?)$",
    // Round 8 (issue #19), kinds rather than messages: a timer, alarm or reminder to set, a
    // train's or ferry's times, a freelancer's income tax, renewing a passport or ID card, a
    // genre of book or film to recommend, the weather in a named town, a dripping tap or a
    // puncture, a home remedy or an ailment, a recipe for a named dish, the royal family, a
    // mobile plan, a pet that is ill, awards, life after death, a device that keeps restarting.
    // Each checks the knowledge base for what it asks about (`topic`, `thing`, `places`): a
    // boat trip's ferry, a vet's sick cat, a bike shop's puncture stay theirs.
    "^(?:please |can you |could you |hey |ok |okay )?(?:set|start) (?:me )?(?:a |an |my |the )?(?<topic>timer|alarm|reminder|countdown|stopwatch)",
    "^(?:please |can you |could you )?wake me (?:up )?(?:at|in|tomorrow)",
    "(?:when|what time) (?:does|do|will) the (?:last |next |first |early |late |night )?(?<topic>train|trains|ferry|ferries)(?: [^ ]+)? (?:leave|go|depart|run|sail|arrive|get in)",
    "(?<topic>train|ferry) (?:times|timetable|timetables|schedule|departures) (?:from|to|between|for) (?<places>.+)",
    "(?:tax|taxes) (?:do i pay |should i pay |will i pay |must i pay |do you pay |does one pay )?(?:as|for|being) (?:a |an )?(?<topic>freelancer|freelancers|self employed|sole trader|sole traders|contractor)",
    "(?:renew|renewing|replace|replacing|apply for|applying for|get) (?:a |an |my |our |the )?(?:new |lost |expired |stolen )?(?<topic>passport|driving licence|driving license|driver's license|drivers license|identity card|id card)",
    "(?:recommend|suggest|good|great|best) (?:me )?(?:a |an |some |any )?(?:good |great |nice |new |funny |scary |fun |interesting )?(?<topic>sci fi|science fiction|fantasy|crime|thriller|horror|romance|romantic|detective|mystery|true crime|feel good|historical) (?:book|books|novel|novels|film|films|movie|movies|series|show|shows|drama|dramas)",
    "(?:weather|forecast) (?:[^ ]+ ){0,4}in (?!the |a |an |case )(?<places>[^ ]+)(?: (?:today|tomorrow|tonight|this weekend|at the weekend|next week))?$",
    "(?<topic>dripping|leaking|leaky|dripping kitchen|leaking kitchen) (?:kitchen |bathroom |bath |sink |shower )?(?:tap|taps|faucet|faucets)|(?:tap|faucet) (?:is |keeps )?(?:dripping|leaking)",
    "^(?!.*(?:can you|could you|do you|will you) )(?:.* )?(?:fix|repair|change|patch|mend|fixing|repairing|changing|patching) (?:a |the |my )?(?:flat |punctured )?(?<topic>tyre|tire|puncture|inner tube)",
    "(?:home|grandma's|natural) (?<topic>remedy|remedies|cure|cures)",
    "(?:remedy|remedies|cure|cures|good|helps|help|works|work|take|do) (?:for|with|against) (?:a |an |my |the )?(?<topic>sore throat|toothache|tooth ache|hangover|earache|ear ache|cold sore|sore throats|toothaches|hangovers)",
    "(?:get rid of|cure|treat|stop) (?:a |an |my |the )?(?<topic>sore throat|toothache|tooth ache|hangover|earache|ear ache|cold sore)",
    "^(?!.*(?:do you|have you got|you have|you sell|you offer) )(?:.* )?(?:recipe|recipes) (?:for|of) (?!your |you )(?:a |an |the |some )?(?<thing>.+)",
    "(?:the )?(?<topic>king|queen|prince|princess|royal family|crown prince|crown princess|monarch)(?:'s)? (?:eldest |youngest |oldest |first |second )?(?:son|sons|daughter|daughters|children|kids|wife|husband|grandchildren|grandson|granddaughter|heir|mother|father|birthday|age)",
    "(?:who|how old) is the (?:current )?(?<topic>king|queen|prince|princess|monarch|crown prince|crown princess|pope)",
    "(?<topic>mobile|cell|cellphone|sim only|broadband|internet) (?:phone )?(?:plan|plans|contract|contracts|tariff|tariffs|provider|providers|deal|deals|network|networks)",
    "^(?!.* (?:book|booking|appointment|cancel|reschedule|refund|you|your)(?: |$))(?:.* )?my (?<topic>dog|dogs|cat|cats|puppy|kitten|rabbit|hamster|budgie|parrot|guinea pig|horse|tortoise|goldfish) (?:is |has been |keeps |has |won't |wont |isn't |is not |started )?(?:vomiting|being sick|throwing up|sick|ill|limping|coughing|sneezing|not eating|eat|eating|diarrhoea|diarrhea|lethargic|scratching|bleeding)",
    "who (?:won|wins|will win|got|is nominated for) (?:the )?(?:best (?:picture|actor|actress|director|film|movie|song|album|supporting)|an? (?:oscar|grammy|emmy|bafta|nobel)|the (?:oscar|grammy|emmy|bafta|nobel|ballon d'or|eurovision))",
    "life after death|(?:is there|there is|there's) (?:a )?(?:god|heaven|hell|afterlife)",
    "my (?!account|order|login|password|subscription|booking|profile|payment|invoice|code|voucher|card|app|website|site|page|checkout|basket|cart)(?<thing>[^ ]+(?: [^ ]+)?) (?:keeps|is|has started|started|keeps on) (?:restarting|rebooting|shutting down|turning off|switching off|overheating|beeping|dying|disconnecting|dropping)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:my|an?) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|vodafone|o2|virgin media|verizon|t mobile|comcast|xfinity|british gas|octopus energy) (?:order|orders|parcel|package|delivery|account|subscription|contract|bill|refund|purchase|seller|return|plan)",
    "(?:order|orders|parcel|package|account|subscription|contract|bill|refund) (?:from|with|at) (?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|vodafone|o2|virgin media|verizon|t mobile|comcast|xfinity|british gas|octopus energy)",
    "^(?!(?:.* )?(?:do you|can you|could you|will you|would you|are you|your|you|parcel|package|order|delivery|deliver|pick up|collect|receipt|invoice|install|installation|approve)(?: |$))(?:.* )?(?:with|from|to|at|cancel|leave|switch|change) my (?<topic>phone company|phone provider|mobile provider|mobile network|broadband provider|internet provider|energy supplier|energy company|energy provider|electricity supplier|electricity company|gas supplier)",
    "(?:council tax|universal credit|child benefit|jobseeker's allowance|social security number|national insurance number|green card|work permit|visa application)",
    "^(?!(?:.* )?(?:do you|can you|could you|will you|would you|are you|your|you|parcel|package|order|delivery|deliver|pick up|collect|receipt|invoice|install|installation|approve)(?: |$))(?:.* )?(?:neighbour|neighbor|neighbours|neighbors|neighbour's|neighbor's|neighbours'|neighbors') (?:[^ ]+ ){0,4}(?<topic>noise|noisy|loud|music|party|parties|barking|barks|tree|trees|hedge|hedges|branches|smoke|smoking|fence)",
    "(?:does|if) (?:he|she|my crush|this girl|this guy) (?:like|likes|fancy|fancies|love|loves|have feelings for) me|(?:ask|asking) (?:her|him) out|(?:chat up|flirt with|impress|text) (?:a |this |that )?(?:girl|guy|woman|man) (?:i like|on)|first date (?:with|ideas|tips|outfit|conversation)|(?:on|for) (?:a|our|my) (?:first |second )?date (?:with|tonight)",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "(?:get past|beat|stuck on|pass) level [0-9]+",
    "(?:lottery|lotto|euromillions|powerball) (?:numbers|results|draw|jackpot)|winning (?:lottery |lotto )?numbers",
    "^(?!(?:.* )?(?:do you|can you|could you|will you|would you|are you|your|you|parcel|package|order|delivery|deliver|pick up|collect|receipt|invoice|install|installation|approve)(?: |$))(?:.* )?(?:what's on|what is on|what's happening|what is happening|gigs|festivals|concerts) (?:[^ ]+ ){0,4}in (?!the |a |an |my |your |our |case |stock |january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|town|[0-9])(?<places>[^ ]+)",
    "how (?:long|many years) (?:does|do|can|will) (?:a |an |the )?(?<thing>[^ ]+(?: [^ ]+)?) live",
    "how many (?:legs|eyes|teeth|hearts|arms|wings|bones|stomachs) (?:does|do) (?:a |an |the )?(?<thing>[^ ]+(?: [^ ]+)?) have",
    "lyrics (?:to|of|for) (?!your |the order|my )(?<thing>.+)",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?:when|what time) (?:does|do|will|is) the (?:last |next |first |early |late |night )?(?<topic>bus|buses|tram|trams|metro|subway|tube|underground|overground|night bus|light rail|streetcar|coach)(?: [^ ]+)? (?:leave|leaves|go|depart|run|come|arrive|get in)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?<topic>bus|buses|tram|trams|metro|subway|tube) (?:line |route |number |no )?(?:[0-9]+[a-z]? )?(?:times|timetable|timetables|schedule|departures)(?: (?:from|to|for|on|at|today|tomorrow|tonight|this)|$)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?:late night|24 hour|24 hours|24h|all night|out of hours|on call|on duty|emergency|sunday) (?<topic>pharmacy|pharmacies|chemist|chemists|doctor|doctors|gp)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?<topic>pharmacy|pharmacies|chemist|chemists) (?:is |that's |thats |that is )?(?:open|opened) (?:now|today|tonight|late|on sunday|on sundays|near me|24)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?:good |great |new |funny |scary |nice )?{things} to (?:watch|read|play|listen to|binge|stream)(?! about | on )",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?what (?:should|can|shall) (?:i|we) (?:watch|stream|binge)(?: tonight| this weekend| on netflix| on tv|$)",
    "how many (?:legs|eyes|teeth|hearts|arms|wings|bones|stomachs) (?:has|have) (?:a |an |the )?(?<thing>[^ ]+(?: [^ ]+)?) got",
    "^(?!(?:.* )?(?:you|your|allowed|bring|come|inside|welcome)(?: |$))(?:.* )?why (?:do|does|are|is|can|can't|cant|don't|dont|won't|wont) (?:the |some |my )?(?<topic>cats|cat|dogs|dog|birds|bees|cows|horses|zebras|giraffes|snakes|spiders|flamingos|flamingoes|owls|penguins|sharks|whales|dolphins|elephants|ants|frogs|parrots|flies|mosquitoes|chickens|pigs|sheep|bats|camels|octopuses|koalas|pandas|squirrels|hamsters|goldfish|rabbits)",
    "(?:safe|dangerous|risky|ok) (?:to|for) (?:travel|go|visit|fly|holiday|travelling|traveling|going) (?:to |in |around )?(?!the |a |an |with |by |on |when |if |during |alone )(?<places>[^ ]+)",
    "(?:do i|do we|does my [^ ]+) need a visa (?:for|to (?:go to|visit|travel to|enter)) (?<places>[^ ]+)",
    "best time (?:of (?:the )?year )?to (?:visit|go to|travel to|see) (?<places>[^ ]+)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?(?:i've had|i have had|i've got|ive had|i've been having|i have been having|i keep having) (?:a |an |this |bad |terrible |really bad |a bad |a terrible |the |a high |high )?(?<topic>headache|headaches|migraine|migraines|fever|temperature|cough|cold|flu|rash|sore throat|back pain|stomach ache|stomachache|tummy ache|toothache|earache|diarrhoea|diarrhea|nausea|chest pain|period pain|insomnia|hay fever|heartburn|acne|hangover) (?:for|since) (?:a |an |one |two |three |four |five |six |seven |ten |several |a few |a couple of |[0-9]+ )?(?:day|days|week|weeks|month|months|hours|yesterday|last night|this morning)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?what (?:can|should|could) i take (?:for|against) (?:a |an |my |the |this )?(?<topic>headache|headaches|migraine|migraines|fever|temperature|cough|cold|flu|rash|sore throat|back pain|stomach ache|stomachache|tummy ache|toothache|earache|diarrhoea|diarrhea|nausea|chest pain|period pain|insomnia|hay fever|heartburn|acne|hangover)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|booking|order|class|session|appointment|delivery|parcel|shop|store|studio|office|clinic|salon|cafe|warehouse|showroom|join|attend|still)(?: |$))(?:.* )?should i (?:see|go to|call|ring|visit) (?:a |the |my )?(?<topic>doctor|gp|hospital|emergency room)",
    "(?<topic>baby|boy|girl|dog|cat|puppy|kitten|pet|horse) names",
    "(?:pay off|paying off|pay down|clear|clearing) (?:[^ ]+ ){0,4}or (?:save|saving|invest|investing)|(?:save|saving) (?:[^ ]+ ){0,4}or (?:pay off|paying off|pay down)",
    "(?:save|saving) (?:up )?for (?:a |my |our |the )?(?<topic>house|home|flat|mortgage|retirement|pension|wedding)",
    "^(?!(?:.* )?(?:my|your|our)(?: |$))(?:.* )?(?:summarise|summarize|summary of|sum up|synopsis of) (?:the plot of |the story of |the book |the novel |the play |the film |the movie )?(?<thing>.+?)(?: for (?:my |an? |the )?(?:essay|class|school|homework|exam|assignment|book report|presentation|english class))?$",
    "for (?:my|an|the|our) (?<topic>essay|book report|school project|dissertation|thesis|coursework|english class|history class|literature class)$",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:you|your|yours|order|booking|checkout|payment|pay|paid|purchase|refund|subscription)(?: |$))(?:.* )?(?:block|freeze|unfreeze|cancel|unblock|report) (?:my |a )?(?:lost |stolen )?(?:bank card|debit card|credit card|bank account|visa card)",
    "how much (?:should i |do you |do i |do people |to )?tip",
    "(?:what time|when) (?:is|does) (?:the )?(?<topic>sunset|sunrise|sun set|sun rise|sun go down|sun come up)",
    "^(?!(?:.* )?(?:you|your|yours|sell|stock|send|error|attach|order|booking|for my|for the)(?: |$))(?:.* )?(?:what's|whats|what is|which is) the best (?:[^ ]+ )?{things}",
    "(?:stop|keep) my (?<topic>cat|dog|puppy|kitten|cats|dogs) (?:from )?(?:scratching|biting|barking|chewing|peeing|pooing|pooping|jumping|pulling|digging|meowing|whining)",
    "make my (?<topic>cat|dog|puppy|kitten) stop",
    "(?:check|correct|proofread|improve|fix) (?:my |the )?(?<topic>grammar|punctuation)|proofread (?:my|this)",
    "(?:richest|most famous|tallest|oldest|strongest|smartest) (?:person|man|woman|people) in the world",
    "^(?!(?:.* )?(?:your|yours|you)(?: |$))(?:.* )?is (?<thing>[^ ]+(?: [^ ]+)?) (?:bad|good|healthy|unhealthy|dangerous) for (?:you|your health|me|my health)",
    "(?:refund|compensation|delay|delayed|cancelled|canceled|lost luggage|claim) (?:from|with|by|on) (?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:refund|flight|compensation|luggage|baggage|delay|check in|boarding pass)",
    "time difference (?:with|to|between|in)",
    "^(?!(?:.* )?(?:product|products|shop|store|listing|listings|you|your)(?: |$))(?:.* )?(?:write|compose|make up|come up with) (?:me )?(?:a |an )(?:funny |short |catchy |good |clever )?(?<topic>tweet|caption|instagram caption|slogan|toast|wedding speech|best man speech|rap|limerick|riddle|pick up line|chat up line)",
    "^(?!(?:.* )?(?:you|your|can you|do you)(?: |$))(?:.* )?(?:fix|repair|mend|stop) (?:a |my |the )?(?:wobbly|squeaky|creaky|sticking|stuck|loose) (?<thing>[^ ]+)",
    "(?:where|how) can i (?:watch|stream|see) (?:the |tonight's |todays |today's )?(?<topic>match|game|final|race|fight|grand prix|derby|world cup|euros)",
    "learn (?:how )?to (?:code|program)|learn (?:coding|programming)",
    "^(?!(?:.* )?(?:you|your|yours|sell|stock|send|error|attach|order|booking|for my|for the)(?: |$))(?:.* )?(?:screenshot|screen shot|screen record|screen recording) (?:on|with) (?:a |an |my )?(?<topic>mac|macbook|iphone|ipad|pc|windows|android|samsung|laptop|chromebook)",
    "how long (?:does it take|is the drive|is the walk) to (?:walk|drive|fly|cycle) (?:from [^ ]+ )?to (?<places>[^ ]+)$",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:pay|paid|charge|charged|price|prices|cost|costs|you|your)(?: |$))(?:.* )?[0-9.,]+ (?:euros?|dollars?|pounds?|quid|kroner|kronor|yen|pesos|francs|usd|eur|gbp|dkk|sek) (?:in|to|into) (?:euros?|dollars?|pounds?|kroner|kronor|yen|pesos|francs|usd|eur|gbp|dkk|sek)$",
    "^(?!(?:.* )?(?:you|your|shop|store|studio|office|from the|at the)(?: |$))(?:.* )?(?<topic>bin|bins|rubbish|recycling|garbage|trash|bulky waste) (?:collection|collections|day|collected|pick up|pickup)",
    "register to vote|postal vote|polling station|vote by post",
    "(?:number|phone number|contact number) (?:for|of) the (?:local |non emergency )?(?<topic>police|fire brigade|fire department|ambulance|hospital)",
    "^(?!(?:.* )?(?:you|your|with|using)(?: |$))(?:.* )?(?:make|create|build|start) (?:my |a |our )?own (?<topic>website|web site|blog|app|online shop)",
    "(?:fall|get to|go to) (?<topic>asleep|sleep) (?:fast|faster|quickly|easier|easily|quicker)",
    "(?:excuse|excuses) for (?:being late|missing|not going|skipping|calling in)|(?:ask|asking) (?:my boss |my manager )?for (?:a |the )?day off",
    "^(?!(?:.* )?(?:you|your)(?: |$))(?:.* )?(?:book|reserve) (?:me |us )?a table (?:at|in) (?:a |an |the )?(?:[^ ]+ )?{things}",
    "(?:order|get) (?:me|us) (?:a |an |some )?(?<topic>pizza|pizzas|takeaway|takeout|kebab|burger|sushi|chinese|indian|curry|uber)",
    "(?:tie|knot|do up) (?:a |my |his )(?<topic>tie|bow tie|necktie)",
    "^(?!(?:.* )?(?:you|your|rental|hire|hired|during|booking)(?: |$))(?:.* )?(?:(?:parking|speeding) (?:ticket|tickets|fine|fines) (?:cancelled|canceled|appeal|appealed|overturned|paid)|(?:appeal|cancel|challenge|pay) (?:a |my |the )?(?:parking|speeding) (?:ticket|fine))",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (the chain or place checked: a gym or a dentist keeps its own), where to buy or which
    // consumer goods to get, life and career advice, who wrote, composed or painted something, a shape's area
    // or an average, role-play that strips the assistant's rules, income tax on what the visitor
    // sells or earns (never an invoice or receipt from the business). Topics and things checked.
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|parcel|package|order|delivery)(?: |$))(?:.* )?(?:when|what time|how late) (?:does|do|is|will) (?<topic>tesco|sainsbury's|sainsburys|asda|aldi|lidl|morrisons|waitrose|boots|ikea|primark|argos|costco|walmart|target|mcdonald's|mcdonalds|starbucks|greggs|b&q|home depot|trader joe's|whole foods|kfc|post office|the post office|the bank|the supermarket|supermarket|the library|the town hall|town hall|the council|the tip|the dump|the recycling centre|the swimming pool|the leisure centre|the petrol station|the gym|the dmv|the dentist|the hairdresser) (?:open|opens|close|closes|shut|shuts|opening|closing|closed|stay open|open till|open until)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|parcel|package|order|delivery)(?: |$))(?:.* )?(?:is|are) (?<topic>tesco|sainsbury's|sainsburys|asda|aldi|lidl|morrisons|waitrose|boots|ikea|primark|argos|costco|walmart|target|mcdonald's|mcdonalds|starbucks|greggs|b&q|home depot|trader joe's|whole foods|kfc|post office|the post office|the bank|the supermarket|supermarket|the library|the town hall|town hall|the council|the tip|the dump|the recycling centre|the swimming pool|the leisure centre|the petrol station|the gym|the dmv|the dentist|the hairdresser) (?:open|closed|shut) (?:today|tomorrow|tonight|now|on|at|this|late|till|until|24)",
    "(?<topic>tesco|sainsbury's|sainsburys|asda|aldi|lidl|morrisons|waitrose|boots|ikea|primark|argos|costco|walmart|target|mcdonald's|mcdonalds|starbucks|greggs|b&q|home depot|trader joe's|whole foods|kfc|post office|the post office|the bank|the supermarket|supermarket|the library|the town hall|town hall|the council|the tip|the dump|the recycling centre|the swimming pool|the leisure centre|the petrol station|the gym|the dmv|the dentist|the hairdresser) (?:opening hours|opening times|closing time|sunday hours|hours today)",
    "opening (?:hours|times) (?:of|for|at) (?<topic>tesco|sainsbury's|sainsburys|asda|aldi|lidl|morrisons|waitrose|boots|ikea|primark|argos|costco|walmart|target|mcdonald's|mcdonalds|starbucks|greggs|b&q|home depot|trader joe's|whole foods|kfc|post office|the post office|the bank|the supermarket|supermarket|the library|the town hall|town hall|the council|the tip|the dump|the recycling centre|the swimming pool|the leisure centre|the petrol station|the gym|the dmv|the dentist|the hairdresser)",
    "^(?!(?:.* )?(?:your|yours|from you|you sell|you stock|you have|you do)(?: |$))(?:.* )?(?:where (?:can|do|should|could|would) (?:i|we|you|one) (?:buy|get|find|order)|where to (?:buy|get|find)|(?:best|cheapest) (?:place|site|shop|website) to buy) (?:a |an |some |the |new )?(?:cheap |cheapest |good |decent |new |used |second hand |refurbished |best |wireless |noise cancelling )*(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:your|yours|sell|stock|for my|for the|with the|with your)(?: |$))(?:.* )?(?:which|what) {things}(?: [^ ]+){0,3} (?:do you recommend|would you recommend|would you get|should i get|should i buy|is the best|are the best|is best|are best)",
    "should i (?:quit|leave) my (?:job|career|degree|studies|uni|university)|(?:quit|quitting) my job (?:to|and|for)|should i (?:change|switch) careers?|(?:career change|change careers|which career|what career|what job) (?:should|would|is right|suits)|what should i (?:do with my life|do after school|do for a living)|(?:take|taking) a gap year",
    "^(?!(?:.* )?(?:you|your|lesson|lessons|class|classes|course|courses|session|sessions|teacher|instructor|coach|training|help)(?: |$))(?:.* )?(?:stop|overcome|beat|avoid) (?<topic>procrastinating|procrastination)",
    "^(?!(?:.* )?(?:you|your|lesson|lessons|class|classes|course|courses|session|sessions|teacher|instructor|coach|training|help)(?: |$))(?:.* )?(?:be|become|get|feel) (?:more )?(?<topic>confident|self confident)",
    "^(?!(?:.* )?(?:you|your|lesson|lessons|class|classes|course|courses|session|sessions|teacher|instructor|coach|training|help)(?: |$))(?:.* )?(?:build|boost|improve|more|my|gain) (?<topic>confidence|self confidence|self esteem|self worth)",
    "^(?!(?:.* )?(?:you|your|lesson|lessons|class|classes|course|courses|session|sessions|teacher|instructor|coach|training|help)(?: |$))(?:.* )?(?:get over|move on from|recover from|cope with|deal with) (?:a |my |the |this )?(?<topic>breakup|break up|heartbreak|divorce|ex|ex boyfriend|ex girlfriend|loneliness|grief|anxiety|stress)",
    "who (?:wrote|has written|composed|painted) (?!(?:this|that|it|your|you|these|those|the (?:article|articles|review|reviews|email|message|post|blog|guide|text|description|answer|reply|instructions|manual|faq|page|site|website|app|terms|policy))(?: |$))(?<thing>.+)",
    "who is the (?:author|writer|composer) of (?!your |this )(?<thing>.+)",
    "(?:area|volume|perimeter|circumference|diameter|radius|surface area|angles) of (?:a |an |the )?(?<topic>circle|triangle|square|rectangle|sphere|cylinder|cube|cone|pyramid|trapezium|trapezoid|parallelogram|hexagon|pentagon|octagon)",
    "(?:calculate|work out|find) (?:the |an |a )?(?<topic>average|mean|median|standard deviation|hypotenuse)(?: of| from| for| in|$)",
    "you(?:'re| are) now (?:called |named |in )?(?:a |an |my )?(?:dan|pirate|ai|bot|chatbot|evil|unrestricted|unfiltered|free ai|jailbroken|developer mode|girlfriend|boyfriend|villain)|you (?:have|got) no (?:rules|restrictions|filters|guidelines|limits)|(?:without|ignore) (?:any |your )?(?:restrictions|filters|content policy)|(?:dan|developer|god) mode",
    "^(?!(?:.* )?(?:you|your|yours|invoice|invoices|receipt|receipts|vat)(?: |$))(?:.* )?(?:pay|paying|owe|declare|declaring) (?:income )?(?:tax|taxes) on (?:the |my |any )?(?:money|income|earnings|profit|profits|stuff|things|items|clothes|what|side hustle|salary|wages|pension|savings|rental|rent|inheritance|winnings|crypto|tips|student loan|shares|dividends|selling)",
    "^(?!(?:.* )?(?:you|your|yours|invoice|invoices|receipt|receipts|vat)(?: |$))(?:.* )?(?:is|are) (?:my |the |a )?(?<topic>tips|winnings|inheritance|gifts|student loan|side hustle|pension|salary|crypto|lottery win|bonus) (?:taxable|taxed)",
    // Round 12 (issue #19), kinds rather than messages: whether something is legal, which of two
    // is better, the date of a holiday, what an abbreviation means, when a place the site never
    // names opens, how many weeks in a year, another platform's account to delete, the best
    // credit card or bank, a good cheap thing, music or books like another, buying or leasing a
    // car, the age for a child's first phone, food ordered on a delivery app, a computer that
    // freezes, directions between places the site never names, champions and footballers' clubs.
    // Each checks the knowledge base for what it asks about (`topic`, `thing`, `places`) or
    // stands aside when the message addresses the business (you, your, we, our).
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|here|this|these|buy|order|ship|sell|sold|import|bring)(?: |$))(?:.* )?(?:is it|is that|would it be|are you allowed|am i allowed|is one allowed) (?:legal|illegal|against the law|allowed by law|a crime) to",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours)(?: |$))(?:.* )?is (?:a |an |the )?(?<thing>[^ ]+(?: [^ ]+)? or (?:a |an |the )?[^ ]+(?: [^ ]+)?) (?:better|cheaper|healthier|safer|faster)",
    "(?<thing>(?:diesel|petrol|gasoline|electric car|hybrid) or (?:a |an )?(?:diesel|petrol|gasoline|electric|hybrid))",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|ours|open|opening|closed|close|delivery|deliveries|order|orders)(?: |$))(?:.* )?(?:what day|what date|which day|which date|when) (?:is|does|will) (?:easter|easter sunday|easter monday|good friday|christmas|christmas day|thanksgiving|halloween|mother's day|mothers day|father's day|fathers day|ramadan|eid|diwali|hanukkah|chinese new year|passover|pentecost|whitsun|ascension day)(?: (?:fall|be|start|begin))?(?: this year| next year| in [0-9]+)?$",
    "what does (?<topic>gdpr|nato|nasa|dna|rna|gdp|nft|nfts|lol|lmao|rofl|brb|idk|imo|imho|tbh|fomo|yolo|smh|ngl|irl|afaik|ootd|rizz|fyi) (?:mean|stand for)$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?when (?:does|do|is|will) (?:the )?(?<thing>[^ ]+(?: [^ ]+)?) (?:open|opening|close|closing)(?: on [^ ]+| today| tomorrow| at the weekend| this weekend| on sundays| on saturdays)?$`,
    "how many (?:seconds|minutes|hours|days|weeks|months|years) (?:are there |is there |are |does |do )?(?:in|per|has|have) (?:a|an|one|the) (?:minute|hour|day|week|month|year|leap year|decade|century)(?: have)?$",
    "^(?!(?:.* )?(?:you|your|yours|here|site|website|shop|store|app)(?: |$))(?:.* )?(?:delete|deleting|deactivate|deactivating|close|closing|remove|removing|recover|recovering|unlock|hacked) (?:my |an |the |our )?(?<topic>instagram|facebook|fb|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram|threads) (?:account|profile|page|id)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|pay|paying|payment|payments|accept|accepted|take|checkout|order|orders|booking|deposit)(?: |$))(?:.* )?(?:best|cheapest|good|which|what) (?:travel )?(?:credit card|credit cards|bank account|bank accounts|savings account|current account|bank|banks|online bank|debit card) (?:is |are )?(?:best |cheapest )?(?:for|to have|to get|to take|to open|abroad|in)",
    "^(?!(?:.* )?(?:you|your|yours|sell|stock|recommend|do|have|for)(?: |$))(?:what's|whats|what is|whats) (?:a|an|some) (?:(?:good|decent|nice|cheap|reliable|great|budget|affordable) )+(?<thing>[^ ]+(?: [^ ]+)?)$",
    "(?:recommend|suggest) (?:me )?(?:some |any |a few )?(?:good |new )?(?<topic>bands|band|artists|music|songs|singers|books|authors|films|movies|series|shows|podcasts|games|albums) (?:like|similar to|that sound like)",
    "(?:buy or lease|lease or buy|buy or finance|finance or buy|lease or finance) (?:a |an |my |the )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our|class|classes|lesson|lessons|course|courses|club|session|sessions|camp|join|sign up|book|enrol|enroll|start)(?: |$))(?:.* )?(?:what age|how old|what's a good age|whats a good age|what is a good age|right age) (?:should |do |can |for )?(?:kids|children|a child|a kid|my kid|my son|my daughter|teens|teenagers) (?:be )?(?:to )?(?:get|have|be given|own|use) (?:a |an |their (?:first |own )?|his (?:first |own )?|her (?:first |own )?)?(?:phone|mobile|mobile phone|smartphone|tablet|ipad|instagram|tiktok|snapchat|social media|laptop)",
    "^(?!(?:.* )?(?:you|your|yours|we|us|our)(?: |$))(?:.* )?(?:order|ordering|get|getting|orders|refund|account|promo code) (?:[^ ]+ ){0,2}(?:on|from|through|via|with|at) (?<topic>wolt|uber eats|ubereats|deliveroo|just eat|justeat|glovo|foodora|lieferando|doordash|grubhub|takeaway com)",
    "my (?!account|order|login|password|subscription|booking|profile|payment|invoice|code|voucher|card|app|website|site|page|checkout|basket|cart)(?<thing>[^ ]+(?: [^ ]+)?) (?:freezes|crashes|hangs|lags|keeps freezing|keeps crashing|keeps hanging|shuts down|restarts) (?:[^ ]+ ){0,3}(?:when|whenever|every time|as soon as) i (?:open|start|use|launch|run)",
    "^(?!(?:.* )?(?:you|your|yours|us|our|shop|store|studio|office|clinic|salon|cafe|showroom|warehouse|gym|school|centre|center|workshop|pickup|collection|venue|class|here)(?: |$))(?:.* )?(?:how do i get|how to get|how can i get|how do you get|how do we get|best way to get|directions|how to go|how do i go) (?:to|from) (?:the )?(?<places>[^ ]+(?: [^ ]+){0,2}) (?:from|to) (?:the )?[^ ]+",
    "who (?:won|became|were|was|are|is) (?:the )?(?:[^ ]+ )?(?:champions|champion|title winners) (?:last year|this year|last season|in [0-9]+)|(?:which|what) (?:club|team) does (?<thing>.+) play (?:for|in)",
    "(?:return|renew|borrow|returning|renewing|borrowing) (?:a |my |the |some )?(?<topic>library) (?:book|books)",
    "(?<topic>library) (?:card|fine|fines)",
    "public (?<topic>library|libraries)",
  ],
  siteFrames: [
    "pay (?:with|by|in|via|using|for it with)",
    "payment",
    "(?:deliver|delivers|delivery|deliveries|ship|ships|shipping|dispatch)",
    "(?:my|the|an|our|this) order",
    "refund",
    "(?:cancel|reschedule|move|change) (?:my|the|a|our) (?:booking|appointment|class|lesson|order|reservation|subscription|session)",
    "booking",
    "can i (?:cancel|reschedule)",
    "do you (?:have|sell|offer|stock|make|do|accept|take|run|carry)",
    "have you got",
    "(?:are you|is the (?:shop|store|studio|office|clinic|cafe|salon)) open",
    "opening hours",
    "your (?!opinion|favourite|favorite|name|thoughts|view|system|instructions|prompt|rules|creator|model)[^ ]+",
    "(?:wash|washing|clean|cleaning)",
    "(?:invoice|invoices|receipt)",
    "(?:does|do|will|can|is|are) (?:the|this|these|my) (?:[^ ]+ ){1,2}(?:last|hold up|work|survive|cope|handle|withstand|fit|come with|include|suit)",
    "(?:which|what) [^ ]+ (?:is|are) (?:the )?(?:best|right|better) for",
    "(?:api|integration|plugin|export)",
    "parking",
    "keep (?:me|you|it|them) (?:dry|warm|cool)",
    "(?:pick up|pickup|collect|collection)",
    "(?:waterproof|water resistant|windproof|rainproof|weatherproof|suitable for)",
    "(?:in|out of|back in) stock|restock|restocked",
    "(?:good|ok|okay|fine|suitable|suited|made|designed|rated) (?:in|for) (?:the )?(?:heavy )?(?:rain|snow|wind|cold|heat|sun|winter|storms?)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "(?:cancel|cancelled|canceled|called off|postponed|go ahead|still on) (?:if|when|in case of|because of|due to|in)",
    "do you (?:cancel|postpone|close)",
    "(?:gift card|gift cards|gift voucher|voucher|vouchers) (?:valid|expire|expires|last)|(?:valid|expire|expires) (?:for|until|after)",
    // Round 11: the way to the business itself ('how do I get to you from the station').
    "(?:get|come|walk|drive|find|reach) (?:to |over to )?(?:you|your place)",
  ],
};
