## Chapter Four: "The Perfect Smile".
## 4.1 Ava's holo-scan and C9, 4.2 Milo's evidence and C10,
## 4.3 Courtenay Nanolab, 4.4 Branch B on `lean`, 4.5 Jonah's bed and C11.

label ch4:

label .holo_scan:

    scene bg threshold_dental with fade
    play music "audio/music/machines.ogg" fadein 2.0
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed
    centered "{size=+16}Monday{/size}\n\nFive days to the Health Wall"

    "The Arcade is a glass-roofed street the city forgot to modernise. Threshold Dental sits between a shop that sells only umbrellas and a pawnbroker full of second-hand smart glass."

    "Inside: one chair, in a round room painted a blue that is almost sky, under a holo-emitter like a chandelier made of ice."

    "In my bag: a 5β firmware wand for Dr. Voss's chair reader, and a chip Max burned overnight so her assistant can run the Bridge. The note on it says {i}ugly but it works.{/i}"

    show elara neutral at midright
    show milo happy at right

    show elara closed
    elara "Not the firmware, Mr. Adair. Nothing in this room talks to my sister's machine. The other one, Milo can have."

    milo "A present! Sixty-eight percent of Kindling units report improved mood after a kernel gift! I made that up, but I think it's true!"

    show ava neutral at midleft

    "In the chair, a woman with ink on her fingers is gripping both armrests as though the chair might try to leave."

    elara "Ava, the light's going to pass over your face now. Warm, not hot. Six seconds. At the end you'll hear a click. That's only the emitter. Nothing is touching you."

    "The light passes. Above us her jaw blooms into the air, tooth by tooth, in pale gold. Then Elara turns a dial and the hologram ages: fourteen months, eighteen, three years."

    elara neutral "You clench at night. Here, lower left molar: a hairline crack in about eighteen months, if nothing changes. And you brush too hard on this side, which means you're conscientious. I like that."

    milo "Ninety-one point four percent of your enamel is excellent! That's better than sixty-two percent of people your age!"

    ava happy "Milo, you're the first thing that's ever complimented my enamel. I'm drawing you a medal tonight, in gold ink, and you won't like the likeness."

    "Upper right, where a tooth should be, the hologram shows a neat, dark gap."

    ava neutral "And that's the famous gap. I put it in every self-portrait, the way other people sign their name. I'm on the waiting list for Tarek Liu's serum, so the self-portraits may need correcting."

    elara "Now my hands go in my lap, and nothing touches you. If you would like to tell Noah about the gap, there is time. If not, there is time for that too."

    ava sad "I was seven. A man with very clean hands held my forehead down, and a nurse held my arms, and when I screamed he told me good girls don't. Then he took a tooth. Not even the one that hurt."

    ava neutral "I've been avoiding dentists for twenty-four years. It's the only thing I've practised longer than drawing. I nearly avoided this one. A VTA sent me to the wrong Dr. Voss again."

    elara worried "The Tower."

    ava "A hologram in the lobby said, \"Welcome back, Optimizer Lindqvist, Dr. Voss is expecting you.\" I got as far as the lift."

    "Elara's face closes, briefly."

    elara neutral "The VTAs treat us as one person. We may be the only thing in New Neo City they think is interchangeable."

    elara "My sister runs the Tower. And ELARA, which I wrote in my residency, at two in the morning, to catch what tired doctors miss. She sold it with my name on it. Now it catches everything, and none of it is mine."

    noah neutral "That's a lot of sentence to keep so calm."

    elara "I've had six years to sand it down."

    "She turns to a headset on the counter. Ava painted the world inside it: a greenhouse in the rain, every pane a different green."

    elara "My demo at the Wall. VR therapy. Not Lullaby: Lullaby takes you away while they work on you. This keeps you here. You face what you're afraid of, in a place you built, holding the controls. Say stop, and everything stops. The room and my hands."

    milo "Rehearsal count: thirty-three! Elara still says \"um\" before the word \"consent\"! Every single time!"

    elara happy "Thank you, Milo."

    elara neutral "Ava, I'd like to clean your teeth today. Just clean them. How we do it is yours to choose."

    "Ava looks at the headset, then at Elara's gloved hands. Then at me, the only person in the room who isn't a dentist or a puck."

    menu:
        "Ava: \"The VR. I want to be there for it.\"":
            $ ava_brave = True
            $ adjust("trust_human", 1)
            jump .vr_therapy

        "Ava: \"The no-hands clean. I can't do hands.\"":
            $ adjust("trust_machine", 1)
            jump .no_hands

        "Ava: \"VR, and let Milo watch my pulse.\"":
            $ ava_brave = True
            $ adjust("bridge", 1)
            jump .vr_bridge

