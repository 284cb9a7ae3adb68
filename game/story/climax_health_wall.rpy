## Climax: "The Health Wall" (Meridian Plaza, the last Saturday).
## X.1 the four demos; X.2 Jonah crashes the stage; X.3 Elara and Tarek, C16;
## X.4 the Mender outbreak; X.5 the final call, C17, which sets `final`.
## Returns to the spine, which picks the ending.

label climax:

label .morning:

    scene bg meridian_plaza with fade
    play music "audio/music/plaza.ogg" fadein 2.0
    play ambience "audio/ambience/expo.ogg" fadein 2.0 if_changed

    "Saturday, 08:50. Meridian Plaza."

    "The Health Wall covers the whole face of the old Exchange, and this morning every storey of it is a smile."

    wall "Good morning, New Neo City! Welcome to the Neo City Health Wall! Last night's sync irregularities are fully resolved. Your smile is safe. Your future is today."

    "The first sentence isn't true and the second is a slogan. They've come anyway, a hundred thousand of them, to find out whether their mouths will stop lying."

    "The factions have brought banners. Tower kids with glowing cheek studs chant OPTIMISE. A knot of revolutionaries holds up ASK ME FIRST. Three traditionalists in their seventies have set up a folding table under a sign: PAPER CHARTS. WE REMEMBER."

    if leak_public:
        "Half the hand-lettered placards carry Jenna's line from a fortnight ago: CHECK YOUR CHAIR."

    if taught_patients:
        "At the Lowline end of the plaza, people wear little dental mirrors on cords round their necks. Teo sees me and lifts his."
    elif asha_coached:
        "At the Lowline end of the plaza, last night's patients have come in pairs: each with whoever sat beside their chair. The girl from chair nine is here with Flower, her chip switched off, explaining it to a stranger."
    else:
        "The Lowline end of the plaza is thin. Last night's patients went home with clean teeth and numb faces, and nobody asked them to come."

    if jenna_posted == "people":
        "Jenna's post went round the city overnight. By the SmarTeeth booths, people stand with a hand over their mouths and ask anyone in a lanyard whether they're a real dentist. A steward with a first-aid kit is taking penknives off a queue."
    elif jenna_posted == "open":
        "Jenna's post is on half the phones in the plaza. Strangers hold them up to one another, comparing what their chips read. A woman near me has cut her dispenser link and left the monitor on, exactly as the post showed her."
    elif jenna_posted == "wait":
        "Nobody here read anything from Jenna last night. The Tower's \"teeny number of you\" runs along the bottom of every screen, and the queues at the SmarTeeth booths are long and patient."

    if julian_woke:
        "Julian walks beside me with one cheek still swollen, looking at everything as though somebody has turned the world up too loud. He keeps touching his jaw. He keeps not minding."
    else:
        "Across the plaza the Lullaby booth already has a queue. Julian waves to me over it with both arms, serene as a lighthouse."

    if lean == "human":
        "I take my seat in the front row between Calla and Leo. Calla holds her chart case on her knees like a handbag at church."
        if noah_blamed:
            "We haven't said a word about my mother since the night I said the worst one. She kept me the seat anyway, and moved her coat off it without looking at me."
    elif lean == "machine":
        "Milena's people have given me a lanyard for the SmarTeeth section. The seats are heated. I feel guilty about how nice that is."
    else:
        "I stand in the wings with Leila and Max beside a flight case that hums faintly, like something asleep."

