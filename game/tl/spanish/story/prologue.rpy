# TODO: Translation updated at 2026-11-21 06:03

# game/story/prologue.rpy:9
translate spanish prologue_97139196:

    # centered "{size=+16}New Caledonia, 2043{/size}"
    centered "{size=+16}New Caledonia, 2043{/size}"

# game/story/prologue.rpy:11
translate spanish prologue_c14fbe24:

    # "Eleven million people live in New Caledonia, and hardly any of them will sit in a dentist's chair this year."
    "Eleven million people live in New Caledonia, and hardly any of them will sit in a dentist's chair this year."

# game/story/prologue.rpy:12
translate spanish prologue_cd897cc3:

    # "Their teeth are minded by apps, by toothbrushes that file reports, by scan booths at the back of pharmacies. Dentistry didn't die. It just stopped needing a room."
    "Their teeth are minded by apps, by toothbrushes that file reports, by scan booths at the back of pharmacies. Dentistry didn't die. It just stopped needing a room."

# game/story/prologue.rpy:13
translate spanish prologue_461023ec:

    # "Caledonia Heights still has rooms. Halfway down Alder Row, between plane trees clipped square, hangs a brass plate older than I am: PRESERVE DENTAL. BY APPOINTMENT. Under it, a window box of red geraniums that has outlived three mayors."
    "Caledonia Heights still has rooms. Halfway down Alder Row, between plane trees clipped square, hangs a brass plate older than I am: PRESERVE DENTAL. BY APPOINTMENT. Under it, a window box of red geraniums that has outlived three mayors."

# game/story/prologue.rpy:14
translate spanish prologue_5c0c5c3d:

    # "My mother has been coming here for twenty years. Today, for the first time, she asked me to come with her."
    "My mother has been coming here for twenty years. Today, for the first time, she asked me to come with her."

# game/story/prologue.rpy:15
translate spanish prologue_c895dc5e:

    # noah neutral "She said it was because the Seven is on diversion. My mother spent thirty-four years fixing trams. She knows every diversion in this city by heart."
    noah neutral "She said it was because the Seven is on diversion. My mother spent thirty-four years fixing trams. She knows every diversion in this city by heart."

# game/story/prologue.rpy:16
translate spanish prologue_4f04d27b:

    # noah sad "So either she's getting old, or she's scared. I haven't decided which one I'd rather."
    noah sad "So either she's getting old, or she's scared. I haven't decided which one I'd rather."

# game/story/prologue.rpy:25
translate spanish prologue_reception_d643e89e:

    # "Leo meets us at the door the way he has met her for the last ten years, as if we're the appointment he's been looking forward to all week."
    "Leo meets us at the door the way he has met her for the last ten years, as if we're the appointment he's been looking forward to all week."

# game/story/prologue.rpy:26
translate spanish prologue_reception_37c8ff45:

    # leo "Mrs. Adair. And you've brought Noah. We're honoured."
    leo "Mrs. Adair. And you've brought Noah. We're honoured."

# game/story/prologue.rpy:27
translate spanish prologue_reception_cb53febe:

    # mara "He brought me. Diversion on the Seven."
    mara "He brought me. Diversion on the Seven."

# game/story/prologue.rpy:28
translate spanish prologue_reception_d88c528e:

    # "The room smells of clove oil and floor wax. Behind the desk stands a walnut cabinet of paper charts, hundreds of manila tabs, and a clock ticks over it like it's paid by the tick."
    "The room smells of clove oil and floor wax. Behind the desk stands a walnut cabinet of paper charts, hundreds of manila tabs, and a clock ticks over it like it's paid by the tick."

# game/story/prologue.rpy:29
translate spanish prologue_reception_88be3552:

    # "Somewhere past the inner door a drill is singing. An actual drill. I didn't know they still made that sound."
    "Somewhere past the inner door a drill is singing. An actual drill. I didn't know they still made that sound."

# game/story/prologue.rpy:30
translate spanish prologue_reception_8a5dc060:

    # mara worried "Who's in there?"
    mara worried "Who's in there?"

# game/story/prologue.rpy:31
translate spanish prologue_reception_784bdf42:

    # leo neutral "Mr. Vance. Dr. Hawthorne is being very careful with him, and he is being very particular with her, so it's taking twice as long as it should."
    leo neutral "Mr. Vance. Dr. Hawthorne is being very careful with him, and he is being very particular with her, so it's taking twice as long as it should."

