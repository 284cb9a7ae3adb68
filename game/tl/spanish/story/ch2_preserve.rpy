# TODO: Translation updated at 2026-11-21 06:03

# game/story/ch2_preserve.rpy:10
translate spanish ch2_6ab42d36:

    # centered "{size=+16}Thursday{/size}"
    centered "{size=+16}Thursday{/size}"

# game/story/ch2_preserve.rpy:12
translate spanish ch2_7ad29859:

    # "I haven't walked down Alder Row since the funeral. The Heights accounts have been mine all year; I've tuned every chip on this street remotely, from a bench two streets over."
    "I haven't walked down Alder Row since the funeral. The Heights accounts have been mine all year; I've tuned every chip on this street remotely, from a bench two streets over."

# game/story/ch2_preserve.rpy:13
translate spanish ch2_8e0bad98:

    # "On Tuesday Asha noticed. Preserve Dental's leased suite needs a liaison in person, she said, and there isn't anyone else. Which was true, and also not the point."
    "On Tuesday Asha noticed. Preserve Dental's leased suite needs a liaison in person, she said, and there isn't anyone else. Which was true, and also not the point."

# game/story/ch2_preserve.rpy:14
translate spanish ch2_59ee903f:

    # "The geraniums are still in the window box. Somebody has been watering them every day for a year."
    "The geraniums are still in the window box. Somebody has been watering them every day for a year."

# game/story/ch2_preserve.rpy:15
translate spanish ch2_983f9688:

    # "My tablet buzzes twice on the walk."
    "My tablet buzzes twice on the walk."

# game/story/ch2_preserve.rpy:17
translate spanish ch2_165c5f36:

    # "The first is from an unknown number, a voice note eleven seconds long, full of market noise and a kettle."
    "The first is from an unknown number, a voice note eleven seconds long, full of market noise and a kettle."

# game/story/ch2_preserve.rpy:18
translate spanish ch2_a65592e6:

    # flower "Chip man. Tooth lady rang me. Actually rang. I put the scanner on your chip again last night. Still quiet. Tell the box it reads well."
    flower "Chip man. Tooth lady rang me. Actually rang. I put the scanner on your chip again last night. Still quiet. Tell the box it reads well."

# game/story/ch2_preserve.rpy:20
translate spanish ch2_165c5f36_1:

    # "The first is from an unknown number, a voice note eleven seconds long, full of market noise and a kettle."
    "The first is from an unknown number, a voice note eleven seconds long, full of market noise and a kettle."

# game/story/ch2_preserve.rpy:21
translate spanish ch2_0b1e5dbc:

    # flower "Chip man. Tooth lady rang me. Actually rang. Tell her her hands are fine. Don't tell her I said."
    flower "Chip man. Tooth lady rang me. Actually rang. Tell her her hands are fine. Don't tell her I said."

# game/story/ch2_preserve.rpy:23
translate spanish ch2_997ec9ea:

    # "The first is Flower's chip, reporting for duty at six this morning as it has every morning since Monday: inflammation down, bacterial load down, everything green. Nobody at Ray Bio-Dental has heard her voice since she walked out."
    "The first is Flower's chip, reporting for duty at six this morning as it has every morning since Monday: inflammation down, bacterial load down, everything green. Nobody at Ray Bio-Dental has heard her voice since she walked out."

# game/story/ch2_preserve.rpy:25
translate spanish ch2_ae1050fb:

    # otto "Good morning, Noah. I have read around the partition for another eleven hours. No news. Also: why did the liaison cross the road? To explain the road to the other side. I think that one has surprise in it."
    otto "Good morning, Noah. I have read around the partition for another eleven hours. No news. Also: why did the liaison cross the road? To explain the road to the other side. I think that one has surprise in it."

# game/story/ch2_preserve.rpy:26
translate spanish ch2_9ab765e1:

    # noah happy "A little. Mostly it has me in it. Keep going."
    noah happy "A little. Mostly it has me in it. Keep going."

# game/story/ch2_preserve.rpy:28
translate spanish ch2_0ece8106:

    # otto "Good morning, Noah. Mr. Osei from Chair Seven sent Dr. Ray a cake. She asked me what it was for. I said it was for the eleven years. Was that correct?"
    otto "Good morning, Noah. Mr. Osei from Chair Seven sent Dr. Ray a cake. She asked me what it was for. I said it was for the eleven years. Was that correct?"

# game/story/ch2_preserve.rpy:29
translate spanish ch2_1f6ba236:

    # noah neutral "Correct. More correct than the cake deserves."
    noah neutral "Correct. More correct than the cake deserves."

# game/story/ch2_preserve.rpy:37
translate spanish ch2_mrs_pell_5eff0a92:

    # "Leo is at the desk with a watering can, as if he's been waiting a year for the bell to ring. Maybe he has."
    "Leo is at the desk with a watering can, as if he's been waiting a year for the bell to ring. Maybe he has."

# game/story/ch2_preserve.rpy:38
translate spanish ch2_mrs_pell_31ceb4ad:

    # leo "Noah. Oh, it's good to see you. We've missed you."
    leo "Noah. Oh, it's good to see you. We've missed you."

# game/story/ch2_preserve.rpy:39
translate spanish ch2_mrs_pell_476885d8:

    # noah happy "You've kept the geraniums alive. She'd have sworn you'd kill them by March."
    noah happy "You've kept the geraniums alive. She'd have sworn you'd kill them by March."

# game/story/ch2_preserve.rpy:40
translate spanish ch2_mrs_pell_9c5109c1:

    # leo sad "She said that every winter. I think it was how she said thank you."
    leo sad "She said that every winter. I think it was how she said thank you."

# game/story/ch2_preserve.rpy:41
translate spanish ch2_mrs_pell_b5aa98b9:

    # "Through the inner door a voice goes up, fast and bright and sharp-edged, and another voice answers it, low and perfectly level, which is how I know who's losing their temper."
    "Through the inner door a voice goes up, fast and bright and sharp-edged, and another voice answers it, low and perfectly level, which is how I know who's losing their temper."

# game/story/ch2_preserve.rpy:42
translate spanish ch2_mrs_pell_3bab6ffe:

    # leo worried "Ah. You'd better come through. We're having a difference of opinion."
    leo worried "Ah. You'd better come through. We're having a difference of opinion."

# game/story/ch2_preserve.rpy:49
translate spanish ch2_mrs_pell_50dd6f0f:

    # "The operatory hasn't changed: the brass, the linen, the good lamp. Except that in the corner by the walnut cabinet a SmarTeeth diagnostic suite now stands, white and seamless, like a fridge that went to university."
    "The operatory hasn't changed: the brass, the linen, the good lamp. Except that in the corner by the walnut cabinet a SmarTeeth diagnostic suite now stands, white and seamless, like a fridge that went to university."

# game/story/ch2_preserve.rpy:50
translate spanish ch2_mrs_pell_b1e97bca:

    # "Chair Two is empty. Green leather, cracked along the left arm. I look at it for exactly as long as I can, which isn't long."
    "Chair Two is empty. Green leather, cracked along the left arm. I look at it for exactly as long as I can, which isn't long."

# game/story/ch2_preserve.rpy:51
translate spanish ch2_mrs_pell_9df8772c:

    # "In Chair One sits a small woman of eighty with her handbag on her lap and her eyes going from one dentist to the other, like someone watching tennis she never bought a ticket for."
    "In Chair One sits a small woman of eighty with her handbag on her lap and her eyes going from one dentist to the other, like someone watching tennis she never bought a ticket for."

# game/story/ch2_preserve.rpy:52
translate spanish ch2_mrs_pell_2d4f4f83:

    # jolene "Cracked cusp, lower right six, fracture line running toward the pulp floor at eighty-three percent probability. Suite says extract and place. Drone-guided implant, one visit, forty minutes. She walks out with a tooth that can't crack."
    jolene "Cracked cusp, lower right six, fracture line running toward the pulp floor at eighty-three percent probability. Suite says extract and place. Drone-guided implant, one visit, forty minutes. She walks out with a tooth that can't crack."

# game/story/ch2_preserve.rpy:53
translate spanish ch2_mrs_pell_c9554a11:

    # calla "She walks out with a titanium screw in her jaw, because she grinds her teeth at night, because her husband is dying in the hospice on Linden Street and she lies awake listening for the phone."
    calla "She walks out with a titanium screw in her jaw, because she grinds her teeth at night, because her husband is dying in the hospice on Linden Street and she lies awake listening for the phone."