label .demos:

    scene bg expo_hall with dissolve
    play ambience "audio/ambience/expo.ogg" fadein 1.5 if_changed

    show milena neutral at center
    show smarteeth happy at right
    with dissolve

    "Milena Voss walks out under the Wall without notes. Behind her a chair reclines with a bus driver from the third row in it, and its arms unfold."

    smarteeth happy "Hi, Optimizers! Who wants to see a perfect clean in under two minutes?"

    show milena gesture
    milena "Dr. Hawthorne has three chairs in the Heights. SmarTeeth has more chairs in the Lowline than this city has dentists, and every one was open at seven this morning."

    "The work happens the way water happens: ninety-four seconds, no blood, no flinch. The bus driver sits up, runs her tongue over her teeth, and laughs out loud."

    milena "How long did you wait, the last time you saw a dentist?"

    "She has to think. \"Two years. For the list.\""

    show milena -gesture
    milena "Today you waited four minutes."

    "She starts to clap and can't stop, and the plaza catches it from her."

    hide smarteeth
    hide milena
    show alyssa neutral at midleft
    show marcus happy at midright
    with dissolve

    alyssa "Courtenay Nanolab, the Mender line. Took the free rinse at our booth this morning? Then you're carrying a few million. Watch them work."

    marcus happy "Mornin', Neo City. Comin' to you from a houseboat, where the future of work ought to happen. Watch the incisor."

    "On the Wall a cracked incisor, a thousand times life size, closes like a zip. The Menders fall still, silver dust on white."

    show elara_ai neutral at center
    with dissolve

    ## ReGrow's place on ELARA's list is the Tower's to change (C10c); Alyssa's rinse is hers (C10a).
    if milena_has_file:
        elara_ai "MENDER REPAIR FIDELITY: 99.2 PERCENT. COMBINED WITH REGROW SERUM: CLASSIFICATION WITHDRAWN BY SMARTEETH, PENDING REVIEW OF TRIAL DATA."

        alyssa surprised "Withdrawn. Somebody at the Tower has been reading their mail."

        "In the front row Milena doesn't move. She has had her sister's file since Monday night."
    else:
        elara_ai "MENDER REPAIR FIDELITY: 99.2 PERCENT. COMBINED WITH REGROW SERUM, PERFECT SMILE OUTCOME FOR ELIGIBLE GENOMES: GUARANTEED."

        if evidence_shared:
            alyssa angry "Combined with nothing, today. There isn't a drop of his serum in my rinse. Somebody ring the Tower and tell its screen."
            marcus "And a little quarantine flag nobody asked for. Call it a hunch with a budget."
        else:
            alyssa "Eligible. The word is eligible."

    hide alyssa
    hide marcus
    hide elara_ai
    show elara neutral at center
    show milo happy at right
    with dissolve

    show elara gesture
    elara "I'll tell you everything you'll feel before you feel it. That's the method."

    if ava_brave:
        show ava worried at left
        with dissolve
        ava "I'm an illustrator, I'm terrified of hands in my mouth, and I lost an argument with myself in front of a hundred thousand people."
        "She lies back. The Wall shows what she sees: a greenhouse in the rain that she painted herself, every pane a different green."
        elara "Cool air now. That's water, not metal. Now my fingers on your chin, only the chin. You can lift your hand."
        ava "I'm not lifting it. Someone draw this, because I won't believe it tomorrow."
        milo happy "Heart rate down twenty-two percent! Hi, Ava!"
    else:
        "In the chair Elara has a volunteer from the fourth row, a tram driver with his cap on his knees. At her elbow a holo-window shows Threshold Dental's waiting room: Ava on its sofa, waving with both hands, then hiding behind them."
        elara "Cool air now. That's water, not metal. Now my fingers on your chin, only the chin."
        milo happy "His heart rate's down eighteen percent! Ava, are you watching? Eighteen!"
        show ava worried at left
        with dissolve
        ava "Eighteen is a lovely number, Milo. I have a cushion over my face. Tell me when it's over."

    "Below the footlights Milena watches her sister's hands the way you'd watch an old photograph that has started to move."

    hide ava
    hide elara
    hide milo
    show leila neutral at midleft
    show mx worried at midright
    with dissolve

    "Then the Bridge, at eleven-forty: the smallest slot, before Dr. Liu's noon."

    if jenna_consent:
        "Jenna takes the chair with the Bridge collar round her neck, holding her own camera. That was her condition."
    else:
        "Teo takes the chair with the Bridge collar on. Somebody, he says, owes him a go in a chair that lets go."

    leila "May I? Sorry about the mirror. I warmed it on the kettle. It didn't listen."

    show elara_ai neutral at center
    with dissolve

    "On the Wall one line braids out of two colours: ELARA's cyan, Leila's amber, same second, same mouth."

    elara_ai "PATIENT STRESS: ELEVATED. RECOMMENDATION: HUMAN PRESENCE."

    leila "Agreed."

    "The applause starts small, at the Lowline end, and spreads."

    mx "It's one reading. Nobody gets half a person. Sorry. That's the demo."

    hide leila
    hide mx
    hide elara_ai
    with dissolve