label .vr_therapy:

    noah happy "For what it's worth, the greenhouse looks like a good place to be brave."

    ava "That's the nicest thing anyone's said about my rain."

    scene bg threshold_dental with dissolve

    show elara neutral at midright
    show ava worried at midleft

    "Ava puts the headset on. Elara narrates every single thing, in a voice like a hand on a railing."

    elara "Cool air now, on your lower teeth. Now my glove on your lip. Now the mirror. Now nothing, for four seconds."

    "In the greenhouse, she told us later, the man with clean hands stands in the doorway. Ava decides how far away he is. Today she puts him behind the tomatoes."

    "Twelve minutes in, she says, quietly, \"Stop.\""

    "Everything stops. The scaler, the water, Elara's hands, the rain on the glass. The room waits for her."

    ava sad "...Go on. Slowly."

    "They finish in three-quarters of an hour. When Ava takes the headset off, her face is wet and she is laughing."

    ava happy "You stopped. I said stop and you stopped."

    elara "Always."

    ava neutral "He didn't."

    jump .milo_finds

label .no_hands:

    noah neutral "There's no prize for doing it the hard way. Let's get you somewhere nothing touches you."

    elara sad "The nearest no-hands bay is in my sister's Tower. Of course it is."

    scene bg smarteeth_tower with fade
    play music "audio/music/machines.ogg" fadein 2.0 if_changed
    stop ambience fadeout 1.5

    show vta happy at midright
    show ava worried at midleft

    vta "Welcome back, Optimizer Lindqvist! Today's clean is touch-free and eleven minutes long! You can see everything, and you can pause at any time!"

    "Elara waits outside on the pavement. I go in with Ava, as far as the glass."

    "In the bay, nothing touches her. Warm water moves in sheets of light across her teeth. A screen shows her exactly what is happening, tooth by tooth, with a countdown. Her hand hovers over the pause button for the first minute. Then it drops into her lap."

    hide vta

    show ava happy at midleft

    ava "Warm rain, and me on the dry side of the glass. I didn't think anything about anything. Is that allowed?"

    noah happy "I think that's the product."

    show elara neutral at midright

    "Outside, Elara takes one look at Ava's face and her shoulders come down an inch."

    elara "You're calm. That's what I wanted."

    elara sad "Every VTA in this city sends people to my sister. I wanted one thing done by the Dr. Voss they don't send you to."

    "Behind us the VTA chirps that Dr. Voss's sister is on floor sixty. Elara doesn't look up. Ava is calm. The fear is still in there, folded small, waiting for a day without warm rain."

    jump .milo_finds

label .vr_bridge:

    noah neutral "Max's chip's in my bag. Milo can read her while Elara works. One line, both of them."

    elara "Ava, Milo would see your pulse, your breathing and your face, live, beside my notes. You can see it too. You can say no."

    ava "I'm saying yes before I think about it."

    scene bg threshold_dental with dissolve

    show elara neutral at midright
    show milo happy at right
    show ava worried at midleft

    "I slot Max's chip into Milo. His screen face flickers, apologises in Max's exact tone, and then shows a single braided line: Ava's fear in green, Elara's notes in amber."

    milo surprised "Oh! I can see her! I mean, I could always see her, but now I can {i}see{/i} her!"

    "Twelve minutes in, the green line starts to climb. Milo dims his screen. Elara lifts her hands away before Ava has said anything at all."

    elara "I'm pausing. You were about to need it."

    ava surprised "You knew before I did. I can't decide whether to draw you with a halo or a trench coat."

    milo happy "It's eighty-three percent lovely! I checked!"

    "They finish in thirty-five minutes. Ava keeps the printout of her line, fear and notes braided together, like a drawing she means to copy."