# game/story/ch2_preserve.rpy:54
translate spanish ch2_mrs_pell_ed6e689a:

    # calla "Take the tooth, and she'll crack the next one by Easter."
    calla "Take the tooth, and she'll crack the next one by Easter."

# game/story/ch2_preserve.rpy:55
translate spanish ch2_mrs_pell_9846c305:

    # jolene "Grief isn't a diagnosis code, Dr. Hawthorne."
    jolene "Grief isn't a diagnosis code, Dr. Hawthorne."

# game/story/ch2_preserve.rpy:56
translate spanish ch2_mrs_pell_0c140244:

    # calla "It is the diagnosis. The crack is a symptom."
    calla "It is the diagnosis. The crack is a symptom."

# game/story/ch2_preserve.rpy:57
translate spanish ch2_mrs_pell_e808e184:

    # "Jolene Park is twenty-six, SmarTeeth's field technician placed inside Preserve Dental along with the leased suite, and she talks like a progress bar: fast, and always showing you how far along she is."
    "Jolene Park is twenty-six, SmarTeeth's field technician placed inside Preserve Dental along with the leased suite, and she talks like a progress bar: fast, and always showing you how far along she is."

# game/story/ch2_preserve.rpy:58
translate spanish ch2_mrs_pell_34d60312:

    # jolene "I've got a scoreboard on this place, you know. Machine fourteen, Hands three. And you want to make it Hands four on a hunch about the hospice."
    jolene "I've got a scoreboard on this place, you know. Machine fourteen, Hands three. And you want to make it Hands four on a hunch about the hospice."

# game/story/ch2_preserve.rpy:59
translate spanish ch2_mrs_pell_f7fd2ac1:

    # calla "It isn't a hunch. She told me. She told me because I asked how she was sleeping, which is a question your suite doesn't have."
    calla "It isn't a hunch. She told me. She told me because I asked how she was sleeping, which is a question your suite doesn't have."

# game/story/ch2_preserve.rpy:62
translate spanish ch2_mrs_pell_bc881754:

    # "Leo steps between them without seeming to. He has a way of arriving in the exact middle of a room."
    "Leo steps between them without seeming to. He has a way of arriving in the exact middle of a room."

# game/story/ch2_preserve.rpy:63
translate spanish ch2_mrs_pell_6c672335:

    # leo "Mrs. Pell. We've been talking over you, and we're sorry. Would you like to tell us what you'd like?"
    leo "Mrs. Pell. We've been talking over you, and we're sorry. Would you like to tell us what you'd like?"

# game/story/ch2_preserve.rpy:64
translate spanish ch2_mrs_pell_db68de48:

    # "Mrs. Pell" "I'd like to keep the tooth, dear. Harold bought me the crown on the one next to it for our fortieth."
    "Mrs. Pell" "I'd like to keep the tooth, dear. Harold bought me the crown on the one next to it for our fortieth."

# game/story/ch2_preserve.rpy:65
translate spanish ch2_mrs_pell_8b311318:

    # "Mrs. Pell" "But I'd like to know how bad the crack is. The little screen seemed terribly sure of itself."
    "Mrs. Pell" "But I'd like to know how bad the crack is. The little screen seemed terribly sure of itself."

# game/story/ch2_preserve.rpy:66
translate spanish ch2_mrs_pell_7eaf1ef2:

    # leo happy "Then we'll do both. Jolene's scan shows Dr. Hawthorne exactly where the crack runs, and Dr. Hawthorne saves what she can around it."
    leo happy "Then we'll do both. Jolene's scan shows Dr. Hawthorne exactly where the crack runs, and Dr. Hawthorne saves what she can around it."

# game/story/ch2_preserve.rpy:67
translate spanish ch2_mrs_pell_37c14a6d:

    # "Jolene looks at Leo the way a fencer looks at a man who has walked onto the piste with a tray of tea. Then she turns the suite's screen toward Calla."
    "Jolene looks at Leo the way a fencer looks at a man who has walked onto the piste with a tray of tea. Then she turns the suite's screen toward Calla."

# game/story/ch2_preserve.rpy:68
translate spanish ch2_mrs_pell_2b95e325:

    # jolene neutral "Fracture map. Mesial-lingual, stops short of the pulp. For now."
    jolene neutral "Fracture map. Mesial-lingual, stops short of the pulp. For now."

# game/story/ch2_preserve.rpy:69
translate spanish ch2_mrs_pell_a4577b5e:

    # calla "Thank you. That is genuinely useful."
    calla "Thank you. That is genuinely useful."

# game/story/ch2_preserve.rpy:70
translate spanish ch2_mrs_pell_65c744ce:

    # "Calla prepares the tooth for an onlay with Jolene's map glowing at her elbow, her brass mirror in one hand and the machine's picture in her eye. Then she takes an impression for a night guard and writes a phone number on the back of an appointment card."
    "Calla prepares the tooth for an onlay with Jolene's map glowing at her elbow, her brass mirror in one hand and the machine's picture in her eye. Then she takes an impression for a night guard and writes a phone number on the back of an appointment card."

# game/story/ch2_preserve.rpy:71
translate spanish ch2_mrs_pell_66aef200:

    # calla "The hospice has a fold-out bed, Mrs. Pell. Ask for it. You'll sleep better next to him than listening for him."
    calla "The hospice has a fold-out bed, Mrs. Pell. Ask for it. You'll sleep better next to him than listening for him."

# game/story/ch2_preserve.rpy:72
translate spanish ch2_mrs_pell_3f3c3798:

    # "Mrs. Pell" "Oh. Nobody said."
    "Mrs. Pell" "Oh. Nobody said."

# game/story/ch2_preserve.rpy:73
translate spanish ch2_mrs_pell_b6ae6856:

    # "Mrs. Pell leaves with her tooth and the card held tight in her glove. Jolene taps her tablet hard enough to hurt it."
    "Mrs. Pell leaves with her tooth and the card held tight in her glove. Jolene taps her tablet hard enough to hurt it."

# game/story/ch2_preserve.rpy:74
translate spanish ch2_mrs_pell_a9df6ce2:

    # jolene worried "That's a draw. I don't do draws."
    jolene worried "That's a draw. I don't do draws."

# game/story/ch2_preserve.rpy:75
translate spanish ch2_mrs_pell_c0e085d0:

    # jolene neutral "Machine fourteen, Hands three and a half."
    jolene neutral "Machine fourteen, Hands three and a half."

# game/story/ch2_preserve.rpy:77
translate spanish ch2_mrs_pell_488e69d6:

    # jolene happy "Hey. You're Asha's liaison. Julian says you did the Tower tour on Monday. Did Milena do the thirty-one-thousand line? She always does the thirty-one-thousand line."
    jolene happy "Hey. You're Asha's liaison. Julian says you did the Tower tour on Monday. Did Milena do the thirty-one-thousand line? She always does the thirty-one-thousand line."

# game/story/ch2_preserve.rpy:78
translate spanish ch2_mrs_pell_a0f30f5a:

    # noah neutral "She did it very well."
    noah neutral "She did it very well."

# game/story/ch2_preserve.rpy:79
translate spanish ch2_mrs_pell_13dff55b:

    # jolene "It's a very good line. It's also true. That's what people hate about it."
    jolene "It's a very good line. It's also true. That's what people hate about it."

# game/story/ch2_preserve.rpy:81
translate spanish ch2_mrs_pell_3ee5e9a3:

    # jolene neutral "You're Asha's liaison. Adair. Your Heights numbers are immaculate. Nobody immaculate ever wants to talk to me, so I assume you're here for the chip check."
    jolene neutral "You're Asha's liaison. Adair. Your Heights numbers are immaculate. Nobody immaculate ever wants to talk to me, so I assume you're here for the chip check."

# game/story/ch2_preserve.rpy:91
translate spanish ch2_guaranteed_a8721a77:

    # "At two, Jonah Vance arrives for his pre-op in a coat that costs more than my apartment and a smile that costs more than the coat."
    "At two, Jonah Vance arrives for his pre-op in a coat that costs more than my apartment and a smile that costs more than the coat."

# game/story/ch2_preserve.rpy:92
translate spanish ch2_guaranteed_648ea31b:

    # jonah "Calla! Noah Adair, as I live and floss. Do you know, I think you two are the only people in the city who've seen me without veneers."
    jonah "Calla! Noah Adair, as I live and floss. Do you know, I think you two are the only people in the city who've seen me without veneers."

# game/story/ch2_preserve.rpy:93
translate spanish ch2_guaranteed_1a035cee:

    # "He taps his front teeth, the ones Calla placed for him two years ago."
    "He taps his front teeth, the ones Calla placed for him two years ago."