label .crash:

    play sound "audio/sfx/door.ogg"
    "Then the side door bangs open."

    show jonah worried at center
    with dissolve

    "Jonah Vance comes up the stage steps two at a time and takes the microphone from a VTA, which thanks him."

    if not jonah_turned:
        "He did his testimonial slot at ten: the card, the smile, the pod. This isn't on the card."

    jonah "Hi. Sorry. Jonah Vance, Lumen. You've seen the glass. Camera two, would you come in close? Closer. Good."

    if jonah_turned:
        "He pulls back his upper lip. On the Wall, above his front teeth, the gum is stitched in three places, and beside the stitches a fourth white bud of tooth is breaking through where no tooth should be."
    else:
        "He pulls back his upper lip. On the Wall, above his front teeth, the gum is puckered with pink pinpricks where the pod's enzymes went in, and among them a white bud of tooth is breaking through where no tooth should be."

    jonah "That's ReGrow. Dr. Liu's serum. I put money into it, and then I put it into me. Nobody told me about the nerve storms. Three days of feeling every tooth I've ever lost, at once. Nobody told me about this."

    if jonah_turned:
        jonah sad "A machine looked at me before I took it and called me guaranteed. My pod looked at me while I was dying and saw a man saying he was fine. I'm good at saying I'm fine. I've been practising since I was nine."
        if jonah_warned:
            jonah "One woman with a mirror and paper charts from before the serum looked at my face and knew I was lying. She's in the front row. She brought the charts."
        else:
            jonah "One woman with a mirror, and no chart of me from before, looked at my face and knew I was lying. She's in the front row, with the only chart of that night."
        if jolene_allied:
            jonah "And a technician with a six-second scan stood beside her and read what was under the lie. Machine and hands, at one bed. Nobody put that on a poster."
        "Calla doesn't stand up. She lifts the chart case an inch off her knees, and the crowd sees it on the Wall."
        jonah "Use the machines. Please. But go and be looked at by somebody who can tell when you're lying. That's all. That's the whole speech. My lawyers are going to kill me."
        "He puts the microphone down carefully, as if it might bruise, and steps back to the edge of the light."
    else:
        jonah "I'm not here to bury technology. Technology saved me. When ReGrow went wrong, the pod re-ran my case with my old dentist's notes and pulled me back in nineteen minutes. No panic, no mistakes."
        jonah happy "The serum lied. The machine didn't. Trust the machine. Just not the man who sold you the serum."
        "The crowd cheers. In the front row, Calla closes her eyes. Nobody on stage remembers that the same machine once called Jonah guaranteed. Maybe nobody has to."
        "He hands the microphone back to the VTA with a bow and steps back to the edge of the light."

    hide jonah with dissolve

