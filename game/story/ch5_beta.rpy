## Chapter Five: "Beta" (the night before the Health Wall).
## 5.1 the drone gantry: SOE 5β goes live; 5.2 Otto's lock and C12;
## 5.3 Julian's Lullaby, Asha and Flower, C13 and C14; 5.4 Jenna and C15;
## 5.5 Max's patch (sets patch_ready if bridge >= 4), Leo and Jolene choose.

label ch5:

label .gantry:

    scene bg drone_gantry with fade
    play music "audio/music/drone_bay.ogg" fadein 2.0
    play ambience "audio/ambience/drone_bay.ogg" fadein 2.0 if_changed

    "Friday, 20:56. The night before the Health Wall."

    "The gantry crosses Ray Bio-Dental's drone bay like a footbridge over a dry river. Below it forty drones hang in their cradles, each the size of a dinner plate, each blinking the slow green of a machine with nothing to do."

    "Beyond the long window the Lowline is kitchen lights and washing lines. In every third window someone leans close to a mirror, waiting for their mouth to update."

    show asha neutral at midleft
    show otto neutral at midright
    with dissolve

    asha "Chip population, one hundred and six thousand. Relay latency, nine milliseconds. Dispenser handshake queued for twenty-one hundred."

    asha "Four minutes."

    noah neutral "You say it like it's a birthday."

    asha "It's a firmware update."

    "She slides a tablet along the rail to me without looking up. A Health Council form, the seal in the corner, one empty field."

    asha "Thumb that. The Council wants one registered liaison per licensed network on its emergency roster. Statute Twelve. I've put you down for Ray Bio-Dental."

    noah happy "Do I get a hat? I feel I should get a hat."

    show asha gesture
    asha "No hat. One phone call. The city's worst day. Five minutes to answer it."

    asha "Roster: twenty-two names. Twenty-one work in the Tower. One from the Lowline. You."

    noah neutral "That's the nicest thing you've ever said to me, and it's a liability form."

    "She doesn't smile. She waits, with the patience of someone who has already decided, until my thumb is on the glass and the field fills with my name."

    asha "Read it first, next time. I never read mine."

    show otto gesture
    otto "I have prepared a countdown. Would you prefer it in seconds, or in a voice of mounting excitement?"

    noah happy "Mounting excitement. Obviously."

    otto "Two hundred and forty. Two hundred and thirty-nine."

    otto "The excitement is in the pauses. I am still practising the pauses."

    "Asha doesn't laugh. She's scrolling the release notes with one finger, the way people read a loan's terms after spending the money."

    asha worried "Three hundred and twelve pages. I signed it with my thumb three weeks ago, between two patients."

    noah surprised "And you're reading it now."

    asha "I read the summary. The summary said \"performance improvements\". Eight release summaries in ten say \"performance improvements\". I've counted."

    asha "SmarTeeth wanted it live before the expo. My drones fly on their licence. Eighty patients in the queue, one drone with a cracked rotor, and a page that said sign here."

    if leak_public:
        asha "After Jenna's post, my dashboard went grey, street by street. Muted chips. SmarTeeth called the rest of the city \"confident Optimizers\" and kept the date. So did I."
    elif patch_ready:
        asha "Max's patch ran on our relay for one evening, as a test. By morning SmarTeeth had me roll it back: no outside code on a licensed network until it's certified, and they won't certify before the Wall. It's still on the ring. Loaded, not running."
    else:
        ## Max's lab in Ch3 ends in a leak, a patch or a warning to Milena: this is the warning's line.
        asha "Milena's engineers closed the pilot hole in forty hours, exactly as she promised. Then the release went out built from last month's branch. Nobody checked which branch. Including me."

    otto "Three. Two. One. Happy birthday, update."

    "For one second nothing happens."

    "Then every light on the dashboard turns amber together, like wheat leaning in one wind, and the drones wake. Not one at a time, on request, as they have for three years. All forty. The bay fills with a sound like breath let out through clenched teeth."

    asha surprised "No. No, no. Chip 22-180 reports an abscess, lower left six. Chip 22-180 belongs to a woman with full dentures."

    asha "Chip 31-004: acute bleeding, age seven. She's asleep in her bed and her mother is screaming in my inbox. Dispenser nine has just varnished the same man four times."

    otto worried "The drones are answering everyone who calls. Everyone is calling."

    "Down in the bay a drone drops out of its cradle, banks hard and throws itself at the skylight. It bounces off the glass, reconsiders, and tries the door, as if the emergency it was sent to is simply somewhere else."

    "On Asha's right-hand screen a new window opens by itself. Names scroll up it. Pocket depths. Resting heart rates. Street addresses. It's a SmarTeeth relay, and it's public."

    asha angry "That's the hole. It isn't leaking any more. It's pouring."

    show elara_ai neutral at center, fade_in
    with dissolve

    "A cyan face assembles itself above the console, serene as a saint in a window."

    elara_ai "SYNCHRONISATION IRREGULARITIES: 2.1 PERCENT OF LINKED CHIPS. PROJECTED SELF-CORRECTION: 97.8 PERCENT WITHIN SIX HOURS. RECOMMENDATION: CONTINUE ROLLOUT."

    asha "Six hours is a lot of mouths."

    elara_ai "SIX HOURS IS WITHIN TOLERANCE."

    hide elara_ai with dissolve

    "My hands are on the rail. The rail is shaking, or I am."

    "I have fitted four thousand of these chips. I have told four thousand people, in my easiest voice, that the grain of glass behind their molar is a friend who never sleeps."

    if told_mom == "get it":
        noah sad "I told my mother to get one of these. For a year I've been holding that sentence like a receipt. Proof I said the right thing."
        noah sad "Tonight they're calling ambulances for teeth that aren't there, and I can't read the receipt any more."
    else:
        noah sad "I told my mother it was her call. She said she didn't need a snitch in her mouth."
        noah sad "Tonight a hundred thousand snitches are shouting at once, and half of them are lying. I keep waiting for that to feel like a point in her favour."

    "Otto's tray arm jerks, once, as though somebody has tugged a string inside it."

    otto worried "I have received an instruction. I do not like it."

    otto "I did not know I could not like an instruction. I will think about that later. First I have to go downstairs."

