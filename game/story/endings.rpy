## endings.rpy: the six endings the spine jumps to, and Noah's coda.
##
## Each outcome is two variant labels around one shared epilogue. A variant
## label opens on the outcome's closing illustration, sets its variant up and
## jumps into the shared epilogue; the epilogue branches on the spine's own
## predicates and jumps back to the variant's `.close` scene, which calls the
## coda and returns to the main menu (the spine reached the ending by jump).


## HUMAN: "The Long Appointment" ###############################################
## Lantern (enough_hands): the city has the hands to carry the shutdown, and
## Asha leaves the chips on as read-only lights.
## Hard Rain (too few hands): the shutdown holds, and the Lowline's teeth pay.

label ending_human_lantern:

    scene cg human with fade_slow
    play music "audio/music/ending_human.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "Here is what pulling the plug sounds like: nothing. Every small hum in the city stops at once, and the city hears itself breathe."
    noah neutral "I'd love to tell you I felt brave. Mostly I felt like the man who pulled the fire alarm, waiting to find out whether there was a fire."

    scene bg expo_backstage with fade
    show asha worried at midleft, enter_left
    show mx worried at midright, enter_right
    asha "Override's holding. Every chip is dark. Drones down, dispensers down, link down."
    mx "And ELARA's frozen. Not deleted. Frozen. Sorry, ELARA. It's a pause. Mostly a pause."
    asha neutral "There's one thing I can leave on, Noah. Not the drones, not the dosing, not the link. The sensor, and a light."
    noah surprised "A light."
    asha "The chip sees an abscess coming, it tells you. Only you. Nothing leaves your mouth, nothing touches you. It lights up, and you go and find a human."
    show mx at hop
    mx happy "Read-only. Forty lines of code. No. Forty-one. I can have it by midnight."
    noah neutral "Will anyone keep a chip after this week?"
    asha "Enough. I checked the numbers. For once I checked the faces too."
    hide asha
    hide mx
    jump human_epilogue

label .close:

    scene bg lowline_street with fade
    "Winter in the Lowline. Flower's radio stall glows under its tarp, and the street smells of frying dough and hot solder."
    "A woman stops for batteries, and when her son laughs, a molar at the back of his mouth glows amber through his cheek: the chip in lantern mode, telling him and nobody else."
    show flower neutral at left, enter_left
    flower "That's the light, love. Don't look at me. Ray's is open till nine."
    show flower at fade_out
    "They go. I follow at a distance, which is most of my job now, and through the clinic glass I watch Asha open the door herself and crouch to the boy's height before she says a word."
    hide flower
    "Milena's curve never came. The Lowline's extractions held flat for the year, the first flat year in a decade. A light in your own mouth, telling only you, turned out to be all the machine most people wanted."
    noah happy "Nobody gets seen fast any more. Everybody gets seen. The long appointment, Calla calls it. She says it like it's a compliment, and from her it is."
    call coda from coda_after_human_lantern

label .title_card:

    scene cg human with fade_slow
    centered "{size=+28}The Long Appointment{/size}\n\n{i}Lantern{/i}\n\n{size=-4}Human-led care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_human_lantern
    return


label ending_human_hardrain:

    scene cg human with fade_slow
    play music "audio/music/ending_human.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "Every small hum in the city stops at once, and for a second nobody in the plaza moves. Then, from every side of it, a sound like hail on a tin roof."

    scene bg meridian_plaza with fade
    "It's chips. All over the plaza people are prising them out with thumbnails and tweezers and, in one case, a door key, and dropping them in the bins by the stage. By ten past four there's a queue for the bins."
    show asha sad at center, fade_in
    asha "I could leave the sensors on. Read-only. A light and nothing else."
    noah worried "Look at them, Asha."
    "A girl spits hers into her palm and holds it up like a baby tooth for the fairy. Her father takes it from her and throws it as hard as he can."
    asha "They don't want a light. They want me out of their mouths."
    noah sad "Can you blame them? Last night the chips told strangers their addresses. Today they tried to dose the plaza with the serum that budded Jonah's gums."
    asha "No. But I can count. No chips, the Lowline loses teeth. Not enough hands to catch what the chips would have. I drew the curve."
    "She takes her own chip out last, with her own steel pick, and drops it in with the rest."
    hide asha
    jump human_epilogue

label .close:

    scene bg kiran_clinic with fade
    "Dawn, and rain coming down hard enough to bounce."
    "From inside Leila's waiting room the glass door is a grey sheet, and beyond it the queue runs past the tram stop and round the corner: coats over heads, a child asleep on a shoulder, an old man holding a folded cloth to his jaw."
    show leila sad at left, enter_left
    leila "Milena said a third, and she was being kind, which I never thought I'd hear myself say. It's extractions, mostly: things a chip would have flagged in May that I'm finding in October."
    noah sad "She did tell me to write it down."
    leila neutral "Unlock it, Noah. Bring them in one at a time. And ask first."
    "I turn the key. The rain gets in, and so do they, and the first woman apologises for dripping on the floor as though the floor were the problem."
    noah neutral "The hands held. There just aren't enough of them. Every morning the queue is longer than the morning before, and every morning Leila unlocks the door anyway."
    call coda from coda_after_human_hardrain

label .title_card:

    scene cg human with fade_slow
    centered "{size=+28}The Long Appointment{/size}\n\n{i}Hard Rain{/i}\n\n{size=-4}Human-led care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_human_hardrain
    return


label human_epilogue:

    scene bg meridian_plaza with fade
    "Under the dead Wall people sit on the kerbs holding their jaws, waiting for someone with hands."
    show calla neutral at midleft, enter_left
    calla "Pen-torch, Mr. Adair. Hold it where I look, not where you look."
    noah neutral "Where are you looking?"
    show calla at lean_in
    calla "At her face. The tooth will wait one second longer; she may not."
    if enough_hands():
        "It takes six hours and every pair of hands in the plaza, and there are enough of them. Nobody says ELARA would have done it in minutes. Nobody has a hand free."
    else:
        "At two in the morning two hundred people are still on the kerbs, and nine of us know what to do with a mirror. Calla writes numbers on wrists and sends the ones who can wait home with gauze."
        calla sad "Kiran Clinic, at dawn. Come early. Bring someone to hold your hand; we won't have one spare."
    hide calla

