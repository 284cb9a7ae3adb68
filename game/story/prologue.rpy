## Prologue: "Last Chair" (2043).
## P.1 Preserve Dental: Jonah's upgrade, Mara's molar, Leo's tea.
## P.2 Meridian Plaza: the Health Wall, the renaming vote, free SOEs; C1.
## P.3 The 2044 funeral card, then 2045.

label prologue:

    scene bg caledonia_heights with fade_slow
    play music "audio/music/preserve.ogg" fadein 3.0
    centered "{size=+16}New Caledonia, 2043{/size}\n\n{size=-2}The city that will vote to call itself New Neo City{/size}"

    "Eleven million people live in New Caledonia, and hardly any of them will sit in a dentist's chair this year."
    "Their teeth are minded by apps, by toothbrushes that file reports, by scan booths at the back of pharmacies. Dentistry didn't die. It just stopped needing a room."
    "Caledonia Heights still has rooms. Halfway down Alder Row, between plane trees clipped square, hangs a brass plate older than I am: PRESERVE DENTAL. BY APPOINTMENT. Under it, a window box of red geraniums that has outlived three mayors."
    "My mother has been coming here for twenty years. Today, for the first time, she asked me to come with her."
    noah neutral "She said it was because the Seven is on diversion. My mother spent thirty-four years fixing trams. She knows every diversion in this city by heart."
    noah sad "So either she's getting old, or she's scared. I haven't decided which one I'd rather."

label .reception:

    scene bg preserve_reception with dissolve
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed
    show mara neutral at left
    show leo happy at right
    with dissolve

    "Leo meets us at the door the way he has met her for the last ten years, as if we're the appointment he's been looking forward to all week."
    leo "Mrs. Adair. And you've brought Noah. We're honoured."
    mara "He brought me. Diversion on the Seven."
    "The room smells of clove oil and floor wax. Behind the desk stands a walnut cabinet of paper charts, hundreds of manila tabs, and a clock ticks over it like it's paid by the tick."
    play sound "audio/sfx/drill.ogg"
    "Somewhere past the inner door a drill is singing. An actual drill. I didn't know they still made that sound."
    mara worried "Who's in there?"
    leo neutral "Mr. Vance. Dr. Hawthorne is being careful with him, and he is being particular with her, so it's taking twice as long as it should."
    "My mother sits. Her thumb works at the arm of the chair, rubbing at nothing, and she keeps her jaw a little to the right, the way you hold a cup with a chip in the rim."
    "Leo sees it before I do. He crouches until his eyes are level with hers."
    leo worried "Is it the lower left again?"
    mara "It's a twinge. Comes and goes."
    leo neutral "Like the Seven."
    mara happy "Don't be clever, Leo, it doesn't suit you."
    leo happy "Then we'll show Dr. Hawthorne the twinge, and she'll tell it off. And after, the tea with the bergamot. I hid the last box from myself."
    "He doesn't take her hand. He just sets his own on the arm of the chair, near hers, and leaves it there until her thumb goes still."
    "I fit machines into people's mouths for a living. I've never once made anyone's thumb go still."