# game/story/prologue.rpy:32
translate spanish prologue_reception_4560a569:

    # "My mother sits. Her thumb works at the arm of the chair, rubbing at nothing, and she keeps her jaw a little to the right, the way you hold a cup with a chip in the rim."
    "My mother sits. Her thumb works at the arm of the chair, rubbing at nothing, and she keeps her jaw a little to the right, the way you hold a cup with a chip in the rim."

# game/story/prologue.rpy:33
translate spanish prologue_reception_56b93ee0:

    # "Leo sees it before I do. He crouches until his eyes are level with hers."
    "Leo sees it before I do. He crouches until his eyes are level with hers."

# game/story/prologue.rpy:34
translate spanish prologue_reception_5ce95f6c:

    # leo worried "Is it the lower left again?"
    leo worried "Is it the lower left again?"

# game/story/prologue.rpy:35
translate spanish prologue_reception_25235420:

    # mara "It's a twinge. Comes and goes."
    mara "It's a twinge. Comes and goes."

# game/story/prologue.rpy:36
translate spanish prologue_reception_e1860392:

    # leo neutral "Like the Seven."
    leo neutral "Like the Seven."

# game/story/prologue.rpy:37
translate spanish prologue_reception_055c2570:

    # mara happy "Don't be clever, Leo, it doesn't suit you."
    mara happy "Don't be clever, Leo, it doesn't suit you."

# game/story/prologue.rpy:38
translate spanish prologue_reception_b3638605:

    # leo happy "Then we'll show Dr. Hawthorne the twinge, and she'll tell it off. And after, the tea with the bergamot. I hid the last box from myself."
    leo happy "Then we'll show Dr. Hawthorne the twinge, and she'll tell it off. And after, the tea with the bergamot. I hid the last box from myself."

# game/story/prologue.rpy:39
translate spanish prologue_reception_1069f73f:

    # "He doesn't take her hand. He just sets his own on the arm of the chair, near hers, and leaves it there until her thumb goes still."
    "He doesn't take her hand. He just sets his own on the arm of the chair, near hers, and leaves it there until her thumb goes still."

# game/story/prologue.rpy:40
translate spanish prologue_reception_74bf9e41:

    # "I fit machines into people's mouths for a living. I've never once made anyone's thumb go still."
    "I fit machines into people's mouths for a living. I've never once made anyone's thumb go still."

# game/story/prologue.rpy:49
translate spanish prologue_operatory_d7275667:

    # "Calla lets families in while she works. It's one of the rules she's never written down."
    "Calla lets families in while she works. It's one of the rules she's never written down."

# game/story/prologue.rpy:50
translate spanish prologue_operatory_a45007b3:

    # "Three chairs, brass instruments laid out on linen, one good lamp. In Chair One, under the lamp, lies a man who looks like an advertisement for himself."
    "Three chairs, brass instruments laid out on linen, one good lamp. In Chair One, under the lamp, lies a man who looks like an advertisement for himself."

# game/story/prologue.rpy:51
translate spanish prologue_operatory_dbcdfc75:

    # "Chair Two is my mother's. Green leather, cracked along the left arm where her thumb has worried the same spot through twenty years of cleanings."
    "Chair Two is my mother's. Green leather, cracked along the left arm where her thumb has worried the same spot through twenty years of cleanings."

# game/story/prologue.rpy:52
translate spanish prologue_operatory_42394031:

    # jonah "Calla. Mirror, please."
    jonah "Calla. Mirror, please."

# game/story/prologue.rpy:53
translate spanish prologue_operatory_c700f0cd:

    # calla "You have had the mirror four times, Mr. Vance."
    calla "You have had the mirror four times, Mr. Vance."

# game/story/prologue.rpy:54
translate spanish prologue_operatory_0bfaf7f9:

    # jonah "And you've been right four times. Humour me for a fifth."
    jonah "And you've been right four times. Humour me for a fifth."

# game/story/prologue.rpy:55
translate spanish prologue_operatory_402eb2c0:

    # "Dr. Calla Hawthorne hands him the mirror without a word. She is small and straight-backed, grey hair pinned like it's been told to stay, and her hands don't hurry even when the rest of her would like to."
    "Dr. Calla Hawthorne hands him the mirror without a word. She is small and straight-backed, grey hair pinned like it's been told to stay, and her hands don't hurry even when the rest of her would like to."