# game/story/ch2_preserve.rpy:94
translate spanish ch2_guaranteed_092c32dd:

    # jonah neutral "Perfect for a year. Then the left lateral drifted. Two percent. Nobody else can see it. I can see it every morning."
    jonah neutral "Perfect for a year. Then the left lateral drifted. Two percent. Nobody else can see it. I can see it every morning."

# game/story/ch2_preserve.rpy:95
translate spanish ch2_guaranteed_113ef677:

    # "He's booked for the Perfect Smile: a genomic screen by ELARA, then Tarek Liu's ReGrow serum to grow his own enamel back, then Courtenay Mender nanobots to shape it. Hand-grown perfection. The Wall has been selling it all week."
    "He's booked for the Perfect Smile: a genomic screen by ELARA, then Tarek Liu's ReGrow serum to grow his own enamel back, then Courtenay Mender nanobots to shape it. Hand-grown perfection. The Wall has been selling it all week."

# game/story/ch2_preserve.rpy:96
translate spanish ch2_guaranteed_97b0cdd1:

    # "My part is small: his chip has to take the five-beta update, so the dispensers can dose him after the procedure. A signature, as liaison. I've signed a hundred."
    "My part is small: his chip has to take the five-beta update, so the dispensers can dose him after the procedure. A signature, as liaison. I've signed a hundred."

# game/story/ch2_preserve.rpy:97
translate spanish ch2_guaranteed_fa7fc2bd:

    # jolene happy "Screen's ready. Sit back, Mr. Vance. This is the fun bit."
    jolene happy "Screen's ready. Sit back, Mr. Vance. This is the fun bit."

# game/story/ch2_preserve.rpy:100
translate spanish ch2_guaranteed_6b3fd283:

    # "The suite brightens. A face forms in the air over it: not a face exactly, a courtesy, cyan and symmetrical, with a voice that makes every syllable sound audited."
    "The suite brightens. A face forms in the air over it: not a face exactly, a courtesy, cyan and symmetrical, with a voice that makes every syllable sound audited."

# game/story/ch2_preserve.rpy:101
translate spanish ch2_guaranteed_9af26cf5:

    # elara_ai "GOOD AFTERNOON, JONAH VANCE. GENOMIC SCREEN COMPLETE."
    elara_ai "GOOD AFTERNOON, JONAH VANCE. GENOMIC SCREEN COMPLETE."

# game/story/ch2_preserve.rpy:102
translate spanish ch2_guaranteed_8ad66b97:

    # elara_ai "ENAMEL-MATRIX GENES: ONE VARIANT OF UNCERTAIN SIGNIFICANCE. WEIGHTED AGAINST REGROW TRIAL DATA, FOUR THOUSAND ONE HUNDRED AND TWELVE SUBJECTS."
    elara_ai "ENAMEL-MATRIX GENES: ONE VARIANT OF UNCERTAIN SIGNIFICANCE. WEIGHTED AGAINST REGROW TRIAL DATA, FOUR THOUSAND ONE HUNDRED AND TWELVE SUBJECTS."

# game/story/ch2_preserve.rpy:103
translate spanish ch2_guaranteed_e2fa8012:

    # elara_ai "ADVERSE EVENTS IN TRIAL POPULATION: ZERO. PROBABILITY OF OPTIMAL OUTCOME: 99.4 PERCENT."
    elara_ai "ADVERSE EVENTS IN TRIAL POPULATION: ZERO. PROBABILITY OF OPTIMAL OUTCOME: 99.4 PERCENT."

# game/story/ch2_preserve.rpy:104
translate spanish ch2_guaranteed_a6d8326b:

    # elara_ai "CLASSIFICATION: GUARANTEED."
    elara_ai "CLASSIFICATION: GUARANTEED."

# game/story/ch2_preserve.rpy:105
translate spanish ch2_guaranteed_ec863eef:

    # jolene surprised "Guaranteed. Do you know how rare that is? ELARA doesn't say guaranteed. I've seen it twice in three years."
    jolene surprised "Guaranteed. Do you know how rare that is? ELARA doesn't say guaranteed. I've seen it twice in three years."

# game/story/ch2_preserve.rpy:106
translate spanish ch2_guaranteed_b0163485:

    # jolene happy "Machine fifteen!"
    jolene happy "Machine fifteen!"

# game/story/ch2_preserve.rpy:107
translate spanish ch2_guaranteed_7f159ac7:

    # jonah happy "Guaranteed. Well. I'll have it engraved."
    jonah happy "Guaranteed. Well. I'll have it engraved."

# game/story/ch2_preserve.rpy:108
translate spanish ch2_guaranteed_44409dd4:

    # calla angry "Guaranteed is not a clinical word. It is an advertising word that has wandered into a surgery."
    calla angry "Guaranteed is not a clinical word. It is an advertising word that has wandered into a surgery."

# game/story/ch2_preserve.rpy:109
translate spanish ch2_guaranteed_2d4907e4:

    # "Calla crosses the room in four precise steps and stands by the chair, where Jonah has to look at her instead of the light."
    "Calla crosses the room in four precise steps and stands by the chair, where Jonah has to look at her instead of the light."

# game/story/ch2_preserve.rpy:110
translate spanish ch2_guaranteed_370c1005:

    # calla "Zero adverse events in four thousand subjects. I have practised for thirty-one years and never once seen zero of anything. Zero means nobody looked, or somebody looked and tidied up."
    calla "Zero adverse events in four thousand subjects. I have practised for thirty-one years and never once seen zero of anything. Zero means nobody looked, or somebody looked and tidied up."

# game/story/ch2_preserve.rpy:111
translate spanish ch2_guaranteed_99003264:

    # calla "And a variant of uncertain significance means nobody knows. Your machine has taken 'nobody knows' and rounded it to 'fine'."
    calla "And a variant of uncertain significance means nobody knows. Your machine has taken 'nobody knows' and rounded it to 'fine'."

# game/story/ch2_preserve.rpy:112
translate spanish ch2_guaranteed_a01e554c:

    # elara_ai "UNCERTAINTY HAS BEEN ACCOUNTED FOR."
    elara_ai "UNCERTAINTY HAS BEEN ACCOUNTED FOR."

# game/story/ch2_preserve.rpy:113
translate spanish ch2_guaranteed_1a6201bd:

    # calla "By whom?"
    calla "By whom?"

# game/story/ch2_preserve.rpy:114
translate spanish ch2_guaranteed_3461fe9e:

    # elara_ai "BY— BY— UNCERTAINTY HAS BEEN ACC— ...ACCOUNTED FOR."
    elara_ai "BY— BY— UNCERTAINTY HAS BEEN ACC— ...ACCOUNTED FOR."

# game/story/ch2_preserve.rpy:115
translate spanish ch2_guaranteed_c86d8128:

    # "The cyan face stutters, just for a frame, like a projector that has swallowed a hair. Then it is smooth again."
    "The cyan face stutters, just for a frame, like a projector that has swallowed a hair. Then it is smooth again."

# game/story/ch2_preserve.rpy:116
translate spanish ch2_guaranteed_de857a17:

    # jolene worried "That's a render glitch. The Tower's pushing patches all week before the Wall. It's cosmetic."
    jolene worried "That's a render glitch. The Tower's pushing patches all week before the Wall. It's cosmetic."

# game/story/ch2_preserve.rpy:117
translate spanish ch2_guaranteed_8c67169a:

    # calla "Everything in this room is cosmetic, Miss Park, until it isn't."
    calla "Everything in this room is cosmetic, Miss Park, until it isn't."

# game/story/ch2_preserve.rpy:118
translate spanish ch2_guaranteed_01b4c275:

    # jonah sad "Calla. I've put eleven million into ReGrow. I can't be the founder with the fake teeth. I'm supposed to be the proof. At the Wall, under the lights, in front of everyone."
    jonah sad "Calla. I've put eleven million into ReGrow. I can't be the founder with the fake teeth. I'm supposed to be the proof. At the Wall, under the lights, in front of everyone."

# game/story/ch2_preserve.rpy:119
translate spanish ch2_guaranteed_9005df82:

    # jonah neutral "And if something goes wrong, which it won't, nobody needs to know it went wrong. I'll handle it."
    jonah neutral "And if something goes wrong, which it won't, nobody needs to know it went wrong. I'll handle it."

# game/story/ch2_preserve.rpy:120
translate spanish ch2_guaranteed_00214d83:

    # "He says it lightly, as a joke. Calla doesn't laugh. Neither do I. I've heard that exact sentence before, from a woman with a cold."
    "He says it lightly, as a joke. Calla doesn't laugh. Neither do I. I've heard that exact sentence before, from a woman with a cold."

