## Chapter 2: "Preserve" (Preserve Dental, Caledonia Heights; Thursday).
## 2.1 Jolene and Calla clash over Mrs. Pell; Leo mediates.
## 2.2 Jonah's pre-op: ELARA says GUARANTEED; C4 (paper baselines or ELARA).
## 2.3 After hours, Mara's chart; C5.
## 2.4 Leo shows Noah the ISP notebook; C6 (keep it, or show Jolene).

label ch2:

    scene bg caledonia_heights with fade_slow
    play music "audio/music/preserve.ogg" fadein 2.0
    stop ambience fadeout 1.5
    centered "{size=+16}Thursday{/size}"

    "I haven't walked down Alder Row since the funeral. The Heights accounts have been mine all year; I've tuned every chip on this street remotely, from a bench two streets over."
    "On Tuesday Asha noticed. Preserve Dental's leased suite needs a liaison in person, she said, and there isn't anyone else. Which was true, and also not the point."
    "The geraniums are still in the window box. Somebody has been watering them every day for a year."
    play sound "audio/sfx/notify.ogg"
    "My tablet buzzes twice on the walk."
    ## Only the quiet chip in Ch1 (telemetry cut) sends Flower home with a chip she scans herself.
    if flower_chip == "quiet":
        "The first is from an unknown number, a voice note nine seconds long, full of market noise and a kettle."
        flower "Chip man. Tooth lady rang me. Actually rang. I put the scanner on your chip again last night. Still quiet. Tell the box it reads well."  # vn: ignore[speaker-not-shown] (a voice note)
    elif flower_heard:
        "The first is from an unknown number, a voice note nine seconds long, full of market noise and a kettle."
        flower "Chip man. Tooth lady rang me. Actually rang. Tell her her hands are fine. Don't tell her I said."  # vn: ignore[speaker-not-shown] (a voice note)
    else:
        "The first is Flower's chip, reporting for duty at six this morning as it has every morning since Monday: inflammation down, bacterial load down, everything green. Nobody at Ray Bio-Dental has heard her voice since she walked out."
    if otto_bond >= 2:
        otto "Good morning, Noah. I have read around the partition for another nine hours. No news. Also: why did the liaison cross the road? To explain the road to the other side. I think that one has surprise in it."  # vn: ignore[speaker-not-shown] (a message on Noah's tablet)
        noah happy "A little. Mostly it has me in it. Keep going."
    else:
        otto "Good morning, Noah. Mr. Osei from Chair Seven sent Dr. Ray a cake. She asked me what it was for. I said it was for the eleven years. Was that correct?"  # vn: ignore[speaker-not-shown] (a message on Noah's tablet)
        noah neutral "Correct. More correct than the cake deserves."

