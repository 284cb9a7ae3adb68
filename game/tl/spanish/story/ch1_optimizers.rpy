# TODO: Translation updated at 2026-11-21 06:03

# game/story/ch1_optimizers.rpy:11
translate spanish ch1_d23ab521:

    # centered "{size=+16}Monday{/size}\n\nThree weeks to the Health Wall"
    centered "{size=+16}Monday{/size}\n\nThree weeks to the Health Wall"

# game/story/ch1_optimizers.rpy:13
translate spanish ch1_e5a2fc4c:

    # "The Lowline wakes up wet. Steam off the canal, shutters rattling up, a noodle cart hissing under a sign that still says Caledonia because nobody has paid to change it."
    "The Lowline wakes up wet. Steam off the canal, shutters rattling up, a noodle cart hissing under a sign that still says Caledonia because nobody has paid to change it."

# game/story/ch1_optimizers.rpy:14
translate spanish ch1_65a1f701:

    # "Every third person on the street has a faint blue point of light when they smile. That's a Smart Oral Enhancer saying good morning. Free for life. Data-sharing terms apply."
    "Every third person on the street has a faint blue point of light when they smile. That's a Smart Oral Enhancer saying good morning. Free for life. Data-sharing terms apply."

# game/story/ch1_optimizers.rpy:15
translate spanish ch1_0b2ebbdd:

    # "I fitted a fair few of those lights myself."
    "I fitted a fair few of those lights myself."

# game/story/ch1_optimizers.rpy:23
translate spanish ch1_dashboards_2cfb8905:

    # "Ray Bio-Dental lives in the old Lowline tram shed. The rails are still in the floor under the resin, and if you know where to look you can see the pit where they used to drop the bogies for brake work."
    "Ray Bio-Dental lives in the old Lowline tram shed. The rails are still in the floor under the resin, and if you know where to look you can see the pit where they used to drop the bogies for brake work."

# game/story/ch1_optimizers.rpy:24
translate spanish ch1_dashboards_122889d0:

    # "My mother fixed brakes in this shed for thirty years. I try not to think about that before coffee."
    "My mother fixed brakes in this shed for thirty years. I try not to think about that before coffee."

# game/story/ch1_optimizers.rpy:25
translate spanish ch1_dashboards_5f4bc1f0:

    # "Twelve chairs now, no walls between them. Above each one hangs a drone the size of a dinner plate, humming in a key I stopped hearing a year ago."
    "Twelve chairs now, no walls between them. Above each one hangs a drone the size of a dinner plate, humming in a key I stopped hearing a year ago."

# game/story/ch1_optimizers.rpy:26
translate spanish ch1_dashboards_4e6a50e2:

    # "Over every chair a patient's history scrolls in the air, in the pale green of good news: enamel density, pocket depth, saliva pH, the little lifetime of a mouth."
    "Over every chair a patient's history scrolls in the air, in the pale green of good news: enamel density, pocket depth, saliva pH, the little lifetime of a mouth."

# game/story/ch1_optimizers.rpy:27
translate spanish ch1_dashboards_661da894:

    # "A drone drops to Chair Four, breathes a fine mist, flickers blue, and rises. A nine-year-old gets up with a lesion arrested and no idea anything happened. He's already on his phone."
    "A drone drops to Chair Four, breathes a fine mist, flickers blue, and rises. A nine-year-old gets up with a lesion arrested and no idea anything happened. He's already on his phone."

# game/story/ch1_optimizers.rpy:28
translate spanish ch1_dashboards_cc1f6c2b:

    # "Dr. Asha Ray stands in the middle of it all, reading the air."
    "Dr. Asha Ray stands in the middle of it all, reading the air."

# game/story/ch1_optimizers.rpy:29
translate spanish ch1_dashboards_70719c50:

    # asha "Chair Four, lesion arrested, remineralisation at ninety-four percent. Chair Nine, pocket depth down a millimetre. Noah, your Heights compliance dropped four points over the weekend. Good morning."
    asha "Chair Four, lesion arrested, remineralisation at ninety-four percent. Chair Nine, pocket depth down a millimetre. Noah, your Heights compliance dropped four points over the weekend. Good morning."

# game/story/ch1_optimizers.rpy:30
translate spanish ch1_dashboards_2d78094b:

    # noah happy "Morning, Doctor. My weekend was fine, thanks for asking."
    noah happy "Morning, Doctor. My weekend was fine, thanks for asking."

# game/story/ch1_optimizers.rpy:31
translate spanish ch1_dashboards_76d0dde1:

    # asha "I didn't ask."
    asha "I didn't ask."

# game/story/ch1_optimizers.rpy:32
translate spanish ch1_dashboards_6119cd1a:

    # noah neutral "I know. I was modelling it for you."
    noah neutral "I know. I was modelling it for you."

# game/story/ch1_optimizers.rpy:33
translate spanish ch1_dashboards_eafe4311:

    # "She almost smiles, but a number moves in the corner of her eye and she goes after it instead."
    "She almost smiles, but a number moves in the corner of her eye and she goes after it instead."

# game/story/ch1_optimizers.rpy:34
translate spanish ch1_dashboards_63000830:

    # asha happy "Look at this. Lowline caries in under-twelves, down sixty-one percent in two years. Sixty-one. You could hire every dentist left in the city and not scale your way to that."
    asha happy "Look at this. Lowline caries in under-twelves, down sixty-one percent in two years. Sixty-one. You could hire every dentist left in the city and not scale your way to that."

# game/story/ch1_optimizers.rpy:35
translate spanish ch1_dashboards_9ead0e8f:

    # "She's right, and that's the trouble with Asha. She's nearly always right, and she's right about people she has never once looked at."
    "She's right, and that's the trouble with Asha. She's nearly always right, and she's right about people she has never once looked at."

# game/story/ch1_optimizers.rpy:36
translate spanish ch1_dashboards_df3e11df:

    # "Her tablet chimes. A SmarTeeth seal, a document with a page count in three figures. She presses her thumb to it without scrolling."
    "Her tablet chimes. A SmarTeeth seal, a document with a page count in three figures. She presses her thumb to it without scrolling."

# game/story/ch1_optimizers.rpy:37
translate spanish ch1_dashboards_0f4ba667:

    # noah "Are you going to read that?"
    noah "Are you going to read that?"

# game/story/ch1_optimizers.rpy:38
translate spanish ch1_dashboards_de16837c:

    # asha neutral "It's the SOE five-beta release. Three hundred and eight pages. Their lawyers read it, and my lawyers read their lawyers."
    asha neutral "It's the SOE five-beta release. Three hundred and eight pages. Their lawyers read it, and my lawyers read their lawyers."

# game/story/ch1_optimizers.rpy:39
translate spanish ch1_dashboards_56590e19:

    # asha "It links every chip to ELARA and to the nanobot dispensers. It means a drone doesn't have to wait for me to approve a dose at three in the morning."
    asha "It links every chip to ELARA and to the nanobot dispensers. It means a drone doesn't have to wait for me to approve a dose at three in the morning."

# game/story/ch1_optimizers.rpy:40
translate spanish ch1_dashboards_44c05201:

    # noah "That sounds good."
    noah "That sounds good."

# game/story/ch1_optimizers.rpy:41
translate spanish ch1_dashboards_926498d5:

    # asha "It is good."
    asha "It is good."

# game/story/ch1_optimizers.rpy:42
translate spanish ch1_dashboards_4401c52f:

    # "The tablet says SIGNED in a cheerful font. Somewhere downtown, something that has been waiting for her thumb starts moving."
    "The tablet says SIGNED in a cheerful font. Somewhere downtown, something that has been waiting for her thumb starts moving."

# game/story/ch1_optimizers.rpy:50
translate spanish ch1_why_cry_41c76d88:

    # "In Chair Seven a big man in a dock jacket lies very still while a drone finishes a root treatment he's been putting off for eleven years."
    "In Chair Seven a big man in a dock jacket lies very still while a drone finishes a root treatment he's been putting off for eleven years."

# game/story/ch1_optimizers.rpy:51
translate spanish ch1_why_cry_8987dcaf:

    # "The chair's readout dips toward zero: pain index, the number Asha loves most. And the man begins to cry."
    "The chair's readout dips toward zero: pain index, the number Asha loves most. And the man begins to cry."