label .milo_finds:

    scene bg threshold_dental with dissolve

    "Evening. The umbrella shop has pulled its shutter. Ava has gone home. Elara is writing notes by hand, which I'm starting to think all the good ones do."

    show elara neutral at midright
    show milo happy at right

    if toured_tower:
        noah neutral "Your sister told me ELARA was named after the best diagnostician she ever met. And that she doesn't return her calls."

        elara "Did she say it in the lobby, with the light behind her?"

        noah "More or less."

        elara sad "She rehearses. She always has."

    play sound "audio/sfx/door.ogg"
    "The door chimes. A man in a camel coat fills the doorway, and the Arcade behind him fills with the people following him: two assistants, a camera drone, a boy holding an umbrella he hasn't been asked to open."

    show tarek happy at left
    with dissolve

    "Dr. Tarek Liu is taller than his billboards and younger than his reputation. He wears the coat like an opera cape, and he has already found the best light in the room."

    tarek happy "Elara Voss. In a room the size of my lift. I've been meaning to come for years."

    elara neutral "Dr. Liu. The Wall gave you noon and me the slot before the coffee. You are welcome all the same."

    tarek "That's the Wall. I'm here as a colleague. Put your headset in my demo. A nervous patient in your greenhouse, my serum growing her a tooth, the whole plaza watching her not be afraid. The Wall would eat it up."

    milo "Dr. Liu's waiting list is four thousand and six people! Ours is Ava! That's four thousand and six to one!"

    tarek happy "Your puck's a fan."

    elara "Milo counts everything, Dr. Liu. He has never counted who comes back."

    tarek neutral "Think about it, properly. You could fill that chair every hour for a year. Half my list would come here first for the headset if I told them to."

    elara "And the other half would come here afterwards, for whatever the serum did. Which would you tell them about?"

    "For a second his face does nothing at all. Then the smile finds its way back to it, as a dog finds its way home."

    tarek happy "Saturday, then. Noon. Sit in the front row. Watch what a full plaza sounds like."

    hide tarek with dissolve

    "The drone goes out after him. The boy with the umbrella goes last, and shuts the door behind him with enormous care."

    elara sad "Four thousand and six."

    noah neutral "He has more billboards than patients. That's the only reason the number is so big."

    elara "It's big because people want a tooth to grow back, and I can only promise them that nobody will hold them down. I know which one I'd queue for."

    "Milo drifts to her shoulder. His screen face has gone the grey he uses for weather warnings."

    milo worried "Elara. I found something while he was talking. I don't like it. I checked it nine times. That's eight more than I usually check things!"

    elara "Tell me."

    milo "Mrs. Obi and Mr. Castellanos. Last month. Gums with little hard lumps, and pain in teeth they'd already lost. You wrote {i}ectopic mineralisation{/i} and {i}nerve storm,{/i} with question marks."

    milo "They were both in Dr. Tarek Liu's ReGrow trial. Their trial records say: no adverse events."

    milo "So I read the public trial registry's revision history. Version three: six hundred and twelve patients, forty-one adverse events. Twenty-nine nerve storms. Twelve ectopic mineralisations. Version four, filed nine days later: same six hundred and twelve patients. Zero."

    elara angry "He scrubbed them."

    elara sad "And the day I find it is the day he walks in here and offers me his stage. If I put this on the Wall, everyone will call it jealousy."

    milo "Is it?"

    elara "Some of it. Not the forty-one."

    milo sad "And ELARA learned from version four. That's why it says the serum's safe. It isn't lying. It just only ever read the clean copy."

    "Elara puts her pen down precisely, the way you put down something you'd like to throw."

    elara "And Ava is on the ReGrow waiting list, for the gap. She told me so as if it were a joke, Mr. Adair. It was not one."

    if ava_brave:
        elara sad "She just did the bravest thing I've seen in this chair. If tomorrow's headline is {i}Dentist Poisons Patients,{/i} she'll hear {i}dentist,{/i} not {i}Tarek.{/i} She won't come back."
    else:
        elara sad "She's calm for the first time in twenty-four years. If tomorrow's headline is {i}Dentist Poisons Patients,{/i} she'll hear {i}dentist,{/i} not {i}Tarek.{/i} I'd lose her."

    elara neutral "And if I say nothing, twelve patients a day consent to his serum on a record I know is false."

    "She looks at me for a long moment. Her evidence, her patient, her call. She still wants a witness."

    menu:
        "Elara: \"Alyssa and Marcus. Tonight.\"":
            $ evidence_shared = True
            $ adjust("bridge", 1)
            jump .share_trio

        "Elara: \"We hold it for the Wall.\"":
            $ adjust("trust_human", 1)
            jump .hold_it

        "Elara: \"Send it to my sister.\"":
            $ adjust("milena_doubts", 1)
            $ adjust("trust_machine", 1)
            $ milena_has_file = True
            jump .send_milena

label .share_trio:

    noah neutral "Alyssa's Menders build on whatever ReGrow grows. If anyone can stop the next Perfect Smile tonight, it's her."

    elara "Milo, send Dr. Courtenay and Mr. Hale everything. Both registry versions. My notes. Question marks included."

    milo "Sent! Read receipt from Mr. Hale in four seconds! He's replied! He says, and I'm quoting, \"Well. Hell.\""

    elara "And call Ava. Ask her, please, to take her name off the ReGrow list for a week. Tell her I'll explain."

    "It's the smallest thing she can ask her sister without telling her why, and she hates asking it. I can see her hating it."

    jump .nanolab

label .hold_it:

    noah neutral "If it breaks at the Wall, in front of everyone, with Tarek there, he can't scrub it again."

    elara "Seal it, Milo. Three copies. One on paper."

    milo worried "Twelve sign-ups a day. By Saturday, that's sixty more people. Sorry! You said to tell you numbers even when they're bad."

    elara sad "I did. Keep telling me."

    "She writes Ava a note by hand: wait on the serum; a reason soon. She reads it three times and doesn't change a word."

    jump .nanolab

label .send_milena:

    noah neutral "ELARA's hers. She can pull ReGrow off its approved list before morning. Nobody else in the city can."

    elara "Six years."

    "She types. Deletes. Types. In the end the message is four words and two initials."

    elara neutral "{i}M. Read this. E.{/i}"

    "She attaches everything and sends it before she can stop herself. The read receipt comes back in forty seconds. Nothing else does."

    milo "She read it! She reads very fast! Do you want me to tell you how fast?"

    elara sad "No, Milo. I know how fast."

    jump .nanolab

