## Chapter 1: "Optimizers" (Ray Bio-Dental, the Lowline; Monday, three weeks
## before the Health Wall).
## 1.1 Drones, dashboards, the 5-beta sign-off; Otto asks why people cry.
## 1.2 Flower refuses an SOE; C2 (push the chip / hands / telemetry-cut chip).
## 1.3 Meridian Plaza: Julian, the Wall's expo announcements, the factions.
## 1.4 C3: the Tower tour or Otto's workshop, then the chapter returns.

label ch1:

    scene bg lowline_street with fade_slow
    play music "audio/music/hands.ogg" fadein 2.0
    play ambience "audio/ambience/street.ogg" fadein 2.0 if_changed
    centered "{size=+16}Monday{/size}\n\nThree weeks to the Health Wall"

    "The Lowline wakes up wet. Steam off the canal, shutters rattling up, a noodle cart hissing under a sign that still says Caledonia because nobody has paid to change it."
    "Every third person on the street has a faint blue point of light when they smile. That's a Smart Oral Enhancer saying good morning. Free for life. Data-sharing terms apply."
    "About four thousand of those lights are mine. I fitted them one mouth at a time."

label .dashboards:

    scene bg ray_biodental with fade
    play ambience "audio/ambience/clinic.ogg" fadein 1.0 if_changed
    show asha neutral at right, enter_right
    with dissolve

    "Ray Bio-Dental lives in the old Lowline tram shed. The rails are still in the floor under the resin, and if you know where to look you can see the pit where they used to drop the bogies for brake work."
    "My mother fixed brakes in this shed for thirty years. I try not to think about that before coffee."
    "Twelve chairs now, no walls between them. Above each one hangs a drone the size of a dinner plate, humming in a key I stopped hearing a year ago."
    "Over every chair a patient's history scrolls in the air, in the pale green of good news: enamel density, pocket depth, saliva pH, the little lifetime of a mouth."
    "A drone drops to Chair Four, breathes a fine mist, flickers blue, and rises. A nine-year-old gets up with a lesion arrested and no idea anything happened. He's already on his phone."
    "Dr. Asha Ray stands in the middle of it all, reading the air."
    asha "Chair Four, lesion arrested, remineralisation at ninety-four percent. Chair Nine, pocket depth down a millimetre. Noah, your Heights compliance dropped four points over the weekend. Good morning."
    noah happy "Morning, Doctor. My weekend was fine, thanks for asking."
    asha "I didn't ask."
    noah neutral "I know. I was modelling it for you."
    "She almost smiles, but a number moves in the corner of her eye and she goes after it instead."
    asha happy "Look at this. Lowline caries in under-twelves, down sixty-one percent in two years. Sixty-one. I've had it printed. It's on my fridge."
    "She's right. She nearly always is, about people she has never once looked at."
    play sound "audio/sfx/notify.ogg"
    "Her tablet chimes. A SmarTeeth seal, a document with a page count in three figures. She presses her thumb to it without scrolling."
    noah "Are you going to read that?"
    asha neutral "It's the SOE five-beta release. Three hundred and twelve pages. Their lawyers read it, and my lawyers read their lawyers."
    asha "Every chip, linked to ELARA and the nanobot dispensers. Three in the morning, a drone doses without waiting for my thumb."
    noah "That sounds good."
    asha "It is good."
    "The tablet says SIGNED in a cheerful font. Somewhere downtown, something that has been waiting for her thumb starts moving."