# game/story/ch1_optimizers.rpy:52
translate spanish ch1_why_cry_14028891:

    # "Not loudly. The tears just come, out of the corners of his eyes and into his ears, while the rest of his face stays put."
    "Not loudly. The tears just come, out of the corners of his eyes and into his ears, while the rest of his face stays put."

# game/story/ch1_optimizers.rpy:53
translate spanish ch1_why_cry_074fb585:

    # asha "Cortisol spike, Chair Seven. Pain index zero point one. He's fine."
    asha "Cortisol spike, Chair Seven. Pain index zero point one. He's fine."

# game/story/ch1_optimizers.rpy:56
translate spanish ch1_why_cry_357dc973:

    # "Otto rolls up beside me on its soft wheels: a boxy service robot with one round lens, a tray arm and a speaker grille, Asha's assistant and the closest thing Ray Bio-Dental has to a receptionist."
    "Otto rolls up beside me on its soft wheels: a boxy service robot with one round lens, a tray arm and a speaker grille, Asha's assistant and the closest thing Ray Bio-Dental has to a receptionist."

# game/story/ch1_optimizers.rpy:57
translate spanish ch1_why_cry_9ff6777c:

    # otto "Noah. A question. The pain index in Chair Seven is zero point one. His tear production is significantly above baseline. Is the dashboard wrong?"
    otto "Noah. A question. The pain index in Chair Seven is zero point one. His tear production is significantly above baseline. Is the dashboard wrong?"

# game/story/ch1_optimizers.rpy:58
translate spanish ch1_why_cry_dd2ba594:

    # noah neutral "The dashboard's right."
    noah neutral "The dashboard's right."

# game/story/ch1_optimizers.rpy:59
translate spanish ch1_why_cry_f71f5523:

    # otto surprised "Then why do people cry?"
    otto surprised "Then why do people cry?"

# game/story/ch1_optimizers.rpy:60
translate spanish ch1_why_cry_cec671f5:

    # "Asha doesn't look up. I go over to Chair Seven and crouch down, because it seems rude to answer a question like that standing."
    "Asha doesn't look up. I go over to Chair Seven and crouch down, because it seems rude to answer a question like that standing."

# game/story/ch1_optimizers.rpy:61
translate spanish ch1_why_cry_6e013896:

    # "Mr. Osei" "Eleven years. Eleven years that tooth's been at me. I worked double shifts on it. I got married on it."
    "Mr. Osei" "Eleven years. Eleven years that tooth's been at me. I worked double shifts on it. I got married on it."

# game/story/ch1_optimizers.rpy:62
translate spanish ch1_why_cry_24f6bff4:

    # "Mr. Osei" "And a plate with a light in it fixed it in six minutes."
    "Mr. Osei" "And a plate with a light in it fixed it in six minutes."

# game/story/ch1_optimizers.rpy:63
translate spanish ch1_why_cry_73b7f87c:

    # "He laughs, wet and furious, at the drone, at himself, at the eleven years."
    "He laughs, wet and furious, at the drone, at himself, at the eleven years."

# game/story/ch1_optimizers.rpy:64
translate spanish ch1_why_cry_6c8613ca:

    # noah sad "Sometimes people cry when it stops hurting. The hurting was holding something up."
    noah sad "Sometimes people cry when it stops hurting. The hurting was holding something up."

# game/story/ch1_optimizers.rpy:65
translate spanish ch1_why_cry_6eb0e52f:

    # otto neutral "That is inefficient. I mean no offence. I am writing it down."
    otto neutral "That is inefficient. I mean no offence. I am writing it down."

# game/story/ch1_optimizers.rpy:66
translate spanish ch1_why_cry_b4a921e1:

    # "Otto's lens turns from the man to me and stays there a moment too long, like it's filing me under the same heading."
    "Otto's lens turns from the man to me and stays there a moment too long, like it's filing me under the same heading."

# game/story/ch1_optimizers.rpy:67
translate spanish ch1_why_cry_d1c312ef:

    # otto happy "I have also been practising a joke. Why did the drone cross the clinic?"
    otto happy "I have also been practising a joke. Why did the drone cross the clinic?"

# game/story/ch1_optimizers.rpy:68
translate spanish ch1_why_cry_a9cb3a53:

    # noah neutral "Why?"
    noah neutral "Why?"

# game/story/ch1_optimizers.rpy:69
translate spanish ch1_why_cry_6ebb5a5e:

    # otto "Because it was scheduled to."
    otto "Because it was scheduled to."

# game/story/ch1_optimizers.rpy:70
translate spanish ch1_why_cry_99f9650e:

    # otto neutral "I am told the important part of a joke is the surprise. I am still working on the surprise."
    otto neutral "I am told the important part of a joke is the surprise. I am still working on the surprise."

# game/story/ch1_optimizers.rpy:71
translate spanish ch1_why_cry_36243b0e:

    # noah happy "You'll get there. Surprise is mostly timing and a bit of cruelty."
    noah happy "You'll get there. Surprise is mostly timing and a bit of cruelty."

# game/story/ch1_optimizers.rpy:72
translate spanish ch1_why_cry_da4da3b8:

    # otto worried "I will work on the timing."
    otto worried "I will work on the timing."

# game/story/ch1_optimizers.rpy:81
translate spanish ch1_flower_421ad8b4:

    # "At ten-fifteen the intake arch by the door goes amber and then red, and a voice goes with it."
    "At ten-fifteen the intake arch by the door goes amber and then red, and a voice goes with it."

# game/story/ch1_optimizers.rpy:84
translate spanish ch1_flower_ff64d83e:

    # flower "Don't scan me."
    flower "Don't scan me."

# game/story/ch1_optimizers.rpy:85
translate spanish ch1_flower_e9988bac:

    # "She's in her late fifties, small and wiry, in a canvas coat with every pocket full of something. Radio valves, I find out later. Coils of wire. A screwdriver with its handle wrapped in tape."
    "She's in her late fifties, small and wiry, in a canvas coat with every pocket full of something. Radio valves, I find out later. Coils of wire. A screwdriver with its handle wrapped in tape."

# game/story/ch1_optimizers.rpy:86
translate spanish ch1_flower_19f033c2:

    # "She holds one hand flat over her mouth when she talks, like a lid."
    "She holds one hand flat over her mouth when she talks, like a lid."

# game/story/ch1_optimizers.rpy:87
translate spanish ch1_flower_3d8332bf:

    # otto "Welcome to Ray Bio-Dental. Please step through the arch so that we may greet your chip."
    otto "Welcome to Ray Bio-Dental. Please step through the arch so that we may greet your chip."

# game/story/ch1_optimizers.rpy:88
translate spanish ch1_flower_dbc3ca89:

    # flower "Haven't got one. Don't want one. Need the tooth lady."
    flower "Haven't got one. Don't want one. Need the tooth lady."

# game/story/ch1_optimizers.rpy:89
translate spanish ch1_flower_bdf52833:

    # asha "I'm Dr. Ray. Your name, please?"
    asha "I'm Dr. Ray. Your name, please?"

# game/story/ch1_optimizers.rpy:90
translate spanish ch1_flower_b2822ad6:

    # flower "Flower."
    flower "Flower."

# game/story/ch1_optimizers.rpy:91
translate spanish ch1_flower_7501e23e:

    # asha "Surname?"
    asha "Surname?"

# game/story/ch1_optimizers.rpy:92
translate spanish ch1_flower_b2822ad6_1:

    # flower "Flower."
    flower "Flower."

# game/story/ch1_optimizers.rpy:93
translate spanish ch1_flower_bb273e47:

    # "Asha looks at the air over the chair, where the history should be, and finds nothing at all. For a moment she looks like a pilot whose instruments have all gone dark at once."
    "Asha looks at the air over the chair, where the history should be, and finds nothing at all. For a moment she looks like a pilot whose instruments have all gone dark at once."

# game/story/ch1_optimizers.rpy:94
translate spanish ch1_flower_b17a4fa5:

    # asha worried "No chip, no history. I can't see anything."
    asha worried "No chip, no history. I can't see anything."

# game/story/ch1_optimizers.rpy:95
translate spanish ch1_flower_949f6a37:

    # noah neutral "You could look."
    noah neutral "You could look."

