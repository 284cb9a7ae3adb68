## Chapter Three: "The Bridge" (Kiran Clinic).
## 3.1 empty waiting room, 3.2 Jenna and C7, 3.3 Max's lab and C8,
## 3.4 Milena's offer; ends by setting Branch B's `lean`.

label ch3:

label .empty_room:

    scene bg kiran_clinic with fade
    play music "audio/music/bridge.ogg" fadein 2.0
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed
    centered "{size=+16}Friday{/size}"

    "Kiran Clinic sits on the second floor above a noodle bar, so the waiting room smells of star anise and disinfectant in roughly equal parts."

    "Twelve chairs. One water cooler that hiccups every ninety seconds. A rack of paper leaflets nobody has touched since the spring: {i}Flossing, and Why Your Grandmother Was Right.{/i}"

    "No patients."

    "I'm here on a service call. Last week I flashed the chair reader in Leila's operatory to the 5β pilot firmware; two days later it froze mid-scan, with a patient's mouth open around it."

    show leila neutral at midright

    "Dr. Leila Kiran is standing on a chair, re-lettering the sign above the reception window with a paint pen."

    "FREE CONSULTATIONS. NO CHIP REQUIRED. TEA."

    leila happy "Noah. Don't look at the sign. Look at the sign and tell me it's good."

    noah happy "It's good. The tea is doing a lot of work."

    leila "The tea is doing all the work. The consultations are the loss leader."

    "She climbs down. Up close she looks like someone who has been sleeping in four-hour instalments and budgeting in ten-minute ones."

    leila neutral "Give me your coat. Sit anywhere. As you can see, you have your pick of the chairs."

    noah "You can take the coat. I'll hold on to the dignity."

    leila "Nine patients last week. Fourteen the week before. Thirty, this time last year."

    leila sad "There's a SmarTeeth clinic two tram stops from here. Eleven-minute clean, no wait, no human breathing on you. A VTA sings you a jingle on the way out. People love the jingle."

    noah neutral "I've heard the jingle. It's in a key that makes your fillings hum."

    leila happy "Exactly. Nobody hums about me."

    leila neutral "So: free consultations. Come in, sit down, tell me what's wrong, and I'll tell you the truth, for nothing. And if you're frightened, you can be frightened in here, and someone will notice."

    leila "It's either a business plan or a slow way of going bankrupt. I've stopped being able to tell."

    if calla_open:
        leila surprised "Calla rang me last night, by the way. First time in two years. She showed her notebook to a SmarTeeth technician. {i}Calla.{/i} I nearly dropped the phone in the sink."

        noah happy "I may have had a hand in that. It went better than the sink."

    else:
        leila "Calla taught me that, you know. Notice the person before the tooth. She'd hate that I'm giving it away for free."

        noah "She'd hate it out loud and approve of it in private."

        leila happy "That's Calla in one sentence, yes."

    "A crash from the back room. Something metal meeting something else metal, then a young man's voice, apologising: \"Sorry. Sorry, no, that was me, not you. You were fine. You were—\""

    leila "Max is talking to his code again. It's a good sign. When he stops apologising to it, I start worrying."

    noah "Does the code ever accept?"

    leila "He says it's a slow forgiver."