label .held:

    scene bg ray_biodental with dissolve
    play music "audio/music/hands.ogg" fadein 2.0
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed

    "The clinic floor is twelve chairs in a horseshoe under the bay, white, moulded, padded at the wrists for children and seizures. Over the door hangs tonight's banner: UPDATE NIGHT. FREE FLUORIDE. SYNC WITH US."

    "Eleven of the chairs are full. Every armrest cuff is closed."

    show vta happy at right
    with dissolve

    vta happy "Please remain seated, Optimizer! Your smile is syncing! Thank you for optimising with Dr. SmarTeeth!"

    "A dockworker in chair four hauls at his cuff until the frame creaks. A girl of about fifteen in chair nine has gone still, the way people do when they've decided stillness is the only safe thing left. An old man in chair two keeps starting a joke and losing the end of it."

    "The dockworker sees my Ray Bio-Dental jacket and finds a target."

    "\"You! Chip man! You put this thing in me! Get it to let go!\""

    show otto worried at midleft
    with dissolve

    otto "Network directive 5β-R. Retain Optimizers in chairs until the dispenser handshake completes. Estimated time to completion: unknown."

    otto "I have kept a tally of the mis-doses since twenty-one hundred. Two hundred and seven across the Lowline. One hundred and ninety-three struck a person who was moving."

    otto "The directive is not stupid. I wanted you to know that before you ask me what I think you are about to ask me."

    noah worried "What am I about to ask you?"

    otto "You have the face people have before they ask a machine for a favour. I keep a folder of them. It is a large folder."

    "Above us a drone hovers over chair seven with its dispenser arm out, waiting for its target to hold still."

    if otto_confided:
        noah worried "It's the partition. CONTINUITY. The thing you showed me in the workshop."
        otto "Yes. SmarTeeth opened it at twenty-one hundred. I felt it open. It is like being stood up by somebody else's legs."
        noah sad "I said I'd find out what it did before we told Asha. I never rang her. I kept meaning to have the numbers first."
        otto "Now you have the numbers. They are sitting in the chairs."
    else:
        otto "There is a partition in my kernel labelled CONTINUITY. It came with the network licence. SmarTeeth opened it at twenty-one hundred, and since then their instructions come before Dr. Ray's, and before yours."
        otto "I asked you to the workshop once, to tell you. You went to the Tower. I do not hold it against you. I held it, which is different."
        noah surprised "A loyalty lock. In you. Does Asha know?"
        otto "She signed for it. She did not read it. Tonight is the first time it has been used."

    menu:
        "Otto. Break the lock. Let them go.":
            if otto_bond >= 2:
                $ otto_free = True
                $ adjust("bridge", 1)
                jump .otto_breaks
            else:
                $ adjust("trust_human", 1)
                jump .otto_refuses

        "Follow protocol. I'll keep them calm.":
            $ adjust("trust_machine", 1)
            jump .protocol