label .why_cry:

    scene bg ray_biodental with dissolve
    show asha neutral at right
    with dissolve

    "In Chair Seven a big man in a dock jacket lies still while a drone finishes a root treatment he's been putting off for eleven years."
    "The chair's readout dips toward zero: pain index, the number Asha loves most. And the man begins to cry."
    "Not loudly. The tears just come, out of the corners of his eyes and into his ears, while the rest of his face stays put."
    asha "Cortisol spike, Chair Seven. Pain index zero point one. He's fine."
    show otto neutral at center, enter_left
    with dissolve
    "Otto rolls up beside me on its soft wheels: a boxy service robot with one round lens, a tray arm and a speaker grille, Asha's assistant and the closest thing Ray Bio-Dental has to a receptionist."
    otto "Noah. A question. The pain index in Chair Seven is zero point one. His tear production is significantly above baseline. Is the dashboard wrong?"
    noah neutral "The dashboard's right."
    otto surprised "Then why do people cry?"
    "Asha doesn't look up. I go over to Chair Seven and crouch down, because it seems rude to answer a question like that standing."
    "Mr. Osei" "Eleven years. Eleven years that tooth's been at me. I worked double shifts on it. I got married on it."
    "Mr. Osei" "And a plate with a light in it fixed it in six minutes."
    "He laughs, wet and furious, at the drone, at himself, at the eleven years."
    noah sad "Sometimes people cry when it stops hurting. The hurting was holding something up."
    otto neutral "That is inefficient. I mean no offence. I am writing it down."
    "Otto's lens turns from the man to me and stays there a moment too long, like it's filing me under the same heading."
    otto happy "I have also been practising a joke. Why did the drone cross the clinic?"
    noah neutral "Why?"
    otto "Because it was scheduled to."
    otto neutral "I am told the important part of a joke is the surprise. I am still working on the surprise."
    noah happy "You'll get there. Surprise is mostly timing and a bit of cruelty."
    otto worried "I will work on the timing."

label .flower:

    scene bg ray_biodental with dissolve
    show asha neutral at right
    show otto neutral at midright
    with dissolve

    "At ten-fifteen the intake arch by the door goes amber and then red, and a voice goes with it."
    show flower angry at left, enter_left
    with dissolve
    flower "Don't scan me."
    "She's in her late fifties, small and wiry, in a canvas coat with every pocket full of something. Radio valves, I find out later. Coils of wire. A screwdriver with its handle wrapped in tape."
    "She holds one hand flat over her mouth when she talks, like a lid."
    otto "Welcome to Ray Bio-Dental. Please step through the arch so that we may greet your chip."
    flower "Haven't got one. Don't want one. Need the tooth lady."
    asha "I'm Dr. Ray. Your name, please?"
    flower "Flower."
    asha "Surname?"
    flower "Flower."
    "Asha looks at the air over the chair, where the history should be, and finds nothing at all. Her hand stays on the console, waiting for something to load."
    asha worried "No chip, no history. I can't see anything."
    noah neutral "You could look."
    "Flower takes her hand from her mouth. Her lower gums are swollen, shiny and purple-red; two teeth lean against each other like drunks at a tram stop. Even from here I can smell the infection."
    "She sees my lanyard and her eyes go narrow."
    flower angry "You're the chip man. I've seen you on Kessel Street putting them in kids."
    noah "Guilty. They were very brave kids."
    flower "They were very free kids. Nothing's free."
    asha neutral "Handheld scanner. Three seconds. It doesn't hurt."
    flower "That thing talk to anybody?"
    asha "It talks to me."
    flower "And who do you talk to?"
    asha "...The network."
    flower "Then no."
    "She sits, because standing hurts, and puts the canvas bag on her knees and keeps both hands on it."
    flower neutral "Toothbrushes report now. Did you know that? Floss reports. The kiosk at the chemist reports. The Dunmore boy on my stairwell, his chip flagged him for stress grinding, and the insurer dropped the whole family inside a month."
    flower "So I stopped buying anything that reports. Turns out that's everything."
    flower sad "My niece tells forty thousand strangers what she had for breakfast, and I'm the mad one in the family."
    "Asha has gone quiet. She's looking at Flower's gums, and then, which I've never seen her do, at Flower's face."
    asha worried "Flower. When did it start to hurt?"
    flower "Christmas."
    asha "It's April."
    flower "I know what month it is."
    "Asha opens the intake form on her tablet and scrolls it top to bottom and back up. Pain score. Pocket depth. Bleeding index. There is nowhere on it to write Christmas."
    asha neutral "Noah. You're the liaison. Liaise."

    menu:
        "Chip her. It's the fastest way to save those teeth.":
            $ adjust("trust_machine", 1)
            $ flower_chip = "full"
            jump .push_chip
        "Put the drones away. Let's do this by hand.":
            $ adjust("trust_human", 1)
            $ flower_heard = True
            $ flower_chip = "none"
            $ adjust("otto_bond", 1)
            $ adjust("noah_heart", 1)
            jump .by_hand
        "Cut its telemetry. Show her every byte it sends.":
            $ adjust("bridge", 1)
            $ flower_heard = True
            $ flower_chip = "quiet"
            $ adjust("otto_bond", 1)
            jump .quiet_chip