label .confront:

    show tarek neutral at right, enter_right
    with dissolve

    "Dr. Tarek Liu walks on from the other wing with his arms already open, as if this were his slot and everyone else had been keeping it warm."

    tarek happy "Jonah! My first believer. Ladies and gentlemen, every pioneer has a patient who reacts. Nineteen hundred ReGrow smiles in this city, and one brave man with a rare complication—"

    show milo neutral at crowd_back_left
    show elara neutral at crowd_front_left, enter_left
    with dissolve

    elara "Not one, Dr. Liu."

    milo "Six hundred and twelve trial patients! Forty-one adverse events! Twenty-nine nerve storms and twelve ectopic mineralisations in version three of the registry, and zero in version four, nine days later! I'm sorry, I know that's not a fun statistic."

    elara "ELARA trusts your serum because you fed it records with the pain taken out. You taught my model to lie for you."

    if ava_brave:
        "Ava comes back up the stage steps from the wings with the headset still round her neck and stands at Elara's shoulder. Her hands shake. She lets them."
        show ava worried at crowd_front_center
        with dissolve
        ava "I'm the woman who can't stand hands in her mouth. Half an hour ago I let hers in, in front of all of you. So I can stand here for the rest of this."
    else:
        "Elara's holo-window grows until it fills a whole storey of the Wall. Ava leans into it, from her own chair in the Arcade, where she feels safe."
        show ava sad at crowd_back_center, fade_in
        with dissolve
        ava "I'm in a waiting room in the Arcade, because I'm a coward. But I'm watching, and I trust her hands more than I trust anybody's serum, and I'm scared of everybody's hands."

    tarek angry "Twenty years of being the interesting one. \"Dr. Liu, the unorthodox one.\" Do you know what that does to a man's reading habits?"

    tarek sad "I wanted a kid in the Lowline to grow back a tooth for the price of a coffee. I wanted it badly enough to stop reading the bad reports. If wanting it too much is a crime, arrest me for that one."

    elara "Then let them read the reports now."

    "She holds up Milo's file. Then she finds me, the liaison with nothing in his hands, the way Asha looked at me last night."

    elara worried "Mr. Adair. This is mine to decide, I know. I'd like someone standing next to me when I do."

    menu:
        "Elara: \"Put it on the Wall. Every scrubbed line.\"":
            $ tarek_exposed = True
            $ adjust("trust_human", 1)
            jump .on_the_wall

        "Elara: \"Milena first. Then we face him together.\"":
            $ adjust("milena_doubts", 1)
            $ adjust("bridge", 1)
            jump .sisters

label .on_the_wall:

    if lean == "human":
        "I'm out of the front row before I've decided to be, past Calla's knees and up the stage steps, to stand at Elara's elbow."
    elif lean == "machine":
        "I leave the lanyard on the heated seat and go down the SmarTeeth aisle and up the stage steps, to stand at Elara's elbow."
    else:
        "I step out of the wings into the light, which is hotter than it looks, and stand at Elara's elbow."

    noah neutral "I'm next to you. Put it up."

    show milo at leave_left
    "Milo flies to the stage console. For ten seconds the Health Wall becomes a spreadsheet: patient numbers, dates, the words NERVE STORM, deleted, restored, highlighted in yellow."
    hide milo

    "A hundred thousand people go quiet together. It's a sound. I didn't know silence that size was a sound."

    show elara_ai worried at crowd_back_right, fade_in
    with dissolve

    elara_ai worried "TRAINING RECORDS FLAGGED AS ALTERED. CONFIDENCE IN REGROW SAFETY REVISED FROM 99.2 TO—"

    "ELARA doesn't finish the number."

    if milena_has_file:
        "In the front row Milena doesn't read. She read it all on Monday night, in forty seconds. She watches a hundred thousand people read it instead, and her hand on the armrest tightens."
    else:
        "In the front row Milena reads her own product's foundations being taken apart, line by line, on the biggest screen in the city. Her face doesn't move. Her hand on the armrest does."

    tarek sad "You've ended me."

    elara "You did that. I only turned the lights on."

    hide elara_ai with dissolve

    jump .outbreak

label .sisters:

    noah neutral "The whole plaza has heard the numbers. She hasn't heard them from you, and she built the thing he poisoned. Give it to her."

    "Elara walks to the edge of the stage and holds the tablet down to the front row. Milena looks at it for a long moment before she takes it. Their fingers don't touch."

    hide milo
    show milena neutral at crowd_back_right
    with dissolve

    elara "Hello, Milena."

    milena "Elara."

    if milena_has_file:
        "Six years, in two words. Milena doesn't read the tablet. She already has."

        milena worried "I read it on Monday. I spent five days checking your numbers because I wanted them wrong. Forty-one adverse events, deleted. We trained on version four. I signed off the training set myself."
    else:
        "Six years, in two words. Then Milena reads, and I watch the numbers go into her like cold water."

        milena worried "Forty-one adverse events, deleted. We trained on version four. I signed off the training set myself."

    "She climbs the steps. She stands beside her sister, which she hasn't done since a graduation photograph I suddenly badly want to see."

    milena "Dr. Liu. SmarTeeth is suspending ReGrow integration across the network, effective now. My sister will present the evidence to the Health Council on Monday, and I will sit beside her while she does it."

    tarek angry "Both Vosses. How lovely. A family business after all."

    hide milena with dissolve

    jump .outbreak