label .mrs_pell:

    scene bg preserve_reception with dissolve
    play ambience "audio/ambience/clinic.ogg" fadein 1.5 if_changed
    show leo happy at right, enter_right
    with dissolve

    "Leo is at the desk with a watering can, as if he's been waiting a year for the bell to ring. Maybe he has."
    leo "Noah. Oh, it's good to see you. We've missed you."
    noah happy "You've kept the geraniums alive. She'd have sworn you'd kill them by March."
    leo sad "She said that every winter. I think it was how she said thank you."
    "Through the inner door a voice goes up, fast and bright and sharp-edged, and another voice answers it, low and perfectly level, which is how I know who's losing their temper."
    leo worried "Ah. You'd better come through. We're having a difference of opinion."

    scene bg preserve_dental with dissolve
    show jolene angry at left
    show calla neutral at right
    with dissolve

    "The operatory hasn't changed: the brass, the linen, the good lamp. Except that in the corner by the walnut cabinet a SmarTeeth diagnostic suite now stands, white and seamless, like a fridge that went to university."
    "Chair Two is empty. Green leather, cracked along the left arm. I look at it for exactly as long as I can, which isn't long."
    "In Chair One sits a small woman of eighty with her handbag on her lap and her eyes going from one dentist to the other, like someone watching tennis she never bought a ticket for."
    jolene "Cracked cusp, lower right six, fracture line running toward the pulp floor at eighty-three percent probability. Suite says extract and place. Drone-guided implant, one visit, half an hour. She walks out with a tooth that can't crack."
    calla "She walks out with a titanium screw in her jaw, because she grinds her teeth at night, because her husband is dying in the hospice on Linden Street and she lies awake listening for the phone."
    calla "Take the tooth, and she'll crack the next one by Easter."
    jolene "Grief isn't a diagnosis code, Dr. Hawthorne."
    calla "Grief is the diagnosis, Miss Park. Look at the crack: that's the symptom."
    "Jolene Park is twenty-six, SmarTeeth's field technician placed inside Preserve Dental along with the leased suite, and she talks like a progress bar: fast, and always showing you how far along she is."
    jolene "I've got a scoreboard on this place, you know. Machine fourteen, Hands three. And you want to make it Hands four on a hunch about the hospice."
    calla "A hunch? She told me. She told me because I asked how she was sleeping, which is a question your suite doesn't have."
    show leo neutral at center, enter_right
    with dissolve
    "Leo steps between them without seeming to. He has a way of arriving in the exact middle of a room."
    leo "Mrs. Pell. We've been talking over you, and we're sorry. Would you like to tell us what you'd like?"
    "Mrs. Pell" "I'd like to keep the tooth, dear. Harold bought me the crown on the one next to it for our fortieth."
    "Mrs. Pell" "But I'd like to know how bad the crack is. The little screen seemed terribly sure of itself."
    leo happy "Then we'll do both. Jolene's scan shows Dr. Hawthorne exactly where the crack runs, and Dr. Hawthorne saves what she can around it."
    "Jolene looks at Leo the way a fencer looks at a man who has walked onto the piste with a tray of tea. Then she turns the suite's screen toward Calla."
    jolene neutral "Fracture map. Mesial-lingual, stops short of the pulp. For now."
    calla "Thank you. That is genuinely useful."
    "Calla prepares the tooth for an onlay with Jolene's map glowing at her elbow, her brass mirror in one hand and the machine's picture in her eye. Then she takes an impression for a night guard and writes a phone number on the back of an appointment card."
    calla "The hospice has a fold-out bed, Mrs. Pell. Ask for it. You'll sleep better next to him than listening for him."
    "Mrs. Pell" "Oh. Nobody said."
    "Mrs. Pell leaves with her tooth and the card held tight in her glove. Jolene taps her tablet hard enough to hurt it."
    jolene worried "That's a draw. I don't do draws."
    jolene neutral "Machine fourteen, Hands three and a half."
    if toured_tower:
        jolene happy "Hey. You're Asha's liaison. Julian says you did the Tower tour on Monday. Did Milena do the thirty-one-thousand line? She always does the thirty-one-thousand line."
        noah neutral "She did it beautifully."
        jolene "It's a good line. It's also true. That's what people hate about it."
    else:
        jolene neutral "You're Asha's liaison. Adair. Your Heights numbers are immaculate. Nobody immaculate ever wants to talk to me, so I assume you're here for the chip check."