# game/story/prologue.rpy:56
translate spanish prologue_operatory_36b3618e:

    # jonah surprised "The left lateral. It's warmer than the others."
    jonah surprised "The left lateral. It's warmer than the others."

# game/story/prologue.rpy:57
translate spanish prologue_operatory_3d651426:

    # calla "It is the same shade as the other eleven. It sits in a different light, because it sits in a different place in your face. That is what faces do."
    calla "It is the same shade as the other eleven. It sits in a different light, because it sits in a different place in your face. That is what faces do."

# game/story/prologue.rpy:58
translate spanish prologue_operatory_4fc0b603:

    # jonah happy "Noah Adair! Ray's chip man. I've got the Mark Three in here, you know. Tell Asha it sings."
    jonah happy "Noah Adair! Ray's chip man. I've got the Mark Three in here, you know. Tell Asha it sings."

# game/story/prologue.rpy:59
translate spanish prologue_operatory_699569ed:

    # noah happy "I'll tell her. She'll ask what key."
    noah happy "I'll tell her. She'll ask what key."

# game/story/prologue.rpy:60
translate spanish prologue_operatory_76c3803c:

    # "Jonah Vance founded Lumen at twenty-six and has been photographed smiling every day since. Today's upgrade is enamel-sheen veneers: designed overnight by an algorithm, placed by the steadiest hands in Caledonia Heights."
    "Jonah Vance founded Lumen at twenty-six and has been photographed smiling every day since. Today's upgrade is enamel-sheen veneers: designed overnight by an algorithm, placed by the steadiest hands in Caledonia Heights."

# game/story/prologue.rpy:61
translate spanish prologue_operatory_9c5e11c1:

    # jonah "Machines design, Calla places. It's like having a sommelier pour. The wine's the same, but you taste the difference."
    jonah "Machines design, Calla places. It's like having a sommelier pour. The wine's the same, but you taste the difference."

# game/story/prologue.rpy:62
translate spanish prologue_operatory_6e796d38:

    # calla worried "I removed four-tenths of a millimetre of sound enamel from each of those teeth this morning, Jonah. Healthy enamel. It does not grow back."
    calla worried "I removed four-tenths of a millimetre of sound enamel from each of those teeth this morning, Jonah. Healthy enamel. It does not grow back."

# game/story/prologue.rpy:63
translate spanish prologue_operatory_1942eb50:

    # jonah "Not yet."
    jonah "Not yet."

# game/story/prologue.rpy:64
translate spanish prologue_operatory_1dee6fb9:

    # calla "Is it worth it? Your health, for a shade nobody else can see?"
    calla "Is it worth it? Your health, for a shade nobody else can see?"

# game/story/prologue.rpy:65
translate spanish prologue_operatory_d9712313:

    # jonah neutral "Health is the floor, Calla. I don't pay you for the floor."
    jonah neutral "Health is the floor, Calla. I don't pay you for the floor."

# game/story/prologue.rpy:66
translate spanish prologue_operatory_62c402ce:

    # "He laughs, and it comes half a beat too late, the way a screen lags behind its sound."
    "He laughs, and it comes half a beat too late, the way a screen lags behind its sound."

# game/story/prologue.rpy:67
translate spanish prologue_operatory_ff020b28:

    # jonah sad "You know what people see first? Before the name, before the company? Teeth. I was nine when a boy called me Tombstone. Some mornings I'm still nine."
    jonah sad "You know what people see first? Before the name, before the company? Teeth. I was nine when a boy called me Tombstone. Some mornings I'm still nine."

# game/story/prologue.rpy:68
translate spanish prologue_operatory_532b9d03:

    # calla neutral "Everyone has a flaw in front, Mr. Vance. Most of us just call it a face."
    calla neutral "Everyone has a flaw in front, Mr. Vance. Most of us just call it a face."

# game/story/prologue.rpy:69
translate spanish prologue_operatory_6d4c7a02:

    # jonah happy "Put that on a mug and I'll invest."
    jonah happy "Put that on a mug and I'll invest."

# game/story/prologue.rpy:70
translate spanish prologue_operatory_f2085c4d:

    # "He checks the mirror a sixth time on his way out, tilting it to find the light he wants. Passing Chair Two, he finds my mother instead."
    "He checks the mirror a sixth time on his way out, tilting it to find the light he wants. Passing Chair Two, he finds my mother instead."