label .operatory:

    scene bg preserve_dental with dissolve
    show jonah happy at left
    show calla neutral at right
    with dissolve

    "Calla lets families in while she works. It's one of the rules she's never written down."
    "Three chairs, brass instruments laid out on linen, one good lamp. In Chair One, under the lamp, lies a man who looks like an advertisement for himself."
    "Chair Two is my mother's. Green leather, cracked along the left arm where her thumb has worried the same spot through twenty years of cleanings."
    jonah "Calla. Mirror, please."
    calla "You have had the mirror four times, Mr. Vance."
    jonah "And you've been right four times. Humour me for a fifth."
    "Dr. Calla Hawthorne hands him the mirror without a word. She is small and straight-backed, grey hair pinned like it's been told to stay, and her hands don't hurry even when the rest of her would like to."
    jonah surprised "The left lateral. It's warmer than the others."
    calla "It is the same shade as the other eleven. It sits in a different light, because it sits in a different place in your face. That is what faces do."
    jonah happy "Noah Adair! Ray's chip man. I've got the Mark Three in here, you know. Tell Asha it sings."
    noah happy "I'll tell her. She'll ask what key."
    "Jonah Vance founded Lumen at twenty-six and has been photographed smiling every day since. Today's upgrade is enamel-sheen veneers: designed overnight by an algorithm, placed by the steadiest hands in Caledonia Heights."
    show jonah gesture
    jonah "Machines design, Calla places. It's like having a sommelier pour. The wine's the same, but you taste the difference."
    calla worried "I removed four-tenths of a millimetre of sound enamel from each of those teeth this morning, Jonah. Healthy enamel. It does not grow back."
    jonah "Not yet."
    calla "Is it worth it? Your health, for a shade nobody else can see?"
    jonah neutral "Health is the floor, Calla. I don't pay you for the floor."
    "He laughs half a beat too late, a screen lagging behind its sound."
    jonah sad "You know what people see first? Before the name, before the company? Teeth. I was nine when a boy called me Tombstone. Some mornings I'm still nine."
    calla neutral "Everyone has a flaw in front, Mr. Vance. Most of us just call it a face."
    jonah happy "Put that on a mug and I'll invest."
    "He checks the mirror a sixth time on his way out, tilting it to find the light he wants. Passing Chair Two, he finds my mother instead."
    show jonah happy at slide_center
    show mara neutral at left, enter_left
    with dissolve
    jonah "Mrs. Adair. Honest opinion."
    mara "You look like you're about to sell me a tram."
    show jonah at hop
    jonah surprised "...That's good, right?"
    mara happy "Depends on the tram."
    hide jonah with dissolve

    "My mother climbs into Chair Two like she's getting into her own car. Calla pulls the lamp across and speaks to her before she touches her."
    calla "Mara. You're holding your jaw on the left."
    mara neutral "It's nothing."
    calla "Then I shall examine nothing, very thoroughly. Open, please."
    "Mirror, probe, a tap of the handle on each molar in turn. On the lower left my mother's eyes tighten. Calla sees it and says nothing, only makes a small mark on the chart."
    "She takes an image with a sensor older than some of my colleagues, and holds it to the window like a photograph of someone she used to know."
    calla worried "That filling is older than your son's driving licence. There's a shadow at the margin I don't love. Nothing I can treat today. Something I should like to watch."
    calla neutral "Noah's employer makes a device that would watch it for me, every hour you're not in this chair. I'm obliged to mention it. I'd be glad of it, frankly."
    mara "I don't need a snitch in my mouth."
    "Calla doesn't argue. She uncaps a fountain pen and writes in the chart, in ink, because everything at Preserve Dental is written in ink."
    calla "Then we shan't put one there. But if that tooth aches more than it does today, you ring me. Not the app. Not the pharmacy booth. Me."
    mara "I'll ring you."
    calla "Say it as though you mean it, please."
    mara happy "I'll ring you, Calla."
    "Calla looks at her a moment longer than she needs to, then at me. It isn't a look that asks me for anything. It's a look that says she's written it down."

label .the_wall:

    scene bg meridian_plaza with fade
    play music "audio/music/plaza.ogg" fadein 1.5
    play ambience "audio/ambience/expo.ogg" fadein 2.0 if_changed
    show mara neutral at midleft
    with dissolve

    "The Seven is still diverted, so we walk to Meridian Plaza and catch the Nine under the Health Wall."
    "A hundred metres of light, forty storeys up. It tells eleven million people the weather, the time, and what to want."
    wall "Good evening, Caledonia! Your city, your name. The renaming referendum closes in February: New Caledonia, or New Neo City? Make your voice heard!"
    mara "New Neo City. Sounds like a cough syrup."
    noah happy "It tested very well with the under-thirties."
    mara "Everything tests well with the under-thirties. They'd vote to rename the moon."
    wall "Lowline residents: free Smart Oral Enhancers, courtesy of Ray Bio-Dental and the SmarTeeth network. Fitted in four minutes. Free for life. Data-sharing terms apply."
    "On the Wall a grandmother the size of an office block smiles, and a grain of light settles between her teeth like a seed."
    mara "Data-sharing terms apply. There's the whole sermon, in small print."
    "Then she goes quiet and watches the grain of light three times round the loop. The Nine is due, and she doesn't look at the board once."
    mara worried "You fit those. All day."
    noah neutral "Most days."
    mara "Does it hurt?"
    noah "Less than the Seven's brakes."
    "She almost smiles. Then she turns to me properly, as she used to when I came home with a note from school."
    mara "Straight answer, Noah. You're the expert. Should I get the chip?"

    menu:
        "Get it, Mum. Please. I'd sleep better.":
            $ adjust("trust_machine", 1)
            $ told_mom = "get it"
            jump .get_it
        "It's your call. It always has been.":
            $ adjust("trust_human", 1)
            $ told_mom = "your call"
            jump .your_call