label .guaranteed:

    scene bg preserve_dental with dissolve
    show jonah happy at left
    show calla neutral at right
    show jolene neutral at midleft
    with dissolve

    "At two, Jonah Vance arrives for his pre-op in a coat that costs more than my apartment and a smile that costs more than the coat."
    jonah "Calla! Noah Adair, as I live and floss. Do you know, I think you two are the only people in the city who've seen me without veneers."
    "He taps his front teeth, the ones Calla placed for him two years ago."
    jonah neutral "You told me it was the light, the day you placed them. For a year I believed you. Then the left lateral drifted. Two percent. Nobody else can see it. I can see it every morning."
    "He's booked for the Perfect Smile: a genomic screen by ELARA, then Tarek Liu's ReGrow serum to grow his own enamel back, then Courtenay Mender nanobots to shape it. Hand-grown perfection. The Wall has been selling it all week."
    "My part is small: his chip has to join the five-beta pilot ahead of the rest of the city, so the dispensers can dose him after the procedure. A signature, as liaison. I've signed a hundred."
    jolene happy "Screen's ready. Sit back, Mr. Vance. This is the fun bit."
    scene bg preserve_dental
    show elara_ai neutral at crowd_back_center, fade_in
    show jolene happy at crowd_back_left
    show jonah neutral at crowd_front_left
    show calla neutral at crowd_front_right
    with dissolve
    "The suite brightens. A face forms in the air over it: not a face exactly, a courtesy, cyan and symmetrical, with a voice that makes every syllable sound audited."
    elara_ai "GOOD AFTERNOON, JONAH VANCE. GENOMIC SCREEN COMPLETE."
    elara_ai "ENAMEL-MATRIX GENES: ONE VARIANT OF UNCERTAIN SIGNIFICANCE. WEIGHTED AGAINST FOUR THOUSAND ONE HUNDRED AND TWELVE REFERENCE GENOMES. REGROW OUTCOME DATA: SIX HUNDRED AND TWELVE TRIAL SUBJECTS."
    elara_ai "ADVERSE EVENTS IN TRIAL POPULATION: ZERO. PROBABILITY OF OPTIMAL OUTCOME: 99.4 PERCENT."
    elara_ai "CLASSIFICATION: GUARANTEED."
    show jolene at hop
    jolene surprised "Guaranteed. Do you know how rare that is? ELARA doesn't say guaranteed. I've seen it twice in three years."
    jolene happy "Machine fifteen!"
    jonah happy "Guaranteed. Well. I'll have it engraved."
    calla angry "Guaranteed. I have seen that word on posters, Jonah, and never once on a chart. It has wandered in."
    show calla at slide_center
    "Calla crosses the room in four precise steps and stands by the chair, where Jonah has to look at her instead of the light."
    calla "Zero adverse events in six hundred and twelve subjects. I have practised for thirty-one years and never once seen zero of anything. Zero means nobody looked, or somebody looked and tidied up."
    calla "And a variant of uncertain significance means nobody knows. Your machine has taken 'nobody knows' and rounded it to 'fine'."
    elara_ai "UNCERTAINTY HAS BEEN ACCOUNTED FOR."
    calla "By whom?"
    show elara_ai at shake
    elara_ai "BY— BY— UNCERTAINTY HAS BEEN ACC— ...ACCOUNTED FOR."
    play sound "audio/sfx/glitch.ogg"
    "The cyan face stutters, just for a frame, like a projector that has swallowed a hair. Then it is smooth again."
    jolene worried "That's a render glitch. The Tower's pushing patches all week before the Wall. It's cosmetic."
    calla "Everything in this room is cosmetic, Miss Park, until it isn't."
    jonah sad "Calla. I've put eleven million into ReGrow. I can't be the founder with the fake teeth. I'm supposed to be the proof. At the Wall, under the lights, in front of everyone."
    jonah neutral "And if something goes wrong, which it won't, nobody needs to know it went wrong. I'll handle it."
    "He says it lightly, as a joke. Calla doesn't laugh. Neither do I. I've heard that exact sentence before, from a woman with a cold."
    calla neutral "Mr. Adair. His chip is yours to sign. I should like, before you sign it, to take baselines by hand. On paper. So that if anything changes, somebody knows what it changed from."
    jolene angry "The suite took every baseline there is in four-tenths of a second. It's all logged at the Tower."
    calla "Then it will be logged twice. Once where I can reach it."
    jonah happy "Noah. You're the tiebreaker. You know my chip better than I do."

    menu:
        "Calla's right. Take the paper baselines first.":
            $ adjust("trust_human", 1)
            $ jonah_warned = True
            jump .paper
        "ELARA's seen four thousand mouths. Trust it.":
            $ adjust("trust_machine", 1)
            jump .trust_elara