label .jenna_arrives:

    scene bg kiran_clinic with dissolve

    play sound "audio/sfx/door.ogg"
    "The door opens a little before eleven. A young woman in a hoodie with the sleeves pulled over her hands stands on the threshold, reading the sign slowly, as if it might be a trap written in friendly letters."

    show jenna worried at midleft
    show leila neutral at midright

    jenna "Hi. Is it actually free, or is it free the way the Lowline chips were free, where you pay in, like, your entire nervous system?"

    leila happy "It's actually free. The tea is also free. The nervous system stays yours."

    jenna "I'm Jenna. I'm honest, it's a disease. I haven't had my teeth looked at since I was nineteen, I've got a molar that's been filing complaints for a month, and I nearly went to the SmarTeeth place, but their door {i}says hello to you by name{/i} and I can't do that."

    "She sits in the chair nearest the exit. She counts the devices in the room out loud, under her breath. The cooler. The wall clock. My service case."

    jenna "What's in the case?"

    noah "Screwdrivers, mostly. A firmware wand. A granola bar I've been avoiding for three days."

    if flower_heard:
        jenna surprised "Wait. You're Ray Bio-Dental. My aunt Flower said a man from Ray Bio-Dental actually listened to her. She rang me twice to tell me. She never rings me twice."

        noah happy "That might have been me. I mostly stood there while she was right about things."

        jenna happy "That's the only thing she wants from anybody, honestly."

    else:
        jenna "My aunt Flower fixes radios. She'd say the wand is for reading my thoughts."

        noah "It's for reading a chair. Chairs don't have many thoughts."

        jenna "That's what they want you to think about chairs."

    "Leila crouches by the chair so her eyes are lower than Jenna's. She doesn't reach for her. She waits."

    leila "Jenna, may I ask what happened at nineteen?"

    jenna sad "Nothing cinematic. Chain clinic, a Tuesday. My own mouth up on a giant screen with little red boxes round everything, and a voice goes, gum health {i}suboptimal.{/i} Suboptimal! And they play your heart rate back on a speaker, supposedly so you feel in control, so I'm lying there listening to my own panic on loudspeaker. I walked out feeling like a spreadsheet that got told off. Five years later, still angry."

    jenna "Now I get dizzy if I hear a beep in the right register. I post about it sometimes. People write back \"same.\" Forty thousand people write back \"same.\""

    leila neutral "Would you let me look? Eyes and a mirror, nothing that beeps. Put a hand up when you've had enough, and I'll stop and put the kettle on."

    jenna worried "...Okay. Yes. Mirror first."

    hide jenna
    hide leila

    "They go into the operatory. I fix the chair reader through the open door, which means I hear all of it."

    "Leila doesn't explain much. She asks: all right? Still all right? Jenna laughs once, high and surprised, when Leila apologises for not warming the mirror. The molar is a cracked filling and early decay. Fixable. Jenna cries a little, mostly from relief."

    if told_mom == "get it":
        "My mother would have liked Leila. She'd have liked being asked, instead of told."
    else:
        "My mother would have liked Leila. She'd have liked being asked."

    scene bg kiran_clinic with dissolve

    show leila neutral at midright
    show mx neutral at midleft

    "Afterwards, while Jenna sits in the waiting room with a cup of tea in both hands, not drinking it, Leila pulls Max out of the back room by his sleeve."

    "Max is twenty-two and looks like he sleeps under a desk, because he does. He wrote the Kindling kernel at nineteen; Otto runs on it, and half the clever machines I service. He's holding a padded collar, like a neck pillow with an opinion."

    mx "It's the Bridge. Well. The front end of the— it's not finished. It's finished enough. I'm sorry it's ugly."

    noah "Who are you apologising to?"

    mx "It. Her. The collar. She's been through a lot today."

    leila "Max's collar listens to her. Pulse, breath, the little muscles round her eyes; ELARA adds what the chair sees. Don't ask me how, I can barely work the kettle. Here's the clever bit, and it's Max's."

    mx happy "One reading. One line. The machine's numbers and the human's notes, on the same screen, live, in the same— so I can't ignore her fear and Leila can't ignore the decay. Nobody gets to only look at half a person."

    leila "Jenna's terrified of machines and she let me look at her. If I can fix her tooth with the Bridge on her, and she feels {i}safer{/i} for it, not watched, that's the demo. That's the thing we take to the Wall."

    leila worried "But to calibrate it Max needs her session. Today's. All of it. Her heart rate at the moment I said the word \"drill.\""

    mx worried "Without it I'm tuning against my own panic attacks. Which, I have plenty, but it's a small sample."

    "Leila looks at me. Max looks at me. Through the doorway, Jenna looks at her tea."

    "It's Leila's clinic and Leila's call. But she wants to know whether I'll stand next to it."

    menu:
        "Leila: \"We ask her. Out loud. Now.\"":
            $ adjust("trust_human", 1)
            $ jenna_consent = True
            jump .ask_jenna

        "Leila: \"Strip her name. She's scared enough.\"":
            $ adjust("trust_machine", 1)
            jump .anonymise