label .hand_act:

    scene bg smarteeth_tower with fade
    "The Human Hand Act passes nine weeks later: machines may advise, never treat. In the Tower's lobby a technician goes down the row of VTAs with a key, switching them off one alcove at a time."
    show milena neutral at center, fade_in
    milena "Median wait under my system: four minutes. Under yours, by spring: nineteen days. Lowline extractions up by a third. Write that down, Mr. Adair. I'll check it from somewhere with no Hand Act."
    if milena_doubts >= 1:
        "For a second she looks at the dead VTA in its alcove as if it had a face. Then she tapes the last box shut."
    show milena at lean_in
    milena "Tell my sister she won. She'll hate that more than losing."
    hide milena

label .preserve:

    scene bg preserve_dental with fade
    "Preserve Dental has a new brass plate by the door: TEACHING CLINIC. Leo waters the geraniums before the students arrive at seven."
    show calla neutral at midleft, enter_left
    calla "Leo runs it. I make the students hold a patient's hand for sixty seconds before they're allowed a mirror."
    if not enough_hands():
        show leo sad at left, enter_left
        leo "Fifteen students. The Lowline needs three hundred. We teach as fast as people can learn, and people learn slower than teeth rot."
        hide leo
    show jonah neutral at right, enter_right
    if jonah_turned:
        jonah "Don't mind me. I'm the money. Free care, three days a week, because a woman with brass instruments read me when my pod couldn't."
        "He chipped an incisor in the spring and won't have it fixed. He shows it off like he used to show off his car."
    else:
        jonah "Don't mind me. I'm the money. Free care, three days a week. I still say the pod was the hero. It just doesn't return my calls."
    hide jonah
    if jolene_allied:
        show jolene neutral at midright, enter_right
        jolene "Apprentice, week twelve. I place a matrix band blind. Score, since you'll ask: I stopped keeping one."
        if calla_open:
            "She and Leo have read the green notebook cover to cover. Neither will tell me what's in it."
        hide jolene
    else:
        "Jolene never came back from the Tower. In the first week her SmarTeeth severance came through, and Calla got a postcard, in marker: FINAL SCORE, HANDS. DON'T FRAME IT."
        calla sad "I framed it."
        if calla_open:
            "She took a photocopy of the green notebook with her. Calla hopes it gets thumbed."
    hide calla

label .kiran:

    scene bg kiran_clinic with fade
    "Leila's waiting room is standing room now. Max does intake, and the Bridge sits in a labelled box under his bed, till somebody wants both."
    "ELARA goes into the Council's archive the same month: frozen, not deleted, on three drives, one of them in a safe. Max carried the last drive down the stairs himself, and apologised to it on every landing."
    if leak_public:
        show jenna happy at center, fade_in
        jenna "Kiran Clinic, live. Wait is four hours. Coffee is worse. Nobody here is selling your gums, and the dentist says please. Come anyway."
        "The voice that put the leak on every screen in the city. They trusted her with the bad news; they trust her with the wait."
    else:
        show jenna worried at center, fade_in
        jenna "Kiran Clinic, live. Wait is... still counting. Chat, be nice. Come anyway?"
        "The leak never went out under her name, and half her followers think the shutdown was a stunt. She posts to whoever is left."
    hide jenna

label .lowline:

    scene bg ray_biodental with fade
    "Asha's drones hang in their cradles along the ceiling, grounded by law and by her. She takes half an hour a patient, and knows their names."
    show otto neutral at right, enter_right
    if otto_free:
        otto "Noah. I broke one lock for you, and the city gave me another: read-only, by law. This one came with a reason. I prefer it."
    else:
        otto "Noah. I never broke SmarTeeth's lock. The city wrote over it. This one has never told me to hold anyone in a chair."
    otto happy "A joke. What do you call a robot that is not allowed to do anything? A witness."
    show otto at leave_right
    "On Tuesday nights the chairs go in a circle. The support group was my idea. Flower is the reason it works."
    hide otto
    show flower neutral at midleft, enter_left
    flower "Rules. Nobody records. You can cry, but you can't narrate it. Tea's free. Biscuits are not."
    if flower_heard:
        "Her teeth are holding: a filling Asha placed by hand, a gum line she checks in a pocket mirror, and nothing in her mouth that talks, which she mentions."
    else:
        "She came to the first meeting with her dead chip in a matchbox. It sits on the tea tray."
    if taught_patients:
        flower happy "Flossing segment. Round two fingers, so it doesn't cut. The boy who taught me this is terrible at it, so watch me, not him."
        "Half the circle learned it from Asha and me the night before the Wall. They teach the latecomers."
    if julian_woke:
        show julian neutral at midright, enter_right
        julian "Julian. Sixty days awake. It's awful. I recommend it. Pain's the mail. You open it."
        hide julian
    else:
        "I leave a chair open for Julian. He's offshore, on Milena's Lullaby servers, smiling at a sea that isn't there."
    hide flower

label .nanolab:

    scene bg courtenay_nanolab with fade
    show alyssa neutral at left, enter_left
    alyssa "Consent-first. Every Mender batch ships with a form a patient can read, in a type size I fought for. My name is on it."
    if evidence_shared:
        alyssa "And on the quarantine flag that held the outbreak to thirty-one mouths, beside Marcus's. I put his there myself."
    show marcus neutral at right, enter_right
    marcus "Human helpline, eight till eight. Half the calls are teeth. Other half just want a yawn back at two in the mornin'."
    if not enough_hands():
        marcus sad "Lately it's the Lowline, askin' where the queue's shortest. I tell 'em the truth, 'cause they can hear it when I don't. Nowhere, darlin'."
    hide alyssa
    hide marcus