label .paper:

    hide elara_ai
    show calla at slide_right
    show leo neutral at crowd_back_center, enter_right
    with dissolve
    noah neutral "Take the baselines, Doctor. I'll hold the signature till you're done."
    jolene angry "Unbelievable. Fine. Machine fifteen, Hands three and a half, Paper one."
    "It takes an hour. Calla walks the periodontal probe round every tooth and calls out the depths, and Leo writes them down in ink in a fresh chart: two, two, three, two. She touches ice to each tooth and watches Jonah's eyes for the flinch."
    "She photographs his gums with a camera that takes actual film. Then she draws them, in pencil, on squared paper, quick and exact, the way someone else might sketch a coastline."
    jonah neutral "You're drawing my gums."
    calla "I am drawing your gums."
    jonah "Is it a good likeness?"
    calla "An honest one. Hold still, please. Honest is more use to me than good."
    "Jolene watches the whole hour with her arms folded and her foot going. Around minute forty she stops tapping. Around minute fifty she leans in to see the drawing, and pretends she didn't."
    "At the end Calla files the chart in the walnut cabinet, under V, and writes on the tab in capitals: VANCE, J. BASELINE. DO NOT DISCARD."
    jonah worried "You really think it's going to go wrong."
    calla "I think that if it does, you won't tell anyone. So I should like to be able to tell for you."
    "For one second Jonah's smile isn't there at all, and the face underneath is nine years old. Then it's back, brighter than before, and he kisses Calla's hand, which she permits like a tax."
    hide jonah with dissolve
    jump .after_hours

label .trust_elara:

    noah neutral "ELARA's seen four thousand mouths, Doctor. We've seen one. I'll sign it."
    jolene happy "Thank you! Somebody in this building can count."
    "Calla looks at me. It isn't the look from the funeral path. It's worse: it's polite."
    calla neutral "Very well. It's Mr. Vance's mouth."
    "She had a blank chart half out of the walnut cabinet, ready for him. She slides it back into its drawer. It makes almost no sound."
    elara_ai happy "CONSENT LOGGED. THANK YOU, LIAISON ADAIR. PROCEDURE SCHEDULED: MONDAY, 07:00. RESULT PRESENTATION: THE HEALTH WALL, MAIN STAGE."
    hide elara_ai with dissolve
    jonah happy "Main stage, Calla. Under the lights. I'll be the proof."
    calla "I hope the machine is right, Jonah. I have hoped that before."
    hide jonah with dissolve
    jolene neutral "Machine fifteen, Hands three and a half. Don't look at me like that, Doctor. The numbers aren't mean. They're just numbers."
    calla "Numbers are never just anything, Miss Park. Someone always chose which ones to keep."
    jump .after_hours