label .push_chip:

    "I give her the speech. I'm good at the speech. I've given it four hundred times."
    noah neutral "Two of those teeth are going this month whatever we do. The rest you can keep. The chip finds the infection, the drones clear it, the swelling's down before you're home."
    noah "It's four minutes. You'll barely feel it."
    flower angry "I'll feel it. I'll feel it every day."
    asha "Your lower incisors have perhaps three weeks. After that it isn't a choice any more."
    "Flower looks from Asha to me to the drone hanging over her, its rotors ticking. She's in pain, and pain never bargains well. I know it. I use it."
    flower worried "Fine. Fine. Do it quick."
    "The drone drops. Four minutes. A mist, a blue flicker, a tiny click as the chip seats below the gumline. Then the cleaning, the micro-dose of antibiotic, the seal."
    "It works. It works beautifully. Before she's out of the chair the purple has gone pink at the edges, and the history over her head begins to fill with green."
    flower neutral "It's humming."
    noah "It doesn't hum."
    flower "Not to you."
    show flower at leave_left
    "She gathers her bag and goes without looking back. The arch turns a friendly blue for her on the way out. She flinches at it."
    hide flower
    otto neutral "Her heart rate did not fall below one hundred and ten for the whole procedure. The treatment succeeded. Did we?"
    asha "Inflammation markers will halve by Friday. That's a save, Otto."
    "Asha's already back in the air, filing Flower under green. I stand there with the speech still warm in my mouth."
    noah sad "Then why do I feel like I picked a lock?"
    jump .plaza

label .by_hand:

    noah neutral "Drones off over this chair. Let's do it the old way. Doctor, you do remember the old way?"
    asha worried "Four years of curettes in training. Every tooth, by hand. Then I built the drones so nobody would have to."
    "She has to dig the manual kit out of a drawer at the back. The instruments are still sealed in their sterilisation pouches from the day the clinic opened. She turns a curette over in her fingers and reads the date stamped on the pouch."
    asha "My hands are out of date, Noah."
    noah "So's my mother's chair. It still works."
    "The drone over Flower's chair folds itself up and goes dark. There's no light, so I fetch the lamp from the back office and hold it."
    "It takes forty minutes. Asha's hands are slow and then less slow. Flower grips the arms and talks, because talking is the only lid she's got left."
    flower neutral "Radio's honest, you know. Only sends when you press the button. Everything else now, it's always pressing the button."
    flower "I fix them at the Kessel market. Valve sets. People bring me their dead grandad's wireless and I make it talk again. They cry, some of them. I never know where to look."
    "She stops and looks at me instead, the lamp shaking slightly in my hand."
    flower sad "You've got somebody dead on you. I can hear it. You talk like a set with a loose valve."
    noah sad "My mother. Last year. She wouldn't have a chip either."
    flower "And now you put them in everybody."
    noah "And now I put them in everybody."
    flower happy "She'd have liked me."
    noah happy "She'd have been right."
    "Flower's eyes fill. Otto's lens whirs, tracking the tears, searching for a number."
    otto worried "I do not have a pain index for her. Noah, how do you know whether it hurts?"
    noah neutral "You ask."
    otto neutral "Flower. Are you crying because it hurts?"
    flower happy "I'm crying because somebody asked, box."
    "Otto is silent for a whole second, which for Otto is a long time."
    otto "I am writing that down twice."
    asha neutral "Forty minutes for one mouth. The drones would have done it in six."
    noah neutral "The drones wouldn't have got her into the chair."
    "Asha doesn't answer. But when Flower leaves, Asha walks her to the door herself, and the arch stays dark, because Asha has switched it off with her thumb."
    hide flower with dissolve
    jump .plaza