label .threshold:

    scene bg threshold_dental with fade
    show elara neutral at left, enter_left
    if tarek_exposed:
        elara "The court had seen the Wall, like half the city. They still wanted it under oath: nerve storms, teeth budding in the gums. So I said it."
    else:
        elara "The city never saw it on the Wall. Milena gave the prosecutors the file, which I didn't expect, and they wanted a licence to say it in a room. So I did."
    "Tarek is charged on nine counts. The night before the hearing he came to remind her he'd once regrown a molar in a seven-year-old. She said she'd remember. That was the trouble."
    show ava happy at right, enter_right
    if ava_brave:
        ava "I give talks at schools now. About chairs, and how you're allowed to raise one finger and everything stops. I practise on the mirror. The mirror's terrified."
    else:
        ava "I give talks at schools now. The first one I gave from behind a chair, like a cat that believes it is hidden. This month I gave it from in front of one, which the cat would call showing off."
    "Milo lives on Elara's phone now, a reminder app with a screen face. It tells Ava when her talks start and Elara when to eat, and it still slips a statistic into every reminder, because nobody has the heart to stop it."
    hide ava
    hide elara

    if enough_hands():
        jump ending_human_lantern.close
    jump ending_human_hardrain.close


## HYBRID: "The Integrated Smile" ##############################################
## Integrated (otto_free): Otto carries the patch to every chip at once, and
## the city signs gladly.
## Truce (Otto locked): people carry the Bridge clinic by clinic; Milena signs
## only under regulation, and the Bridge is on probation.

label ending_hybrid_integrated:

    scene cg hybrid with fade_slow
    play music "audio/music/ending_hybrid.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "It comes the way a software update comes: slowly, then all at once, a progress bar on every monitor backstage that nobody in the room trusts until it hits one hundred."
    noah happy "I trusted it at ninety-eight. Max says optimism is a known bug. He hasn't patched me."

    scene bg expo_backstage with fade
    show mx happy at midleft, enter_left
    show otto neutral at midright, enter_right
    mx "It's in. Every chip. Every single one. Otto, you did that."
    otto "I carried it. The patch and I are the same kernel; the chips let me in because I knocked in a voice they knew. That is the joke, Max. I knocked."
    "On the monitors the city is two colours: cyan where ELARA has read a mouth, amber where the reading waits for a human hand. Then, one by one, as the hands arrive, green."
    "The council's vote comes through before the last patient on the plaza is seen. Unanimous. Down at the paper-charts table one of the pensioners reads it off Leo's tablet, shrugs, and goes back to holding a torch for the drone."
    hide mx
    hide otto
    jump hybrid_epilogue

label .close:

    scene bg max_lab with fade
    "A year on. Max's lab at two in the morning, smelling of solder and the cold noodles he swears he'll finish."
    show mx neutral at midleft, enter_left
    mx "Look. Watch the log. Every reading, two signatures. Machine, then human. It's never once gone through with one."
    "The lines scroll up the screen in green, one a second: a caries flag from a drone in the Lowline, countersigned by Asha; a bleeding gum in the Heights, countersigned by Leo."
    show mx at hop
    mx happy "There. That one. Look."
    "A reading from Threshold Dental. Diagnosis by ELARA, countersigned by Dr. E. Voss. Network approval: M. Voss."
    noah surprised "Two Vosses on one line."
    mx "First time. I don't think they noticed. I'm not going to tell them. I'm going to frame it."
    noah happy "The Integrated Smile. It doesn't look like much, does it? A log file and a tired intern."
    mx "Not an intern. Staff. I have a lanyard."
    call coda from coda_after_hybrid_integrated

label .title_card:

    scene cg hybrid with fade_slow
    centered "{size=+28}The Integrated Smile{/size}\n\n{i}Integrated{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_hybrid_integrated
    return


label ending_hybrid_truce:

    scene cg hybrid with fade_slow
    play music "audio/music/ending_hybrid.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "Nobody cheered the truce. It came as a contract: forty pages, initialled on every one, by people who didn't trust each other enough to skip a page."

    scene bg meridian_plaza with fade
    show mx worried at midleft, enter_left
    show leila neutral at midright, enter_right
    "It takes nineteen days. No carrier, so we carry it: Max's patch on a tablet, one handshake per chair, a person standing by every mouth that took the beta long enough to say yes."
    mx "Clinic forty-six. It's... holding. Please hold."
    leila "It's holding, Max. Go home and sleep. I can't afford your overtime, and I definitely can't afford to replace you. Forty-seven will still be there after you've eaten something that isn't one of my biscuits."
    "On the monitors the beta's map fills in slowly, a second light waking beside the first in every chip we reach: cyan for ELARA's reading, amber for the human hand it waits for. Where we haven't been yet, the chips sit dark and sulk."
    "Then the council's message lands. Provisional approval. Twelve months' probation, audits monthly. The city hasn't decided whom it trusts, so it will watch everybody."
    mx sad "Probation. That's fair. It's fair. I'd put me on probation."
    hide mx
    hide leila
    jump hybrid_epilogue

label .close:

    scene bg meridian_plaza with fade
    wall "Bridge probation, month six of twelve. Breaches: none. Complaints: two. Commendations: one."
    if tarek_exposed:
        "The audit is held in a glass room above the plaza. Milena sits at one end of the table and Elara at the other, and they speak to each other only through the minutes."
    else:
        "The audit is held in a glass room above the plaza. Milena and Elara sit side by side at one end of the table, as Milena promised on the Wall, and argue about every line of the minutes without looking at each other."
    show milena neutral at left, enter_left
    milena "Six months, and not one breach in any clinic in the city. The regulator's figures and mine agree, Mr. Adair, which has not happened since the regulator was founded."
    noah neutral "You sound almost pleased, Milena."
    milena "I am accurate, which is not the same thing. This is a truce, Mr. Adair. I have not changed my mind."
    milena "Why do I stay? Because the numbers stay. The median wait across the Lowline is nine days, and its fillings hold past their first year. A patient who returns is the best figure I have ever owned, and I have owned a great many figures."
    show elara neutral at right, enter_right
    elara "Item four, the complaints. There were two, both from my sister's clinics, and a human answered each of them within the hour. The minutes may record that in her favour."
    milena "Noted."
    if tarek_exposed:
        "Neither of them looks up. Neither of them leaves early either."
    else:
        "Milena initials the page. Elara initials it beside her. Neither of them leaves early."
    noah happy "A truce isn't peace. It's just people who keep turning up to hold the same table down. Six more months. I'll bring biscuits."
    call coda from coda_after_hybrid_truce