label .ask_jenna:

    noah neutral "Ask her. If the whole point is that she's a person, let's not start by deciding for her."

    leila "Yes. Good. Awful, but good. Yes."

    scene bg kiran_clinic with dissolve

    show jenna worried at midleft
    show leila neutral at midright

    "Leila sits down beside Jenna and tells her everything: the collar, the numbers, the word \"drill\" and what her pulse did when she heard it."

    jenna surprised "You recorded my heartbeat."

    leila "The collar did. It's sitting on Max's machine. If you say no, he deletes it while you watch, and we fix your tooth next week anyway."

    jenna worried "This is so weird. Nobody has ever asked me. They just put it in the terms. Page ninety. I read page ninety once, that's how I got like this."

    "The room stays quiet. The cooler hiccups. Then she pulls out her phone and, without looking up, types something, and deletes it, and types it again."

    jenna neutral "Fine. Yes. You can keep it. But I want to see it. Whatever you see about me, I see. And if it goes anywhere else, I'm telling forty thousand people."

    leila happy "That's fair. That's more than fair. That's a policy."

    jenna happy "Put it on the sign. Under the tea."

    "Max comes out and shows her the line on his screen: her fear, in green, climbing and falling, and next to it, in Leila's shorthand, {i}Cold mirror. Laughed.{/i}"

    jenna "Huh. I look less like a spreadsheet than I thought."

    jump .lab

label .anonymise:

    noah neutral "Strip it. Nobody needs her name to learn what a frightened heart does when it hears \"drill.\""

    leila sad "She came in today because nothing here beeps. If I sit down next to her and start talking about her data, I lose her. I know I lose her."

    mx "I can hash the name, drop the face, keep the— just the curves. She's a curve. A nice curve. That came out— that's not how I—"

    leila "We know what you meant, Max."

    scene bg kiran_clinic with dissolve

    show jenna neutral at midleft
    show leila neutral at midright

    "Leila books Jenna in for next week. Jenna finishes her tea. At the door she turns back."

    jenna "This is the first medical place I've been in years that didn't make me feel harvested. I'm going to post that. Is that okay? I won't tag you if you don't want."

    leila happy "Tag us. Please. We need the foot traffic."

    jenna happy "Drafting. \"Found a dentist who warms the mirror. Or at least apologises about it.\" Forty thousand people are going to write back \"where.\""

    hide jenna

    "She goes. Leila watches the door close and doesn't say anything for a while."

    leila sad "I'll tell Jenna, Noah. After the demo, when I can show her what she helped build. Sorry. Put it on my list of things I've put off, just under the gas bill."

    "In the back room, Max's screen shows a clean, nameless curve, rising at the word \"drill.\""