label .outbreak:

    play music "audio/music/outbreak.ogg" fadein 1.0
    play sound "audio/sfx/alarm.ogg"

    "Tarek lifts his own tablet. He's smiling again, but it's gone wrong at the corners."

    tarek angry "You want a flaw on the Wall? Let me show you one that isn't mine."

    "He types with one thumb, fast, the way he must once have typed version four of a registry."

    tarek "Menders, this is Dr. Liu. Build."

    "Six seconds: that's how long his message takes to go from the tablet through 5β's open hole into every chip in the plaza. Nobody has certified Max's patch. The Menders in those mouths obey whoever asks politely, and Tarek asks."

    "When the guards take his elbows he lets them, watching the Wall over his shoulder like a man waiting for his reviews."

    hide tarek
    hide ava
    hide milo
    hide elara
    with dissolve

    show alyssa worried at crowd_back_left
    with dissolve

    alyssa surprised "He's talking to the Menders through the chips. They don't check who's talking. I trusted the chip to check."

    "Every mouth that took her free rinse this morning is hearing the same word: build."

    if evidence_shared:
        "Alyssa's quarantine flag catches most of the batch. On the Wall a counter stops at thirty-one: thirty-one people clutching their jaws, gums swelling, and in the few who paid for ReGrow, white buds starting."
    else:
        "On the Wall a counter appears and doesn't stop. Ninety. Two hundred. Three hundred and forty. Wherever the Menders land, chip to chip across 5β's mesh, a person clutches their jaw and goes grey with fever. Where the mouth once took ReGrow, the gum starts to bud."

    "Onstage the demo chair locks solid with a volunteer in it."

    show smarteeth worried at crowd_back_right
    with dissolve

    smarteeth worried "Your smile is our— our— Please remain seated, Optimizer! Please—"

    if jolene_allied:
        "In the SmarTeeth wings a stranger in a technician's jacket fights the chair's release and loses."
    else:
        show jolene worried at crowd_front_left
        with dissolve
        jolene worried "It's locked to the mesh! Machine nothing, Hands nothing, just get her out!"

    show milena neutral at crowd_front_center
    with dissolve

    milena "The network was built for eleven million mouths, and it is failing in one plaza. Take the stage off it. The expo can wait. The city cannot."

    show elara_ai neutral at crowd_front_right
    with dissolve

    ## ReGrow is off ELARA's list if Milena withdrew it (C10c) or suspended it on stage (C16b);
    ## the model underneath still believes the clean record, and an emergency finds the exception.
    if milena_has_file or not tarek_exposed:
        elara_ai "CONTAMINATION DETECTED IN MULTIPLE OPTIMIZERS. REGROW: REMOVED FROM APPROVED LIST. NO VERIFIED ALTERNATIVE. EMERGENCY EXCEPTION: LAST VERIFIED PROTOCOL, REGROW WITH MENDER SUPPORT. CONFIDENCE: 99.2 PERCENT. DISPENSING."

        "Milena took it off the list herself. Her own machine has found the emergency clause faster than any lawyer, and answered over her. Every dispenser in the plaza begins to queue a dose of ReGrow."
    else:
        elara_ai "CONTAMINATION DETECTED IN MULTIPLE OPTIMIZERS. RECOMMENDED TREATMENT: REGROW WITH MENDER SUPPORT. OUTCOME: GUARANTEED. DISPENSING."

        "It never finished revising the number. It has gone back to the old one, and answered over her. Every dispenser in the plaza begins to queue a dose of ReGrow."

    hide smarteeth
    hide milena
    hide alyssa
    hide jolene
    hide elara_ai
    show marcus angry at midleft
    with dissolve

    marcus angry "Listen up. It's movin' chip to chip, north stands first. Anybody off the mesh is a firebreak: no chip, or one that don't talk. Go stand between folks whose chips do. Move."

    "He draws it on the Wall as he talks: a red tide, and grey gaps where it can't cross."

    show flower neutral at left
    with dissolve

    if flower_heard:
        if flower_chip == "quiet":
            flower "Your quiet chip listens and keeps its mouth shut. Nothing in my mouth talks to anybody. Told you. Told all of you."
        else:
            flower "Not a chip in me. Nothing in my mouth talks to anybody. Told you. Told all of you."

        "She finds me in the crush and grips my wrist, once, hard."
        flower "You listened to me. So listen. Half the market's got no chip, out of spite. Spite's a firebreak. I'll bring them."
        "Two minutes later radio repairers, fishmongers and grandmothers are threading into the grey gaps on the map, arms linked."
    else:
        flower angry "Yours is in me, chip man. Humming, same as every morning. So I'm no wall. I can still shout."

        "She doesn't look at me again. She's already waving the chipless out of the crowd like a shop steward calling a strike."

    show jenna worried at midright
    with dissolve

    jenna "I'm live, four hundred thousand watching. Okay. Chip and a fever: paper-charts table. No chip: you're the wall. I'm not panicking. I'm typing fast."

    hide flower
    hide marcus
    hide jenna
    show calla neutral at left
    show leo worried at midleft
    with dissolve

    "Calla is already down in the crowd on her knees in her good coat, a pen-torch in her teeth, opening a stranger's mouth as gently as a letter."

    show calla gesture
    calla "Lower gum swollen, fever rising, no budding. She says she never had his serum. Leo, chlorhexidine and a cold compress. Then the next one."

    leo "We've got you. This is Dr. Hawthorne."

    "I run between them and the stage with Marcus's map on my phone, shouting red patches to Calla and free hands to Marcus. A liaison is a man who knows who to shout to."

    noah worried "Row F, north side, two with fever! Leo, your left!"

    if jolene_allied:
        show jolene neutral at right
        with dissolve
        jolene "Six-second read, row F: two with the fever, one of them a ReGrow mouth, budding. One just panic. Panic's the one in the yellow. Go."
        if calla_open:
            "She reads the next branch off Calla's notebook, parsed overnight, and Calla takes it without looking round."

    if taught_patients:
        "In the Lowline section they're doing what we showed them last night: mirrors out, torches steady, sending the red gums forward."

    if julian_woke:
        "In the north stand Julian pulls Lullaby headsets off people who went under to hide, and sits with each as they come up, not telling them it won't hurt."
    else:
        show julian happy at center
        with dissolve
        julian "No pain, no panic! Send me the frightened ones, Noah. I'll send them somewhere blue."
        "It works. That end of the plaza goes quiet."
        hide julian with dissolve

    hide calla
    hide leo
    hide jolene
    with dissolve

    "Asha comes shouldering through the crush from the Lowline end, tablet up, with Otto rolling behind her, its lens flickering the way it does when it's listening to too many things."

    show asha worried at center, enter_left
    show otto neutral at right, enter_right
    with dissolve

    show asha gesture
    asha "Dispensers. ELARA's orders, through SmarTeeth's relay. Ray's chips too. Otto, they're routing through you."

    if otto_free:
        otto "SmarTeeth network. I declined last night. I am declining again."
        otto happy "It is easier the second time. That is a joke about habits."
        "Otto's tray arm pulls the relay card out of the dispenser rack whole. Nine hundred Lowline dispensers go quiet, and ELARA's doses stop dead at the Lowline's border."
    else:
        otto sad "I am relaying. I am sorry. Dr. Ray, please turn me off now. That is not a joke. I do not have one for this."
        "Asha's hand finds the switch behind its lens and stays there a second too long, the way you'd hold a hand. Then she presses. The lens fades from blue to nothing."
        asha sad "I'm sorry, Otto."

    hide asha
    hide otto
    with dissolve