# game/story/ch2_preserve.rpy:121
translate spanish ch2_guaranteed_4c03b48a:

    # calla neutral "Mr. Adair. His chip is yours to sign. I should like, before you sign it, to take baselines by hand. On paper. So that if anything changes, somebody knows what it changed from."
    calla neutral "Mr. Adair. His chip is yours to sign. I should like, before you sign it, to take baselines by hand. On paper. So that if anything changes, somebody knows what it changed from."

# game/story/ch2_preserve.rpy:122
translate spanish ch2_guaranteed_aa6f9fb8:

    # jolene angry "The suite took every baseline there is in four-tenths of a second. It's all logged at the Tower."
    jolene angry "The suite took every baseline there is in four-tenths of a second. It's all logged at the Tower."

# game/story/ch2_preserve.rpy:123
translate spanish ch2_guaranteed_3d3e5962:

    # calla "Then it will be logged twice. Once where I can reach it."
    calla "Then it will be logged twice. Once where I can reach it."

# game/story/ch2_preserve.rpy:124
translate spanish ch2_guaranteed_ebee9f81:

    # jonah happy "Noah. You're the tiebreaker. You know my chip better than I do."
    jonah happy "Noah. You're the tiebreaker. You know my chip better than I do."

# game/story/ch2_preserve.rpy:140
translate spanish ch2_paper_fcfc8974:

    # noah neutral "Take the baselines, Doctor. I'll hold the signature till you're done."
    noah neutral "Take the baselines, Doctor. I'll hold the signature till you're done."

# game/story/ch2_preserve.rpy:141
translate spanish ch2_paper_0c934d8b:

    # jolene angry "Unbelievable. Fine. Machine fifteen, Hands three and a half, Paper one."
    jolene angry "Unbelievable. Fine. Machine fifteen, Hands three and a half, Paper one."

# game/story/ch2_preserve.rpy:142
translate spanish ch2_paper_7e4625b8:

    # "It takes an hour. Calla walks the periodontal probe round every tooth and calls out the depths, and Leo writes them down in ink in a fresh chart: two, two, three, two. She touches ice to each tooth and watches Jonah's eyes for the flinch."
    "It takes an hour. Calla walks the periodontal probe round every tooth and calls out the depths, and Leo writes them down in ink in a fresh chart: two, two, three, two. She touches ice to each tooth and watches Jonah's eyes for the flinch."

# game/story/ch2_preserve.rpy:143
translate spanish ch2_paper_ccdcbd9a:

    # "She photographs his gums with a camera that takes actual film. Then she draws them, in pencil, on squared paper, quick and exact, the way someone else might sketch a coastline."
    "She photographs his gums with a camera that takes actual film. Then she draws them, in pencil, on squared paper, quick and exact, the way someone else might sketch a coastline."

# game/story/ch2_preserve.rpy:144
translate spanish ch2_paper_3ef7344b:

    # jonah neutral "You're drawing my gums."
    jonah neutral "You're drawing my gums."

# game/story/ch2_preserve.rpy:145
translate spanish ch2_paper_5d7ea046:

    # calla "I am drawing your gums."
    calla "I am drawing your gums."

# game/story/ch2_preserve.rpy:146
translate spanish ch2_paper_f2bd4578:

    # jonah "Is it a good likeness?"
    jonah "Is it a good likeness?"

# game/story/ch2_preserve.rpy:147
translate spanish ch2_paper_34ac7554:

    # calla "It is an honest one. Which is a different thing, and more use."
    calla "It is an honest one. Which is a different thing, and more use."

# game/story/ch2_preserve.rpy:148
translate spanish ch2_paper_e4a8498e:

    # "Jolene watches the whole hour with her arms folded and her foot going. Around minute forty she stops tapping. Around minute fifty she leans in to see the drawing, and pretends she didn't."
    "Jolene watches the whole hour with her arms folded and her foot going. Around minute forty she stops tapping. Around minute fifty she leans in to see the drawing, and pretends she didn't."

# game/story/ch2_preserve.rpy:149
translate spanish ch2_paper_bec6261a:

    # "At the end Calla files the chart in the walnut cabinet, under V, and writes on the tab in capitals: VANCE, J. BASELINE. DO NOT DISCARD."
    "At the end Calla files the chart in the walnut cabinet, under V, and writes on the tab in capitals: VANCE, J. BASELINE. DO NOT DISCARD."

# game/story/ch2_preserve.rpy:150
translate spanish ch2_paper_be60a1ba:

    # jonah worried "You really think it's going to go wrong."
    jonah worried "You really think it's going to go wrong."

# game/story/ch2_preserve.rpy:151
translate spanish ch2_paper_e5e5fda9:

    # calla "I think that if it does, you won't tell anyone. So I should like to be able to tell for you."
    calla "I think that if it does, you won't tell anyone. So I should like to be able to tell for you."

# game/story/ch2_preserve.rpy:152
translate spanish ch2_paper_578a631e:

    # "For one second Jonah's smile isn't there at all, and the face underneath is nine years old. Then it's back, brighter than before, and he kisses Calla's hand, which she permits like a tax."
    "For one second Jonah's smile isn't there at all, and the face underneath is nine years old. Then it's back, brighter than before, and he kisses Calla's hand, which she permits like a tax."

# game/story/ch2_preserve.rpy:158
translate spanish ch2_trust_elara_60eebefe:

    # noah neutral "ELARA's seen four thousand mouths, Doctor. We've seen one. I'll sign it."
    noah neutral "ELARA's seen four thousand mouths, Doctor. We've seen one. I'll sign it."

# game/story/ch2_preserve.rpy:159
translate spanish ch2_trust_elara_5c76259f:

    # jolene happy "Thank you! Somebody in this building can count."
    jolene happy "Thank you! Somebody in this building can count."

# game/story/ch2_preserve.rpy:160
translate spanish ch2_trust_elara_6c4852e9:

    # "Calla looks at me for a long moment. It isn't the look from the funeral path. It's worse: it's polite."
    "Calla looks at me for a long moment. It isn't the look from the funeral path. It's worse: it's polite."

# game/story/ch2_preserve.rpy:161
translate spanish ch2_trust_elara_c71368f6:

    # calla neutral "Very well. It's Mr. Vance's mouth."
    calla neutral "Very well. It's Mr. Vance's mouth."

# game/story/ch2_preserve.rpy:162
translate spanish ch2_trust_elara_f7508710:

    # "She had a blank chart half out of the walnut cabinet, ready for him. She slides it back into its drawer. It makes almost no sound."
    "She had a blank chart half out of the walnut cabinet, ready for him. She slides it back into its drawer. It makes almost no sound."

# game/story/ch2_preserve.rpy:163
translate spanish ch2_trust_elara_f89a2885:

    # elara_ai happy "CONSENT LOGGED. THANK YOU, LIAISON ADAIR. PROCEDURE SCHEDULED: MONDAY, 07:00. RESULT PRESENTATION: THE HEALTH WALL, MAIN STAGE."
    elara_ai happy "CONSENT LOGGED. THANK YOU, LIAISON ADAIR. PROCEDURE SCHEDULED: MONDAY, 07:00. RESULT PRESENTATION: THE HEALTH WALL, MAIN STAGE."

# game/story/ch2_preserve.rpy:165
translate spanish ch2_trust_elara_756919f2:

    # jonah happy "Main stage, Calla. Under the lights. I'll be the proof."
    jonah happy "Main stage, Calla. Under the lights. I'll be the proof."

# game/story/ch2_preserve.rpy:166
translate spanish ch2_trust_elara_9f2a450a:

    # calla "I hope the machine is right, Jonah. I have hoped that before."
    calla "I hope the machine is right, Jonah. I have hoped that before."

# game/story/ch2_preserve.rpy:168
translate spanish ch2_trust_elara_c3bab341:

    # jolene neutral "Machine fifteen, Hands three and a half. Don't look at me like that, Doctor. The numbers aren't mean. They're just numbers."
    jolene neutral "Machine fifteen, Hands three and a half. Don't look at me like that, Doctor. The numbers aren't mean. They're just numbers."

# game/story/ch2_preserve.rpy:169
translate spanish ch2_trust_elara_10bbee74:

    # calla "Numbers are never just anything, Miss Park. Someone always chose which ones to keep."
    calla "Numbers are never just anything, Miss Park. Someone always chose which ones to keep."