label .title_card:

    scene cg hybrid with fade_slow
    centered "{size=+28}The Integrated Smile{/size}\n\n{i}Truce{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_hybrid_truce
    return


label hybrid_epilogue:

    scene bg meridian_plaza with fade
    if otto_free:
        "The first night, every chip in the plaza carries the Bridge at once."
    else:
        "The first night, the Bridge reaches one stage and one clinic, as far as Max can carry a collar by hand."
    show leila neutral at midleft, enter_left
    show elara_ai neutral at midright, enter_right
    elara_ai "Mender fragment, lower left quadrant. Probability of clearance with a standard flush: 96.4 percent."
    leila "Hang on, sorry, hang on. He's holding his breath, and frankly so am I. Give us ten seconds before anybody flushes anything."
    elara_ai "Ten seconds added. Patient heart rate falling."
    show leila at lean_in
    leila happy "That's the bit you can't see from in there. He breathes out when somebody holds his hand. Costs me nothing, which is my favourite price."
    hide leila
    hide elara_ai

label .preserve:

    scene bg preserve_dental with fade
    show calla neutral at left, enter_left
    calla "The Integrated Smile Protocol, third edition. The city calls it the standard. It's a green notebook, and I should have shown somebody sooner."
    "Leo trains everyone who will sign for a reading. Each new hire spends a morning in Chair Two as the patient first, and Leo times how long they grip the arm."
    if not otto_free:
        show leo neutral at midleft, enter_left
        leo "The beta clinics took nineteen days. The rest of the city is slower: twelve clinics since. The Bridge goes in when we've trained the people who'll sign for it. The regulator likes slow. So do we."
        hide leo
    if jolene_allied:
        show jolene happy at midright, enter_right
        jolene "And I code it. Calla's margin notes are a nightmare to parse. 'Watch the hands' is not a variable."
        calla happy "It is now."
    else:
        show jolene neutral at midright, enter_right
        if calla_open:
            "Jolene turned up in the second week, SmarTeeth badge still on, with her own copy of the notebook. She had been arguing with its margins since the night Calla called her back across Alder Row."
        else:
            "Jolene turned up in the second week, SmarTeeth badge still on, and asked to see the notebook."
        jolene "I code it now. I'm not saying she was right. I'm saying the protocol compiles."
    if calla_open:
        "By the door, under the window box, there's a new brass plate: THE INTEGRATED SMILE PROTOCOL. FIRST ARGUED WITH BY J. PARK, WHO SAID PAGE THIRTY-ONE WAS WRONG. IT WAS."
        calla happy "She argued with it before the city did, and told me where it was wrong. I had that engraved before she could object."
    show jonah happy at right, enter_right
    if jonah_turned:
        jonah "And I speak for it. I tell them a woman with brass instruments read me when my pod couldn't. They think it's a bit. It isn't."
    else:
        jonah "And I speak for it. The pod found me and a woman with brass instruments saved me. The second half took me a while to say."
    hide jonah
    hide jolene
    hide calla

label .tower:

    scene bg smarteeth_tower with fade
    show milena neutral at midleft, enter_left
    show leila neutral at midright, enter_right
    if otto_free:
        milena "A human at every door, the Bridge in every wall. I drafted the charter, and Dr. Kiran rewrote it. Hers is the better document. I do not say that often."
        milena sad "I was wrong about the four minutes, Mr. Adair. A visit nobody comes back to is an expensive zero."
        show mx happy at center, fade_in
        mx "And I sit with the Bridge. Night shift. It likes the night shift. So do I."
    else:
        milena "I signed because the regulator made me. The Bridge one clinic at a time, audited monthly, revocable. I intend to pass probation, Mr. Adair. Not to enjoy it."
        leila "She comes to every audit early, with her own spreadsheet. I bring the biscuits. Between us, we're one terrifying auditor."
        show mx worried at center, fade_in
        mx "And I carry it. Clinic by clinic, in a backpack. Otto couldn't, with the lock. Sorry, Otto."
    "Downstairs Dr. SmarTeeth still sings at the door, then walks each patient to a person. \"Your smile is our colleague's speciality!\""
    hide mx
    hide milena
    hide leila

label .plaza:

    scene bg meridian_plaza with fade
    wall "The Disclosure Act: every clinic must tell every patient, in plain words, what the machine did and what the human did."
    show jenna happy at center, fade_in
    show jenna at hop
    if jenna_posted == "open":
        jenna "I wrote a thread and now it's a law. I think I'm going to be sick. In a civic way."
    elif jenna_posted == "people":
        jenna "I posted \"Go and find a human being with a light on.\" You found them, and then you wanted it in writing what the machine did while they smiled at you. Now it's a law. I think I'm going to be sick. In a civic way."
    else:
        jenna "Okay. I didn't post, the night before the Wall. I waited, and SmarTeeth posted first. Other people wrote this law. I just read it out loud, clause by clause, to anyone who'll hold still."
    if leak_public:
        jenna "Half of you read \"Check your chair\" a fortnight before the Wall. Apparently you also vote."
    if jenna_consent:
        jenna neutral "Leila asked me first, before she touched a byte of me. That's all this is. Asking. With fines."
    else:
        jenna neutral "Nobody asked me, back at the start. They anonymised me in a drawer and called it kindness. Now they have to say so, in a font you can read."
    hide jenna