label .lab:

    scene bg max_lab with fade

    "Max's lab used to be a supply cupboard. It still is, technically: there are boxes of nitrile gloves holding up one end of his desk."

    "Three monitors. A dentist's chair salvaged from somewhere with the upholstery taped. A whiteboard covered in a grid of SmarTeeth clinic addresses, each with a stopwatch time written beside it in red."

    show mx neutral at midleft

    mx "Rival studies. I sit in their lobbies. With a stopwatch. Eleven minutes, check-in to jingle. Every time. Every clinic. It's beautiful. It shouldn't be allowed to be beautiful."

    noah "You've been casing SmarTeeth."

    mx "Studying. Casing is when— fine, casing. They're better at throughput than anyone has ever been at anything. VTAs never tire. Drones never shake. If I'm building something to stand next to that, I have to know it."

    "On the middle screen, the Bridge runs a replay of Jenna's session. A single line braided from two colours: ELARA's cyan diagnostics and Leila's handwritten notes, converted to amber text, scrolling side by side."

    mx worried "Which is how I found the— hang on. Look at the port."

    "He taps a corner of the screen. A column of packets is leaving the building. Not his. Not Leila's."

    mx "That's the chair reader. The one you flashed. 5β opens a handshake to ELARA through SmarTeeth's relay. Fine, that's what it's for. But it's sending the whole session. Unencrypted. And it's— it re-identifies. Looks up the face against SmarTeeth's Optimizer registry, stitches the name back on."

    if jenna_consent:
        mx sad "Jenna's session left the building with her name on it. Before we even asked her. Before anyone asked her."

    else:
        mx sad "I hashed her name. I hashed it. And the reader put it right back on, and sent it out the door. Jenna's session is sitting on a SmarTeeth relay with her name on it."

    noah sad "I flashed that reader. Last week. I made a joke to Leila about the progress bar."

    "He pulls up a shaky video from a SmarTeeth lobby across town, posted that morning: a VTA, all smile and cyan glow, greeting an elderly man by the wrong name and reading a stranger's fillings to the whole queue."

    mx "It's not only us. The relay's choking on all this extra traffic. Their VTAs are mixing charts. Our reader freezes. Same hole, both clinics, different— if this rolls out city-wide the way the schedule says, every chip in New Neo City starts talking to strangers."

    mx "I didn't write this. I need you to know I didn't write this. But Kindling's in the Bridge, and the Bridge is on the same port, so it's sort of— I feel like it's mine now."

    "He is looking at me as if I'm the only adult in the room, which is frightening, because I am the adult in very few rooms."

    menu:
        "Call Milena. She'll want this before anyone.":
            $ adjust("milena_doubts", 1)
            $ adjust("trust_machine", 2)
            jump .warn_milena

        "Give it to Jenna. Let the city see it.":
            $ leak_public = True
            $ adjust("trust_human", 2)
            jump .leak_jenna

        "Patch it now, Max. Tonight.":
            $ adjust("bridge", 2)
            $ patch_ready = True
            $ adjust("otto_bond", 1)
            jump .patch_now

label .warn_milena:

    noah neutral "SmarTeeth owns the relay. They can shut the hole from the inside faster than we can shout about it from the outside."

    mx worried "You have her number? You have {i}her{/i} number?"

    noah "Ray Bio-Dental runs on her network licence. I have the number of a woman who has the number."

    "It takes four transfers. The last voice is calm, low, and completely unhurried."

    show milena neutral at midright

    milena "Mr. Adair. Send me the packet captures."

    "Max sends them. We listen to her read. You can hear someone reading, if they're good enough at it: a rhythm of silences."

    milena "Session data in clear text, and every session traceable through the Optimizer registry. That is not a design decision. It is a shortcut someone took under deadline."

    milena "Our engineers will have a fix in forty hours. Thank you. Sincerely."

    "A pause. Longer than her other pauses."

    milena worried "How long has it been doing this?"

    mx "Since pilot day one. Eight days."

    milena "Our dashboards have been green for eight days."

    "She says it the way other people say {i}my house is on fire.{/i} Then the line goes dead, politely."

    hide milena

    mx "She didn't— she didn't say anything about the Bridge."

    noah "Give it an hour."

    jump .offer