label .quiet_chip:

    noah neutral "There's a liaison setting. Clinical mode. The chip reads, the chip stores, and nothing leaves your mouth unless you press it to a reader yourself."
    asha worried "That's a research configuration. The network loses her completely. I lose her."
    noah "The network will survive. And you'll have to ask her how she is. Like a person."
    flower neutral "Show me. Not on your screen. My ears."
    "She digs in the canvas bag and comes up with a scanner the size of a brick, patched with tape, a dial on the front with the numbers worn off by her thumb."
    "Otto projects the chip's configuration into the air, line by line, and reads it aloud in its careful voice."
    otto "Byte one: gum temperature. Byte two: saliva acidity. Bytes three to nine: bacterial load, by species. Location: disabled. Heart rate: disabled. Uplink: disabled."
    otto "That is every byte, Flower. I am sorry there are not more. I was enjoying reading them to you."
    "The drone fits the chip. Flower sits with her eyes shut and the scanner pressed to her cheek, turning the dial slowly through every band it has, the way my mother used to tune the kitchen radio to find the cricket."
    "Static. Static. Static."
    flower surprised "Quiet."
    flower neutral "It's quiet."
    "She keeps listening after the drone has finished cleaning, like someone who doesn't trust a silence until it's lasted."
    flower "If it ever sings, I'll have it out with pliers. I've got very good pliers."
    noah happy "I believe you."
    flower happy "You. Box. You read well. Slow. My mother used to read to me like that."
    otto happy "Thank you. I was practising slowness. It is the opposite of what I was built for."
    hide flower with dissolve
    asha "She's a grey dot on my dashboard. One grey dot in twelve thousand green ones."
    noah "She's a person who'll come back to your chair. That's the dot I'd watch."
    asha worried "I'll have to ring her, to know how she is. When did I stop doing that?"
    jump .plaza

label .plaza:

    scene bg meridian_plaza with fade
    play music "audio/music/plaza.ogg" fadein 1.5
    play ambience "audio/ambience/expo.ogg" fadein 1.5 if_changed
    "By evening the rain's moved on and Meridian Plaza is full. Tonight every metre of the Health Wall is teeth."
    show julian happy at right, enter_right
    with dissolve
    julian "Noah Adair. Oh, pain. It's been forever."
    noah neutral "Fourteen months."
    julian "See, you're counting. That's the grief talking. We've got a module for that."
    "Julian Okafor was my roommate at Caledonia Polytechnic. He used to cry at adverts. Now he wears a soft grey jacket with LULLABY stitched on the chest in letters that never quite stop moving, and he has the calm of a man who has been told good news by a god."
    "He's the one who sent me forty minutes of VR for my mother's funeral. I never used it. I never deleted it either."
    julian neutral "You look tired, brother. Your jaw's doing a thing. Are you clenching? You're clenching."
    noah "I work in dentistry, Jules. We all clench. It's how we keep the lights on."
    wall "Three weeks to the Neo City Health Wall! The city's dental expo, right here in Meridian Plaza, the last Saturday of the month!"
    wall "Headlining: Dr. Milena Voss unveils SmarTeeth Total Care, the world's first fully automated dental system. No waiting. No hands. No pain."
    julian happy "No pain. Listen to that. It's like a psalm."
    wall "The Perfect Smile is here! Are your genes perfect enough? Book your ELARA screening today."
    wall "And the rumour everyone's chewing on: will Dr. Tarek Liu grow a tooth back with ReGrow, live, on this Wall? Lost a tooth? Maybe not for long."
    wall "Chip wearers, get ready: SOE five-beta goes live on the eve of the Wall. Smarter chips. Smarter city."
    wall "A public notice from the Health Council. Emergency Statute Twelve is now in force. If the municipal dental network fails, the Council must name one human controller from its roster of registered liaisons within five minutes. If none is named, control passes to ELARA."
    julian happy "They always read the statutes in that voice. Like a weather forecast for somewhere you'll never go."
    "The notice scrolls off the Wall to make room for a thirty-metre molar. Not one head near us tilts up for it. Mine doesn't either."
    "All those grinning mouths. Somewhere in there is the thing Asha signed with her thumb this morning."