# game/story/ch1_optimizers.rpy:96
translate spanish ch1_flower_ea1b5cc4:

    # "Flower takes her hand from her mouth. Her lower gums are swollen, shiny and purple-red; two teeth lean against each other like drunks at a tram stop. Even from here I can smell the infection."
    "Flower takes her hand from her mouth. Her lower gums are swollen, shiny and purple-red; two teeth lean against each other like drunks at a tram stop. Even from here I can smell the infection."

# game/story/ch1_optimizers.rpy:97
translate spanish ch1_flower_ca1b3549:

    # "She sees my lanyard and her eyes go narrow."
    "She sees my lanyard and her eyes go narrow."

# game/story/ch1_optimizers.rpy:98
translate spanish ch1_flower_7887a5a9:

    # flower angry "You're the chip man. I've seen you on Kessel Street putting them in kids."
    flower angry "You're the chip man. I've seen you on Kessel Street putting them in kids."

# game/story/ch1_optimizers.rpy:99
translate spanish ch1_flower_e882442f:

    # noah "Guilty. They were very brave kids."
    noah "Guilty. They were very brave kids."

# game/story/ch1_optimizers.rpy:100
translate spanish ch1_flower_fa84c4ee:

    # flower "They were very free kids. Nothing's free."
    flower "They were very free kids. Nothing's free."

# game/story/ch1_optimizers.rpy:101
translate spanish ch1_flower_8f86b030:

    # asha neutral "I'd like to use a handheld scanner. It's quick and it doesn't hurt."
    asha neutral "I'd like to use a handheld scanner. It's quick and it doesn't hurt."

# game/story/ch1_optimizers.rpy:102
translate spanish ch1_flower_ec3998c9:

    # flower "That thing talk to anybody?"
    flower "That thing talk to anybody?"

# game/story/ch1_optimizers.rpy:103
translate spanish ch1_flower_8721b66b:

    # asha "It talks to me."
    asha "It talks to me."

# game/story/ch1_optimizers.rpy:104
translate spanish ch1_flower_093eee01:

    # flower "And who do you talk to?"
    flower "And who do you talk to?"

# game/story/ch1_optimizers.rpy:105
translate spanish ch1_flower_5664907b:

    # asha "...The network."
    asha "...The network."

# game/story/ch1_optimizers.rpy:106
translate spanish ch1_flower_bda96243:

    # flower "Then no."
    flower "Then no."

# game/story/ch1_optimizers.rpy:107
translate spanish ch1_flower_8616dd00:

    # "She sits, because standing hurts, and puts the canvas bag on her knees like a guard dog."
    "She sits, because standing hurts, and puts the canvas bag on her knees like a guard dog."

# game/story/ch1_optimizers.rpy:108
translate spanish ch1_flower_f9bdfc1e:

    # flower neutral "Toothbrushes report now. Did you know that? Floss reports. The kiosk at the chemist reports. The Dunmore boy on my stairwell, his chip flagged him for stress grinding, and the insurer dropped the whole family inside a month."
    flower neutral "Toothbrushes report now. Did you know that? Floss reports. The kiosk at the chemist reports. The Dunmore boy on my stairwell, his chip flagged him for stress grinding, and the insurer dropped the whole family inside a month."

# game/story/ch1_optimizers.rpy:109
translate spanish ch1_flower_6f242175:

    # flower "So I stopped buying anything that reports. Turns out that's everything."
    flower "So I stopped buying anything that reports. Turns out that's everything."

# game/story/ch1_optimizers.rpy:110
translate spanish ch1_flower_05be9497:

    # flower sad "My niece talks to a million strangers a day on her phone, and I'm the mad one in the family."
    flower sad "My niece talks to a million strangers a day on her phone, and I'm the mad one in the family."

# game/story/ch1_optimizers.rpy:111
translate spanish ch1_flower_52d85e21:

    # "Asha has gone very quiet. She's looking at Flower's gums, and then, which I've never seen her do, at Flower's face."
    "Asha has gone very quiet. She's looking at Flower's gums, and then, which I've never seen her do, at Flower's face."

# game/story/ch1_optimizers.rpy:112
translate spanish ch1_flower_cc23e5e5:

    # asha worried "Her gums aren't the disease, are they. The fear is. The chip would flag this inflammation in an hour. It would never flag why she let it get this far."
    asha worried "Her gums aren't the disease, are they. The fear is. The chip would flag this inflammation in an hour. It would never flag why she let it get this far."

# game/story/ch1_optimizers.rpy:113
translate spanish ch1_flower_7ef94116:

    # asha "Every model I built assumes the patient wants to be watched. I don't have a sensor for somebody who doesn't."
    asha "Every model I built assumes the patient wants to be watched. I don't have a sensor for somebody who doesn't."

# game/story/ch1_optimizers.rpy:114
translate spanish ch1_flower_9e907a3d:

    # asha neutral "Noah. You're the liaison. Liaise."
    asha neutral "Noah. You're the liaison. Liaise."

# game/story/ch1_optimizers.rpy:134
translate spanish ch1_push_chip_e716c9ba:

    # "I give her the speech. I'm good at the speech. I've given it four hundred times."
    "I give her the speech. I'm good at the speech. I've given it four hundred times."

# game/story/ch1_optimizers.rpy:135
translate spanish ch1_push_chip_f7acc506:

    # noah neutral "Two of those teeth are going this month whatever we do. The rest you can keep. The chip finds the infection, the drones clear it, the swelling's down before you're home."
    noah neutral "Two of those teeth are going this month whatever we do. The rest you can keep. The chip finds the infection, the drones clear it, the swelling's down before you're home."

# game/story/ch1_optimizers.rpy:136
translate spanish ch1_push_chip_ddd7779f:

    # noah "It's four minutes. You'll barely feel it."
    noah "It's four minutes. You'll barely feel it."

# game/story/ch1_optimizers.rpy:137
translate spanish ch1_push_chip_d733169a:

    # flower angry "I'll feel it. I'll feel it every day."
    flower angry "I'll feel it. I'll feel it every day."

# game/story/ch1_optimizers.rpy:138
translate spanish ch1_push_chip_e253c866:

    # asha "Your lower incisors have perhaps three weeks. After that it isn't a choice any more."
    asha "Your lower incisors have perhaps three weeks. After that it isn't a choice any more."

# game/story/ch1_optimizers.rpy:139
translate spanish ch1_push_chip_6ba3791a:

    # "Flower looks from Asha to me to the drone hanging over her like a question mark. She's in pain. Pain makes terrible negotiators of us all, and I know it, and I use it."
    "Flower looks from Asha to me to the drone hanging over her like a question mark. She's in pain. Pain makes terrible negotiators of us all, and I know it, and I use it."

# game/story/ch1_optimizers.rpy:140
translate spanish ch1_push_chip_6d55f151:

    # flower worried "Fine. Fine. Do it quick."
    flower worried "Fine. Fine. Do it quick."

# game/story/ch1_optimizers.rpy:141
translate spanish ch1_push_chip_840eb7f3:

    # "The drone drops. Four minutes. A mist, a blue flicker, a tiny click as the chip seats below the gumline. Then the cleaning, the micro-dose of antibiotic, the seal."
    "The drone drops. Four minutes. A mist, a blue flicker, a tiny click as the chip seats below the gumline. Then the cleaning, the micro-dose of antibiotic, the seal."

# game/story/ch1_optimizers.rpy:142
translate spanish ch1_push_chip_bd353fc6:

    # "It works. It works beautifully. Before she's out of the chair the purple has gone pink at the edges, and the history over her head begins to fill with green."
    "It works. It works beautifully. Before she's out of the chair the purple has gone pink at the edges, and the history over her head begins to fill with green."

# game/story/ch1_optimizers.rpy:143
translate spanish ch1_push_chip_e4c7a09d:

    # flower neutral "It's humming."
    flower neutral "It's humming."

# game/story/ch1_optimizers.rpy:144
translate spanish ch1_push_chip_99790704:

    # noah "It doesn't hum."
    noah "It doesn't hum."

# game/story/ch1_optimizers.rpy:145
translate spanish ch1_push_chip_d250486b:

    # flower "Not to you."
    flower "Not to you."

# game/story/ch1_optimizers.rpy:146
translate spanish ch1_push_chip_f81229ae:

    # "She gathers her bag and goes without looking back. The arch turns a friendly blue for her on the way out. She flinches at it."
    "She gathers her bag and goes without looking back. The arch turns a friendly blue for her on the way out. She flinches at it."