label .leak_jenna:

    noah angry "If SmarTeeth finds out first, they'll fix it quietly and tell everyone it never happened. The people whose names went out the door deserve to hear it from someone who isn't selling them anything."

    mx worried "Jenna? She's— she's a patient. She's scared. We'd be handing a scared person a grenade."

    noah "She's a scared person with forty thousand followers who'll believe her because she's scared."

    scene bg kiran_clinic with dissolve

    show jenna neutral at midleft
    show mx worried at midright

    "Jenna's still in the waiting room, finishing her second cup. Max shows her the lobby video and the packet counts."

    if jenna_consent:
        "He shows her her own file too, because we promised she would see everything. She goes still, then nods, once."
    else:
        "Only the counts. Before he turns the screen, he drags one file out of the folder. Hers. Neither of us says anything."

    jenna angry "Oh, that's disgusting. That's so much worse than page ninety."

    jenna neutral "Okay. I'll post it. But I'm posting it as me. Not as \"a source.\" If I'm going to be data, I'm going to be loud data."

    "She types for six minutes, with the concentration of someone defusing something. She shows us before she sends it. It's clear, and it's angry, and it's fair. It ends: {i}Check your chair. Ask who it's talking to.{/i}"

    "Then she presses send, and the water cooler hiccups, and within two minutes Max's screen fills with people disabling their readers all across the city."

    mx "Forty thousand. It's— it's more than forty thousand now."

    noah worried "Good."

    "I don't feel as sure as I sound. Some of those readers belong to people who need them."

    hide jenna
    hide mx

    jump .offer

label .patch_now:

    noah neutral "You know the kernel better than anyone alive. Close the hole on our side before it costs anyone else their name."

    mx worried "I can wrap the handshake. Route it through the Bridge, strip everything but the diagnostic— but I need a node on the pilot ring to test against. A real one, not a— I don't have a real one."

    noah "I know someone who lives on a real one."

    "I call the workshop behind Ray Bio-Dental. The second monitor fills with a round lens and a speaker grille."

    show otto neutral at midright

    otto "Noah. It is 4:52 p.m. You have never called the workshop before. I am practising surprise. Was that surprise?"

    noah happy "It was very surprised, Otto."

    mx surprised "Is that— that's Otto. That's {i}my{/i} Otto. Well, he's Asha's. But the kernel— hi. Hello. Hi."

    otto "You are the author. My lock prevents me modifying SmarTeeth's network. This relay node is leased to Ray Bio-Dental. I have read the lease twice."

    otto "Three times. That was a joke about diligence."

    if otto_bond >= 3:
        otto happy "For you, Noah, I will read it a fourth time. That is not a joke. That is what I think the word friendship costs."

    "For three hours Max writes and Otto tests. Max apologises to every function that fails; Otto thanks every one that passes. A little after eight, the packets leaving Kiran Clinic go quiet, then resume: small, clean, nameless."

    mx happy "It holds. On our ring it holds. It could hold anywhere, if someone let it. The Bridge can carry it, chip to chip."

    otto "Max. Question. Is it normal to feel proud of code one did not write?"

    mx "It's normal to feel anything about code. Trust me."

    hide otto

    mx worried "It's not deployed. Not city-wide. That needs Asha's sign-off, or SmarTeeth's. But it's ready. It's ready if they'll have it."

    jump .offer