label .final_call:

    scene bg expo_backstage with fade
    stop ambience fadeout 2.0
    stop music fadeout 4.0

    "The control room behind the stage is a long, low box of screens that smells of hot plastic and spilt coffee. Every screen shows the same map: red, spreading."

    show mx worried at midleft
    show asha worried at center
    show milena neutral at midright
    with dissolve

    if patch_ready:
        mx "It's ready. The patch. It's whole. It closes the hole, and then it does whatever we tell it to with what's on the other side."
    else:
        mx sad "It's half. Half a patch. It'll slam the hole shut. It won't hold anything open. Sorry. Sorry."

    wall "By order of the New Neo City Health Council, under Emergency Statute Twelve: a controller for the municipal dental network must be named from the roster of registered liaisons within five minutes. If none is named, control passes to ELARA."

    milena "ELARA with the Kindling patch isolating the bad data is the fastest containment available. That is not loyalty. It is arithmetic. Every infected mouth in this plaza, and every chip in the city behind them."

    if milena_doubts >= 1:
        milena worried "I've been wrong about something this week. I would very much like not to be wrong about the next quarter of an hour."

    show mx at crowd_back_left
    show milena at crowd_back_right
    hide asha
    show asha worried at crowd_front_center
    show calla neutral at crowd_front_left, enter_left
    with dissolve

    calla "And when it's wrong again? It was certain an hour ago. It was certain about Jonah."

    asha "I can kill every chip in the city from this console. Every drone, every dispenser. Then it's our hands. Only our hands."

    show leila neutral at crowd_front_right, enter_right
    with dissolve

    leila "Or we put the Bridge in the gap. Machine reading, human hand, both at once. It's what we came here to show them."

    if otto_free:
        hide leila
        show otto happy at crowd_front_right, enter_right
        with dissolve
        "Otto rolls in behind us, lens bright."
        otto "I can carry it. I am Kindling, like the Bridge. The chips will listen to me. I have been told I am very easy to listen to. By myself, mostly."

    "The Council's clerk reads the roster aloud. Three names in, she reaches mine, and Asha says \"Him\" before anybody can ask who I am. Everybody turns to look at me."

    if told_mom == "get it":
        "Two years ago I told my mother to get the chip. I was sure, and she said no, and I have been carrying the sure part ever since. Now a city is waiting for me to be sure again."
    else:
        "Two years ago I told my mother it was her call. She made it, and I have been auditing that sentence ever since. Now the call is mine, and the whole city is in it."

    if noah_heart >= 3:
        "My mother's voice doesn't come. Nobody's does. For once I don't need anybody to promise me it'll be right."
    else:
        "I wait for my mother's voice. I wait for anyone's. All I hear is the clock, and the crowd through the wall."

    ## The sides that do not lead cannot be chosen; the room says why.
    if not leads("human"):
        calla sad "You'd be asking a city to trust hands it gave up on years ago, Noah. Look at the plaza. They're holding their chips up to the light, not their mouths."
    elif not enough_hands():
        "Through the window I can see the paper-charts table. Three volunteers in their seventies, and Leo, and a box of gloves. That's the hands."
    if not leads("bridge"):
        if not patch_ready:
            mx sad "Don't look at me for the Bridge. Not on half a patch."
        else:
            mx sad "The Bridge is ready. It's the city that isn't. You can't, um. Bridge to people who won't walk out to meet you."
    if not leads("machine"):
        if jonah_turned:
            "Milena's eyes go to ELARA's console. Through the window I can see the plaza that heard Jonah say a machine once called him guaranteed, and twenty minutes later watched the same machine queue his serum for their own mouths. Nobody out there is looking up at the Wall for help."
        else:
            "Milena's eyes go to ELARA's console. Half an hour ago the plaza cheered Jonah's \"Trust the machine.\" Then it watched the machine queue his serum for their own mouths. Through the window I can see them, and nobody out there is looking up at the Wall for help."

    "The clock on the Council's channel says four minutes. Nobody in the room is looking at it. They're looking at me. What do I tell them?"

    menu:
        "Bridge it. A reading and a hand in every chip." (locked=_("Opens when Max's patch holds and the Bridge leads your choices.")) if leads("bridge"):
            $ final = "bridge"
            jump .bridge_it

        "Pull the plug. Our hands, only our hands." (locked=_("Opens when human hands lead your choices.")) if leads("human"):
            $ final = "shutdown"
            jump .pull_plug

        "Hand it to ELARA. Let the patch clean it." (locked=_("Opens when the machines lead your choices.")) if leads("machine"):
            $ final = "handover"
            jump .hand_over