# game/story/prologue.rpy:74
translate spanish prologue_operatory_ca1671a9:

    # jonah "Mrs. Adair. Honest opinion."
    jonah "Mrs. Adair. Honest opinion."

# game/story/prologue.rpy:75
translate spanish prologue_operatory_12425c2a:

    # mara "You look like you're about to sell me a tram."
    mara "You look like you're about to sell me a tram."

# game/story/prologue.rpy:76
translate spanish prologue_operatory_383c563c:

    # jonah surprised "...That's good, right?"
    jonah surprised "...That's good, right?"

# game/story/prologue.rpy:77
translate spanish prologue_operatory_0c11964d:

    # mara happy "Depends on the tram."
    mara happy "Depends on the tram."

# game/story/prologue.rpy:80
translate spanish prologue_operatory_534e01ab:

    # "My mother climbs into Chair Two like she's getting into her own car. Calla pulls the lamp across and speaks to her before she touches her."
    "My mother climbs into Chair Two like she's getting into her own car. Calla pulls the lamp across and speaks to her before she touches her."

# game/story/prologue.rpy:81
translate spanish prologue_operatory_17033732:

    # calla "Mara. You're holding your jaw on the left."
    calla "Mara. You're holding your jaw on the left."

# game/story/prologue.rpy:82
translate spanish prologue_operatory_a5d89127:

    # mara neutral "It's nothing."
    mara neutral "It's nothing."

# game/story/prologue.rpy:83
translate spanish prologue_operatory_6965baba:

    # calla "Then I shall examine nothing, very thoroughly. Open, please."
    calla "Then I shall examine nothing, very thoroughly. Open, please."

# game/story/prologue.rpy:84
translate spanish prologue_operatory_029ed01c:

    # "Mirror, probe, a tap of the handle on each molar in turn. On the lower left my mother's eyes tighten. Calla sees it and says nothing, only makes a small mark on the chart."
    "Mirror, probe, a tap of the handle on each molar in turn. On the lower left my mother's eyes tighten. Calla sees it and says nothing, only makes a small mark on the chart."

# game/story/prologue.rpy:85
translate spanish prologue_operatory_3ba10f10:

    # "She takes an image with a sensor older than some of my colleagues, and holds it to the window like a photograph of someone she used to know."
    "She takes an image with a sensor older than some of my colleagues, and holds it to the window like a photograph of someone she used to know."

# game/story/prologue.rpy:86
translate spanish prologue_operatory_aa170c00:

    # calla worried "That filling is older than your son's driving licence. There's a shadow at the margin I don't love. Nothing I can treat today. Something I should like to watch."
    calla worried "That filling is older than your son's driving licence. There's a shadow at the margin I don't love. Nothing I can treat today. Something I should like to watch."

# game/story/prologue.rpy:87
translate spanish prologue_operatory_7915111f:

    # calla neutral "Noah's employer makes a device that would watch it for me, every hour you're not in this chair. I'm obliged to mention it. I'd be glad of it, frankly."
    calla neutral "Noah's employer makes a device that would watch it for me, every hour you're not in this chair. I'm obliged to mention it. I'd be glad of it, frankly."

# game/story/prologue.rpy:88
translate spanish prologue_operatory_2cd66b8b:

    # mara "I don't need a snitch in my mouth."
    mara "I don't need a snitch in my mouth."

# game/story/prologue.rpy:89
translate spanish prologue_operatory_fd84edeb:

    # "Calla doesn't argue. She uncaps a fountain pen and writes in the chart, in ink, because everything at Preserve Dental is written in ink."
    "Calla doesn't argue. She uncaps a fountain pen and writes in the chart, in ink, because everything at Preserve Dental is written in ink."

# game/story/prologue.rpy:90
translate spanish prologue_operatory_52f257e4:

    # calla "Then we shan't put one there. But if that tooth aches more than it does today, you ring me. Not the app. Not the pharmacy booth. Me."
    calla "Then we shan't put one there. But if that tooth aches more than it does today, you ring me. Not the app. Not the pharmacy booth. Me."

# game/story/prologue.rpy:91
translate spanish prologue_operatory_accd66bb:

    # mara "I'll ring you."
    mara "I'll ring you."

# game/story/prologue.rpy:92
translate spanish prologue_operatory_dc381207:

    # calla "Say it as though you mean it, please."
    calla "Say it as though you mean it, please."