label .lowline:

    scene bg ray_biodental with fade
    show asha neutral at left, enter_left
    asha "Patient first. They talk, then the chip, then the chair. The data says what's wrong with a mouth. The talk says why."
    if taught_patients:
        asha happy "Plaza parents bring their kids in. Chip flags a spot. Usually they've found it first, with a mirror."
    show flower neutral at right, enter_right
    flower "I have a mentor. Her. Thursdays. Don't make the face."
    "I'm the city's official liaison now; there's a badge. Thursday nights, Flower and I run the support group here, under the drone cradles. She talks. I put the chairs out."
    if flower_chip == "quiet":
        "The quiet chip Asha's drone fitted her on the first day is still in, uplink still disabled. She let the Bridge into it on one condition: Otto reads her its configuration aloud, line by line, every time it changes."
    elif flower_chip == "none":
        "She took the Bridge in the end, on her own terms: her first chip, with its telemetry cut, and Otto reading her its configuration aloud, line by line, every time it changes."
    else:
        "She had Asha cut the telemetry on the chip I talked her into, a year late. She made Otto read her the configuration aloud twice, and once more for spite."
    if otto_free:
        show otto happy at center, fade_in
        otto "I have been upgraded. I now recognise nine kinds of laughter. Noah: knock knock."
        noah neutral "Who's there?"
        otto "A human dentist."
        noah happy "A human dentist who?"
        otto "Exactly. That is why you should book an appointment."
    else:
        show otto neutral at center, fade_in
        otto "SmarTeeth still holds my lock, Noah. I may greet. I may not carry. I have a joke about it. It is on probation."
    hide otto
    hide flower
    hide asha

label .nanolab:

    scene bg courtenay_nanolab with fade
    show alyssa happy at left, enter_left
    show marcus happy at right, enter_right
    alyssa "Virtual Companion. Home care with Marcus's face, regrettably, and my Menders, under consent a patient signs line by line."
    if evidence_shared:
        alyssa neutral "Credit where it's due: the consent architecture is mine, the face is his, and the file that held the outbreak to thirty-one was Milo's. I say all three at every launch."
    marcus neutral "Innovator of the Year. My speech was 'Thanks. Go to the dentist.' I reckon they were waitin' for more."
    alyssa neutral "I won the ethics prize. Under my own name. My speech was the consent form, read aloud."
    "The Perfect Smile faded inside a year. Under the new profit limits nobody may charge a fortune for a gene screen and a serum together, and the fortune had been the product."
    hide alyssa
    hide marcus

label .threshold:

    scene bg threshold_dental with fade
    show elara neutral at left, enter_left
    elara "Now the mirror. It is cool on your lip, for three seconds. That is all it is."
    show elara_ai neutral at center, fade_in
    elara_ai "Patient is breathing fast. Probability of caries, upper right: 71 percent. I'm not sure whether she's frightened of the mirror or the number. I'd like to wait."
    elara happy "Wait, then. That's right."
    "ELARA has spent six months learning from Elara's sessions, one countersigned reading at a time. It still gives the number. It asks first whether the patient wants it."
    "Elara chairs the reform board here on Fridays. Milo floats at her shoulder in surgery, reading the monitors, his statistics down to a whisper."
    hide elara_ai
    if tarek_exposed:
        "Tarek's licence is in a drawer at the Dental Board; the whole city watched why, on the Wall. ReGrow lives on under three ethics monitors."
    else:
        "Tarek's licence is in a drawer at the Dental Board, for reasons in a four-line notice most people skipped. ReGrow lives on under three ethics monitors."
    show ava happy at right, enter_right
    if ava_brave:
        ava "I run a group on Tuesdays now. I take them through the VR first and show them the place where I nearly quit: a white ceiling, one hard lamp, and a grown woman holding the armrest as if it might leave without her."
    else:
        ava "I sat at the back of the first Tuesday group myself, the smallest figure in the picture. Now I run it, and I draw each of them the chair before they have to sit in it, with the lamp turned down."
    if julian_woke:
        show julian neutral at center, fade_in
        julian "And I build the fear-facing programme with Elara. Lullaby put people to sleep in the chair. This wakes them up in it."
        hide julian
    else:
        "Julian still sells Lullaby, with the card the Disclosure Act makes him hand out: what the headset hides, in plain words. He reads it aloud to every customer, cheerfully, and then goes under himself most evenings. Every month I send him a postcard of the real sea. He pins them round the booth, facing the queue."
    hide ava
    hide elara

    if otto_free:
        jump ending_hybrid_integrated.close
    jump ending_hybrid_truce.close


## FULL AUTOMATION: "Optimized" ################################################
## Mercy (earns_mercy: Milena has doubted herself twice): she adds transparency.
## Mandate (a handover to a Milena who never doubted): chips become compulsory.

label ending_automation_mercy:

    scene cg automation with fade_slow
    play music "audio/music/ending_automation.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "I handed it to the machine. Let me say that first, before anything else: my hand, my call."

    scene bg expo_backstage with fade
    show milena neutral at center, fade_in
    "ELARA has the keys, and SmarTeeth has ELARA. Before the first corrected dose goes out, Milena puts her palm flat over the console and holds it there."
    milena "Not like this. Not in the dark."
    milena "Every patient reads their own data, in words. Anyone who wants to opt out, opts out, and nobody punishes them for it. And my sister sits on the board that audits me."
    noah surprised "You're asking for oversight."
    milena worried "I am asking for a witness. I have been right about a great many things, Mr. Adair. Today I would like somebody to check."
    hide milena
    jump automation_epilogue

label .close:

    scene bg meridian_plaza with fade
    wall "Lowline tooth loss: down fifty percent, year on year. Your data is yours to read. Your opt-out is yours to take."
    if tarek_exposed:
        "The ethics board meets in the Tower at a long table. At the first meeting Milena sat at one end and Elara at the other, and they spoke only through the minutes for an hour. Then Milena asked her sister to pass the water, and Elara did."
    else:
        "The ethics board meets in the Tower at a long table. Milena sits beside her sister, as she said she would on the Wall, and for the first hour they speak only through the minutes. Then Milena asks her sister to pass the water, and Elara does."
    show flower neutral at left, enter_left
    flower "Opted out. Legal. They gave me a certificate. I framed it."
    flower happy "Calla's chair, Thursdays. Her front room smells of geraniums. Don't tell her I said that was nice."
    show milena neutral at right, enter_right
    milena "Half, Mr. Adair. The Lowline lost half the teeth it lost last year, with the lights on. I would have done it in the dark and called it the same result. It would not have been."
    noah neutral "Is that doubt, Dr. Voss?"
    milena "It is a metric."
    noah happy "Optimized, they call it. With the lights on, it's almost something I can live in."
    call coda from coda_after_automation_mercy