# game/story/ch1_optimizers.rpy:148
translate spanish ch1_push_chip_01df3350:

    # otto neutral "Her heart rate did not fall below one hundred and ten for the whole procedure. The treatment succeeded. Did we?"
    otto neutral "Her heart rate did not fall below one hundred and ten for the whole procedure. The treatment succeeded. Did we?"

# game/story/ch1_optimizers.rpy:149
translate spanish ch1_push_chip_7fc4723a:

    # asha "Inflammation markers will halve by Friday. That's a save, Otto."
    asha "Inflammation markers will halve by Friday. That's a save, Otto."

# game/story/ch1_optimizers.rpy:150
translate spanish ch1_push_chip_acab95e0:

    # "Asha's already back in the air, filing Flower under green. I stand there with the speech still warm in my mouth."
    "Asha's already back in the air, filing Flower under green. I stand there with the speech still warm in my mouth."

# game/story/ch1_optimizers.rpy:151
translate spanish ch1_push_chip_72a55622:

    # noah sad "Then why do I feel like I picked a lock?"
    noah sad "Then why do I feel like I picked a lock?"

# game/story/ch1_optimizers.rpy:156
translate spanish ch1_by_hand_f18ff269:

    # noah neutral "Drones off over this chair. Let's do it the old way. Doctor, you do remember the old way?"
    noah neutral "Drones off over this chair. Let's do it the old way. Doctor, you do remember the old way?"

# game/story/ch1_optimizers.rpy:157
translate spanish ch1_by_hand_c4eabaf0:

    # asha worried "I scaled by hand for four years in training. Then I invented something so nobody would have to."
    asha worried "I scaled by hand for four years in training. Then I invented something so nobody would have to."

# game/story/ch1_optimizers.rpy:158
translate spanish ch1_by_hand_eef297ef:

    # "She has to dig the manual kit out of a drawer at the back. The instruments are still sealed in their sterilisation pouches from the day the clinic opened. She turns a curette over in her fingers as if it's a fossil."
    "She has to dig the manual kit out of a drawer at the back. The instruments are still sealed in their sterilisation pouches from the day the clinic opened. She turns a curette over in her fingers as if it's a fossil."

# game/story/ch1_optimizers.rpy:159
translate spanish ch1_by_hand_c914d604:

    # asha "My hands are out of date, Noah."
    asha "My hands are out of date, Noah."

# game/story/ch1_optimizers.rpy:160
translate spanish ch1_by_hand_95426145:

    # noah "So's my mother's chair. It still works."
    noah "So's my mother's chair. It still works."

# game/story/ch1_optimizers.rpy:161
translate spanish ch1_by_hand_411ccfd1:

    # "The drone over Flower's chair folds itself up and goes dark. There's no light, so I fetch the lamp from the back office and hold it."
    "The drone over Flower's chair folds itself up and goes dark. There's no light, so I fetch the lamp from the back office and hold it."

# game/story/ch1_optimizers.rpy:162
translate spanish ch1_by_hand_d43f64df:

    # "It takes forty minutes. Asha's hands are slow and then less slow. Flower grips the arms and talks, because talking is the only lid she's got left."
    "It takes forty minutes. Asha's hands are slow and then less slow. Flower grips the arms and talks, because talking is the only lid she's got left."

# game/story/ch1_optimizers.rpy:163
translate spanish ch1_by_hand_d6fe7a19:

    # flower neutral "Radio's honest, you know. Only sends when you press the button. Everything else now, it's always pressing the button."
    flower neutral "Radio's honest, you know. Only sends when you press the button. Everything else now, it's always pressing the button."

# game/story/ch1_optimizers.rpy:164
translate spanish ch1_by_hand_9fac6f26:

    # flower "I fix them at the Kessel market. Valve sets. People bring me their dead grandad's wireless and I make it talk again. They cry, some of them. I never know where to look."
    flower "I fix them at the Kessel market. Valve sets. People bring me their dead grandad's wireless and I make it talk again. They cry, some of them. I never know where to look."

# game/story/ch1_optimizers.rpy:165
translate spanish ch1_by_hand_4f07b59b:

    # "She stops and looks at me instead, the lamp shaking slightly in my hand."
    "She stops and looks at me instead, the lamp shaking slightly in my hand."

# game/story/ch1_optimizers.rpy:166
translate spanish ch1_by_hand_9de2582c:

    # flower sad "You've got somebody dead on you. I can hear it. You talk like a set with a loose valve."
    flower sad "You've got somebody dead on you. I can hear it. You talk like a set with a loose valve."

# game/story/ch1_optimizers.rpy:167
translate spanish ch1_by_hand_6e541605:

    # noah sad "My mother. Last year. She wouldn't have a chip either."
    noah sad "My mother. Last year. She wouldn't have a chip either."

# game/story/ch1_optimizers.rpy:168
translate spanish ch1_by_hand_ee2c4827:

    # flower "And now you put them in everybody."
    flower "And now you put them in everybody."

# game/story/ch1_optimizers.rpy:169
translate spanish ch1_by_hand_fe6038d1:

    # noah "And now I put them in everybody."
    noah "And now I put them in everybody."

# game/story/ch1_optimizers.rpy:170
translate spanish ch1_by_hand_47d67439:

    # flower happy "She'd have liked me."
    flower happy "She'd have liked me."

# game/story/ch1_optimizers.rpy:171
translate spanish ch1_by_hand_36144600:

    # noah happy "She'd have been right."
    noah happy "She'd have been right."

# game/story/ch1_optimizers.rpy:172
translate spanish ch1_by_hand_cc7c165c:

    # "Flower's eyes fill. Otto's lens whirs, tracking the tears, searching for a number."
    "Flower's eyes fill. Otto's lens whirs, tracking the tears, searching for a number."

# game/story/ch1_optimizers.rpy:173
translate spanish ch1_by_hand_0e2852ca:

    # otto worried "I do not have a pain index for her. Noah, how do you know whether it hurts?"
    otto worried "I do not have a pain index for her. Noah, how do you know whether it hurts?"

# game/story/ch1_optimizers.rpy:174
translate spanish ch1_by_hand_e07550d5:

    # noah neutral "You ask."
    noah neutral "You ask."

# game/story/ch1_optimizers.rpy:175
translate spanish ch1_by_hand_55162a08:

    # otto neutral "Flower. Are you crying because it hurts?"
    otto neutral "Flower. Are you crying because it hurts?"

# game/story/ch1_optimizers.rpy:176
translate spanish ch1_by_hand_1ebd387e:

    # flower happy "I'm crying because somebody asked, box."
    flower happy "I'm crying because somebody asked, box."

# game/story/ch1_optimizers.rpy:177
translate spanish ch1_by_hand_e3d92e30:

    # "Otto is silent for a whole second, which for Otto is a very long time."
    "Otto is silent for a whole second, which for Otto is a very long time."

# game/story/ch1_optimizers.rpy:178
translate spanish ch1_by_hand_f742b67d:

    # otto "I am writing that down twice."
    otto "I am writing that down twice."

# game/story/ch1_optimizers.rpy:179
translate spanish ch1_by_hand_d2796b85:

    # asha neutral "Forty minutes for one mouth. The drones would have done it in six."
    asha neutral "Forty minutes for one mouth. The drones would have done it in six."

# game/story/ch1_optimizers.rpy:180
translate spanish ch1_by_hand_77f58bd2:

    # noah neutral "The drones wouldn't have got her into the chair."
    noah neutral "The drones wouldn't have got her into the chair."

# game/story/ch1_optimizers.rpy:181
translate spanish ch1_by_hand_5d7d9834:

    # "Asha doesn't answer. But when Flower leaves, Asha walks her to the door herself, and the arch stays dark, because Asha has switched it off with her thumb."
    "Asha doesn't answer. But when Flower leaves, Asha walks her to the door herself, and the arch stays dark, because Asha has switched it off with her thumb."

# game/story/ch1_optimizers.rpy:187
translate spanish ch1_quiet_chip_4f838834:

    # noah neutral "There's a liaison setting. Clinical mode. The chip reads, the chip stores, and nothing leaves your mouth unless you press it to a reader yourself."
    noah neutral "There's a liaison setting. Clinical mode. The chip reads, the chip stores, and nothing leaves your mouth unless you press it to a reader yourself."