# game/story/prologue.rpy:93
translate spanish prologue_operatory_a7b42bcf:

    # mara happy "I'll ring you, Calla."
    mara happy "I'll ring you, Calla."

# game/story/prologue.rpy:94
translate spanish prologue_operatory_f068c976:

    # "Calla looks at her a moment longer than she needs to, then at me. It isn't a look that asks me for anything. It's a look that says she's written it down."
    "Calla looks at her a moment longer than she needs to, then at me. It isn't a look that asks me for anything. It's a look that says she's written it down."

# game/story/prologue.rpy:102
translate spanish prologue_the_wall_1567cbec:

    # "The Seven is still diverted, so we walk to Meridian Plaza and catch the Nine under the Health Wall."
    "The Seven is still diverted, so we walk to Meridian Plaza and catch the Nine under the Health Wall."

# game/story/prologue.rpy:103
translate spanish prologue_the_wall_1d72359e:

    # "A hundred metres of light, forty storeys up. It tells eleven million people the weather, the time, and what to want."
    "A hundred metres of light, forty storeys up. It tells eleven million people the weather, the time, and what to want."

# game/story/prologue.rpy:104
translate spanish prologue_the_wall_f3d93910:

    # wall "Good evening, Caledonia! Your city, your name. The renaming referendum closes in February: New Caledonia, or New Neo City? Make your voice heard!"
    wall "Good evening, Caledonia! Your city, your name. The renaming referendum closes in February: New Caledonia, or New Neo City? Make your voice heard!"

# game/story/prologue.rpy:105
translate spanish prologue_the_wall_26c86825:

    # mara "New Neo City. Sounds like a cough syrup."
    mara "New Neo City. Sounds like a cough syrup."

# game/story/prologue.rpy:106
translate spanish prologue_the_wall_59ea6bb3:

    # noah happy "It tested very well with the under-thirties."
    noah happy "It tested very well with the under-thirties."

# game/story/prologue.rpy:107
translate spanish prologue_the_wall_8f11d0ab:

    # mara "Everything tests well with the under-thirties. They'd vote to rename the moon."
    mara "Everything tests well with the under-thirties. They'd vote to rename the moon."

# game/story/prologue.rpy:108
translate spanish prologue_the_wall_94ad02aa:

    # wall "Lowline residents: free Smart Oral Enhancers, courtesy of Ray Bio-Dental and the SmarTeeth network. Fitted in four minutes. Free for life. Data-sharing terms apply."
    wall "Lowline residents: free Smart Oral Enhancers, courtesy of Ray Bio-Dental and the SmarTeeth network. Fitted in four minutes. Free for life. Data-sharing terms apply."

# game/story/prologue.rpy:109
translate spanish prologue_the_wall_849a2dbd:

    # "On the Wall a grandmother the size of an office block smiles, and a grain of light settles between her teeth like a seed."
    "On the Wall a grandmother the size of an office block smiles, and a grain of light settles between her teeth like a seed."

# game/story/prologue.rpy:110
translate spanish prologue_the_wall_6dfad110:

    # mara "Data-sharing terms apply. There's the whole sermon, in small print."
    mara "Data-sharing terms apply. There's the whole sermon, in small print."

# game/story/prologue.rpy:111
translate spanish prologue_the_wall_1f81f618:

    # "Then she goes quiet and watches the grain of light three times round the loop. The Nine is due, and she doesn't look at the board once."
    "Then she goes quiet and watches the grain of light three times round the loop. The Nine is due, and she doesn't look at the board once."

# game/story/prologue.rpy:112
translate spanish prologue_the_wall_a418d8c6:

    # mara worried "You fit those. All day."
    mara worried "You fit those. All day."

# game/story/prologue.rpy:113
translate spanish prologue_the_wall_451095fb:

    # noah neutral "Most days."
    noah neutral "Most days."

# game/story/prologue.rpy:114
translate spanish prologue_the_wall_622b3d57:

    # mara "Does it hurt?"
    mara "Does it hurt?"

# game/story/prologue.rpy:115
translate spanish prologue_the_wall_6caafe25:

    # noah "Less than the Seven's brakes."
    noah "Less than the Seven's brakes."