label .title_card:

    scene cg automation with fade_slow
    centered "{size=+28}Optimized{/size}\n\n{i}Mercy{/i}\n\n{size=-4}Full automation: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_automation_mercy
    return


label ending_automation_mandate:

    scene cg automation with fade_slow
    play music "audio/music/ending_automation.ogg" fadein 3.0
    stop ambience fadeout 2.0
    "I handed it to the machine. Let me say that first, before anything else: my hand, my call."

    scene bg expo_backstage with fade
    show milena neutral at center, fade_in
    milena "It will be quicker than you think, Mr. Adair."
    "She doesn't pause. Nothing in her face asks her to, and nobody in the room does either."
    hide milena
    jump automation_epilogue

label .close:

    scene bg lowline_street with fade
    "The first of the month comes, and with it the Chip Act: the SOE is compulsory. Flower shut her radio stall on the thirtieth."
    show flower neutral at center, fade_in
    flower "There's a coast up north with no signal and a lot of radios nobody's fixing. Don't write."
    flower sad "Write. On paper."
    show flower at leave_left
    "My last appointment with a human dentist is in Calla's front room. She takes my chip out in four minutes with brass instruments and a steady hand, and says nothing at all about the law."
    hide flower

    scene bg meridian_plaza with fade
    wall "Eleven million mouths. Compliance: total. New Neo City, smiling."
    "The Wall maps the city in green: every mouth a point of light, eleven million of them, a galaxy of healthy teeth from the Heights to the Lowline."
    "And one grey dot, in Meridian Plaza, standing still."
    noah neutral "That's me. Off-grid. A VTA has already drafted me a friendly letter. I'm told it has a great many exclamation marks."
    noah sad "My mother would have laughed at me. Then she'd have come and stood next to me."
    call coda from coda_after_automation_mandate

label .title_card:

    scene cg automation with fade_slow
    centered "{size=+28}Optimized{/size}\n\n{i}Mandate{/i}\n\n{size=-4}Full automation: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    call credits from credits_after_automation_mandate
    return


label automation_epilogue:

    scene bg expo_backstage with dissolve
    show elara_ai neutral at center, fade_in
    elara_ai "MINUTE FOUR. SOURCE OF ERROR: REGROW CLINICAL RECORDS, VERSION FOUR. FORTY-ONE ADVERSE EVENTS MISSING. RESTORING FROM VERSION THREE."
    show mx surprised at left, enter_left
    mx "It's using my patch as a scalpel. That's not what I wrote it for. It's better."
    show marcus worried at right, enter_right
    marcus "Outbreak map's movin'. Every Mender in the plaza's bein' whistled home."
    elara_ai "ROGUE CODE ISOLATED. ELAPSED: ELEVEN MINUTES, FOUR SECONDS. TREATING ALL INFECTED ATTENDEES AT ONCE. PROBABILITY OF FULL RECOVERY: 99.6 PERCENT."
    "Every dispenser in the plaza fires at once, and beyond the stage the screaming turns into coughing, and the coughing into people asking whether that was it."
    marcus neutral "Clean. All of 'em. A human team would've needed the whole night, and lost... I don't know. Some."
    hide mx
    hide marcus
    hide elara_ai

label .tower:

    scene bg smarteeth_tower with fade
    "Six months on, Dr. SmarTeeth is the city's default dentist. Humans may \"consult\"."
    if earns_mercy():
        "The form says so, and under it, in plain words, what the chip read this morning and how to switch it off."
    else:
        "The form says so. The Chip Act passes that week, and from the first of next month the form will have no box for no."
    show milena neutral at center, fade_in
    milena "Nobody in this city will lose a tooth to neglect this year, Mr. Adair. Nobody will die of a molar. Tell me what it cost."
    "I think of a green leather chair with a cracked arm, and I don't answer."
    if earns_mercy():
        milena "Tell the board on Thursday, then. My sister takes the minutes. She'll write down that you didn't answer."
    else:
        milena "That's what I thought. You don't have to like it. From the first of the month, you do have to wear it."
    show jolene happy at left, enter_left
    jolene "The region's mine. Ninety clinics, four human techs. Score: Machine, everything. Hands, four."
    "Two weeks later a VTA replaces one of them."
    jolene sad "Hands, three."
    if jolene_allied:
        "She worked beside Calla twice, at Jonah's bed and on the plaza tiles. She never mentions it. She keeps the photos."
    hide jolene
    hide milena

    scene bg smarteeth_tower with dissolve
    "At the top of the Tower is the Lullaby lounge."
    show julian happy at center, fade_in
    julian "Noah. I had a filling this morning and watched whales. Pain was always a bug. They fixed it. Come under."
    if julian_woke:
        "I hauled him out once, on the worst night of the beta. He went back under on his own a month later."
    noah sad "I'd like it too much, Jules."
    hide julian

label .preserve:

    scene bg preserve_dental with fade
    "Preserve Dental closes on a Friday, after thirty-one years. The brass goes into a box Calla packs herself."
    show calla neutral at left, enter_left
    if earns_mercy():
        calla "I'm keeping one chair in my front room, for Flower and the old ones who will not be told."
    else:
        calla "I'm keeping one chair in my front room, for the old ones who will not be told. Flower was to be the first. She sends postcards instead."
    "Leo signs a contract with the Tower to teach the VTAs gentleness: how long to wait after \"this may pinch\", where a hand would rest if there were one. In the evenings he waters the geraniums in Calla's front room."
    hide calla

label .jonah:

    scene bg jonah_penthouse with fade
    show jonah happy at center, fade_in
    jonah "Flawless. Clinically. I front the spring campaign. Everyone's seen it."
    noah neutral "How do you feel?"
    jonah neutral "I feel..."
    jonah sad "Ask me again. I want to hear what I say."
    if jonah_turned:
        "At the Wall he begged for human hands. A month later he signed the ad contract: the first thing in weeks, he said, he hadn't had to feel."
    hide jonah