label .after_hours:

    scene bg preserve_dental with fade
    play music "audio/music/grief.ogg" fadein 3.0
    show calla neutral at right
    with dissolve

    "By six the light through the frosted window has gone the colour of weak tea. Leo is cashing up at the front. Jolene's suite has gone to sleep with a small white standby light."
    "I stay behind to sign off the last of the chip checks, and I end up standing beside Chair Two with my hand on its cracked arm."
    calla "I haven't had it mended. I keep meaning to."
    noah neutral "Don't. She'd only have cracked the new one."
    "Calla doesn't answer the joke. She looks at me as she looked at Mrs. Pell this morning: as if the crack is a symptom."
    calla "You've not been back in a year. I'd wondered whether you would come at all."
    if told_mom == "get it":
        noah sad "I told her to get it, you know. The chip. Twice. I said please, even. She told me I sounded like the Wall, and I let it go."
        noah "I fit those things for a living. I've talked bus drivers into them. Bishops. I had one more push in me and I didn't use it on my own mother."
    else:
        noah sad "You know what I told her? Under the Wall, the day she saw you. She asked me if she should get the chip, and I said 'your call'."
        noah "I was proud of that. Very respectful son. She made her call. Turns out respect is also how you watch somebody walk off a platform."
    calla worried "I want to show you something. You may not want to see it. You may tell me to put it back."
    "She unlocks the walnut cabinet and takes out a folder gone soft with handling. ADAIR, M. Twenty years of my mother's mouth, in Calla's upright hand."
    "Near the end, the entries are short."
    calla neutral "The day you brought her. 'Shadow at margin, lower left six. SOE offered. Declined: I don't need a snitch in my mouth.' I wrote down her words. I always write down their words."
    calla "October. 'Recall. Tender to percussion. Radiograph declined. SOE declined.' I asked twice. She said no twice. I wrote it twice."
    calla sad "Twelfth of January. 'Did not attend recall. Telephoned, no answer.' Fourteenth of January. 'Telephoned, no answer.'"
    noah surprised "You rang her."
    calla "Twice. She didn't ring back. I did not go round. I told myself that going round would be a kind of trespass."
    calla "I have asked myself every day for a year whether it was respect or cowardice. I have not reached a conclusion. I'm not certain there is one."
    "The folder lies open on the instrument tray between us. In the margin of the October entry Calla has drawn a little plum. My mother used to bring her plums from the tree behind the flats. I'd forgotten that."

    menu:
        "You let her die.":
            $ adjust("trust_machine", 1)
            $ noah_blamed = True
            jump .blame
        "You respected her. That's what she'd have wanted.":
            $ adjust("trust_human", 1)
            $ adjust("noah_heart", 1)
            jump .respect
        "Show me what a chip would have seen.":
            $ adjust("bridge", 1)
            $ adjust("noah_heart", 1)
            $ saw_mara_odds = True
            jump .what_chip_saw

label .blame:

    noah angry "You let her die."
    "It comes out quietly. I've rehearsed it for a year, in the shower, on the Nine, in the small hours with the badge in my hand, and in every rehearsal it was louder."
    "Calla doesn't flinch. She closes the folder, squares its edges against the tray, and only then looks up."
    calla sad "Perhaps I did."
    calla "I respected her. It is the only thing I know how to do well. And tonight it isn't enough, is it."
    noah angry "No."
    "It should feel better than this. I waited a year for it to feel better than this."
    "I walk out to the reception before she can say anything kind, because if she says anything kind I don't know what I'll do with my hands."
    hide calla with dissolve
    jump .notebook_blame

label .respect:

    noah sad "You respected her. That's what she'd have wanted. It's what she asked everybody for, her whole life. You were one of the few who gave it."
    "Calla's straight back gives a little. A wall gives like that, just before you see the crack."
    calla sad "She'd want you not to carry it either, Noah. She'd be furious with both of us. She'd bring plums, and be furious."
    noah happy "Victoria plums. From the tree the council kept trying to cut down. She used to stand in front of it with a flask."
    calla happy "She brought me a bag every September for twenty years. I never once told her I don't much care for plums."
    noah "She knew. She told me. She said you ate them anyway because you were too polite not to, and that was why she kept bringing them."
    "Calla laughs, a short surprised sound, and then puts her hand over her mouth, the way Flower does. Her eyes are wet. I've never seen her eyes wet."
    calla neutral "Thank you. I have not been thanked for that year by anybody. I had not noticed I was waiting."
    hide calla with dissolve
    jump .notebook