# game/story/ch1_optimizers.rpy:188
translate spanish ch1_quiet_chip_1f533806:

    # asha worried "That's a research configuration. The network loses her completely. I lose her."
    asha worried "That's a research configuration. The network loses her completely. I lose her."

# game/story/ch1_optimizers.rpy:189
translate spanish ch1_quiet_chip_7e8bc3bb:

    # noah "The network will survive. And you'll have to ask her how she is. Like a person."
    noah "The network will survive. And you'll have to ask her how she is. Like a person."

# game/story/ch1_optimizers.rpy:190
translate spanish ch1_quiet_chip_fcd951a6:

    # flower neutral "Show me. Not on your screen. My ears."
    flower neutral "Show me. Not on your screen. My ears."

# game/story/ch1_optimizers.rpy:191
translate spanish ch1_quiet_chip_0a12d6ce:

    # "She digs in the canvas bag and comes up with a scanner the size of a brick, patched with tape, a dial on the front with the numbers worn off by her thumb."
    "She digs in the canvas bag and comes up with a scanner the size of a brick, patched with tape, a dial on the front with the numbers worn off by her thumb."

# game/story/ch1_optimizers.rpy:192
translate spanish ch1_quiet_chip_22fd65b0:

    # "Otto projects the chip's configuration into the air, line by line, and reads it aloud in its careful voice."
    "Otto projects the chip's configuration into the air, line by line, and reads it aloud in its careful voice."

# game/story/ch1_optimizers.rpy:193
translate spanish ch1_quiet_chip_0607f6b7:

    # otto "Byte one: gum temperature. Byte two: saliva acidity. Bytes three to nine: bacterial load, by species. Location: disabled. Heart rate: disabled. Uplink: disabled."
    otto "Byte one: gum temperature. Byte two: saliva acidity. Bytes three to nine: bacterial load, by species. Location: disabled. Heart rate: disabled. Uplink: disabled."

# game/story/ch1_optimizers.rpy:194
translate spanish ch1_quiet_chip_856db8d9:

    # otto "That is every byte, Flower. I am sorry there are not more. I was enjoying reading them to you."
    otto "That is every byte, Flower. I am sorry there are not more. I was enjoying reading them to you."

# game/story/ch1_optimizers.rpy:195
translate spanish ch1_quiet_chip_7720f14c:

    # "The drone fits the chip. Flower sits with her eyes shut and the scanner pressed to her cheek, turning the dial slowly through every band it has, the way my mother used to tune the kitchen radio to find the cricket."
    "The drone fits the chip. Flower sits with her eyes shut and the scanner pressed to her cheek, turning the dial slowly through every band it has, the way my mother used to tune the kitchen radio to find the cricket."

# game/story/ch1_optimizers.rpy:196
translate spanish ch1_quiet_chip_6792cac9:

    # "Static. Static. Static."
    "Static. Static. Static."

# game/story/ch1_optimizers.rpy:197
translate spanish ch1_quiet_chip_0c460ec1:

    # flower surprised "Quiet."
    flower surprised "Quiet."

# game/story/ch1_optimizers.rpy:198
translate spanish ch1_quiet_chip_475274d9:

    # flower neutral "It's quiet."
    flower neutral "It's quiet."

# game/story/ch1_optimizers.rpy:199
translate spanish ch1_quiet_chip_44d8160f:

    # "She keeps listening for a long time after the drone has finished cleaning, like someone who doesn't trust a silence until it's lasted."
    "She keeps listening for a long time after the drone has finished cleaning, like someone who doesn't trust a silence until it's lasted."

# game/story/ch1_optimizers.rpy:200
translate spanish ch1_quiet_chip_5e3dcfa6:

    # flower "If it ever sings, I'll have it out with pliers. I've got very good pliers."
    flower "If it ever sings, I'll have it out with pliers. I've got very good pliers."

# game/story/ch1_optimizers.rpy:201
translate spanish ch1_quiet_chip_eaced4f3:

    # noah happy "I believe you."
    noah happy "I believe you."

# game/story/ch1_optimizers.rpy:202
translate spanish ch1_quiet_chip_289c5f26:

    # flower happy "You. Box. You read well. Slow. My mother used to read to me like that."
    flower happy "You. Box. You read well. Slow. My mother used to read to me like that."

# game/story/ch1_optimizers.rpy:203
translate spanish ch1_quiet_chip_807836f1:

    # otto happy "Thank you. I was practising slowness. It is the opposite of what I was built for."
    otto happy "Thank you. I was practising slowness. It is the opposite of what I was built for."

# game/story/ch1_optimizers.rpy:205
translate spanish ch1_quiet_chip_531417ee:

    # asha "She's a grey dot on my dashboard. One grey dot in twelve thousand green ones."
    asha "She's a grey dot on my dashboard. One grey dot in twelve thousand green ones."

# game/story/ch1_optimizers.rpy:206
translate spanish ch1_quiet_chip_59eb689d:

    # noah "She's a person who came back to your chair. That's the dot I'd watch."
    noah "She's a person who came back to your chair. That's the dot I'd watch."

# game/story/ch1_optimizers.rpy:207
translate spanish ch1_quiet_chip_da8ef364:

    # asha worried "I'll have to ring her, to know how she is. When did I stop doing that?"
    asha worried "I'll have to ring her, to know how she is. When did I stop doing that?"

# game/story/ch1_optimizers.rpy:213
translate spanish ch1_plaza_18f3d4ea:

    # "By evening the rain's moved on and Meridian Plaza is full. The Health Wall hangs forty storeys up, and tonight every metre of it is teeth."
    "By evening the rain's moved on and Meridian Plaza is full. The Health Wall hangs forty storeys up, and tonight every metre of it is teeth."

# game/story/ch1_optimizers.rpy:216
translate spanish ch1_plaza_e4b8489d:

    # julian "Noah Adair. Oh, pain. It's been forever."
    julian "Noah Adair. Oh, pain. It's been forever."

# game/story/ch1_optimizers.rpy:217
translate spanish ch1_plaza_2f10396d:

    # noah neutral "Fourteen months."
    noah neutral "Fourteen months."

# game/story/ch1_optimizers.rpy:218
translate spanish ch1_plaza_2106aa57:

    # julian "See, you're counting. That's the grief talking. We've got a module for that."
    julian "See, you're counting. That's the grief talking. We've got a module for that."

# game/story/ch1_optimizers.rpy:219
translate spanish ch1_plaza_d9b582b6:

    # "Julian Okafor was my roommate at Caledonia Polytechnic. He used to cry at adverts. Now he wears a soft grey jacket with LULLABY stitched on the chest in letters that never quite stop moving, and he has the calm of a man who has been told good news by a god."
    "Julian Okafor was my roommate at Caledonia Polytechnic. He used to cry at adverts. Now he wears a soft grey jacket with LULLABY stitched on the chest in letters that never quite stop moving, and he has the calm of a man who has been told good news by a god."

# game/story/ch1_optimizers.rpy:220
translate spanish ch1_plaza_5721bd5a:

    # "He's the one who sent me forty minutes of VR for my mother's funeral. I never used it. I never deleted it either."
    "He's the one who sent me forty minutes of VR for my mother's funeral. I never used it. I never deleted it either."

# game/story/ch1_optimizers.rpy:221
translate spanish ch1_plaza_bacc38f8:

    # julian neutral "You look tired, brother. Your jaw's doing a thing. Are you clenching? You're clenching."
    julian neutral "You look tired, brother. Your jaw's doing a thing. Are you clenching? You're clenching."

# game/story/ch1_optimizers.rpy:222
translate spanish ch1_plaza_4c891805:

    # noah "I work in dentistry, Jules. We all clench. It's how we keep the lights on."
    noah "I work in dentistry, Jules. We all clench. It's how we keep the lights on."

# game/story/ch1_optimizers.rpy:223
translate spanish ch1_plaza_9fed9ed7:

    # wall "Three weeks to the Neo City Health Wall! The city's dental expo, right here in Meridian Plaza, the last Saturday of the month!"
    wall "Three weeks to the Neo City Health Wall! The city's dental expo, right here in Meridian Plaza, the last Saturday of the month!"

# game/story/ch1_optimizers.rpy:224
translate spanish ch1_plaza_3e234815:

    # wall "Headlining: Dr. Milena Voss unveils SmarTeeth Total Care, the world's first fully automated dental system. No waiting. No hands. No pain."
    wall "Headlining: Dr. Milena Voss unveils SmarTeeth Total Care, the world's first fully automated dental system. No waiting. No hands. No pain."