# game/story/prologue.rpy:116
translate spanish prologue_the_wall_dba4fd7d:

    # "She almost smiles. Then she turns to me properly, the way she used to when I came home with a note from school."
    "She almost smiles. Then she turns to me properly, the way she used to when I came home with a note from school."

# game/story/prologue.rpy:117
translate spanish prologue_the_wall_4e3e6d4b:

    # mara "Straight answer, Noah. You're the expert. Should I get the chip?"
    mara "Straight answer, Noah. You're the expert. Should I get the chip?"

# game/story/prologue.rpy:131
translate spanish prologue_get_it_d2b860cf:

    # noah worried "Calla saw a shadow. A chip would watch it every hour. It would ping Calla before it ever hurt you. Get it, Mum. It's four minutes. I could do it myself."
    noah worried "Calla saw a shadow. A chip would watch it every hour. It would ping Calla before it ever hurt you. Get it, Mum. It's four minutes. I could do it myself."

# game/story/prologue.rpy:132
translate spanish prologue_get_it_3fde906b:

    # mara neutral "You'd sleep better."
    mara neutral "You'd sleep better."

# game/story/prologue.rpy:133
translate spanish prologue_get_it_8dc217c4:

    # noah "I would. Is that so bad?"
    noah "I would. Is that so bad?"

# game/story/prologue.rpy:134
translate spanish prologue_get_it_e2b6cba0:

    # mara "It's a reason for you, love. It isn't one for me."
    mara "It's a reason for you, love. It isn't one for me."

# game/story/prologue.rpy:135
translate spanish prologue_get_it_91f28e4f:

    # "She says it kindly, which is worse."
    "She says it kindly, which is worse."

# game/story/prologue.rpy:136
translate spanish prologue_get_it_f682f82b:

    # mara sad "I don't need a snitch in my mouth. I told Calla the same."
    mara sad "I don't need a snitch in my mouth. I told Calla the same."

# game/story/prologue.rpy:137
translate spanish prologue_get_it_328a39cd:

    # mara neutral "You sound like the Wall. No. You sound like your father. He bought the first of everything. First phone that talked back, first car that drove itself into a canal."
    mara neutral "You sound like the Wall. No. You sound like your father. He bought the first of everything. First phone that talked back, first car that drove itself into a canal."

# game/story/prologue.rpy:138
translate spanish prologue_get_it_5e622008:

    # noah sad "That was the car's fault."
    noah sad "That was the car's fault."

# game/story/prologue.rpy:139
translate spanish prologue_get_it_4d31d3d0:

    # mara happy "That's what he said."
    mara happy "That's what he said."

# game/story/prologue.rpy:140
translate spanish prologue_get_it_9c523352:

    # mara neutral "Let the city pick its name first. If it's still Caledonia come spring, I'll think about your chip."
    mara neutral "Let the city pick its name first. If it's still Caledonia come spring, I'll think about your chip."

# game/story/prologue.rpy:141
translate spanish prologue_get_it_2d8eda34:

    # "It isn't a yes. I know it isn't a yes. I could push, and I know exactly where. I've talked harder cases than her into a four-minute fitting."
    "It isn't a yes. I know it isn't a yes. I could push, and I know exactly where. I've talked harder cases than her into a four-minute fitting."

# game/story/prologue.rpy:142
translate spanish prologue_get_it_ca8b676e:

    # "I don't. It's her mouth. The Nine comes in, and she takes my arm to climb aboard, which she has never once needed to do."
    "I don't. It's her mouth. The Nine comes in, and she takes my arm to climb aboard, which she has never once needed to do."

# game/story/prologue.rpy:147
translate spanish prologue_your_call_0f482be1:

    # "She looks at me for a long moment, as though I've said something in a language she used to speak."
    "She looks at me for a long moment, as though I've said something in a language she used to speak."

# game/story/prologue.rpy:148
translate spanish prologue_your_call_8fdae3da:

    # mara surprised "Your call. Huh."
    mara surprised "Your call. Huh."

# game/story/prologue.rpy:149
translate spanish prologue_your_call_32f56ad8:

    # mara neutral "The doctors say 'we recommend'. The Wall says 'make your voice heard'. Your father said 'trust me'. You're the only one who ever says that to me."
    mara neutral "The doctors say 'we recommend'. The Wall says 'make your voice heard'. Your father said 'trust me'. You're the only one who ever says that to me."

# game/story/prologue.rpy:150
translate spanish prologue_your_call_ae576f30:

    # noah neutral "I mean it."
    noah neutral "I mean it."