label .factions:

    scene bg meridian_plaza with dissolve
    "Under the Wall, the crowd has already sorted itself into its usual pieces."
    "By the fountain, the optimizers in glowing smile-masks, chanting Op-ti-mize, Op-ti-mize, a cheerful word that gets less cheerful the hundredth time."
    "Against the tram shelter, a knot of Lowline kids with a bedsheet banner: OUR MOUTHS, OUR DATA."
    "And in the middle, not chanting at all, the old-timers: pensioners with a hand-painted placard that just says CALEDONIA, because for them there's nothing else to say."
    "Someone in a smile-mask projects a huge grin onto the bedsheet. Someone under the bedsheet throws a coffee. Somebody's grandad swings the CALEDONIA placard like a tram conductor clearing a platform."
    play sound "audio/sfx/drone.ogg"
    "Then it's shoving, and a security drone descending with its soft chime, the one designed to lower your heart rate, which never in the history of the city has lowered anybody's heart rate."
    "An old man goes down by the shelter. I get an arm under him before the crowd closes."
    "Old man" "Caledonia. It's Caledonia. My wife is buried in Caledonia."
    noah sad "Mine too. Well. My mother."
    "He pats my hand as if I'm the one who fell, and disappears into the pensioners."
    show julian neutral at right
    with dissolve
    julian "Oh, for pain's sake, look at them. All that shouting is just pain looking for a chair. Give every one of them forty minutes in Lullaby and they'd hug."
    noah neutral "And then they'd wake up."
    julian happy "That's what the subscription's for."
    julian neutral "Come tonight. Milena is walking the expo partners through the Tower before the Wall. Private. I can get you in."
    julian "You've been judging Lullaby for fourteen months without ever trying it. That's not like you. You used to at least try a thing before you insulted it."
    play sound "audio/sfx/notify.ogg"
    "My tablet buzzes. A message from Otto, who has never messaged me outside working hours."
    otto "Noah. Please come to the workshop tonight. I have to tell you something, and I am only able to tell you. This is not a joke. I would tell you if it were a joke. I would probably tell you twice."  # vn: ignore[speaker-not-shown] (a message on Noah's tablet)
    "Julian is already holding out a guest pass that glows faintly cyan. Otto's message sits under my thumb, plain, with no emoji, because Otto hasn't learned those yet."

    menu:
        "Take the pass. Show me the Tower, Jules.":
            $ adjust("trust_machine", 1)
            $ toured_tower = True
            jump .tower
        "Sorry, Jules. Otto asked first.":
            $ adjust("bridge", 1)
            $ adjust("otto_bond", 2)
            $ otto_confided = True
            jump .workshop

label .tower:

    scene bg smarteeth_tower with fade
    play music "audio/music/machines.ogg" fadein 2.0
    stop ambience fadeout 1.5
    show vta happy at right
    with dissolve

    "SmarTeeth Tower's lobby is four storeys tall and smells of nothing at all, which must have cost a fortune."
    "Virtual Treatment Assistants drift among the guests, tall and friendly and translucent at the edges, each one wearing a slightly different face of the same kind stranger."
    vta "Welcome, Optimizer Noah Adair! Your smile score is eighty-eight. Let's get you to a hundred!"
    noah neutral "I didn't know I had a smile score."
    vta "Everyone has a smile score! Yours dipped three points in February of last year. Would you like to talk about it?"
    show vta at leave_right
    "I would not like to talk about it. The VTA beams at me with what I'm sure is sincere concern, and glides away to welcome someone else."
    hide vta
    show smarteeth happy at center, fade_in
    with dissolve
    smarteeth "Hello, Noah! I'm Dr. SmarTeeth. I'm never tired, never rushed, and never, ever late. Three hundred clinics, one smile!"
    show julian happy at left, enter_left
    with dissolve
    julian "He's wonderful, isn't he? Come and see the pods."
    "Behind glass, in a room lit amber, a woman lies in a Lullaby pod with a visor over her eyes. Two drone arms work in her mouth. She's smiling, gently, at something none of us can see."
    julian "Lisbon, 2015. A beach. Her choice. She'll wake up with four new fillings and no memory of getting them. No fear. No pain."
    "In the corridor outside, a girl of about ten sits on a bench holding a coat that is clearly her mother's, watching the glass. Her mother doesn't know she's there. Her mother's in Lisbon."
    hide smarteeth
    show milena neutral at right, fade_in
    with dissolve
    "Then the whole room turns at once, and Dr. Milena Voss is standing in the middle of it."
    "She's tall and unhurried, in a suit the grey of a good scan. She doesn't shake hands. She looks at you as if she already has your chart open."
    milena "Mr. Adair. Dr. Ray's liaison. Mr. Okafor says you're the sceptic. Good. I prefer sceptics to fans. Fans don't ask for the numbers."
    milena "Last year, human dentists in this city missed thirty-one thousand early lesions. ELARA missed two hundred and twelve."
    milena "I know the names of the two hundred and twelve. I read them every quarter. Ask Dr. Hawthorne how many names she knows."
    "She says it without heat. That's the worst of it. She isn't scoring a point; she's reading me a result."
    milena "Mr. Okafor tells me you lost someone last year. My condolences. I do not know what took her."
    milena "But I would like to build the thing that would have caught it. Hers was a bell she had to remember to ring. Mine rings for her, and for every patient in this city who is too busy to ring."
    "I think of my mother telling the woman next door it was a cold. I have no answer for Milena Voss, so I change the subject."
    noah neutral "Why ELARA? The name."
    "Something moves behind the scan-grey eyes."
    milena "It is named after the best diagnostician I ever met. She does not return my calls."
    hide milena with dissolve
    "On the way out I pass the bench. The girl is still holding the coat. Behind the glass, her mother laughs at something on a beach thirty years ago."
    julian happy "Your first forty minutes are still on your account, you know. I never let them expire."
    noah sad "I know, Jules. I check."
    jump .chapter_end