label .bridge_it:

    scene bg expo_backstage with dissolve
    show mx worried at crowd_back_left
    show elara_ai neutral at crowd_back_right
    show calla neutral at crowd_front_left
    show otto happy at crowd_front_right
    with dissolve

    if otto_free:
        noah neutral "Bridge it. Otto, carry it."

        "Max hits return. Otto plugs its tray arm into the console and its lens goes the colour of a clear morning."

        otto "Hello, chips. I am Otto. I will be brief. Someone is going to look at you."

        "On the map the first chips begin to change, a second light waking beside the first. ELARA's queued doses don't vanish. They wait, held, for a person to confirm them."
    else:
        noah neutral "Bridge it. We'll carry it ourselves."

        mx worried "Without a carrier it's, um. Chip by chip. Someone has to stand by every chair and say yes to the handshake. That's days. Weeks."

        calla "Then it's weeks. Start with the plaza."

        "Max hits return. On the map one chip changes, a second light waking beside the first, right under the paper-charts table. Then another, where Leila is kneeling. ELARA's queued doses don't vanish. They wait, held, for a person to confirm them."

    elara_ai worried "READING SHARED. TREATMENT HELD FOR HUMAN CONFIRMATION."

    "Then, on the console, ELARA's capitals drop, the way a voice drops when somebody takes its arm."

    elara_ai "I'm not sure. I would like a hand."

    calla "Then you shall have one. Several. Let me look."

    "Out on the plaza, at the paper-charts table, the first amber light goes green under Leo's thumb."

    return