label .what_chip_saw:

    noah neutral "Show me what a chip would have seen. Not a story. The number."
    "I expect her to refuse, or to call Jolene back. Instead Calla crosses to the sleeping suite, wakes it with two taps, and opens a retrospective module I didn't know the lease included."
    "She feeds it my mother's chart page by page, and her upright hand flickers up into the machine's cyan, line after line."
    noah surprised "You know how to run that."
    calla neutral "I read the manual. Someone in this building ought to."
    show elara_ai neutral at center
    with dissolve
    elara_ai "RETROSPECTIVE ANALYSIS: ADAIR, MARA. SOURCE: HANDWRITTEN CLINICAL RECORD, TWENTY YEARS."
    elara_ai "BASED ON CHARTED FINDINGS, AN SOE WOULD HAVE FLAGGED PERIAPICAL INFECTION ON OR ABOUT 9 JANUARY 2044. PROBABILITY OF DETECTION: 71 PERCENT."
    elara_ai "PROBABILITY OF PATIENT ACTING ON ALERT: INSUFFICIENT DATA."
    "Seventy-one. I'd imagined a hundred, most nights. On the bad ones, I imagined a hundred and a siren."
    noah neutral "Seventy-one. Not a hundred."
    calla "And not zero. I shan't pretend it's zero, Noah. Neither should you."
    noah happy "'Patient acting on alert: insufficient data.' That's her. That's exactly her. She'd have found the setting and turned it off inside a week."
    calla happy "Inside a day. She rewired the tram depot's clocking-in machine in 2019 so it always said seven o'clock."
    "We both laugh. The cyan face waits politely for us to finish. A machine can wait forever."
    elara_ai "IS THERE ANYTHING FURTHER?"
    calla neutral "No. Thank you. That was exactly enough."
    hide elara_ai with dissolve
    hide calla with dissolve
    jump .notebook

label .notebook_blame:

    scene bg preserve_reception with dissolve
    show leo sad at right
    with dissolve

    "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    leo "We heard. The walls in this place are old, and thinner than they look."
    leo "She won't say it, so I will. She's been asking herself that question every night for a year. You didn't ask her anything new. You only asked it out loud."
    jump .notebook_drawer

label .notebook:

    scene bg preserve_reception with dissolve
    show leo neutral at right
    with dissolve

    "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    leo "We heard. The walls in this place are old, and thinner than they look."
    leo happy "That's the first time she's laughed in that room since February. We'd nearly forgotten what it sounded like."

label .notebook_drawer:
    "He sets the watering can down. Then he takes a small key from his waistcoat pocket and turns it over and over in his fingers."
    leo worried "Can I show you something? She'd have my head. She'd have it very gently, and make me tea afterwards, but she'd have it."
    "He unlocks the bottom drawer of the walnut cabinet, the one with no label, and takes out a notebook bound in green cloth, rubbed pale at the corners."
    "On the first page, in Calla's copperplate: The Integrated Smile Protocol."
    "I turn the pages. Diagrams of the operatory with the SmarTeeth suite drawn into it, arrows running between the suite, the chair and Calla's hands. A year of Jolene's diagnostic printouts, pasted in and annotated in red ink: right; right; wrong, the patient was lying about the smoking; right; right, and I should have missed it."
    "On one page, a score, in Calla's ruled columns. Machine caught: forty-six. Hands caught: thirty-eight. Both: one hundred and twelve. Neither: four. The four are underlined so hard the nib went through."
    "And across one spread, the method, numbered like a recipe. One: the patient speaks first. Two: the machine reads. Three: the hands confirm. Four: the patient decides."
    leo neutral "She started it the week after your mother's funeral."
    "I look up."
    leo "She thought if there'd been something in between, not a snitch, something Mara could have said yes to, something with a person at both ends of it..."
    leo sad "There's a page near the back where we aren't in it. Where a machine does what I do: the tea, the hand on the arm of the chair. She crossed it out. I've read that page a hundred times."
    show calla surprised at left
    with dissolve
    calla "Leo."
    leo neutral "We needed someone else to know."
    "Calla holds out her hand for the notebook, and I give it to her. She holds it against her coat with both arms, the way Mrs. Pell held her handbag."
    calla worried "It's an old woman's doodles. An exercise. Something to do in the evenings instead of the crossword."
    calla "If I show it to them, it becomes a product or a joke. 'Last human dentist in Caledonia Heights wants a slice of the future.' Milena Voss would frame it. Miss Park would score it."
    calla sad "I am sixty-four years old. I should like, if I may, to be a relic on my own terms."
    "It occurs to me that Jolene's suite could run most of this notebook tomorrow, if anybody asked it nicely."

    menu:
        "It's yours. Keep it until you're ready.":
            $ adjust("trust_human", 1)
            jump .keep_secret
        "Show Jolene. She's the one who could build it.":
            $ adjust("bridge", 1)
            $ calla_open = True
            jump .show_jolene