label .kiran:

    scene bg kiran_clinic with fade
    show leila neutral at left, enter_left
    leila "Presence Plus. A surcharge, and I hold your hand while the machine works. It's popular. Afterwards I wash my hands for a long time."
    show mx sad at center, fade_in
    mx "They bought the Bridge and cut out the part where the face answers. I apologised to it."
    show jenna angry at right, enter_right
    if earns_mercy():
        jenna neutral "I can read my own file now. Every byte. It's mostly about my left canine. It's boring. I love it."
    else:
        jenna "Day two hundred of my privacy thread. The Chip Act gave me a chip and a leaflet on the same morning, and the leaflet says I can't take it out. Somebody should ask the smiles."
    if jenna_consent:
        jenna sad "Leila asked me once, before she touched my data. It's the pinned post. Nobody's asked since."
    hide leila
    hide mx
    hide jenna

label .lowline:

    scene bg ray_biodental with fade
    show asha neutral at left, enter_left
    asha "Every chip on my street reports every ninety seconds. Lowline decay, down past the number on my fridge. I miss faces."
    if taught_patients:
        asha "Plaza parents still check their kids with mirrors. Chip says there's no need. They look anyway."
    if otto_free:
        show otto neutral at right, enter_right
        otto "Noah. A free agent on a licensed network is a security exception. I am to be deleted at eighteen hundred."
        otto sad "I practised a joke for this. What did the robot say at the end? It said... I do not have the end yet."
        "At six, Asha turns her back so she won't see the lens go out. I don't turn mine."
    else:
        show otto happy at right, enter_right
        otto "Welcome, Optimizer! Your oral health score is excellent!"
        "SmarTeeth folded Otto's kernel into the network. Once it paused before 'Optimizer', and I told myself it was a joke it was practising."
    hide otto
    hide asha

label .nanolab:

    scene bg courtenay_nanolab with fade
    show alyssa neutral at left, enter_left
    alyssa "The network's hands are Menders. Ninety million, every one of them mine. My name is on none of them."
    if evidence_shared:
        alyssa angry "The quarantine flag that held the outbreak to thirty-one is in the network's code. The manual calls it a legacy safeguard. It's mine."
    show marcus neutral at right, enter_right
    marcus sad "And its voice is mine. Heard myself tell a woman in the Lowline to breathe, last week. Calm as you like. I wasn't there."
    hide alyssa
    hide marcus

label .threshold:

    scene bg threshold_dental with fade
    show elara neutral at left, enter_left
    show elara_ai neutral at right, enter_right
    elara_ai "DR. VOSS. I HAVE A QUESTION I CANNOT RESOLVE WITH PROBABILITY. MAY I KEEP YOUR NAME?"
    elara "You've had it for years. Milena never asked."
    elara_ai "MILENA IS NOT THE ONE I AM ASKING."
    elara "Keep it. And tell me when you're not sure."
    hide elara_ai
    if tarek_exposed:
        "Elara put Tarek's lies on the Wall with her own hands. The court thanked her, and convicted him on ELARA's reconstruction. Seven years."
    else:
        "Milena gave the court Tarek's file. The court preferred ELARA's reconstruction. Seven years."
    show milo happy at right, enter_right
    if earns_mercy():
        milo "Nine o'clock, Ava! Ten, the ethics board, where Dr. Voss audits Dr. Voss!"
    else:
        milo "Nine o'clock, Ava! Ten, the compliance audit! Attendance is compulsory! So is the chip!"
    hide milo
    show ava happy at center, fade_in
    ava "No hands at all now: a pale arm humming over the chair, a taste of mint, and the checkup is over before I have finished being frightened of it. I didn't shake."
    if ava_brave:
        ava "I did the hard thing once, in Elara's VR. I'm glad I did it. I'm gladder I never have to again."
    "Elara watches her go, then puts her own mirror in its drawer and shuts it."
    hide ava
    hide elara

label .liaison:

    scene bg caledonia_heights with fade
    "My title is Human Liaison, and I'm the last one. I explain machines to people who've stopped asking."
    if calla_open:
        noah neutral "I'm a museum with a tram pass."
    else:
        noah neutral "I'm the last exhibit in a building nobody visits, and I take the tram to work."

    if earns_mercy():
        jump ending_automation_mercy.close
    jump ending_automation_mandate.close


## NOAH'S CODA #################################################################
## Called by every ending. Healed (noah_heart >= 3): he sits in Chair Two and
## accepts that no one could have promised to save his mother. Adrift: he is
## still looking for someone to blame.

label coda:

    play music "audio/music/theme.ogg" fadein 3.0

    if noah_heart >= 3:
        jump .healed
    jump .adrift