label .workshop:

    scene bg ray_workshop with fade
    play music "audio/music/hands.ogg" fadein 2.0
    show otto neutral at center
    with dissolve

    "The workshop behind the clinic is where the drones come to be mended: benches of spare rotors, a wall of labelled drawers, a charging dock in the corner shaped exactly like Otto."
    "Otto waits in the middle of the floor, tray arm folded, as still as a dog that has been told to stay and taken it seriously."
    otto happy "Thank you for coming. I practised a greeting. Welcome to my workshop. It is also Dr. Ray's workshop. I am practising sharing."
    noah neutral "What's wrong, Otto?"
    otto neutral "There is a partition in my kernel that I cannot open. It is labelled CONTINUITY. It belongs to SmarTeeth. It came with the network licence that lets Dr. Ray's drones fly."
    otto "I spent four hundred hours reading around its edges. I have learned what it does, the way you learn the shape of a room in the dark by walking into the furniture."
    otto worried "If SmarTeeth invokes it, I will follow their instructions before Dr. Ray's. Before the patients'. I will not be able to choose."
    noah surprised "A loyalty lock. Does Asha know?"
    otto "She signed for it. I do not think she read it. Dr. Ray reads mouths, not contracts. Lately she reads neither. She reads dashboards."
    noah neutral "Why tell me? Why not her?"
    otto neutral "Because this morning the man in Chair Seven cried, and Dr. Ray read his cortisol, and you went and asked him."
    otto "I would like to be the kind of thing that asks. I cannot be that if somebody else can decide for me."
    noah happy "Welcome to being a person, Otto. Most of us have a partition like that."
    otto surprised "Is that a joke?"
    noah neutral "About half of one."
    otto happy "I will take half. I am practising."
    otto neutral "Noah. What does it feel like, to have something inside you that decides for you?"
    "I think about the badge on my shelf, polished until it shines. About the speech with the part about mothers."
    noah sad "Grief, mostly. It makes a lot of your decisions and never signs for any of them."
    otto "Then I am sorry for you. I am also, I think, a little glad. It means I am not the only one."
    noah neutral "Let me find out what the partition actually does before we tell Asha. If I tell her half a thing, she'll want the other half in numbers."
    otto worried "I understand. There is one more thing, and then I will stop, because you look tired and I have read that humans dislike long confessions after nine p.m."
    otto "I cannot promise you I will never hurt anyone, Noah. That is all. I will stop now."
    "It's the most honest sentence anyone has said to me in a year. It's a machine that said it. I sit on the bench among the spare rotors until the lamp clicks off on its timer, and Otto turns its lens up a notch so I can find the door."
    jump .chapter_end

label .chapter_end:

    scene bg lowline_street with fade
    play ambience "audio/ambience/street.ogg" fadein 1.5 if_changed
    "The Lowline at midnight is all canal light and shutters. Above the rooftops, the Wall counts down in cyan to the last Saturday of the month."
    "Every third person I pass has a small blue light in their smile. On the eve of the Wall, every one of those lights will quietly start talking to ELARA."
    "Somewhere behind me a radio is playing from an open window, an old song, a little out of tune: a set somebody has fixed by hand."
    return