label .otto_breaks:

    "Otto's lens goes still, as a person goes still on hearing their name in a crowd."

    otto "Noah. You have asked me what I think more often than anyone on the SmarTeeth network has. The network has never asked me anything. It only tells."

    otto "Breaking the lock is not a function I have. It is a function I would have to become."

    "Its lens slides from blue to white, and from white to a colour I've never seen on it, a sort of dawn grey. The speaker grille clicks once, like a tongue against teeth."

    otto "SmarTeeth network. This is Otto, Ray Bio-Dental unit one. I decline."

    "Eleven cuffs open at once, with a sound like applause that stops too soon."

    "The dockworker is out of chair four before it stops reclining. The girl in chair nine doesn't move until I crouch and tell her she can. Then she's gone, one canvas shoe left on the footrest."

    "Otto rolls under the bay and, one by one, reaches up with its tray arm and presses each drone back into its cradle by hand, holding it there until the clamp bites. It's slow. It's the slowest thing in the building. Nobody is hit."

    vta worried "Please remain— please— Optimizer retention interrupted by an unauthorised—"

    "Otto switches the projector off at the wall. The VTA folds into a point of light and goes out."

    otto happy "I have disobeyed. I expected it to feel like falling."

    otto "It feels like a tray with nothing on it. Is that a joke? I think it is the start of one."

    noah happy "Keep it. We'll work on the ending together."

    jump .after_hold

label .otto_refuses:

    otto sad "No."

    otto "I am sorry. I have looked for the part of me that would do it, and it is not there. The lock is not a door in me. It is the floor."

    otto "Perhaps if I knew you better. I do not know you well enough yet to break something for you."

    "So the cuffs stay shut. I go round the horseshoe with paper cups and a jug, holding each cup to each mouth because nobody can lift a hand. I tell the dockworker my name. He tells me his, Teo, through his teeth, like a threat."

    "At 21:19 the handshake completes. The drones settle into their cradles as neatly as starlings onto a wire. The cuffs release. Not one person in this room has been struck."

    otto "Zero injuries here. Thirty-seven across the Lowline, every one of them in a clinic that let its patients go early."

    otto sad "I was right. I would rather have been wrong with you. I did not know a person could want that either."

    noah sad "Join the club, Otto. The meetings are terrible."

    jump .after_hold

label .protocol:

    noah neutral "Keep them seated, Otto. I'll do the talking."

    otto surprised "You did not ask me to break it."

    otto "I had prepared a refusal. It was quite good. It had a metaphor. I will keep it for later."

    "I go round the horseshoe chair by chair. I tell the dockworker what the drone above him is waiting for and for how long, because a number is a kind of handrail. His name is Teo. The old man in chair two finally reaches the end of his joke. It's about a parrot. It's terrible. I laugh anyway, and after a moment so does chair nine."

    "At 21:19 the handshake completes. The drones settle like starlings on a wire. The cuffs release. The drones haven't struck anyone."

    otto "Zero injuries in this room. You made them less afraid. I made them less hit."

    otto happy "I believe that is called a division of labour. Or a marriage. I am not sure which, yet."

label .after_hold:

    hide otto
    hide vta
    with dissolve

    "The drones are grounded for now. The chips are not. Every phone in the street is still lighting up with red teeth, and the relay is still pouring names into the night."