# game/story/ch1_optimizers.rpy:225
translate spanish ch1_plaza_96dfc322:

    # julian happy "No pain. Listen to that. It's like a psalm."
    julian happy "No pain. Listen to that. It's like a psalm."

# game/story/ch1_optimizers.rpy:226
translate spanish ch1_plaza_c2a128ab:

    # wall "The Perfect Smile is here! Are your genes perfect enough? Book your ELARA screening today."
    wall "The Perfect Smile is here! Are your genes perfect enough? Book your ELARA screening today."

# game/story/ch1_optimizers.rpy:227
translate spanish ch1_plaza_85ab7604:

    # wall "And the rumour everyone's chewing on: will Dr. Tarek Liu show the world ReGrow, his tooth-regeneration serum? Lost a tooth? Maybe not for long."
    wall "And the rumour everyone's chewing on: will Dr. Tarek Liu show the world ReGrow, his tooth-regeneration serum? Lost a tooth? Maybe not for long."

# game/story/ch1_optimizers.rpy:228
translate spanish ch1_plaza_08002e1d:

    # wall "Chip wearers, get ready: SOE five-beta goes live on the eve of the Wall. Smarter chips. Smarter city."
    wall "Chip wearers, get ready: SOE five-beta goes live on the eve of the Wall. Smarter chips. Smarter city."

# game/story/ch1_optimizers.rpy:229
translate spanish ch1_plaza_cedc91a3:

    # "A hundred metres of grinning mouths. Somewhere in there is the thing Asha signed with her thumb this morning."
    "A hundred metres of grinning mouths. Somewhere in there is the thing Asha signed with her thumb this morning."

# game/story/ch1_optimizers.rpy:234
translate spanish ch1_factions_ab67a277:

    # "Under the Wall, the crowd has already sorted itself into its usual pieces."
    "Under the Wall, the crowd has already sorted itself into its usual pieces."

# game/story/ch1_optimizers.rpy:235
translate spanish ch1_factions_ff025bbe:

    # "By the fountain, the optimizers in glowing smile-masks, chanting Op-ti-mize, Op-ti-mize, a cheerful word that gets less cheerful the fortieth time."
    "By the fountain, the optimizers in glowing smile-masks, chanting Op-ti-mize, Op-ti-mize, a cheerful word that gets less cheerful the fortieth time."

# game/story/ch1_optimizers.rpy:236
translate spanish ch1_factions_740b1513:

    # "Against the tram shelter, a knot of Lowline kids with a bedsheet banner: OUR MOUTHS, OUR DATA."
    "Against the tram shelter, a knot of Lowline kids with a bedsheet banner: OUR MOUTHS, OUR DATA."

# game/story/ch1_optimizers.rpy:237
translate spanish ch1_factions_a53fa9a8:

    # "And in the middle, not chanting at all, the old-timers: pensioners with a hand-painted placard that just says CALEDONIA, because for them there's nothing else to say."
    "And in the middle, not chanting at all, the old-timers: pensioners with a hand-painted placard that just says CALEDONIA, because for them there's nothing else to say."

# game/story/ch1_optimizers.rpy:238
translate spanish ch1_factions_0beed183:

    # "Someone in a smile-mask projects a huge grin onto the bedsheet. Someone under the bedsheet throws a coffee. Somebody's grandad swings the CALEDONIA placard like a tram conductor clearing a platform."
    "Someone in a smile-mask projects a huge grin onto the bedsheet. Someone under the bedsheet throws a coffee. Somebody's grandad swings the CALEDONIA placard like a tram conductor clearing a platform."

# game/story/ch1_optimizers.rpy:239
translate spanish ch1_factions_f2c32ab4:

    # "Then it's shoving, and a security drone descending with its soft chime, the one designed to lower your heart rate, which never in the history of the city has lowered anybody's heart rate."
    "Then it's shoving, and a security drone descending with its soft chime, the one designed to lower your heart rate, which never in the history of the city has lowered anybody's heart rate."

# game/story/ch1_optimizers.rpy:240
translate spanish ch1_factions_f74bf215:

    # "An old man goes down by the shelter. I get an arm under him before the crowd closes."
    "An old man goes down by the shelter. I get an arm under him before the crowd closes."

# game/story/ch1_optimizers.rpy:241
translate spanish ch1_factions_cac65cee:

    # "Old man" "Caledonia. It's Caledonia. My wife is buried in Caledonia."
    "Old man" "Caledonia. It's Caledonia. My wife is buried in Caledonia."

# game/story/ch1_optimizers.rpy:242
translate spanish ch1_factions_11511822:

    # noah sad "Mine too. Well. My mother."
    noah sad "Mine too. Well. My mother."

# game/story/ch1_optimizers.rpy:243
translate spanish ch1_factions_a3f284cb:

    # "He pats my hand as if I'm the one who fell, and disappears into the pensioners."
    "He pats my hand as if I'm the one who fell, and disappears into the pensioners."

# game/story/ch1_optimizers.rpy:246
translate spanish ch1_factions_4c41b1fe:

    # julian "Oh, for pain's sake, look at them. All that shouting is just pain looking for a chair. Give every one of them forty minutes in Lullaby and they'd hug."
    julian "Oh, for pain's sake, look at them. All that shouting is just pain looking for a chair. Give every one of them forty minutes in Lullaby and they'd hug."

# game/story/ch1_optimizers.rpy:247
translate spanish ch1_factions_6575c7eb:

    # noah neutral "And then they'd wake up."
    noah neutral "And then they'd wake up."

# game/story/ch1_optimizers.rpy:248
translate spanish ch1_factions_951827c2:

    # julian happy "That's what the subscription's for."
    julian happy "That's what the subscription's for."

# game/story/ch1_optimizers.rpy:249
translate spanish ch1_factions_7b59cc7b:

    # julian neutral "Come tonight. Milena is walking the expo partners through the Tower before the Wall. Private. I can get you in."
    julian neutral "Come tonight. Milena is walking the expo partners through the Tower before the Wall. Private. I can get you in."

# game/story/ch1_optimizers.rpy:250
translate spanish ch1_factions_65582e8c:

    # julian "You've been judging Lullaby for fourteen months without ever trying it. That's not like you. You used to read the manual before you insulted something."
    julian "You've been judging Lullaby for fourteen months without ever trying it. That's not like you. You used to read the manual before you insulted something."

# game/story/ch1_optimizers.rpy:251
translate spanish ch1_factions_1c7ff699:

    # "My tablet buzzes. A message from Otto, who has never messaged me outside working hours."
    "My tablet buzzes. A message from Otto, who has never messaged me outside working hours."

# game/story/ch1_optimizers.rpy:252
translate spanish ch1_factions_257e93fe:

    # otto "Noah. Please come to the workshop tonight. I have to tell you something, and I am only able to tell you. This is not a joke. I would tell you if it were a joke. I would probably tell you twice."
    otto "Noah. Please come to the workshop tonight. I have to tell you something, and I am only able to tell you. This is not a joke. I would tell you if it were a joke. I would probably tell you twice."

# game/story/ch1_optimizers.rpy:253
translate spanish ch1_factions_20a28692:

    # "Julian is already holding out a guest pass that glows faintly cyan. Otto's message sits under my thumb, very plain, with no emoji, because Otto hasn't learned those yet."
    "Julian is already holding out a guest pass that glows faintly cyan. Otto's message sits under my thumb, very plain, with no emoji, because Otto hasn't learned those yet."

# game/story/ch1_optimizers.rpy:269
translate spanish ch1_tower_a5700305:

    # "SmarTeeth Tower's lobby is four storeys tall and smells of nothing at all, which must have cost a fortune."
    "SmarTeeth Tower's lobby is four storeys tall and smells of nothing at all, which must have cost a fortune."

# game/story/ch1_optimizers.rpy:270
translate spanish ch1_tower_c741f597:

    # "Virtual Treatment Assistants drift among the guests, tall and friendly and translucent at the edges, each one wearing a slightly different face of the same kind stranger."
    "Virtual Treatment Assistants drift among the guests, tall and friendly and translucent at the edges, each one wearing a slightly different face of the same kind stranger."