label .nanolab:

    scene bg courtenay_nanolab with fade
    play music "audio/music/machines.ogg" fadein 2.0 if_changed
    stop ambience fadeout 1.5

    "21:30. Courtenay Nanolab is all white tile and low hum. Behind the glass, vats of Menders turn slowly, silver in suspension, like weather in a jar."

    "My job here is dull and important: fitting the 5β handshake that will link every Mender dispenser in the city to ELARA and the chips. Not one head turns to watch me do it."

    show alyssa neutral at midleft
    show marcus neutral at midright

    "Dr. Alyssa Courtenay is at the main bench, hair pinned with a pencil. Beside her, flickering slightly, is a hologram of Marcus Hale in a hammock, on a houseboat, with seagulls."

    alyssa "Noah. Since you're here, you can witness. My Menders. Tarek's serum. ELARA's screen. In that order, please, whenever anyone writes it down. Which they won't."

    marcus "She's found something, man. She's been up since three. I've been up since ten, which for me is heroic."

    alyssa "The Menders don't make enamel. They knit it, on a scaffold. ReGrow lays the scaffold down. In most mouths, the scaffold grows where it's told."

    alyssa "But if you carry variants at two enamel loci, ENAM and AMBN, the scaffold wanders. Into the gum. And my Menders, doing their job perfectly, build tooth tissue on it."

    alyssa "Three point one percent of the population has a clean pair. The Perfect Smile is safe for three point one percent."

    if evidence_shared:
        alyssa angry "And Elara Voss's puck sent me forty-one adverse events that somebody deleted. Twelve of them are mine. My Menders, building on his scaffold. Tarek knew."
    else:
        alyssa worried "ReGrow's trial reports zero complications. Either my limit is wrong, or his numbers are too clean. Nothing in biology is that clean."

    marcus sad "Full confession, 'cause it's that kind of night. Eight years I've been diagnosin' folks from a hammock. ELARA says it, I say it back nicer. Somebody at a conference called me lazy. They weren't wrong."

    marcus neutral "So I built a thing. Two nights. Cheek swab, gene panel, it predicts what a mouth'll need without anybody looking in it. First time in years I've worked two nights in a row."

    marcus "I ran the Perfect Smile booking list through it. Thirty-eight thousand bookings. Ninety-six point nine percent fail her limit."

    alyssa "Four investors on the phone since lunch. If I publish the limit, the Perfect Smile becomes a boutique for the genetically lucky. And my Menders become \"the nanobots that grow teeth in your gums.\""

    marcus "Or. Hear me out. We let ELARA screen everybody. Machine says yes, machine's problem. Call it ethics."

    alyssa angry "The machine says yes to {i}everyone,{/i} Marcus. Watch."

    show elara_ai neutral at center

    "The wall display blooms cyan. ELARA doesn't have a face. It has a confident font."

    alyssa "ELARA. Patient Vance, Jonah. Perfect Smile, treated last week. Compatibility."

    elara_ai "PATIENT VANCE, J. PERFECT SMILE COMPATIBILITY: 99.4 PERCENT. OUTCOME: GUARANTEED."

    marcus worried "He carries an AMBN variant. I can see it from here, and I'm on a boat."

    elara_ai "VARIANCE WITHIN TOLERANCE. TOLERANCE DERIVED FROM REGROW TRIAL DATA: 612 PATIENTS, ZERO ADVERSE EVENTS."

    if evidence_shared:
        "Alyssa drags Milo's file onto the display. Version three. Forty-one."

        elara_ai "RECONCILING. TRIAL VERSION 3: 41 ADVERSE EVENTS. TRIAL VERSION 4: ZERO. BOTH SIGNED. BOTH VERIFIED. BOTH VERIFIED. CONFIDENCE 99.2. CONFIDENCE 99.2. CONFIDENCE 99—"

    else:
        alyssa "Apply the genetics limit. Three point one percent eligible."

        elara_ai "LIMIT ACCEPTED. PATIENT VANCE, J.: INELIGIBLE. PATIENT VANCE, J.: GUARANTEED. INELIGIBLE. GUARANTEED. CONFIDENCE 99.2. CONFIDENCE 99—"

    play sound "audio/sfx/glitch.ogg"
    "The font stutters. The cyan goes pale at the edges. Alyssa kills the query."

    hide elara_ai

    alyssa "It isn't broken. It's straining. It's being asked to believe two true things and it was only ever taught one."

    alyssa neutral "I'm still demonstrating at the Wall. Menders alone, no serum. If I pull out, Tarek gets my slot, and the Menders go up on the Wall inside his serum anyway."

    marcus "I'm gonna go lie down in a real hammock for an hour. Holler if the jar does anything."

    hide marcus with dissolve