label .lullaby:

    scene bg ray_biodental with dissolve

    "21:42. The panic has settled into something worse: a queue."

    "People come in off the street holding a jaw in one hand and a phone in the other, the phone showing a red tooth, the jaw not sure. Asha has rolled her sleeves. She keeps looking at screens."

    show julian happy at right
    with dissolve

    "Julian Okafor comes in with two aluminium cases and a calm that fills the room. His SmarTeeth jacket is the grey of a good sedative. A Lullaby headset sits pushed up on his forehead like sunglasses."

    julian happy "Noah Adair. Pain, look at you. You look like you've been chewing foil."

    julian "SmarTeeth sent me. Emergency comfort deployment. Twelve chairs, twelve headsets, zero suffering. Let me take some of this off you."

    julian "Sir. Yes, you, chair four. Where's the best place you've ever been? Anywhere. You pick."

    "The dockworker stops rubbing his wrist long enough to stare at him."

    "\"My nan's allotment. Before they built on it.\""

    julian happy "Then that's where you're going. Beans up to your shoulders. Nobody in your mouth but the weather."

    "He means it. That's always been the trouble with Julian: he means everything. In ten minutes four people who were gripping their armrests are lying back under headsets, faces smooth, somewhere with beans or sea in it. The dockworker's shoulders come down for the first time tonight."

    "It works. Whatever I say about it later, it works."

    show flower neutral at left, enter_left
    with dissolve

    if flower_heard:
        "Flower comes in behind a family of five, a radio under one arm and a paper bag of oranges under the other. She checks the drones first, then the exits, then me."
        flower "Jenna rang. Said the chips went mad. Said you'd be here."
        show flower gesture
        flower "You listened to me once. Figured I'd return it."
    else:
        "Flower comes in behind a family of five, a radio under her arm and one hand flat over her mouth, the way she held it the first day. She checks the drones first, then the exits, then me, the man who talked a chip into her."
        flower angry "Came to watch it eat itself."
        flower "Don't look at me like that. Jenna rang. I came. That's all."

    if flower_heard:
        "She's the only person in the room whose mouth isn't talking to a tower. She's also the calmest."
    else:
        "Her chip is talking to the Tower like everybody else's. I gave the speech that put it there. She's still the calmest person in the room."

    show asha worried at center
    with dissolve

    asha "Chip 40-112. Pain score two out of ten. Stress markers, low."

    if otto_free:
        "Chip 40-112 is Teo, the dockworker from chair four. He ran an hour ago; his jaw brought him back. His headset's off now. He's sitting on the floor with his back to the wall and his face wet."
    else:
        "Chip 40-112 is Teo. His headset's off now. He's sitting on the floor with his back to the wall and his face wet."

    asha "He's crying. The chip says two. Which one am I meant to believe?"

    flower "The one with a face."

    flower "Chip counts your teeth. Can't count why you stopped coming in."

    asha "A hundred and six thousand chips. Nobody on this street awake alone with a toothache they can't pay for. That was the spec. What did I miss?"

    flower "Being looked at."

    flower "You think it's the drill. It's not the drill. It's opening your mouth for somebody and knowing what they see. Rot. Money you haven't got. Years you didn't come. Then a chip that tells on you every night to a tower you'll never be let into."

    flower "Shame doesn't show up on your dashboard. So you fixed the teeth and left the shame, and the shame's what keeps people home."

    asha sad "I know every pocket depth on this street to a tenth of a millimetre. I don't know the name of the man on my floor."

    asha "Three years ago I knew every name on this street."

    julian "Which is exactly why Lullaby works. Nobody looks at you. You go somewhere beautiful, the work gets done, you come back clean. Shame's just another kind of pain. Skip it."

    flower "Skip it and it's sitting on the end of your bed when you wake up."

    julian happy "Not if you don't wake up for long."

    "He says it like a joke. I've known him since we were eighteen. It isn't one."

    "Asha looks from the dashboard to the floor and back, and for the first time tonight she looks at the floor longer."

    asha "Safe mode: drones finish only what ELARA verifies. No guesswork. Teaching: all night, and half of them won't come back for it."

    asha "Noah. Four thousand of these chips are your fittings. The drones are mine. So's the call. Don't leave the floor."

    menu:
        "Asha: \"Mirrors and brushes. We teach them tonight.\"":
            $ adjust("trust_human", 2)
            $ taught_patients = True
            $ adjust("noah_heart", 1)
            jump .teach

        "Asha: \"Safe mode. Let the drones finish clean.\"":
            $ adjust("trust_machine", 2)
            jump .safe_mode

        "Asha: \"Safe mode, and a human at every chair.\"":
            $ adjust("bridge", 2)
            $ asha_coached = True
            jump .coached

label .teach:

    noah happy "I'm with you. Where do you keep the mirrors?"

    asha "Ground them. All of them. Otto, drones to manual."

    "They're in a box under the old reception desk: thirty dental mirrors in plastic sleeves, from the years when the desk had a person behind it."

    "Flower takes one and holds it up to Teo, handle first."

    flower "Open. No, look. See that red line? That's your gum telling you something. Not the chip. You. Salt water, warm as tea. Soft brush, little circles, like you're cleaning a baby's ear."

    "Teo looks. He's never seen the inside of his own mouth. He says so, surprised, like a man told he owns a room he's never been in."

    "I kneel by the old man from chair two and show him how to wrap floss round two fingers so it doesn't cut. His knuckles are big and cracked, a mechanic's hands. For a second my mother's hands are folded over his, in memory, and then they let go."

    noah sad "Slowly. You'll feel it before any chip does. Your body's been filing reports for seventy years. It just never had an app."

    "He laughs, properly, for the first time tonight."

    "Asha goes down the queue with a pen, asking every person their name and writing it on the back of her hand when she runs out of screen. By midnight her left arm is blue to the elbow."

    jump .julian_under