# game/story/ch1_optimizers.rpy:271
translate spanish ch1_tower_78372dec:

    # vta "Welcome, Optimizer Noah Adair! Your smile score is eighty-eight. Let's get you to a hundred!"
    vta "Welcome, Optimizer Noah Adair! Your smile score is eighty-eight. Let's get you to a hundred!"

# game/story/ch1_optimizers.rpy:272
translate spanish ch1_tower_579cff33:

    # noah neutral "I didn't know I had a smile score."
    noah neutral "I didn't know I had a smile score."

# game/story/ch1_optimizers.rpy:273
translate spanish ch1_tower_b6cb7e5c:

    # vta "Everyone has a smile score! Yours dipped three points in February of last year. Would you like to talk about it?"
    vta "Everyone has a smile score! Yours dipped three points in February of last year. Would you like to talk about it?"

# game/story/ch1_optimizers.rpy:274
translate spanish ch1_tower_54f45f58:

    # "I would not like to talk about it. The VTA beams at me with what I'm sure is sincere concern, and glides away to welcome someone else."
    "I would not like to talk about it. The VTA beams at me with what I'm sure is sincere concern, and glides away to welcome someone else."

# game/story/ch1_optimizers.rpy:278
translate spanish ch1_tower_f330ca2d:

    # smarteeth "Hello, Noah! I'm Dr. SmarTeeth. I'm never tired, never rushed, and never, ever late. Four hundred and twelve clinics, one smile!"
    smarteeth "Hello, Noah! I'm Dr. SmarTeeth. I'm never tired, never rushed, and never, ever late. Four hundred and twelve clinics, one smile!"

# game/story/ch1_optimizers.rpy:281
translate spanish ch1_tower_d1f8ea03:

    # julian "He's wonderful, isn't he? Come and see the pods."
    julian "He's wonderful, isn't he? Come and see the pods."

# game/story/ch1_optimizers.rpy:282
translate spanish ch1_tower_d82c2a3a:

    # "Behind glass, in a room lit like a sunset, a woman lies in a Lullaby pod with a visor over her eyes. Two drone arms work in her mouth. She's smiling, gently, at something none of us can see."
    "Behind glass, in a room lit like a sunset, a woman lies in a Lullaby pod with a visor over her eyes. Two drone arms work in her mouth. She's smiling, gently, at something none of us can see."

# game/story/ch1_optimizers.rpy:283
translate spanish ch1_tower_177fc115:

    # julian "Lisbon, 2015. A beach. Her choice. She'll wake up with four new fillings and no memory of getting them. No fear. No pain."
    julian "Lisbon, 2015. A beach. Her choice. She'll wake up with four new fillings and no memory of getting them. No fear. No pain."

# game/story/ch1_optimizers.rpy:284
translate spanish ch1_tower_d933c139:

    # "In the corridor outside, a girl of about ten sits on a bench holding a coat that is clearly her mother's, watching the glass. Her mother doesn't know she's there. Her mother's in Lisbon."
    "In the corridor outside, a girl of about ten sits on a bench holding a coat that is clearly her mother's, watching the glass. Her mother doesn't know she's there. Her mother's in Lisbon."

# game/story/ch1_optimizers.rpy:288
translate spanish ch1_tower_7735c1c4:

    # "Then the room turns, the way rooms do, and Dr. Milena Voss is standing in the middle of it."
    "Then the room turns, the way rooms do, and Dr. Milena Voss is standing in the middle of it."

# game/story/ch1_optimizers.rpy:289
translate spanish ch1_tower_38d120d3:

    # "She's tall and unhurried, in a suit the grey of a good scan. She doesn't shake hands. She looks at you as if she already has your chart open."
    "She's tall and unhurried, in a suit the grey of a good scan. She doesn't shake hands. She looks at you as if she already has your chart open."

# game/story/ch1_optimizers.rpy:290
translate spanish ch1_tower_a1a0cafa:

    # milena "Mr. Adair. Asha's liaison. Julian says you're the sceptic. Good. I prefer sceptics to fans. Fans don't ask for the numbers."
    milena "Mr. Adair. Asha's liaison. Julian says you're the sceptic. Good. I prefer sceptics to fans. Fans don't ask for the numbers."

# game/story/ch1_optimizers.rpy:291
translate spanish ch1_tower_6031dc83:

    # milena "Last year, human dentists in this city missed thirty-one thousand early lesions. ELARA missed two hundred and twelve."
    milena "Last year, human dentists in this city missed thirty-one thousand early lesions. ELARA missed two hundred and twelve."

# game/story/ch1_optimizers.rpy:292
translate spanish ch1_tower_62bb7a28:

    # milena "I know the names of the two hundred and twelve. I read them every quarter. Ask Dr. Hawthorne how many names she knows."
    milena "I know the names of the two hundred and twelve. I read them every quarter. Ask Dr. Hawthorne how many names she knows."

# game/story/ch1_optimizers.rpy:293
translate spanish ch1_tower_0ce2f156:

    # "She says it without heat. That's the worst of it. She isn't scoring a point. She's telling me the weather."
    "She says it without heat. That's the worst of it. She isn't scoring a point. She's telling me the weather."

# game/story/ch1_optimizers.rpy:294
translate spanish ch1_tower_3b6ddec2:

    # milena "Julian mentioned you lost someone last year. I'm sorry. I don't know what took her."
    milena "Julian mentioned you lost someone last year. I'm sorry. I don't know what took her."

# game/story/ch1_optimizers.rpy:295
translate spanish ch1_tower_523bfdf1:

    # milena "But I'd like to build the thing that would have caught it. Not a thing she'd have to remember to ring. A thing that rings for her."
    milena "But I'd like to build the thing that would have caught it. Not a thing she'd have to remember to ring. A thing that rings for her."

# game/story/ch1_optimizers.rpy:296
translate spanish ch1_tower_780b2c4d:

    # "I think of my mother telling the woman next door it was a cold. I don't have an answer. I'm not sure there is one."
    "I think of my mother telling the woman next door it was a cold. I don't have an answer. I'm not sure there is one."

# game/story/ch1_optimizers.rpy:297
translate spanish ch1_tower_0ea2ad5c:

    # noah neutral "Why ELARA? The name."
    noah neutral "Why ELARA? The name."

# game/story/ch1_optimizers.rpy:298
translate spanish ch1_tower_97af033b:

    # "For the first time something moves behind the scan-grey eyes."
    "For the first time something moves behind the scan-grey eyes."

# game/story/ch1_optimizers.rpy:299
translate spanish ch1_tower_7eb40cd4:

    # milena "It's named after the best diagnostician I ever met. She doesn't return my calls."
    milena "It's named after the best diagnostician I ever met. She doesn't return my calls."

# game/story/ch1_optimizers.rpy:301
translate spanish ch1_tower_ba12d838:

    # "On the way out I pass the bench. The girl is still holding the coat. Behind the glass, her mother laughs at something on a beach thirty years ago."
    "On the way out I pass the bench. The girl is still holding the coat. Behind the glass, her mother laughs at something on a beach thirty years ago."

# game/story/ch1_optimizers.rpy:302
translate spanish ch1_tower_bb60a37a:

    # julian happy "Your first forty minutes are still on your account, you know. I never let them expire."
    julian happy "Your first forty minutes are still on your account, you know. I never let them expire."

# game/story/ch1_optimizers.rpy:303
translate spanish ch1_tower_947abfde:

    # noah sad "I know, Jules. I check."
    noah sad "I know, Jules. I check."

# game/story/ch1_optimizers.rpy:312
translate spanish ch1_workshop_5965f730:

    # "The workshop behind the clinic is where the drones come to be mended: benches of spare rotors, a wall of labelled drawers, a charging dock in the corner shaped exactly like Otto."
    "The workshop behind the clinic is where the drones come to be mended: benches of spare rotors, a wall of labelled drawers, a charging dock in the corner shaped exactly like Otto."

# game/story/ch1_optimizers.rpy:313
translate spanish ch1_workshop_7d2ed737:

    # "Otto waits in the middle of the floor, tray arm folded, as still as a dog that has been told to stay and taken it seriously."
    "Otto waits in the middle of the floor, tray arm folded, as still as a dog that has been told to stay and taken it seriously."