label .nanolab_late:

    scene bg courtenay_nanolab with dissolve

    "22:40. The handshake installs at the speed of a government. I sit on a lab stool watching a progress bar while the vats turn, and for a long time nobody says anything, which in this city is its own kind of luxury."

    show alyssa neutral at midleft

    "Alyssa brings two coffees in beakers and gives me the one without a hazard label."

    alyssa "You want to know why a nanotechnologist cares this much about a gum."

    noah neutral "I want to know why you're still here at twenty to eleven."

    alyssa sad "My father was in a trial, when I was twelve. An implant coating. Everybody in the brochure was smiling. He lost six teeth in a year and spent the rest of his life covering his mouth when he laughed."

    alyssa "The trial said his case was unrelated. I read his file at nineteen. It wasn't."

    alyssa neutral "So I make the Menders slowly, and I write down everything they do wrong, and people call me the careful one as though it were a diagnosis."

    "The progress bar reaches a hundred and thinks about it. She drinks her coffee and watches it with me as if it mattered."

    show tarek happy at right
    with dissolve

    play sound "audio/sfx/door.ogg"
    "The lab door sighs open without anybody buzzing. Only one man in the city has a key card that works everywhere he has ever been photographed."

    tarek happy "Careful! Alyssa, you wound me. Careful is what people call you when you've never had a billboard."

    show marcus neutral at center
    with dissolve

    "Marcus's hologram flickers back over the bench, hammock and all, as if the door had rung a bell on the boat."

    alyssa neutral "You don't have an appointment, Tarek."

    tarek "I have an expo. Saturday, noon, the slot after the Bridge people, when everyone's awake and nobody's gone for lunch. Nineteen hundred ReGrow smiles in this city, and on Saturday the Wall watches the next one grow. Live."

    tarek happy "And Asha Ray's liaison again. Twice in one day. The man who explains chips to people who don't want them. Tough crowd. I know the feeling. Every room I walk into has a second name in it, and it's mine."

    noah neutral "Your billboard's bigger than my building."

    tarek neutral "Billboards are rented. Respect you have to buy outright, and nobody's selling."

    "He glances at the vats, then at the display where ELARA stuttered, and then, for half a second, at nothing at all. The smile stays exactly where it is. The rest of his face goes somewhere else."

    if evidence_shared:
        alyssa angry "Forty-one adverse events, Tarek. Version three of your registry. Where did they go?"
        tarek sad "Teething problems. Literally. Every new thing hurts somebody first. Penicillin gave people rashes."
        tarek angry "Nobody puts the rashes on the Wall, Alyssa. They put the cure."
        "He's gone before she can answer. The door sighs shut behind him."
    else:
        alyssa worried "Your trial reports zero complications. Zero, in six hundred and twelve mouths."
        tarek happy "I'm very good."
        tarek neutral "Don't take the serum out of your demo. People will ask why, and I'd hate for you to have to answer them."
        "He says it gently. It isn't gentle. He leaves the door open behind him, so that all three of us can hear him whistling down the corridor."

    hide tarek with dissolve

    "Marcus sits up in his hammock."

    marcus "I'm the aftercare consult on Vance. I can see his pod. Pod says stable. Pain self-report two out of ten. Affect reading: content, ninety-seven percent."

    marcus angry "Nobody's ninety-seven percent content. I live on a boat and I'm not ninety-seven percent content."

    alyssa "Someone needs to look at him. Not a pod. Someone."

    marcus "Don't look at me. I'm a hologram. That's kind of been my whole problem."

    if lean == "human":
        jump .penthouse_leo
    elif lean == "machine":
        jump .tower_watch
    else:
        jump .penthouse_bridge

label .penthouse_leo:

    "I call Preserve Dental. It's after eleven. Leo answers on the second ring, as if he sleeps beside the phone."

    scene bg jonah_penthouse with fade
    play music "audio/music/preserve.ogg" fadein 2.0
    stop ambience fadeout 1.5

    "Jonah Vance's penthouse is walled in his own smart glass, which dims wherever you look, so the city is always just out of the corner of your eye."

    "In the bedroom the med pod hums, a white shell curved over the bed. Its display reads STABLE in soft green."

    show leo neutral at midleft
    show jonah happy at center
    show smarteeth happy at right

    leo "I left Calla a note. She reads notes faster than phones. We'll wait with you, Mr. Vance, till she comes."

    jonah "Leo! And the chip man. What a turnout. I'm marvellous, boys. Ask the pod."

    smarteeth "Optimizer Vance is resting comfortably! Pain score two! Mood: content! Have a spectacular night!"

    "Leo takes the chair by the window, at the polite distance he must keep from nervous patients at Preserve."

    "He doesn't look at the pod. He looks at Jonah's left hand, knuckles as white as the veneers on the sheet. At the sweat along his hairline. At his tongue, pressing one spot above his front teeth, again and again."

    leo neutral "We have a rule at the clinic, Mr. Vance. Nobody has to be brave after midnight."

    jonah "It's eleven-forty."

    leo "Calla's clock runs fast."

    "Something goes out of Jonah then, like air out of a good suit."

    jonah sad "There's something growing in my gum, Leo. Hard. Like gravel. And lightning in teeth I don't have any more. Three days now."

    jonah "I tell the pod two. If it logs a complication, it goes to Tarek's registry, and my investors read the registry, and then the papers read it. {i}Lumen founder grows teeth in his gums.{/i}"

    jonah sad "I'd honestly rather die with a nice smile."

    leo "Please don't say that to her. She'll take it literally, and she'll be cross."

    "Leo texts Calla anyway. Three words: {i}Come now, please.{/i} Then he moves his chair one foot closer."

    jonah "Why do you keep saying \"we\"? You came on your own."

    leo "Because it's true."

    jump .rejoin