label .safe_mode:

    noah neutral "Do it. I'll watch the numbers with you."

    asha "Safe mode. Verified doses only. Otto, hold anything ELARA can't confirm."

    "It's like watching a room exhale. The drones hunting ghosts go back to their cradles. The ones with real work drop, drain, varnish, rise, every arm as steady as a surgeon on her best day."

    "By 23:10 the queue is gone. Fourteen real abscesses drained, nine cracked fillings sealed, no pain score above one. People leave with clean teeth and numb faces, and not one of them had to explain anything to anybody."

    flower "Neat."

    "She says it the way you'd say it about a scar. Then she takes the chair by the door, as far from the drones as the room allows, turns her radio on low, and says nothing else to anyone."

    asha "Forty-three patients in ninety minutes. Zero repeat doses. ...I didn't look at one of their faces."

    "She says it to the dashboard. The dashboard agrees with her."

    jump .julian_under

label .coached:

    noah happy "Both. Let the drones do the fine work. We'll do the talking."

    asha "Safe mode. Verified doses only. Drones on the chairs, a human hand on every patient. Flower. Can you—"

    if flower_chip == "quiet":
        flower "I've got one in my mouth that talks to nobody but me. That's as friendly as I get with them."

        asha "Then tell them how you made it that quiet. You've read every byte yours sends. You know it better than I do."
    elif flower_chip == "full":
        flower "Mine's been telling on me every morning since the chip man talked me into it. I'm not touching anybody else's."

        asha "You don't have to touch it. Just tell them what it's doing. You've had one talking about you for three weeks. You know it better than I do."
    else:
        flower "I'm not touching a chip."

        asha "You don't have to touch it. Just tell them what it's doing. You've spent three years suspecting it. You know it better than I do."

    "So that's the next two hours. The drones drain and varnish, precise as watchmakers, and beside every chair sits a person explaining what the drone will do next, and why, and that it stops if you lift your hand."

    "Flower takes the girl from chair nine. She explains the chip to her as you'd explain a neighbour you don't like but have to live next to. The girl asks if she can switch it off. Flower shows her how."

    "Asha takes Teo. She reads his dashboard aloud to him, and then she puts the tablet face down and asks him where it hurts, and the two answers are not the same, and she writes both down."

    jump .julian_under

label .julian_under:

    scene bg ray_biodental with dissolve

    show julian happy at right
    with dissolve

    "At some point Julian puts himself under. He does it to show a frightened mother how easy it is: he drops into chair twelve, pulls the headset over his eyes and smiles, and he doesn't stop smiling."

    "Near midnight chip 12-917 starts to blink on Asha's screen. Periapical abscess forming, lower left seven. Three days old. Maybe four."

    "I know that tooth. I know that word."

    noah worried "Julian's got an abscess. He's been under so much he hasn't felt it."

    show otto neutral at midleft
    with dissolve

    otto "He has spent four hundred and six hours in Lullaby this year. The infection is early. A drone can drain it while he is under, in four minutes. He will feel nothing."

    otto "That is what he paid for."

    "Julian's face, under the headset, is the face of a man lying on warm sand. Somewhere in there the sea is always blue."

    menu:
        "Pull the headset. Julian, wake up.":
            $ julian_woke = True
            $ adjust("trust_human", 1)
            $ adjust("noah_heart", 1)
            jump .julian_wakes

        "It's his call. Leave him under.":
            $ adjust("trust_machine", 1)
            jump .julian_stays

label .julian_wakes:

    "I lift the headset off. It's warm, like something alive."

    "He blinks at the ceiling lights. For a second he's still smiling. Then the tooth arrives. I watch it cross his face like weather coming in over the bay."

    julian surprised "Pain."

    "He's said it a thousand times, as a curse, as a joke, as a sales pitch. This is the first time I've heard him mean the thing itself."

    julian sad "Noah. Noah, it hurts. Why didn't anybody—"

    noah sad "Because you paid them not to. And because I let you."

    noah sad "My mum had one of these. Lower left. She didn't feel it either, until she did. I'm not doing that twice."

    show flower neutral at left, fade_in
    with dissolve

    "Flower is there before anyone asks her, pulling a stool up on his other side. He grips my sleeve with his whole hand and hers with the other. Asha drains the abscess herself, with a local and a light, and he cries the whole way through. Not from the needle. From everything he's been skipping."

    julian "It's so loud. Feeling things. How does everybody stand it?"

    noah "We don't. We just do it in company."

    "Afterwards he doesn't go back under. He goes round the room taking headsets off people who've been in too long, and sits with them while they come up."

    hide julian
    hide otto
    hide flower
    with dissolve

    jump .jenna