# game/story/prologue.rpy:151
translate spanish prologue_your_call_a561507e:

    # mara happy "I know you do. That's why it's worth something."
    mara happy "I know you do. That's why it's worth something."

# game/story/prologue.rpy:152
translate spanish prologue_your_call_f19f2c75:

    # mara neutral "Then no. I don't need a snitch in my mouth. Nobody in there but me and my fillings."
    mara neutral "Then no. I don't need a snitch in my mouth. Nobody in there but me and my fillings."

# game/story/prologue.rpy:153
translate spanish prologue_your_call_4b5dc5b8:

    # "She takes my arm, which she has never once needed to do, and we get on the Nine."
    "She takes my arm, which she has never once needed to do, and we get on the Nine."

# game/story/prologue.rpy:154
translate spanish prologue_your_call_5813c0c4:

    # "It feels, at the time, like the most respectful thing I've ever said to her. I'll feel good about it until February."
    "It feels, at the time, like the most respectful thing I've ever said to her. I'll feel good about it until February."

# game/story/prologue.rpy:160
translate spanish prologue_funeral_1a3085b5:

    # centered "{size=+16}February 2044{/size}"
    centered "{size=+16}February 2044{/size}"

# game/story/prologue.rpy:162
translate spanish prologue_funeral_2f5e8c31:

    # "The molar went bad in January. Quietly, the way she'd have wanted it to."
    "The molar went bad in January. Quietly, the way she'd have wanted it to."

# game/story/prologue.rpy:163
translate spanish prologue_funeral_3b2bccbb:

    # "She didn't ring Calla. She didn't ring me. She told the woman next door it was a cold, and took tea with bergamot to bed."
    "She didn't ring Calla. She didn't ring me. She told the woman next door it was a cold, and took tea with bergamot to bed."

# game/story/prologue.rpy:164
translate spanish prologue_funeral_1ba9e79f:

    # "By the time the fever came the infection was in her blood. Sepsis, the doctors said, in the voice people use for words they say too often. Four days from the fever to the end."
    "By the time the fever came the infection was in her blood. Sepsis, the doctors said, in the voice people use for words they say too often. Four days from the fever to the end."

# game/story/prologue.rpy:165
translate spanish prologue_funeral_88e89f63:

    # "The same week, the city voted to change its name. Her death certificate says New Neo City. She never lived there a day."
    "The same week, the city voted to change its name. Her death certificate says New Neo City. She never lived there a day."

# game/story/prologue.rpy:167
translate spanish prologue_funeral_41de3e79:

    # "I told her to get the chip. I said please. I said it twice. I never said it a third time."
    "I told her to get the chip. I said please. I said it twice. I never said it a third time."

# game/story/prologue.rpy:169
translate spanish prologue_funeral_b3000012:

    # "I told her it was her call. She made it. I keep trying to find the part where that was wrong."
    "I told her it was her call. She made it. I keep trying to find the part where that was wrong."

# game/story/prologue.rpy:173
translate spanish prologue_funeral_4b91447b:

    # "Leo holds an umbrella over me for the whole service and gets soaked down his left side doing it. He's brought geraniums. They are badly out of season."
    "Leo holds an umbrella over me for the whole service and gets soaked down his left side doing it. He's brought geraniums. They are badly out of season."

# game/story/prologue.rpy:174
translate spanish prologue_funeral_b5a751a4:

    # leo "We didn't know what else to bring. Don't ask what I paid for them."
    leo "We didn't know what else to bring. Don't ask what I paid for them."

# game/story/prologue.rpy:175
translate spanish prologue_funeral_33167fe5:

    # noah sad "She'd have asked. Then she'd have told you you were robbed."
    noah sad "She'd have asked. Then she'd have told you you were robbed."

# game/story/prologue.rpy:176
translate spanish prologue_funeral_7621f283:

    # leo sad "She would. She did, most Tuesdays."
    leo sad "She would. She did, most Tuesdays."

# game/story/prologue.rpy:177
translate spanish prologue_funeral_d85be0a5:

    # "Julian, my old roommate, couldn't make it. He sent a gift code for forty minutes of Lullaby, SmarTeeth's full-immersion VR. The card said: For the grief. No pain, brother."
    "Julian, my old roommate, couldn't make it. He sent a gift code for forty minutes of Lullaby, SmarTeeth's full-immersion VR. The card said: For the grief. No pain, brother."