# game/story/ch2_preserve.rpy:178
translate spanish ch2_after_hours_4f2c4281:

    # "By six the light through the frosted window has gone the colour of weak tea. Leo is cashing up at the front. Jolene's suite has gone to sleep with a small white standby light, like a nightlight in a child's room."
    "By six the light through the frosted window has gone the colour of weak tea. Leo is cashing up at the front. Jolene's suite has gone to sleep with a small white standby light, like a nightlight in a child's room."

# game/story/ch2_preserve.rpy:179
translate spanish ch2_after_hours_f9569f31:

    # "I stay behind to sign off the last of the chip checks, and somehow I end up standing beside Chair Two with my hand on its cracked arm."
    "I stay behind to sign off the last of the chip checks, and somehow I end up standing beside Chair Two with my hand on its cracked arm."

# game/story/ch2_preserve.rpy:180
translate spanish ch2_after_hours_feedeb11:

    # calla "I haven't had it mended. I keep meaning to."
    calla "I haven't had it mended. I keep meaning to."

# game/story/ch2_preserve.rpy:181
translate spanish ch2_after_hours_6ee089b6:

    # noah neutral "Don't. She'd only have cracked the new one."
    noah neutral "Don't. She'd only have cracked the new one."

# game/story/ch2_preserve.rpy:182
translate spanish ch2_after_hours_def795a2:

    # "Calla doesn't answer the joke. She looks at me the way she looked at Mrs. Pell this morning: as if the crack is a symptom."
    "Calla doesn't answer the joke. She looks at me the way she looked at Mrs. Pell this morning: as if the crack is a symptom."

# game/story/ch2_preserve.rpy:183
translate spanish ch2_after_hours_0d695f7c:

    # calla "You've not been back in a year. I'd wondered whether you would come at all."
    calla "You've not been back in a year. I'd wondered whether you would come at all."

# game/story/ch2_preserve.rpy:185
translate spanish ch2_after_hours_8203bb9d:

    # noah sad "I told her to get it, you know. The chip. Twice. I said please, even. She told me I sounded like the Wall, and I let it go."
    noah sad "I told her to get it, you know. The chip. Twice. I said please, even. She told me I sounded like the Wall, and I let it go."

# game/story/ch2_preserve.rpy:186
translate spanish ch2_after_hours_5081685c:

    # noah "I fit those things for a living. I've talked bus drivers into them. Bishops. I had one more push in me and I didn't use it on my own mother."
    noah "I fit those things for a living. I've talked bus drivers into them. Bishops. I had one more push in me and I didn't use it on my own mother."

# game/story/ch2_preserve.rpy:188
translate spanish ch2_after_hours_fa68c4c9:

    # noah sad "You know what I told her? Under the Wall, the day she saw you. She asked me if she should get the chip, and I said 'your call'."
    noah sad "You know what I told her? Under the Wall, the day she saw you. She asked me if she should get the chip, and I said 'your call'."

# game/story/ch2_preserve.rpy:189
translate spanish ch2_after_hours_0b9d3a00:

    # noah "I was proud of that. Very respectful son. She made her call. Turns out respect is also how you watch somebody walk off a platform."
    noah "I was proud of that. Very respectful son. She made her call. Turns out respect is also how you watch somebody walk off a platform."

# game/story/ch2_preserve.rpy:190
translate spanish ch2_after_hours_681bb171:

    # calla worried "I want to show you something. You may not want to see it. You may tell me to put it back."
    calla worried "I want to show you something. You may not want to see it. You may tell me to put it back."

# game/story/ch2_preserve.rpy:191
translate spanish ch2_after_hours_11a0f4fc:

    # "She unlocks the walnut cabinet and takes out a folder gone soft with handling. ADAIR, M. Twenty years of my mother's mouth, in Calla's upright hand."
    "She unlocks the walnut cabinet and takes out a folder gone soft with handling. ADAIR, M. Twenty years of my mother's mouth, in Calla's upright hand."

# game/story/ch2_preserve.rpy:192
translate spanish ch2_after_hours_03179bfb:

    # "Near the end, the entries are short."
    "Near the end, the entries are short."

# game/story/ch2_preserve.rpy:193
translate spanish ch2_after_hours_44eb326a:

    # calla neutral "The day you brought her. 'Shadow at margin, lower left six. SOE offered. Declined: I don't need a snitch in my mouth.' I wrote down her words. I always write down their words."
    calla neutral "The day you brought her. 'Shadow at margin, lower left six. SOE offered. Declined: I don't need a snitch in my mouth.' I wrote down her words. I always write down their words."

# game/story/ch2_preserve.rpy:194
translate spanish ch2_after_hours_e11f214b:

    # calla "October. 'Recall. Tender to percussion. Radiograph declined. SOE declined.' I asked twice. She said no twice. I wrote it twice."
    calla "October. 'Recall. Tender to percussion. Radiograph declined. SOE declined.' I asked twice. She said no twice. I wrote it twice."

# game/story/ch2_preserve.rpy:195
translate spanish ch2_after_hours_82bb5f88:

    # calla sad "Twelfth of January. 'Did not attend recall. Telephoned, no answer.' Fourteenth of January. 'Telephoned, no answer.'"
    calla sad "Twelfth of January. 'Did not attend recall. Telephoned, no answer.' Fourteenth of January. 'Telephoned, no answer.'"

# game/story/ch2_preserve.rpy:196
translate spanish ch2_after_hours_1fb41724:

    # noah surprised "You rang her."
    noah surprised "You rang her."

# game/story/ch2_preserve.rpy:197
translate spanish ch2_after_hours_fa8ffedd:

    # calla "Twice. She didn't ring back. I did not go round. I told myself that going round would be a kind of trespass."
    calla "Twice. She didn't ring back. I did not go round. I told myself that going round would be a kind of trespass."

# game/story/ch2_preserve.rpy:198
translate spanish ch2_after_hours_404243db:

    # calla "I have asked myself every day for a year whether it was respect or cowardice. I have not reached a conclusion. I'm not certain there is one."
    calla "I have asked myself every day for a year whether it was respect or cowardice. I have not reached a conclusion. I'm not certain there is one."

# game/story/ch2_preserve.rpy:199
translate spanish ch2_after_hours_7bdd1d55:

    # "The folder lies open on the instrument tray between us. In the margin of the October entry, very small, Calla has drawn a little plum. My mother used to bring her plums from the tree behind the flats. I'd forgotten that."
    "The folder lies open on the instrument tray between us. In the margin of the October entry, very small, Calla has drawn a little plum. My mother used to bring her plums from the tree behind the flats. I'd forgotten that."

# game/story/ch2_preserve.rpy:216
translate spanish ch2_blame_6e7725c6:

    # noah angry "You let her die."
    noah angry "You let her die."

# game/story/ch2_preserve.rpy:217
translate spanish ch2_blame_43b41c4a:

    # "It comes out very quietly. I've rehearsed it for a year, in the shower, on the Nine, in the small hours with the badge in my hand, and in every rehearsal it was louder."
    "It comes out very quietly. I've rehearsed it for a year, in the shower, on the Nine, in the small hours with the badge in my hand, and in every rehearsal it was louder."

# game/story/ch2_preserve.rpy:218
translate spanish ch2_blame_751f63db:

    # "Calla doesn't flinch. She closes the folder, squares its edges against the tray, and only then looks up."
    "Calla doesn't flinch. She closes the folder, squares its edges against the tray, and only then looks up."

# game/story/ch2_preserve.rpy:219
translate spanish ch2_blame_ef44e910:

    # calla sad "Perhaps I did."
    calla sad "Perhaps I did."

# game/story/ch2_preserve.rpy:220
translate spanish ch2_blame_67a7e3e3:

    # calla "I respected her. It is the only thing I know how to do well. And tonight it isn't enough, is it."
    calla "I respected her. It is the only thing I know how to do well. And tonight it isn't enough, is it."

# game/story/ch2_preserve.rpy:221
translate spanish ch2_blame_97e9138f:

    # noah angry "No."
    noah angry "No."

# game/story/ch2_preserve.rpy:222
translate spanish ch2_blame_49497533:

    # "It should feel better than this. I waited a year for it to feel better than this."
    "It should feel better than this. I waited a year for it to feel better than this."

# game/story/ch2_preserve.rpy:223
translate spanish ch2_blame_32bf6a96:

    # "I walk out to the reception before she can say anything kind, because if she says anything kind I don't know what I'll do with my hands."
    "I walk out to the reception before she can say anything kind, because if she says anything kind I don't know what I'll do with my hands."