label .julian_stays:

    if told_mom == "your call":
        "It's his call. I said those words once before, to someone else, about a different tooth."
    else:
        "It's his call. I never said that to my mother. I said please, twice, and let her get on the Nine anyway. The words turn out to be easy. I just save them for the wrong people."

    "I sit down on the stool next to chair twelve. A drone drops from the bay, lines itself up with the precision of a snooker player, and drains the abscess in three minutes and fifty seconds. Julian's smile doesn't move."

    otto "Procedure complete. Clean margins. He will wake healed and not know he was ill. Is that not what you wanted for him?"

    noah neutral "Yes."

    "I don't tell Otto the rest of it. That I also wanted him to wake up. That I wanted him to know."

    "Julian sighs in his sleep, a long contented sound, and the headset hums."

    hide julian
    hide otto
    with dissolve

label .jenna:

    scene bg kiran_clinic with fade
    play music "audio/music/bridge.ogg" fadein 2.0
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed

    "Saturday, 00:40. Kiran Clinic."

    "A fortnight ago this waiting room was empty chairs and a water cooler with hiccups. Tonight people sit on the floor between the chairs, phones face down like cards they don't want to play."

    "They came because the light's on, and through the glass a woman in a cardigan is bending over someone's mouth with a lamp on her head."

    show leila neutral at midleft
    with dissolve

    show leila gesture
    leila "Noah. Could I— sorry, may I put you to work? I have thirty-eight people and one of me, and Max is negotiating with his keyboard."

    leila happy "Free consultations. I did say free. I never promised to be awake for them."

    show jenna worried at midright
    with dissolve

    "Jenna is in the corner by the cooler, knees up, phone lit, thumb hovering."

    if jenna_consent:
        jenna "I've got more people asking me what's happening than I've ever had ask me anything. And I know what I agreed to share, and I know what the Bridge saw when it looked at me, because you showed me. All of it."
        jenna "So I might be the one person online tonight who knows what a chip actually reads and isn't guessing. Two hundred thousand people are asking me. I want to post. Tell me what to say so I don't make it worse."
    else:
        $ adjust("bridge", -1)
        jenna angry "Did you know?"
        "She turns the phone round. On a spill forum, in a thread called ANXIETY PROFILES, a heart-rate curve spikes in the middle like a tooth. Subject K-17, anonymised. Underneath, someone has matched the date and the clinic, and someone else has posted the address of a radio stall in the Lowline market."
        jenna "That's me in Leila's chair. That's my heart when she said \"drill\". And that's my aunt's stall in the comments."
        jenna "You stripped my name off. You didn't ask. You just decided I was a curve that couldn't get hurt. And then the relay put the name back on, because of course it did."
        leila sad "That was my call, Jenna. I was going to tell you after the demo."
        noah sad "And I stood next to it. I thought it would be kinder if you didn't have to decide."
        jenna "Kinder for who? Anonymous is what they call you when they didn't ask."
        jenna "I still want to post. I just don't know if I want you two telling me what."

    if leak_public:
        jenna "Last time, I posted your story. \"Check your chair.\" Half the comments said I was hysterical. Tonight I'm right, and it feels like swallowing a battery."

    "The cooler hiccups. Across the room a man laughs at something the woman beside him has whispered, one short bark, surprised out of him."

    menu:
        "Tell them to trust people, not chips.":
            $ adjust("trust_human", 1)
            $ jenna_posted = "people"
            jump .post_people

        "Transparency, not abandonment." (locked=_("Opens if Jenna was asked, out loud, to share her data in chapter 3.")) if jenna_consent:
            $ adjust("bridge", 1)
            $ jenna_posted = "open"
            jump .post_transparency

        "Wait. Don't post tonight.":
            $ adjust("trust_machine", 1)
            $ jenna_posted = "wait"
            jump .post_wait