# game/story/prologue.rpy:181
translate spanish prologue_funeral_a1c82e2f:

    # "Dr. Hawthorne stands at the back, under her own umbrella, in a coat older than the vote. She doesn't come forward. I don't go to her. In the end she comes as far as the path."
    "Dr. Hawthorne stands at the back, under her own umbrella, in a coat older than the vote. She doesn't come forward. I don't go to her. In the end she comes as far as the path."

# game/story/prologue.rpy:182
translate spanish prologue_funeral_10944dd8:

    # calla "Noah. I am so very sorry."
    calla "Noah. I am so very sorry."

# game/story/prologue.rpy:183
translate spanish prologue_funeral_c4a81596:

    # noah neutral "Did she ring you?"
    noah neutral "Did she ring you?"

# game/story/prologue.rpy:184
translate spanish prologue_funeral_42b0f4fd:

    # calla "No."
    calla "No."

# game/story/prologue.rpy:185
translate spanish prologue_funeral_403a2d7a:

    # "The rain fills the pause. Calla's knuckles are white on the umbrella handle, the way my mother's were on the arm of Chair Two."
    "The rain fills the pause. Calla's knuckles are white on the umbrella handle, the way my mother's were on the arm of Chair Two."

# game/story/prologue.rpy:186
translate spanish prologue_funeral_8c884cd1:

    # noah sad "She didn't ring me either. I suppose that makes us even."
    noah sad "She didn't ring me either. I suppose that makes us even."

# game/story/prologue.rpy:187
translate spanish prologue_funeral_73540de5:

    # "Calla opens her mouth, closes it, and nods once. Then she goes, a small straight shape in the grey, and I watch the umbrella all the way to the gate."
    "Calla opens her mouth, closes it, and nods once. Then she goes, a small straight shape in the grey, and I watch the umbrella all the way to the gate."

# game/story/prologue.rpy:195
translate spanish prologue_a_year_on_ec2be9bf:

    # centered "{size=+16}New Neo City, 2045{/size}"
    centered "{size=+16}New Neo City, 2045{/size}"

# game/story/prologue.rpy:197
translate spanish prologue_a_year_on_a12c40fc:

    # "My apartment faces the Wall, which is a mistake I make every morning."
    "My apartment faces the Wall, which is a mistake I make every morning."

# game/story/prologue.rpy:198
translate spanish prologue_a_year_on_8c4a46df:

    # "On the shelf by the door sits my mother's brass depot badge: M. ADAIR, SEVEN LINE, BRAKES. I polish it when I can't sleep. It's very shiny."
    "On the shelf by the door sits my mother's brass depot badge: M. ADAIR, SEVEN LINE, BRAKES. I polish it when I can't sleep. It's very shiny."

# game/story/prologue.rpy:199
translate spanish prologue_a_year_on_c7a78673:

    # "My work tablet is already lit: forty-two chips to tune in the Lowline, a firmware memo from SmarTeeth, three unread messages from Dr. Asha Ray. All three say only: Numbers."
    "My work tablet is already lit: forty-two chips to tune in the Lowline, a firmware memo from SmarTeeth, three unread messages from Dr. Asha Ray. All three say only: Numbers."

# game/story/prologue.rpy:200
translate spanish prologue_a_year_on_a2feeaf1:

    # "I'm Ray Bio-Dental's field liaison. I put watchers in people's mouths, and then I explain them, and I am very, very good at both now."
    "I'm Ray Bio-Dental's field liaison. I put watchers in people's mouths, and then I explain them, and I am very, very good at both now."

# game/story/prologue.rpy:201
translate spanish prologue_a_year_on_f3eb116a:

    # noah neutral "Nobody refuses me anymore. I've got a speech. It has a part about mothers."
    noah neutral "Nobody refuses me anymore. I've got a speech. It has a part about mothers."

# game/story/prologue.rpy:202
translate spanish prologue_a_year_on_9bb846c0:

    # noah sad "I don't always use that part."
    noah sad "I don't always use that part."

translate spanish strings:

    # game/story/prologue.rpy:119
    old "Get it, Mum. Please. I'd sleep better."
    new "Get it, Mum. Please. I'd sleep better."

    # game/story/prologue.rpy:119
    old "It's your call. It always has been."
    new "It's your call. It always has been."