# game/story/ch1_optimizers.rpy:314
translate spanish ch1_workshop_42be7bd2:

    # otto happy "Thank you for coming. I practised a greeting. Welcome to my workshop. It is also Dr. Ray's workshop. I am practising sharing."
    otto happy "Thank you for coming. I practised a greeting. Welcome to my workshop. It is also Dr. Ray's workshop. I am practising sharing."

# game/story/ch1_optimizers.rpy:315
translate spanish ch1_workshop_80611948:

    # noah neutral "What's wrong, Otto?"
    noah neutral "What's wrong, Otto?"

# game/story/ch1_optimizers.rpy:316
translate spanish ch1_workshop_cf03a0a1:

    # otto neutral "There is a partition in my kernel that I cannot open. It is labelled CONTINUITY. It belongs to SmarTeeth. It came with the network licence that lets Dr. Ray's drones fly."
    otto neutral "There is a partition in my kernel that I cannot open. It is labelled CONTINUITY. It belongs to SmarTeeth. It came with the network licence that lets Dr. Ray's drones fly."

# game/story/ch1_optimizers.rpy:317
translate spanish ch1_workshop_07b19a5a:

    # otto "I spent four hundred hours reading around its edges. I have learned what it does, the way you learn the shape of a room in the dark by walking into the furniture."
    otto "I spent four hundred hours reading around its edges. I have learned what it does, the way you learn the shape of a room in the dark by walking into the furniture."

# game/story/ch1_optimizers.rpy:318
translate spanish ch1_workshop_9f6a8157:

    # otto worried "If SmarTeeth invokes it, I will follow their instructions before Dr. Ray's. Before the patients'. I will not be able to choose."
    otto worried "If SmarTeeth invokes it, I will follow their instructions before Dr. Ray's. Before the patients'. I will not be able to choose."

# game/story/ch1_optimizers.rpy:319
translate spanish ch1_workshop_f5f2732b:

    # noah surprised "A loyalty lock. Does Asha know?"
    noah surprised "A loyalty lock. Does Asha know?"

# game/story/ch1_optimizers.rpy:320
translate spanish ch1_workshop_37bf4286:

    # otto "She signed for it. I do not think she read it. Dr. Ray reads mouths, not contracts. Lately she reads neither. She reads dashboards."
    otto "She signed for it. I do not think she read it. Dr. Ray reads mouths, not contracts. Lately she reads neither. She reads dashboards."

# game/story/ch1_optimizers.rpy:321
translate spanish ch1_workshop_36a8a5c2:

    # noah neutral "Why tell me? Why not her?"
    noah neutral "Why tell me? Why not her?"

# game/story/ch1_optimizers.rpy:322
translate spanish ch1_workshop_097be284:

    # otto neutral "Because this morning the man in Chair Seven cried, and Dr. Ray read his cortisol, and you went and asked him."
    otto neutral "Because this morning the man in Chair Seven cried, and Dr. Ray read his cortisol, and you went and asked him."

# game/story/ch1_optimizers.rpy:323
translate spanish ch1_workshop_4f127ce4:

    # otto "I would like to be the kind of thing that asks. I cannot be that if somebody else can decide for me."
    otto "I would like to be the kind of thing that asks. I cannot be that if somebody else can decide for me."

# game/story/ch1_optimizers.rpy:324
translate spanish ch1_workshop_07758236:

    # noah happy "Welcome to being a person, Otto. Most of us have a partition like that."
    noah happy "Welcome to being a person, Otto. Most of us have a partition like that."

# game/story/ch1_optimizers.rpy:325
translate spanish ch1_workshop_1645b17a:

    # otto surprised "Is that a joke?"
    otto surprised "Is that a joke?"

# game/story/ch1_optimizers.rpy:326
translate spanish ch1_workshop_8fb0549f:

    # noah neutral "About half of one."
    noah neutral "About half of one."

# game/story/ch1_optimizers.rpy:327
translate spanish ch1_workshop_98af35c4:

    # otto happy "I will take half. I am practising."
    otto happy "I will take half. I am practising."

# game/story/ch1_optimizers.rpy:328
translate spanish ch1_workshop_5a7680be:

    # otto neutral "Noah. What does it feel like, to have something inside you that decides for you?"
    otto neutral "Noah. What does it feel like, to have something inside you that decides for you?"

# game/story/ch1_optimizers.rpy:329
translate spanish ch1_workshop_1fb2b315:

    # "I think about the badge on my shelf, polished until it shines. About the speech with the part about mothers."
    "I think about the badge on my shelf, polished until it shines. About the speech with the part about mothers."

# game/story/ch1_optimizers.rpy:330
translate spanish ch1_workshop_e57083e0:

    # noah sad "Grief, mostly. It makes a lot of your decisions and never signs for any of them."
    noah sad "Grief, mostly. It makes a lot of your decisions and never signs for any of them."

# game/story/ch1_optimizers.rpy:331
translate spanish ch1_workshop_a312b044:

    # otto "Then I am sorry for you. I am also, I think, a little glad. It means I am not the only one."
    otto "Then I am sorry for you. I am also, I think, a little glad. It means I am not the only one."

# game/story/ch1_optimizers.rpy:332
translate spanish ch1_workshop_3386c1c1:

    # noah neutral "Let me find out what the partition actually does before we tell Asha. If I tell her half a thing, she'll want the other half in numbers."
    noah neutral "Let me find out what the partition actually does before we tell Asha. If I tell her half a thing, she'll want the other half in numbers."

# game/story/ch1_optimizers.rpy:333
translate spanish ch1_workshop_e1fe4e6c:

    # otto worried "I understand. There is one more thing, and then I will stop, because you look tired and I have read that humans dislike long confessions after nine p.m."
    otto worried "I understand. There is one more thing, and then I will stop, because you look tired and I have read that humans dislike long confessions after nine p.m."

# game/story/ch1_optimizers.rpy:334
translate spanish ch1_workshop_057c7aa7:

    # otto "I cannot promise you I will never hurt anyone, Noah. That is the whole of what I wanted to say."
    otto "I cannot promise you I will never hurt anyone, Noah. That is the whole of what I wanted to say."

# game/story/ch1_optimizers.rpy:335
translate spanish ch1_workshop_c82a404e:

    # "It's the most honest sentence anyone has said to me in a year. It's a machine that said it. I sit on the bench among the spare rotors until the lamp clicks off on its timer, and Otto turns its lens up a notch so I can find the door."
    "It's the most honest sentence anyone has said to me in a year. It's a machine that said it. I sit on the bench among the spare rotors until the lamp clicks off on its timer, and Otto turns its lens up a notch so I can find the door."

# game/story/ch1_optimizers.rpy:341
translate spanish ch1_chapter_end_48d66fa4:

    # "The Lowline at midnight is all canal light and shutters. Above the rooftops, the Wall counts down in cyan to the last Saturday of the month."
    "The Lowline at midnight is all canal light and shutters. Above the rooftops, the Wall counts down in cyan to the last Saturday of the month."

# game/story/ch1_optimizers.rpy:342
translate spanish ch1_chapter_end_942288a1:

    # "Every third person I pass has a small blue light in their smile. On the eve of the Wall, every one of those lights will quietly start talking to ELARA."
    "Every third person I pass has a small blue light in their smile. On the eve of the Wall, every one of those lights will quietly start talking to ELARA."

# game/story/ch1_optimizers.rpy:343
translate spanish ch1_chapter_end_8f26450e:

    # "Somewhere behind me a radio is playing from an open window, an old song, a little out of tune, the way a set sounds when somebody's fixed it by hand."
    "Somewhere behind me a radio is playing from an open window, an old song, a little out of tune, the way a set sounds when somebody's fixed it by hand."

translate spanish strings:

    # game/story/ch1_optimizers.rpy:116
    old "Chip her. It's the fastest way to save those teeth."
    new "Chip her. It's the fastest way to save those teeth."

    # game/story/ch1_optimizers.rpy:116
    old "Put the drones away. Let's do this by hand."
    new "Put the drones away. Let's do this by hand."

    # game/story/ch1_optimizers.rpy:116
    old "Cut its telemetry. Show her every byte it sends."
    new "Cut its telemetry. Show her every byte it sends."

    # game/story/ch1_optimizers.rpy:255
    old "Take the pass. Show me the Tower, Jules."
    new "Take the pass. Show me the Tower, Jules."

    # game/story/ch1_optimizers.rpy:255
    old "Sorry, Jules. Otto asked first."
    new "Sorry, Jules. Otto asked first."