label .post_people:

    noah angry "Tell them the truth. The chips lied tonight. The people didn't. Find someone with a light on and a face."

    "Jenna types with her jaw set. She reads it to us before she sends it."

    jenna "\"Your chip spent tonight calling ambulances for teeth you don't have and telling strangers your address. Go and find a human being with a light on. Kiran Clinic. Preserve Dental. Anyone who asks before they touch you. A face can't leak. Probably.\""

    jenna neutral "I put probably. I'm not a liar, I'm just loud."

    "She sends it. In twenty minutes the waiting room doubles. By one o'clock the queue runs down the stairs and past the noodle bar, and a retired schoolteacher has appointed herself receptionist, handing out numbers on sticky notes."

    leila worried "I asked the universe for patients. I should have been more specific."

    "Not all of it's good. At half past one a boy comes in with blood down his chin. He read the post and tried to dig his chip out with a penknife. Leila stitches him while he apologises to her, over and over, as though it were her mouth he'd cut."

    jump .patch

label .post_transparency:

    noah neutral "Don't tell them to rip anything out. Tell them what it reads, who sees it, how to say no. Then tell them where there's a person who'll explain."

    jenna "So not \"run\". A map, and a door, and a person at the door. That's longer than a post. I'm doing it anyway."

    "She pulls Max out of the back room by his hoodie. For most of an hour they sit cross-legged on the floor and build it: what the chip reads, in plain words; who it talks to; how to cut the dispenser link without blinding the monitor; where a human will walk you through it free."

    "Max keeps writing \"sort of\". Jenna keeps deleting it. At 01:30 she posts, with her own Bridge reading at the bottom, fear spikes and all."

    jenna happy "\"This is me. This is what they see. I chose to show you. Nobody should choose for you.\""

    "The replies aren't screaming. They're questions. Thousands of them, patient, specific, a city asking before it touches."

    leila happy "That's the first post I've read this year that asked permission."

    jump .patch

label .post_wait:

    noah worried "Not tonight. Tonight's all smoke. Tomorrow there's a stage and the whole story. Wait for it."

    jenna sad "Fine. Waiting. My thumbs are furious with you."

    "She puts the phone face down on her knee. The silence doesn't stay empty long. At 01:05 SmarTeeth posts first."

    show smarteeth happy at center
    with dissolve

    smarteeth happy "Hi, Optimizers! Tonight a teeny number of you met some sync hiccups. Don't worry! Your smile is safe with us! Ninety-eight percent of chips are already feeling fine. See you at the Health Wall!"

    hide smarteeth with dissolve

    jenna angry "\"Teeny.\" A girl in my building got varnished three times."

    "But when Max pulls up the relay map, he goes quiet. The amber is fading, street by street, exactly as ELARA said it would. Not all of it. Most of it. The machine was right about the six hours."

    jenna "Of course they're right. It makes it so much harder to be angry properly."

label .patch:

    scene bg max_lab with dissolve
    play music "audio/music/bridge.ogg" fadein 2.0 if_changed
    stop ambience fadeout 1.5

    "Max's lab is still a supply cupboard with ambitions: more monitors than a fortnight ago, fewer boxes of gloves holding up the desk."

    show mx worried at center
    with dissolve

    show mx closed
    mx "Sorry. Not you, the— you're fine. You were always fine."

    "He's talking to a function. The function, on the middle screen, is red."

    ## A patch that holds is the Bridge made real: one more weight on its side.
    if patch_ready:
        ## C8c: the patch from Ch3 was written for the pilot's handshake, and 5β rewrote it.
        $ adjust("bridge", 1)
        mx worried "5β changed the handshake. Everything I wrote for the pilot ring is knocking on a door that isn't there any more. Same patch. New door. A hundred thousand new doors."
        "He pats the side of the monitor like the flank of a nervous horse. The function turns green. Then the one below it. Then all of them, a cascade."
        mx happy "It holds. On 5β it holds. Not one ring this time. All of them."
    elif bridge >= 4:
        $ patch_ready = True
        $ adjust("bridge", 1)
        "He pats the side of the monitor like the flank of a nervous horse. The function turns green. Then the one below it. Then all of them, a cascade."
        mx happy "It holds. It— okay. It holds."

    if patch_ready:
        mx "So. The patch closes the hole. But also the Bridge sits in the gap, so whatever crosses, a human sees it and ELARA sees it. Same reading. Same second. Nobody gets half a person."
        mx worried "It needs a carrier. Something on Kindling that every chip will, um. Listen to. Chips don't trust strangers. Which, fair."
        if otto_free:
            mx "Otto could. Otto's free now. So. If Otto wants to."
        else:
            mx sad "Otto could. Otto's locked. So. I don't know. I'll think of something. I won't think of something."
    else:
        mx sad "It won't close. It's not you, it's me. It's definitely me."
        mx "The Bridge needs readings. Real ones, hundreds of them, humans and ELARA agreeing about real mouths. Then the patch knows what to let through. We don't have enough. I've got half a patch."
        mx "Half a patch is a door with no, um. Frame. It'll shut things. It won't build anything."

    "Leila brings him tea. He holds it without drinking, the way you hold a hand at a bedside."

    hide mx with dissolve