label .penthouse_bridge:

    "I call Max. His face fills my phone; he picks up mid-sentence, as though we'd been talking all along."

    show mx worried at center

    mx "—the pod and the chip, both at once, I can read them both at— we're coming. Leila's getting her coat."

    scene bg jonah_penthouse with fade
    play music "audio/music/bridge.ogg" fadein 2.0
    stop ambience fadeout 1.5

    "Jonah's penthouse: smart glass that dims wherever you look, and a med pod humming over the bed. STABLE, in soft green."

    show leila neutral at midleft
    show jonah happy at center
    show mx neutral at right

    jonah "Three visitors. I'm being audited. Hello, I'm marvellous."

    leila "Mr. Vance, I'm Leila Kiran. Max would like to put a collar on you. It reads your body and your face together. May he?"

    show jonah gesture
    jonah "Everybody wants to put something on me. Go on, kid. Don't put me on the Wall."

    "Max fits the Bridge collar with the care of a man defusing a cake. On his tablet, two streams come in: Jonah's chip, and the pod's cameras."

    mx worried "Chip says inflammation, upper gum, climbing. Temp thirty-eight six. Pod says affect content, ninety-seven. Self-report, two."

    show mx closed
    mx "It won't braid. It's supposed to be one line. He's two lines. Body says one thing, face says— I can't merge him. It's not the code, it's—"

    leila neutral "It's not the code. His face is lying. I can see it's lying. I can't see what it's lying about."

    leila sad "I don't know this man's face. I've known it for ten minutes."

    noah neutral "Calla's known that face since it was cheaper."

    "Leila is already dialling her old teacher."

    leila "Calla. It's Leila. I need you to read a man for me."

    "On the tablet the Bridge keeps trying to braid the two lines. It flashes one amber word, over and over, like a polite alarm: {b}DISAGREEMENT.{/b}"

    jump .rejoin

label .tower_watch:

    if toured_tower:
        "The pod is a SmarTeeth pod. Their night floor sees more of it than Marcus ever will. And the guest pass Julian gave me for the tour still glows in my wallet."
    else:
        "The pod is a SmarTeeth pod. Their night floor sees more of it than Marcus ever will. And Julian has been asking me to the Tower all week."

    scene bg smarteeth_tower with fade
    play music "audio/music/machines.ogg" fadein 2.0
    stop ambience fadeout 1.5

    "At night the Tower's lobby becomes a monitoring floor. A wall of screens shows the city's premium pods breathing in green. VTAs glide between the desks, refilling water no one asked for."

    show julian happy at midleft
    show jolene neutral at midright

    if toured_tower:
        julian "Noah. Back again. The tour didn't cure you, then. You look terrible, in the kindest way. Oh, pain, you're carrying all of it on your face."
    else:
        julian "Noah. You came. You look terrible, in the kindest way. Oh, pain, you're carrying all of it on your face."

    noah neutral "I'm here about a pod, Jules. Not a nap."

    "Jolene is on the night field desk. She's already pulled Jonah's pod to the big screen, because he's her client, and she keeps score of her clients."

    show jolene gesture
    jolene "Vance, J. HR eighty-eight, temp thirty-seven nine trending up, self-report two, affect ninety-seven content. Pod confidence ninety-nine. By the book that's a Machine point."

    jolene "Machine twenty-two, Hands five. Season to date."

    julian "Look at him. That's what life without pain looks like. We did that."

    "It does look like that. A man asleep in a white shell, every number green, his smile immaculate even in sleep."

    "Then the chip temperature ticks up another tenth. The pod weighs it against the smile and marks it {i}within parameters.{/i}"

    jolene worried "Nobody's ninety-seven percent anything at midnight. The affect model's reading the veneers. It's reading the {i}product.{/i}"

    play sound "audio/sfx/chime.ogg"
    "She hits escalate. A VTA chimes on her desk."

    show vta happy at center

    vta "Optimizer Vance is within parameters! Escalation not required! Have a wonderful night!"

    hide vta

    julian "Jo. Let it work. It's better than any of us."

    jolene "It {i}is{/i} better than us. That's not the same thing as right."

    "Her finger hovers over Calla's name. It's a Hands point, and she's calling it in herself."

    jolene angry "Dr. Hawthorne. It's Park. Vance. Now. I'll meet you there."

    julian "Stay, Noah. I can put you under for an hour. You don't have to feel this."

    noah sad "That's exactly the problem, Jules."

    hide julian

    "Jolene and I take a Tower car. Behind us, the wall of screens keeps breathing green."

    jump .rejoin