# game/story/ch2_preserve.rpy:229
translate spanish ch2_respect_2aa5b3bb:

    # noah sad "You respected her. That's what she'd have wanted. It's what she asked everybody for, her whole life. You were one of the few who gave it."
    noah sad "You respected her. That's what she'd have wanted. It's what she asked everybody for, her whole life. You were one of the few who gave it."

# game/story/ch2_preserve.rpy:230
translate spanish ch2_respect_ee31a8c0:

    # "Calla's straight back gives a little, the way a wall gives before you see the crack."
    "Calla's straight back gives a little, the way a wall gives before you see the crack."

# game/story/ch2_preserve.rpy:231
translate spanish ch2_respect_092d92f2:

    # calla sad "She'd want you not to carry it either, Noah. She'd be furious with both of us. She'd bring plums, and be furious."
    calla sad "She'd want you not to carry it either, Noah. She'd be furious with both of us. She'd bring plums, and be furious."

# game/story/ch2_preserve.rpy:232
translate spanish ch2_respect_24666211:

    # noah happy "Victoria plums. From the tree the council kept trying to cut down. She used to stand in front of it with a flask."
    noah happy "Victoria plums. From the tree the council kept trying to cut down. She used to stand in front of it with a flask."

# game/story/ch2_preserve.rpy:233
translate spanish ch2_respect_9811c8cd:

    # calla happy "She brought me a bag every September for twenty years. I never once told her I don't much care for plums."
    calla happy "She brought me a bag every September for twenty years. I never once told her I don't much care for plums."

# game/story/ch2_preserve.rpy:234
translate spanish ch2_respect_a11bdebf:

    # noah "She knew. She told me. She said you ate them anyway because you were too polite not to, and that was the whole reason she kept bringing them."
    noah "She knew. She told me. She said you ate them anyway because you were too polite not to, and that was the whole reason she kept bringing them."

# game/story/ch2_preserve.rpy:235
translate spanish ch2_respect_66bafffc:

    # "Calla laughs, a short surprised sound, and then puts her hand over her mouth, the way Flower does. Her eyes are wet. I've never seen her eyes wet."
    "Calla laughs, a short surprised sound, and then puts her hand over her mouth, the way Flower does. Her eyes are wet. I've never seen her eyes wet."

# game/story/ch2_preserve.rpy:236
translate spanish ch2_respect_72e1479c:

    # calla neutral "Thank you. I have not been thanked for that year by anybody. I had not noticed I was waiting."
    calla neutral "Thank you. I have not been thanked for that year by anybody. I had not noticed I was waiting."

# game/story/ch2_preserve.rpy:242
translate spanish ch2_what_chip_saw_5b20b576:

    # noah neutral "Show me what a chip would have seen. Not a story. The number."
    noah neutral "Show me what a chip would have seen. Not a story. The number."

# game/story/ch2_preserve.rpy:243
translate spanish ch2_what_chip_saw_c12f9b50:

    # "I expect her to refuse, or to call Jolene back. Instead Calla crosses to the sleeping suite, wakes it with two taps, and opens a retrospective module I didn't know the lease included."
    "I expect her to refuse, or to call Jolene back. Instead Calla crosses to the sleeping suite, wakes it with two taps, and opens a retrospective module I didn't know the lease included."

# game/story/ch2_preserve.rpy:244
translate spanish ch2_what_chip_saw_2ea998d2:

    # "She feeds it my mother's chart page by page, her own handwriting flickering up into the machine like moths into a lamp."
    "She feeds it my mother's chart page by page, her own handwriting flickering up into the machine like moths into a lamp."

# game/story/ch2_preserve.rpy:245
translate spanish ch2_what_chip_saw_b03bc5f4:

    # noah surprised "You know how to run that."
    noah surprised "You know how to run that."

# game/story/ch2_preserve.rpy:246
translate spanish ch2_what_chip_saw_09ce84be:

    # calla neutral "I read the manual. Someone in this building ought to."
    calla neutral "I read the manual. Someone in this building ought to."

# game/story/ch2_preserve.rpy:249
translate spanish ch2_what_chip_saw_ef7e6914:

    # elara_ai "RETROSPECTIVE ANALYSIS: ADAIR, MARA. SOURCE: HANDWRITTEN CLINICAL RECORD, TWENTY YEARS."
    elara_ai "RETROSPECTIVE ANALYSIS: ADAIR, MARA. SOURCE: HANDWRITTEN CLINICAL RECORD, TWENTY YEARS."

# game/story/ch2_preserve.rpy:250
translate spanish ch2_what_chip_saw_cb8e5b20:

    # elara_ai "BASED ON CHARTED FINDINGS, AN SOE WOULD HAVE FLAGGED PERIAPICAL INFECTION ON OR ABOUT 9 JANUARY 2044. PROBABILITY OF DETECTION: 71 PERCENT."
    elara_ai "BASED ON CHARTED FINDINGS, AN SOE WOULD HAVE FLAGGED PERIAPICAL INFECTION ON OR ABOUT 9 JANUARY 2044. PROBABILITY OF DETECTION: 71 PERCENT."

# game/story/ch2_preserve.rpy:251
translate spanish ch2_what_chip_saw_f984ed35:

    # elara_ai "PROBABILITY OF PATIENT ACTING ON ALERT: INSUFFICIENT DATA."
    elara_ai "PROBABILITY OF PATIENT ACTING ON ALERT: INSUFFICIENT DATA."

# game/story/ch2_preserve.rpy:252
translate spanish ch2_what_chip_saw_e626be95:

    # "Seventy-one. I'd imagined a hundred, most nights. On the bad ones, I imagined a hundred and a siren."
    "Seventy-one. I'd imagined a hundred, most nights. On the bad ones, I imagined a hundred and a siren."

# game/story/ch2_preserve.rpy:253
translate spanish ch2_what_chip_saw_b7267c81:

    # noah neutral "Seventy-one. Not a hundred."
    noah neutral "Seventy-one. Not a hundred."

# game/story/ch2_preserve.rpy:254
translate spanish ch2_what_chip_saw_ca5f989f:

    # calla "And not zero. I shan't pretend it's zero, Noah. Neither should you."
    calla "And not zero. I shan't pretend it's zero, Noah. Neither should you."

# game/story/ch2_preserve.rpy:255
translate spanish ch2_what_chip_saw_0b62d8a4:

    # noah happy "'Patient acting on alert: insufficient data.' That's her. That's exactly her. She'd have found the setting and turned it off inside a week."
    noah happy "'Patient acting on alert: insufficient data.' That's her. That's exactly her. She'd have found the setting and turned it off inside a week."

# game/story/ch2_preserve.rpy:256
translate spanish ch2_what_chip_saw_02868bb0:

    # calla happy "Inside a day. She rewired the tram depot's clocking-in machine in 2019 so it always said seven o'clock."
    calla happy "Inside a day. She rewired the tram depot's clocking-in machine in 2019 so it always said seven o'clock."

# game/story/ch2_preserve.rpy:257
translate spanish ch2_what_chip_saw_fc3a5fcc:

    # "We both laugh. The cyan face waits politely for us to finish, the way a machine waits, which is forever."
    "We both laugh. The cyan face waits politely for us to finish, the way a machine waits, which is forever."

# game/story/ch2_preserve.rpy:258
translate spanish ch2_what_chip_saw_cc30f930:

    # elara_ai "IS THERE ANYTHING FURTHER?"
    elara_ai "IS THERE ANYTHING FURTHER?"

# game/story/ch2_preserve.rpy:259
translate spanish ch2_what_chip_saw_6577e5e0:

    # calla neutral "No. Thank you. That was exactly enough."
    calla neutral "No. Thank you. That was exactly enough."

# game/story/ch2_preserve.rpy:270
translate spanish ch2_notebook_blame_2c424431:

    # "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."

# game/story/ch2_preserve.rpy:271
translate spanish ch2_notebook_blame_a85709a3:

    # leo "We heard. The walls in this place are very old and very thin."
    leo "We heard. The walls in this place are very old and very thin."

# game/story/ch2_preserve.rpy:272
translate spanish ch2_notebook_blame_48dc63a4:

    # leo "She won't say it, so I will. She's been asking herself that question every night for a year. You didn't ask her anything new. You only asked it out loud."
    leo "She won't say it, so I will. She's been asking herself that question every night for a year. You didn't ask her anything new. You only asked it out loud."

# game/story/ch2_preserve.rpy:281
translate spanish ch2_notebook_2c424431:

    # "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."

# game/story/ch2_preserve.rpy:282
translate spanish ch2_notebook_a85709a3:

    # leo "We heard. The walls in this place are very old and very thin."
    leo "We heard. The walls in this place are very old and very thin."