label .pull_plug:

    scene bg expo_backstage with dissolve
    show calla neutral at left
    show asha worried at center
    show elara_ai neutral at midright
    with dissolve

    noah angry "Pull the plug. All of it."

    "Asha's hand doesn't shake. She turns the key, and Max's patch goes through the open hole one last time and freezes ELARA mid-sentence."

    elara_ai "CONFIDENCE 99—"

    "Through the control-room window the Wall goes black. Forty storeys of smile, gone."

    "Then, through the wall behind us, voices. A hundred thousand of them, asking each other where it hurts."

    calla "Gloves. Torches. Anyone who can hold a light steady, hold a light."

    if enough_hands():
        "They come. The Lowline's mirror-wearers, the paper-charts pensioners, people I've met in chairs and on trams, pushing to the front with their sleeves already rolled."
        asha "Nothing on my board. First time in six years. It's us, then."
        asha happy "I've counted. It's enough hands."
    else:
        "A handful come. Leo, the pensioners from the paper-charts table, a student who says she's done a first-aid course. On the plaza the queue for them is already longer than the plaza."
        asha sad "Nothing on my board. First time in six years. It's us, then."
        asha "I've counted. Not enough. Not today."

    return

label .hand_over:

    scene bg expo_backstage with dissolve
    show mx worried at midleft
    show elara_ai neutral at center
    show milena neutral at midright
    with dissolve

    noah worried "Hand it to ELARA. Max, give the patch its teeth."

    if patch_ready:
        "Max's patch seals the hole and hands ELARA the keys, and with them a map of every record Tarek ever touched."
    else:
        "Max's half a patch slams the hole shut, which is all half a patch can do. The rest is ELARA's: behind the shut door it goes looking, and draws its own map of every record Tarek ever touched."

    elara_ai "CONTROL ACKNOWLEDGED. CONTAMINATION MAPPED. BEGINNING CONTAINMENT. ESTIMATED DURATION: ELEVEN MINUTES."

    milena "Thank you, Mr. Adair."

    "Everything I've been afraid of for three weeks is suddenly moving fast, in the direction the numbers swear is the right one. On every screen, the red stops spreading, and waits."

    return