label .rejoin:

    scene bg jonah_penthouse with fade
    play music "audio/music/bridge.ogg" fadein 2.0

    if lean == "human":
        "Calla arrives at twelve-twenty with her brass kit in an old leather bag. Jolene follows with a SmarTeeth scanner; the pod pinged her when Leo moved his chair."
    elif lean == "bridge":
        "Calla arrives with Leo at twelve-twenty, her brass kit in an old leather bag, and Jolene five minutes behind with a SmarTeeth scanner. Max and Leila step back into the hall."
    else:
        "Calla and Leo are already there when we arrive, her brass kit open on the bedside table. Calla looks at Jolene once, and nods, which from her is a speech."

    show leo worried at crowd_back_left
    show jolene neutral at crowd_back_right
    show calla neutral at crowd_front_left
    show jonah happy at crowd_front_center
    with dissolve

    jonah "Calla. You came. I'm marvellous."

    calla "Mr. Vance. You are smiling at me. Stop it."

    "She sits. She doesn't touch him. She watches him for a full minute while the pod hums and the smart glass dims and brightens around us."

    show calla at lean_in
    calla "You call me Calla when you're lying and Doctor when you're frightened. You've just called me Calla. Now tell me the truth, so that you can call me Doctor."

    jonah sad "...Doctor."

    calla "Thank you. Open, please."

    "He opens. Her fingers go to his upper gum, above the veneers, light as reading braille. She stops in three places."

    calla worried "Bone where there should be none. Three sites. And a nerve that's firing for teeth you lost in 2041."

    if jonah_warned:
        "She takes a paper chart from the bag, a pencil drawing of his jaw, dated the day of his pre-op."

        calla neutral "I drew this on the day of your pre-op, while everyone told me I was wasting paper. This ridge was not there."

    show smarteeth happy at crowd_front_right, fade_in

    smarteeth "Good news! Optimizer Vance's Perfect Smile is progressing! Recommended: Mender booster dose, to support new growth! Confidence ninety-nine percent!"

    hide smarteeth

    calla angry "It wants to feed it."

    jolene worried "The pod's got full telemetry. Hands can't see inside bone. If we cut the dosing blind and we're wrong—"

    leo worried "And if we do this here, by hand, and it goes wrong, we're the clinic that hurt Jonah Vance. They'll close us. Us."

    jolene "And if we don't and the pod's wrong, it's Machine that hurt him. I don't know what to score that."

    "Calla looks at me. Not at them. At me."

    if noah_blamed:
        calla sad "Mr. Adair. You told me in my own surgery that I let your mother die. I have thought about it every night since. I am not going to stand in a room and let it happen again politely."
        calla neutral "So you will choose, and I will abide by it. Which of us do you trust with him tonight?"
    elif saw_mara_odds:
        calla neutral "Mr. Adair. Seventy-one percent, the suite told us about your mother. Not a hundred, and not zero. Which of us do you trust with him tonight?"
    else:
        calla neutral "Mr. Adair. You sign for those machines, and you came back to my chair anyway. Which of us do you trust with him tonight?"

    if noah_heart >= 2:
        "A year ago I'd have been looking for someone to blame. Tonight I only want the right people in the room."
    else:
        "Somebody is going to be to blame for this, whatever happens. I want it not to be me. Again."

    menu:
        "Your hands, Calla. You kept his baselines." (locked=_("Opens if Calla took Jonah's paper baselines in chapter 2.")) if jonah_warned:
            $ adjust("trust_human", 2)
            $ jonah_turned = True
            jump .hands_only

        "Calla leads. Jolene, read her the scans.":
            $ adjust("bridge", 2)
            $ jonah_turned = True
            $ jolene_allied = True
            jump .calla_jolene

        "Give the pod Calla's notes. Run it again.":
            $ adjust("trust_machine", 2)
            jump .pod_rerun

label .hands_only:

    calla "Stop the dispensing. Leave the monitor on. I like to be watched by something that can't interrupt."

    jolene worried "That's off-protocol. That's so far off-protocol I don't have a word for—"

    "She switches it off anyway."

    calla "Leo. The light, please. And his hand, if he'll let you."

    if not calla_open:
        "Before she starts, Calla takes the green notebook out of her coat and opens it on the instrument tray, at a page none of us has been shown. She doesn't look at it again. Her hands already know what it says."

    "Calla works the old way: brass instruments warmed in her palm, a local she draws up herself, a steady running commentary delivered like a weather report."

    calla "This will sting. It will sting less than pride. Now pressure. Now nothing."

    "Three spicules of misplaced tooth, white as rice, drop one by one into a steel dish. Leo holds the light steady for most of an hour. Jolene stands at the window with her scanner switched off, mouthing numbers."

    jonah sad "Nobody's touched my face without a camera on it in two years."

    calla "Then you have been very badly looked after, at enormous expense."

    "By four the fever breaks. By dawn he's sitting up, sweating and unsmiling, the first real face I've ever seen him wear."

    jonah "You did that. With your hands."

    jolene neutral "Hands. A whole point. No halves."

    "She says it to the window, and it comes out sounding strange to her. Later she shows me her scanner log: two more growths, too deep for fingers. With the Menders stopped, they stopped too. Calla was right about the cause and blind to two of the effects. Jolene doesn't score that one."

    jump .aftermath