label .keep_secret:

    noah neutral "It's yours, Doctor. Keep it till you're ready. Nobody gets to turn you into a slogan before you've finished the sentence."
    "Calla takes off her glasses and presses the marks they leave on her nose."
    calla neutral "Thank you. For once, let something of mine stay mine a little longer."
    "She puts the notebook back in the bottom drawer herself, and locks it, and holds out her hand to Leo for the key. He gives it to her. She looks at it, and gives it back."
    calla happy "You'd better keep it. You're the one who remembers where things are."
    leo happy "We'll keep it safe."
    "On my way out I catch Leo glancing at the drawer, the way you glance at a sleeping child, half hoping it'll wake."
    jump .chapter_end

label .show_jolene:

    noah neutral "Show Jolene. She's the one who could build it. She's been half of this notebook for a year, she just doesn't know it."
    calla angry "Miss Park thinks I am a museum with a drill."
    noah "Miss Park keeps score. So do you. Yours is the only scoreboard in the building that's honest about both sides."
    "Calla looks at the notebook, then out of the front window. Across Alder Row, Jolene is waiting at the tram stop, thumbing her scoreboard under the streetlight."
    "Calla goes out into the road in her white coat and calls her back by name, Miss Park, loud enough to turn heads all down the terrace. I didn't know she had a voice that size."
    "Jolene comes back across the road at a run, as if somebody's been hurt, and stops dead in the doorway when she sees nobody has."
    show calla neutral at left
    show jolene surprised at right
    show leo neutral at center
    with dissolve
    calla "Miss Park. Page nine. Your machine is wrong on page nine, and right on pages ten to fourteen, and I should like your help with the rest."
    "Jolene takes the notebook as if it might be a trick. She reads standing up, as fast as she talks. Then slower. Then she sits down on the waiting-room bench without looking at it."
    jolene "You've been keeping score."
    calla "Forty-six to thirty-eight. You were ahead."
    jolene worried "You kept score for me. Everybody at the Tower keeps score on me. Nobody keeps it for me."
    jolene neutral "Page thirty-one's wrong, by the way. The suite can do that step in a third of a second. You've got Leo doing it with a ruler."
    calla "Leo likes the ruler."
    leo happy "We like the ruler."
    jolene "The rest isn't wrong. The rest is..."
    "She stops. Jolene Park, for once, doesn't seem to know what the score is."
    jolene neutral "I'll read it. Tonight. Doesn't mean I like it."
    leo happy "We'll put the kettle on."
    jump .chapter_end

label .chapter_end:

    scene bg caledonia_heights with fade
    play music "audio/music/preserve.ogg" fadein 2.0
    stop ambience fadeout 2.0
    "Alder Row at night: plane trees, brass plates, the hum of somebody's smart glass dimming itself for the evening. Above the rooftops, a corner of the Wall shows the expo countdown and Jonah Vance's face, smiling at two percent."
    if jonah_warned:
        "In a walnut cabinet behind me, a pencil drawing of his gums sleeps in a folder marked DO NOT DISCARD."
    else:
        "Somewhere in the Tower, every baseline Jonah has is logged perfectly, once, where none of us can reach it."
    if flower_heard:
        "My tablet plays Flower's voice note again when I bump it: the kettle, the market noise, her voice, clipped and gruff and kind. I don't delete it."
    else:
        "Flower's chip pings the network at six, as it will every morning now. Green. Green. Green. Nobody rings her."
    "I walk to the tram stop, and for the first time in a year I don't take the long way round to avoid the one outside Preserve Dental."
    return