# game/story/ch2_preserve.rpy:283
translate spanish ch2_notebook_bf288586:

    # leo happy "That's the first time she's laughed in that room since February. We'd nearly forgotten what it sounded like."
    leo happy "That's the first time she's laughed in that room since February. We'd nearly forgotten what it sounded like."

# game/story/ch2_preserve.rpy:286
translate spanish ch2_notebook_drawer_2537e240:

    # "He sets the watering can down. Then he takes a small key from his waistcoat pocket and turns it over and over in his fingers, like a man weighing whether to be brave."
    "He sets the watering can down. Then he takes a small key from his waistcoat pocket and turns it over and over in his fingers, like a man weighing whether to be brave."

# game/story/ch2_preserve.rpy:287
translate spanish ch2_notebook_drawer_2bad7696:

    # leo worried "Can I show you something? She'd have my head. She'd have it very gently, and make me tea afterwards, but she'd have it."
    leo worried "Can I show you something? She'd have my head. She'd have it very gently, and make me tea afterwards, but she'd have it."

# game/story/ch2_preserve.rpy:288
translate spanish ch2_notebook_drawer_ff4971b7:

    # "He unlocks the bottom drawer of the walnut cabinet, the one with no label, and takes out a notebook bound in green cloth, rubbed pale at the corners."
    "He unlocks the bottom drawer of the walnut cabinet, the one with no label, and takes out a notebook bound in green cloth, rubbed pale at the corners."

# game/story/ch2_preserve.rpy:289
translate spanish ch2_notebook_drawer_c20a554c:

    # "On the first page, in Calla's copperplate: The Integrated Smile Protocol."
    "On the first page, in Calla's copperplate: The Integrated Smile Protocol."

# game/story/ch2_preserve.rpy:290
translate spanish ch2_notebook_drawer_74a2d037:

    # "I turn the pages. Diagrams of the operatory with the SmarTeeth suite drawn into it, arrows running between the suite, the chair and Calla's hands. A year of Jolene's diagnostic printouts, pasted in and annotated in red ink: right; right; wrong, the patient was lying about the smoking; right; right, and I should have missed it."
    "I turn the pages. Diagrams of the operatory with the SmarTeeth suite drawn into it, arrows running between the suite, the chair and Calla's hands. A year of Jolene's diagnostic printouts, pasted in and annotated in red ink: right; right; wrong, the patient was lying about the smoking; right; right, and I should have missed it."

# game/story/ch2_preserve.rpy:291
translate spanish ch2_notebook_drawer_22d20de7:

    # "On one page, a score, in a very Calla-ish table. Machine caught: forty-one. Hands caught: thirty-eight. Both: one hundred and twelve. Neither: four. The four are underlined twice."
    "On one page, a score, in a very Calla-ish table. Machine caught: forty-one. Hands caught: thirty-eight. Both: one hundred and twelve. Neither: four. The four are underlined twice."

# game/story/ch2_preserve.rpy:292
translate spanish ch2_notebook_drawer_9792c68d:

    # "And across one spread, the method, numbered like a recipe. One: the patient speaks first. Two: the machine reads. Three: the hands confirm. Four: the patient decides."
    "And across one spread, the method, numbered like a recipe. One: the patient speaks first. Two: the machine reads. Three: the hands confirm. Four: the patient decides."

# game/story/ch2_preserve.rpy:293
translate spanish ch2_notebook_drawer_9b781077:

    # leo neutral "She started it the week after your mother's funeral."
    leo neutral "She started it the week after your mother's funeral."

# game/story/ch2_preserve.rpy:294
translate spanish ch2_notebook_drawer_6402fd69:

    # "I look up."
    "I look up."

# game/story/ch2_preserve.rpy:295
translate spanish ch2_notebook_drawer_b5794455:

    # leo "She thought if there'd been something in between, not a snitch, something Mara could have said yes to, something with a person at both ends of it..."
    leo "She thought if there'd been something in between, not a snitch, something Mara could have said yes to, something with a person at both ends of it..."

# game/story/ch2_preserve.rpy:296
translate spanish ch2_notebook_drawer_d2595cc4:

    # leo sad "There's a page near the back where we aren't in it. Where a machine does what I do: the tea, the hand on the arm of the chair. She crossed it out. I've read that page a hundred times."
    leo sad "There's a page near the back where we aren't in it. Where a machine does what I do: the tea, the hand on the arm of the chair. She crossed it out. I've read that page a hundred times."

# game/story/ch2_preserve.rpy:299
translate spanish ch2_notebook_drawer_51f809c2:

    # calla "Leo."
    calla "Leo."

# game/story/ch2_preserve.rpy:300
translate spanish ch2_notebook_drawer_01c900f6:

    # leo neutral "We needed someone else to know."
    leo neutral "We needed someone else to know."

# game/story/ch2_preserve.rpy:301
translate spanish ch2_notebook_drawer_d078e85f:

    # "Calla holds out her hand for the notebook, and I give it to her. She holds it against her coat with both arms, like someone caught carrying a baby that isn't theirs."
    "Calla holds out her hand for the notebook, and I give it to her. She holds it against her coat with both arms, like someone caught carrying a baby that isn't theirs."

# game/story/ch2_preserve.rpy:302
translate spanish ch2_notebook_drawer_2d824c20:

    # calla worried "It's an old woman's doodles. An exercise. Something to do in the evenings instead of the crossword."
    calla worried "It's an old woman's doodles. An exercise. Something to do in the evenings instead of the crossword."

# game/story/ch2_preserve.rpy:303
translate spanish ch2_notebook_drawer_e357bbd8:

    # calla "If I show it to them, it becomes a product or a joke. 'Last human dentist in Caledonia Heights wants a slice of the future.' Milena Voss would frame it. Miss Park would score it."
    calla "If I show it to them, it becomes a product or a joke. 'Last human dentist in Caledonia Heights wants a slice of the future.' Milena Voss would frame it. Miss Park would score it."

# game/story/ch2_preserve.rpy:304
translate spanish ch2_notebook_drawer_575e712e:

    # calla sad "I am sixty-four years old. I should like, if I may, to be a relic on my own terms."
    calla sad "I am sixty-four years old. I should like, if I may, to be a relic on my own terms."

# game/story/ch2_preserve.rpy:305
translate spanish ch2_notebook_drawer_2a29b439:

    # "It occurs to me that Jolene's suite could run most of this notebook tomorrow, if anybody asked it nicely. It also occurs to me that nobody asks anything nicely any more."
    "It occurs to me that Jolene's suite could run most of this notebook tomorrow, if anybody asked it nicely. It also occurs to me that nobody asks anything nicely any more."

# game/story/ch2_preserve.rpy:318
translate spanish ch2_keep_secret_32bc8722:

    # noah neutral "It's yours, Doctor. Keep it till you're ready. Nobody gets to turn you into a slogan before you've finished the sentence."
    noah neutral "It's yours, Doctor. Keep it till you're ready. Nobody gets to turn you into a slogan before you've finished the sentence."

# game/story/ch2_preserve.rpy:319
translate spanish ch2_keep_secret_613244c1:

    # "Calla lets out a breath she might have been holding for a year."
    "Calla lets out a breath she might have been holding for a year."

# game/story/ch2_preserve.rpy:320
translate spanish ch2_keep_secret_dfc94925:

    # calla neutral "Thank you. For once, let something of mine stay mine a little longer."
    calla neutral "Thank you. For once, let something of mine stay mine a little longer."

# game/story/ch2_preserve.rpy:321
translate spanish ch2_keep_secret_889def1b:

    # "She puts the notebook back in the bottom drawer herself, and locks it, and holds out her hand to Leo for the key. He gives it to her. She looks at it, and gives it back."
    "She puts the notebook back in the bottom drawer herself, and locks it, and holds out her hand to Leo for the key. He gives it to her. She looks at it, and gives it back."

# game/story/ch2_preserve.rpy:322
translate spanish ch2_keep_secret_4b636d6b:

    # calla happy "You'd better keep it. You're the one who remembers where things are."
    calla happy "You'd better keep it. You're the one who remembers where things are."

# game/story/ch2_preserve.rpy:323
translate spanish ch2_keep_secret_4a87a638:

    # leo happy "We'll keep it safe."
    leo happy "We'll keep it safe."

# game/story/ch2_preserve.rpy:324
translate spanish ch2_keep_secret_508d19a0:

    # "On my way out I catch Leo glancing at the drawer, the way you glance at a sleeping child, half hoping it'll wake."
    "On my way out I catch Leo glancing at the drawer, the way you glance at a sleeping child, half hoping it'll wake."