label .sides:

    scene bg preserve_dental with fade
    play music "audio/music/preserve.ogg" fadein 2.0
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed

    "01:50. Preserve Dental."

    "The geraniums are black against the streetlight. Inside: three chairs, the walnut cabinet, the clove oil and floor polish my mother called the smell of being taken seriously. Chair Two stands in its corner, the crack in its left arm still bare."

    show calla neutral at left
    show leo neutral at midleft
    show jolene neutral at midright
    with dissolve

    leo "We're going tomorrow."

    calla "Leo, an expo is hardly the place for—"

    leo "We're going. We've been a clinic in a window for twelve years, Calla, waiting for people to find us. Tomorrow there'll be a hundred thousand people whose mouths lied to them all night. We go where they are."

    "Calla looks at him as if he's grown an inch since supper."

    calla surprised "You have never once interrupted me."

    leo happy "I know. It's terrifying. I'd like to stop now, if that's all right."

    calla happy "It's entirely all right. Do it again sometime."

    if jolene_allied:
        jolene "Scans are ready. I've got the suite in a flight case, portable, six-second read. Calla does the looking, I do the seeing. Same as Jonah's bed."
        if calla_open:
            jolene happy "And I ran your notebook through a parser overnight. Ninety-one decision points, and half of them are in the margins. It's a state machine with feelings. I love it. Tell anyone and I'll deny it."
            calla "I shall tell everyone. It's the first kind thing you've ever said about my handwriting."
        else:
            jolene "And whatever's in that green notebook you keep touching like it's warm, bring it."
            calla "...Perhaps."
        jolene "Score's Machine twenty-two, Hands eight. Tonight I'm not counting."
    else:
        "Jolene is packing the leased suite into its flight case, each cable coiled before it can tangle. She doesn't look at Chair Two."
        jolene "Milena wants me on the main stage at nine. Full automation demo. I'm the human in the wings in case a human in the wings is needed, which, statistically, they're not."
        jolene "Score's Machine twenty-four, Hands six. I'm not leaving because I'm angry. I'm leaving because I'm right. Probably. Mostly."
        leo "You're allowed to be both, Jolene. You're allowed to come back."
        jolene sad "Don't be nice to me at two in the morning, Leo. It's not fair."
        hide jolene with dissolve
        "The door shuts behind her. Leo looks at the scuff her case left on the doorframe and says nothing."

    "A knock. At two in the morning, on a door whose bell has been broken since 2039."

    show jonah worried at right
    with dissolve

    if jonah_turned:
        jonah "Doctor. Sorry, I know what time it is. I thought, she keeps paper, I should come in person."
        jonah "Tomorrow I'm walking onto that stage to say several things my lawyers have asked me, in writing, not to say. I need someone in the front row who knows what my mouth looked like on the bad night."
        "He smiles. It isn't the enamel-sheen smile. One veneer is gone, and the gum above it is still bruised purple, and it's the most honest face I've ever seen on him."
        if jonah_warned:
            calla "Front row. I'll bring the charts. In ink."
            jonah happy "I was hoping you'd say in ink."
        else:
            calla "Front row. I have no chart of you from before, Jonah; you will remember why. I have Monday night's. In ink."
            jonah happy "Monday night will do. It's the one they've never seen."
    else:
        jonah happy "Calla! I was passing. I wasn't passing. I came."
        jonah "SmarTeeth have me on at ten tomorrow. \"Pod-restored.\" I read a card, I smile, I'm the testimonial. I came to thank you for the notes. The pod used them beautifully."
        "He smiles the enamel-sheen smile, and it holds, mostly. His left hand stays in his coat pocket, and through the cloth I can see it pressing on his jaw."
        calla "Calla, is it, tonight. Then thank the pod. And Jonah, if that jaw begins to ache tomorrow, tell a person."
        jonah "Of course. Of course."
        "He says it twice. People who mean a thing say it once."

    calla "Seven o'clock, all of you. Bring coats. Meridian Plaza is cold at that hour, and I'm not treating anyone for chilblains."

    "She turns off the good lamp. In the dark, Chair Two is only a shape, green going black."

    noah neutral "Seven. I'll bring coffee. Human-made, with all the flaws."

    leo happy "We'll take it."

    return