label .offer:

    scene bg kiran_clinic with fade
    play music "audio/music/machines.ogg" fadein 2.0

    "She comes after dark, alone, carrying a plain umbrella though it isn't raining. Leila is stacking chairs. Max sits on the floor with his back to the cooler."

    show milena neutral at center, fade_in
    show leila neutral at right
    show mx neutral at left

    milena "Dr. Kiran. Mr. Adair. And the author of the Kindling kernel, whose surname is on no file I can find."

    mx surprised "I'm— yes. Max."

    if milena_doubts >= 1:
        milena neutral "You found a hole my company missed for eight days. My engineers are closing it. I read your captures twice. I have not read anything twice in a long time."

    if leak_public:
        milena worried "Since one o'clock this afternoon, fifty-one thousand people have disabled their chair readers and muted their chips. Two hundred and six of them are diabetic and relied on those chips to flag infections. Their drones can't see them now. Somebody's jaw will pay for that post. I'd like you to know its name when it does."

        milena neutral "I am not angry. The leak was real. The way you told the city was a choice, and somebody downstream always pays for a choice."

    if patch_ready:
        milena "My network logged a foreign patch on Ray Bio-Dental's ring at four minutes past eight. It is elegant, and it is conservative: it touches nothing it does not need to. I recognised the kernel before I recognised the name."

    milena "I would like you to come and work for me."

    mx worried "I— me? For— the Tower?"

    milena "Director of Interface. Your name on the Bridge. Not \"Kindling, by an intern.\" Your name. Budget, staff, and ELARA's full diagnostic feed, which you've been reading through a keyhole."

    leila angry "He's twenty-two. He sleeps under a desk. He has a job."

    milena neutral "He has a cupboard. Let me show you what he'd have instead."

    "She doesn't produce a tablet. She has the numbers by heart."

    milena "Today, Dr. Kiran saw one patient. In the same hour, my Lowline units saw nine hundred and fourteen. Median anxiety score one point two, out of ten. Zero drill-pain reports since March. Not fewer. Zero."

    milena "The Lowline's waiting list for a human dentist is fourteen months. Do you know what an abscess does in fourteen months?"

    "I do. I don't say anything. She isn't talking about my mother. She doesn't have to be."

    milena "My chip flags it in week one. A drone drains it in week two. Nobody waits. Nobody is frightened. Nobody has to be brave to keep their teeth. That used to be a privilege of the rich. I made it free."

    milena "You call it cold, Dr. Kiran. I call it mercy with a throughput. Mercy that can only sit with one frightened girl a day is a hobby."

    leila sad "She wasn't a girl. She was a woman who'd been taught that care feels like an audit."

    milena "And you made her feel better. I believe you. One of her. How many are there?"

    "Leila doesn't answer. That's her answer."

    milena "The Bridge is a good idea in the wrong building. Here, it helps twelve chairs. In the Tower, it helps eleven million mouths. If you care about the frightened ones, come and make the machine gentle from the inside. Nobody else will."

    "Max looks at his hands. He's holding the collar again. He doesn't seem to know he picked it up."

    mx neutral "Can I— one question. Not about the job."

    milena "Ask."

    mx "ELARA. The name. Is it— her? Your sister's? Dr. Voss, in the Arcade?"

    "Something happens in Milena's face: a dropped stitch."

    milena "She wrote the first model during her residency. It was brilliant and it was going to sit in a drawer. I put it into the world with her name on it."

    milena "Some people would call that a tribute. My sister has used the word theft, in writing. We have not agreed on a noun in six years."

    if milena_doubts >= 1:
        milena sad "She would have found your hole in a day. She always finds the hole."

    milena neutral "The offer stands until the Wall. After the Wall, I won't need a Bridge. I'll have built my own."

    "She puts a plain white card on the reception desk, next to the re-lettered sign, and reads the sign, and something that could almost be a smile passes over her."

    milena "Free tea. Hm."

    hide milena

    play sound "audio/sfx/door.ogg"
    "The door closes. The cooler hiccups. Max doesn't pick up the card. He doesn't throw it away either."

    mx worried "She's not wrong. About the numbers. She's not wrong, and the numbers don't care which side I'm on, and I'm— Sorry, Leila."

    leila neutral "Don't apologise to me. I'm not code."

    leila sad "She had nine hundred and fourteen today. I had one, Max, and she went home with her tooth and the last biscuit."

    hide mx
    hide leila

    "I walk home the long way, past the SmarTeeth clinic two tram stops down. Every window is lit. Through the glass a VTA waves at a man in a chair, and the man, unbelievably, waves back."

    "I think about Jenna's curve, climbing at the word \"drill.\" I think about nine hundred and fourteen people who didn't have to be brave today."

    "At the tram stop the painted line runs down the middle of the platform: SmarTeeth's ads on one side, a hand-lettered card for Kiran Clinic on the other. I stand on it until the tram comes, and then I have to get on at one door or the other."

    if trust_human - trust_machine >= 2:
        $ lean = "human"
    elif trust_machine - trust_human >= 2:
        $ lean = "machine"
    else:
        $ lean = "bridge"

    return