label .get_it:

    noah worried "Calla saw a shadow. A chip would watch it every hour. It would ping Calla before it ever hurt you. Get it, Mum. Please. It's four minutes. I could do it myself."
    mara neutral "You'd sleep better."
    noah "I would. Please, Mum. Is that so bad?"
    mara "It's a reason for you, love. It isn't one for me."
    "She says it kindly, which is worse."
    mara sad "I don't need a snitch in my mouth. I told Calla the same."
    mara neutral "You sound like the Wall. No. You sound like your father. He bought the first of everything. First phone that talked back, first car that drove itself into a canal."
    noah sad "That was the car's fault."
    mara happy "That's what he said."
    mara neutral "Let the city pick its name first. If it's still Caledonia come spring, I'll think about your chip."
    "It isn't a yes. I know it isn't a yes. I could push, and I know exactly where. I've talked harder cases than her into a four-minute fitting."
    "I don't. It's her mouth. The Nine comes in, and she takes my arm to climb aboard, which she has never once needed to do."
    jump .funeral

label .your_call:

    "She looks at me for a long moment, as though I've said something in a language she used to speak."
    mara surprised "Your call. Huh."
    mara neutral "The doctors say 'we recommend'. The Wall says 'make your voice heard'. Your father said 'trust me'. You're the only one who ever says that to me."
    noah neutral "I mean it."
    mara happy "I know you do. That's why it's worth something."
    mara neutral "Then no. I don't need a snitch in my mouth. Nobody in there but me and my fillings."
    "She takes my arm, which she has never once needed to do, and we get on the Nine."
    "It feels, at the time, like the most respectful thing I've ever said to her. I'll feel good about it until February."
    jump .funeral

label .funeral:

    scene bg funeral with fade_slow
    stop ambience fadeout 2.0
    play music "audio/music/grief.ogg" fadein 3.0
    centered "{size=+16}February 2044{/size}"

    "The molar went bad in January. Quietly, the way she'd have wanted it to."
    "She didn't ring Calla. She didn't ring me. She told the woman next door it was a cold, and took tea with bergamot to bed."
    "By the time the fever came the infection was in her blood. Sepsis, the doctors said, in the voice people use for words they say too often. Four days from the fever to the end."
    "The same week, the city voted to change its name. Her death certificate says New Neo City. She never lived there a day."
    if told_mom == "get it":
        "I told her to get the chip. I said please. I said it twice. I never said it a third time."
    else:
        "I told her it was her call. She made it. I keep trying to find the part where that was wrong."

    show leo sad at right, enter_right
    with dissolve
    "Leo holds an umbrella over me for the whole service and gets soaked down his left side doing it. He's brought geraniums. They are badly out of season."
    leo "We didn't know what else to bring. Don't ask what I paid for them."
    noah sad "She'd have asked. Then she'd have told you you were robbed."
    leo sad "She would. She did, most Tuesdays."
    "Julian, my old roommate, couldn't make it. He sent a gift code for forty minutes of Lullaby, SmarTeeth's full-immersion VR. The card said: For the grief. No pain, brother."

    show calla sad at left, fade_in
    with dissolve
    "Dr. Hawthorne stands at the back, under her own umbrella, in a coat older than the vote. She doesn't come forward. I don't go to her. In the end she comes as far as the path."
    calla "Noah. I am so very sorry."
    noah neutral "Did she ring you?"
    calla "No."
    "The rain fills the pause. Calla's knuckles are white on the umbrella handle. My mother's went white like that, on the arm of Chair Two."
    noah sad "She didn't ring me either. I suppose that makes us even."
    "Calla opens her mouth, closes it, and nods once. Then she goes, a small straight shape in the grey, and I watch the umbrella all the way to the gate."
    hide calla
    hide leo
    with dissolve

label .a_year_on:

    scene bg noah_apartment with fade_slow
    stop music fadeout 4.0
    centered "{size=+16}New Neo City, 2045{/size}"

    "My apartment faces the Wall, which is a mistake I make every morning."
    "On the shelf by the door sits my mother's brass depot badge: M. ADAIR, SEVEN LINE, BRAKES. I polish it when I can't sleep. It's very shiny."
    "My work tablet is already lit: thirty-six chips to tune in the Lowline, a firmware memo from SmarTeeth, three unread messages from Dr. Asha Ray. All three say only: Numbers."
    "I'm Ray Bio-Dental's field liaison. I put watchers in people's mouths, and then I explain them, and I am very, very good at both now."
    noah neutral "Nobody refuses me anymore. I've got a speech. It has a part about mothers."
    noah sad "I don't always use that part."

    return