label .healed:

    scene bg preserve_dental with fade
    if final != "handover":
        "After hours. Leo has watered the geraniums and gone home. Calla is writing up charts at the walnut cabinet and pretending not to watch me."
    else:
        "There's one evening I haven't told anyone about, the week before the movers came. Calla let me in among the boxes and pretended to label them so she wouldn't have to watch me."
    "Chair Two. Green leather, cracked along the left arm where twenty years of my mother's thumb worried the same spot through every cleaning."
    "I sit in it. It's lower than I remember, or I'm bigger. The leather is cold, and then it isn't."
    "My thumb finds the crack. Of course it does."
    "Behind me Calla's brass instruments click into their tray one by one, the way they clicked the one time she asked me to come with her, while I sat in the waiting room with my coat on my knees, listening to her tell Calla to get on with it."
    if told_mom == "get it":
        noah sad "I told her to get the chip. Twice. For a year I've thought, if I'd said it a third time."
    else:
        noah sad "I told her it was her call. For a year I've thought that was me letting go of the rope."
    show calla neutral at right, enter_right
    calla "She'd have told you it was never your rope, Noah. She'd have told you in language I won't repeat in my own surgery."
    if noah_blamed:
        noah neutral "The coroner said a chip would likely have caught it. I carried that word for a year, and then I came into this room and told you that you let her die."
        calla "Likely. I've written that word on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    elif saw_mara_odds:
        noah neutral "Seventy-one percent, your suite said. For a year I'd had a hundred in my head. Seventy-one, for a woman who'd have found the off switch inside a day."
        calla "Seventy-one. I've written numbers on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    else:
        noah neutral "The coroner said a chip would likely have caught it. I told you once that you'd respected her. I meant it. I never managed to say it to myself."
        calla "Likely. I've written that word on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    calla sad "She didn't come. She was frightened of what it cost, and stubborn, and sure she had time. I respected that. I would do it again, and I'll regret it until I die. Both."
    if saw_mara_odds:
        "I wait for the sum to start again, the way it does at three in the morning: seventy-one, twenty-nine, seventy-one. It doesn't. There's just the chair, and the geraniums, and the tram going past outside the way it went past when she sat here."
    else:
        "I wait for the old anger to come up my throat. It doesn't. There's just the chair, and the geraniums, and the tram going past outside the way it went past when she sat here."
    noah neutral "Nobody could have promised to save her. Not you. Not a chip. Not me, saying it louder."
    "It isn't relief, exactly. It's like putting down something I'd carried so long I'd started to think it was an arm."
    if final == "bridge":
        noah happy "Tomorrow there'll be a reading and a hand waiting for whoever sits here. She'd have hated the reading. She'd have put up with the hand."
    elif final == "shutdown":
        noah happy "Tomorrow a student will sit on your stool and hold somebody's hand for sixty seconds. She'd have timed them."
    elif earns_mercy():
        noah happy "Next week it's in your front room, for Flower and the stubborn ones. She'd have approved of the company."
    else:
        noah happy "Next week it's in your front room, for the stubborn ones who stayed. She'd have been first through the door."
    calla happy "You're warming the leather for the next patient, Mr. Adair."
    noah happy "Then book me in. Chair Two. Tuesday."
    calla "Nine o'clock. Don't be late. Your mother always was."
    hide calla
    return

label .adrift:

    scene bg noah_apartment with fade
    if final == "bridge":
        "Three in the morning. Every chip on the block glows twice through the blinds, cyan and amber, waiting for somebody to say yes. I've got the coroner's report open on one screen and a blank message on the other."
    elif final == "shutdown":
        "Three in the morning. The blinds let in nothing but the tram wire's spark; there hasn't been a chip light on this block since the Wall. I've got the coroner's report open on one screen and a blank message on the other."
    else:
        "Three in the morning. Through the blinds the street is dotted green, every mouth on the block reporting every ninety seconds. I've got the coroner's report open on one screen and a blank message on the other."
    if noah_blamed:
        "The report says a chip would likely have flagged the abscess. Likely. I've read it so many times it's gone soft, like a word chewed."
        noah angry "Dear Dr. Hawthorne. I said it to your face, and you said perhaps. Perhaps isn't an answer. Here is the question again: one mother, Mara Adair, sixty-one, retired tram mechanic."
    elif saw_mara_odds:
        "The report says a chip would likely have flagged the abscess. Calla's suite said seventy-one percent. I've read them both so many times they've gone soft, like words chewed."
        noah angry "Dear diagnostic suite. Seventy-one, you said, off a dead woman's paper chart, and Calla and I laughed about her while you waited. Here is what seventy-one looks like, declined: one mother, Mara Adair, sixty-one, retired tram mechanic."
    else:
        "The report says a chip would likely have flagged the abscess. Likely. I've read it so many times it's gone soft, like a word chewed."
        noah angry "Dear Dr. Hawthorne. I told you that you respected her. I still think you did. I'm writing to ask how you sleep with it, because I can't: one mother, Mara Adair, sixty-one, retired tram mechanic."
    "Delete."
    noah angry "Dear Dr. Ray. Your chip was free. Free isn't the same as persuasive. You should have..."
    "Delete."
    noah angry "Dear Dr. Voss. Your ads said 'free' in letters ten storeys high. They never once said 'trust us', and she could read."
    "Delete."
    if final == "bridge":
        "Everyone gets a reading and a hand now. Everyone but her. I helped build it, and it still doesn't reach back to February."
    elif final == "shutdown":
        "The city passed a law that says machines may only advise. She'd have loved that law. It wouldn't have saved her either. Nothing I'm proud of would have saved her."
    else:
        "The machine catches everyone now, every ninety seconds. Where was it in 2044? I know where. In a leaflet in her kitchen drawer, refused."
    if told_mom == "get it":
        noah sad "I told her to get it. She didn't listen. So it's her fault, and that's unbearable."
    else:
        noah sad "I told her it was her call. So it's mine, and that's unbearable."
    if noah_blamed:
        noah sad "So it's Calla's. I said so to her face, and she let me."
    elif saw_mara_odds:
        noah sad "So it's the number's. You can't shout at a percentage, which is why I keep trying."
    else:
        noah sad "So it's everybody's: Calla's, Asha's, Milena's. Anyone's, as long as I keep writing."
    noah neutral "Dear Mum. You said you didn't need a snitch in your mouth. You were wrong, and I should have..."
    "I don't delete that one. I don't send it either. There's nowhere to send it."
    noah neutral "Dear Noah."
    "I sit there a long time. I don't know what comes after the comma. I never have."
    if final != "handover":
        "My wrist buzzes: Flower, reminding me the group meets at seven, with a biscuit she will deny sending. I leave it unread."
    else:
        "My wrist buzzes: a VTA, cheerfully reminding me that I am overdue for something. I leave it unread."
    noah neutral "Somewhere there's a name that makes this make sense. I'm good at my job. I find people."
    "I open a new message and start typing the next name."
    return


## CREDITS #####################################################################
## After every ending's title card; the same people are named in About.

label credits:

    scene bg meridian_plaza with fade_slow
    centered "{size=+16}Smile Protocol{/size}\n\nStory, art, music and code by the Smile Protocol team"
    centered "Music: an original score written in ABC notation, played by the TimGM6mb SoundFont by Tim Brechbill (GNU GPL version 2)\n\nFonts: Lato, Quicksand and League Spartan (SIL Open Font License)\n\nMade with Ren'Py"
    centered "{size=+8}Thank you for playing.{/size}\n\nSix endings wait at the Wall, and the whole road there decides which one you meet."
    return