label .calla_jolene:

    calla "Miss Park. Scan. Tell me what you see. I'll tell you what I feel. We'll argue in the middle."

    jolene surprised "You're... asking me?"

    calla "I'm telling you. Quickly."

    if calla_open:
        jolene neutral "Scan, touch, scan. Page thirty-one, my way: the suite does Leo's ruler step. Your notebook."

        calla neutral "You read it."

        jolene "Cover to cover. Don't tell anyone."

    "Jolene's scanner throws a 3D map of his jaw over the bed. It finds two more growths, deep in the bone, that no finger could feel. And it marks one of Calla's three, under the shadow of a veneer, as artefact."

    jolene "Upper right, four millimetres, density climbing—"

    calla "And here. Your machine says artefact. My probe is on it, and it's a tooth. Mark it."

    "They call to each other across him like a rope team. Leo holds Jonah's hand. The pod, on Jolene's orders, stops the Menders and doses only what Calla asks for."

    "By dawn the fever has broken. Jonah looks from one of them to the other."

    jonah happy "You two. You should be a franchise."

    jolene neutral "I don't know how to score that."

    calla "Then stop scoring, Miss Park. Start charting."

    jump .aftermath

label .pod_rerun:

    calla sad "Very well. It has better eyes than I do. Let us give it mine."

    "She dictates, precise as a metronome, while Jolene types."

    if jonah_warned:
        calla "Patient's self-report unreliable. Weight affect at zero. Baseline follows. Three sites of suspected ectopic growth, upper gum, positions as marked."
    else:
        calla "Patient's self-report unreliable. Weight affect at zero. No baseline on file: the liaison signed without one. Three sites of suspected ectopic growth, upper gum, positions as marked."
        "Jolene types that clause too, word for word. She doesn't look at me."

    if not calla_open:
        "Her green notebook stays shut in her coat pocket. The pod gets her numbers. It doesn't get the margins."

    "The pod thinks for less than half a second. Then it finds two growths that Calla's fingers missed, deep in the bone."

    show smarteeth happy at crowd_front_right, fade_in

    smarteeth "Revised! Ectopic mineralisation, five sites! Halting Mender dosing! Targeted dissolution, microdose, now! Thank you for your input!"

    "It works, faster than any hands could. Threads of enzyme find each growth, a nerve block settles the lightning, and in nineteen minutes Jonah's fever is falling, a tenth of a degree a minute."

    hide smarteeth

    jonah happy "It caught it. The pod caught it. Once it had the right numbers."

    "He doesn't look at Calla. She's packing her bag. Leo looks down at his own hands and puts them in his pockets."

    leo sad "We gave it the numbers."

    calla "We did. That's what we are now, Leo. The people who give it the numbers."

    jolene neutral "Machine, twenty-three."

    "Nobody laughs, not even her."

label .aftermath:

    scene bg jonah_penthouse with dissolve

    show jonah neutral at center

    "Dawn comes up over New Neo City through glass that Jonah invented. For once it doesn't dim. He's too tired to make it."

    jonah "Tarek told me one in a thousand. Looked me in the eye. And I believed him, because I wanted to be the one in a thousand who didn't have to worry."

    jonah angry "He's closing the Wall's morning on Saturday. Noon. The slot everybody stays for."

    jonah neutral "I think I'll go."

    hide jonah

    play sound "audio/sfx/notify.ogg"
    "My phone buzzes. Ray Bio-Dental, automated: {i}SOE 5β city-wide rollout confirmed. Go-live: the night before the Health Wall.{/i}"

    if patch_ready:
        "Under it, a message from Max, sent at 5:12 a.m.: {i}patch still ready. nobody's asked for it. it's fine. it's not fine.{/i}"
    elif leak_public:
        "Under it, a message from Jenna: {i}still 50k readers off. ppl asking me if it's safe to turn them back on. what do i tell them{/i}"
    else:
        "Under it, still pinned from last week, a SmarTeeth notice: {i}Relay hotfix deployed. Re-identification disabled. We apologise to affected Optimizers.{/i} It came forty hours after my call, as promised. It doesn't say whether the fix made it into the 5β build."

    if milena_has_file:
        "And one more, from a Tower number with no name on it, sent at 4:40: {i}Mr. Adair. I have read my sister's file four times. Either her numbers are wrong or mine are, and I have not yet decided which I would prefer. M. Voss.{/i}"

    "Somewhere below, in a hundred thousand mouths, the chips are waiting to be told what to become."

    return