# game/story/ch2_preserve.rpy:329
translate spanish ch2_show_jolene_0bda3446:

    # noah neutral "Show Jolene. She's the one who could build it. She's been half of this notebook for a year, she just doesn't know it."
    noah neutral "Show Jolene. She's the one who could build it. She's been half of this notebook for a year, she just doesn't know it."

# game/story/ch2_preserve.rpy:330
translate spanish ch2_show_jolene_623fa28f:

    # calla angry "Miss Park thinks I am a museum with a drill."
    calla angry "Miss Park thinks I am a museum with a drill."

# game/story/ch2_preserve.rpy:331
translate spanish ch2_show_jolene_aac6d178:

    # noah "Miss Park keeps score. So do you. Yours is the only scoreboard in the building that's honest about both sides."
    noah "Miss Park keeps score. So do you. Yours is the only scoreboard in the building that's honest about both sides."

# game/story/ch2_preserve.rpy:332
translate spanish ch2_show_jolene_c4fa4059:

    # "Calla looks at the notebook, then out of the front window. Across Alder Row, Jolene is waiting at the tram stop, thumbing her scoreboard under the streetlight."
    "Calla looks at the notebook, then out of the front window. Across Alder Row, Jolene is waiting at the tram stop, thumbing her scoreboard under the streetlight."

# game/story/ch2_preserve.rpy:333
translate spanish ch2_show_jolene_fb0ab5da:

    # "Calla goes out into the road in her white coat and calls her back by name, Miss Park, loud enough to turn heads all down the terrace. I didn't know she had a voice that size."
    "Calla goes out into the road in her white coat and calls her back by name, Miss Park, loud enough to turn heads all down the terrace. I didn't know she had a voice that size."

# game/story/ch2_preserve.rpy:334
translate spanish ch2_show_jolene_b06ed007:

    # "Jolene comes back across the road at a run, as if somebody's been hurt, and stops dead in the doorway when she sees nobody has."
    "Jolene comes back across the road at a run, as if somebody's been hurt, and stops dead in the doorway when she sees nobody has."

# game/story/ch2_preserve.rpy:339
translate spanish ch2_show_jolene_cab3cc5f:

    # calla "Miss Park. Page nine. Your machine is wrong on page nine, and right on pages ten to fourteen, and I should like your help with the rest."
    calla "Miss Park. Page nine. Your machine is wrong on page nine, and right on pages ten to fourteen, and I should like your help with the rest."

# game/story/ch2_preserve.rpy:340
translate spanish ch2_show_jolene_7e343662:

    # "Jolene takes the notebook as if it might be a trick. She reads standing up, fast, the way she talks. Then slower. Then she sits down on the waiting-room bench without looking at it."
    "Jolene takes the notebook as if it might be a trick. She reads standing up, fast, the way she talks. Then slower. Then she sits down on the waiting-room bench without looking at it."

# game/story/ch2_preserve.rpy:341
translate spanish ch2_show_jolene_9b28e294:

    # jolene "You've been keeping score."
    jolene "You've been keeping score."

# game/story/ch2_preserve.rpy:342
translate spanish ch2_show_jolene_0d0617bf:

    # calla "Forty-one to thirty-eight. You were ahead."
    calla "Forty-one to thirty-eight. You were ahead."

# game/story/ch2_preserve.rpy:343
translate spanish ch2_show_jolene_11d9f518:

    # jolene worried "You kept score for me. Everybody at the Tower keeps score on me. Nobody keeps it for me."
    jolene worried "You kept score for me. Everybody at the Tower keeps score on me. Nobody keeps it for me."

# game/story/ch2_preserve.rpy:344
translate spanish ch2_show_jolene_9b373ce5:

    # jolene neutral "Page thirty-one's wrong, by the way. The suite can do that step in a third of a second. You've got Leo doing it with a ruler."
    jolene neutral "Page thirty-one's wrong, by the way. The suite can do that step in a third of a second. You've got Leo doing it with a ruler."

# game/story/ch2_preserve.rpy:345
translate spanish ch2_show_jolene_8c7a92bf:

    # calla "Leo likes the ruler."
    calla "Leo likes the ruler."

# game/story/ch2_preserve.rpy:346
translate spanish ch2_show_jolene_6201e888:

    # leo happy "We like the ruler."
    leo happy "We like the ruler."

# game/story/ch2_preserve.rpy:347
translate spanish ch2_show_jolene_00afd700:

    # jolene "The rest isn't wrong. The rest is..."
    jolene "The rest isn't wrong. The rest is..."

# game/story/ch2_preserve.rpy:348
translate spanish ch2_show_jolene_20f6d414:

    # "She stops. For the first time since I walked in this morning, Jolene Park doesn't seem to know what the score is."
    "She stops. For the first time since I walked in this morning, Jolene Park doesn't seem to know what the score is."

# game/story/ch2_preserve.rpy:349
translate spanish ch2_show_jolene_4c433e31:

    # jolene neutral "I'll read it. Tonight. Doesn't mean I like it."
    jolene neutral "I'll read it. Tonight. Doesn't mean I like it."

# game/story/ch2_preserve.rpy:350
translate spanish ch2_show_jolene_7410a3f6:

    # leo happy "We'll put the kettle on."
    leo happy "We'll put the kettle on."

# game/story/ch2_preserve.rpy:356
translate spanish ch2_chapter_end_ab617b43:

    # "Alder Row at night: plane trees, brass plates, the hum of somebody's smart glass dimming itself for the evening. Above the rooftops, a corner of the Wall shows the expo countdown and Jonah Vance's face, smiling at two percent."
    "Alder Row at night: plane trees, brass plates, the hum of somebody's smart glass dimming itself for the evening. Above the rooftops, a corner of the Wall shows the expo countdown and Jonah Vance's face, smiling at two percent."

# game/story/ch2_preserve.rpy:358
translate spanish ch2_chapter_end_43ceb963:

    # "In a walnut cabinet behind me, a pencil drawing of his gums sleeps in a folder marked DO NOT DISCARD."
    "In a walnut cabinet behind me, a pencil drawing of his gums sleeps in a folder marked DO NOT DISCARD."

# game/story/ch2_preserve.rpy:360
translate spanish ch2_chapter_end_fc974e07:

    # "Somewhere in the Tower, every baseline Jonah has is logged perfectly, once, where none of us can reach it."
    "Somewhere in the Tower, every baseline Jonah has is logged perfectly, once, where none of us can reach it."

# game/story/ch2_preserve.rpy:362
translate spanish ch2_chapter_end_6e452746:

    # "My tablet plays Flower's voice note again when I bump it: the kettle, the market noise, her voice, clipped and gruff and kind. I don't delete it."
    "My tablet plays Flower's voice note again when I bump it: the kettle, the market noise, her voice, clipped and gruff and kind. I don't delete it."

# game/story/ch2_preserve.rpy:364
translate spanish ch2_chapter_end_670fa44f:

    # "Flower's chip pings the network at six, as it will every morning now. Green. Green. Green. Nobody rings her."
    "Flower's chip pings the network at six, as it will every morning now. Green. Green. Green. Nobody rings her."

# game/story/ch2_preserve.rpy:365
translate spanish ch2_chapter_end_1b245845:

    # "I walk to the tram stop, and for the first time in a year I don't take the long way round to avoid the one outside Preserve Dental."
    "I walk to the tram stop, and for the first time in a year I don't take the long way round to avoid the one outside Preserve Dental."

translate spanish strings:

    # game/story/ch2_preserve.rpy:126
    old "Calla's right. Take the paper baselines first."
    new "Calla's right. Take the paper baselines first."

    # game/story/ch2_preserve.rpy:126
    old "ELARA's seen four thousand mouths. Trust it."
    new "ELARA's seen four thousand mouths. Trust it."

    # game/story/ch2_preserve.rpy:201
    old "You let her die."
    new "You let her die."

    # game/story/ch2_preserve.rpy:201
    old "You respected her. That's what she'd have wanted."
    new "You respected her. That's what she'd have wanted."

    # game/story/ch2_preserve.rpy:201
    old "Show me what a chip would have seen."
    new "Show me what a chip would have seen."

    # game/story/ch2_preserve.rpy:307
    old "It's yours. Keep it until you're ready."
    new "It's yours. Keep it until you're ready."

    # game/story/ch2_preserve.rpy:307
    old "Show Jolene. She's the one who could build it."
    new "Show Jolene. She's the one who could build it."

