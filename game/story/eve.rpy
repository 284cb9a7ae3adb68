## The eve of the Wall (Noah's apartment, the small hours before the expo).
## Noah takes stock of the three sides before the final call: the side that
## leads here (script.rpy: leads) is the side he can choose tomorrow, and what
## is missing on it (hands, a carrier, Milena's doubt) is said out loud.

label eve:

    scene bg noah_apartment with fade
    stop ambience fadeout 2.0
    if leads("human") and not leads("bridge") and not leads("machine"):
        play music "audio/music/hands.ogg" fadein 3.0
    elif leads("bridge") and not leads("human") and not leads("machine"):
        play music "audio/music/bridge.ogg" fadein 3.0
    elif leads("machine") and not leads("human") and not leads("bridge"):
        play music "audio/music/machines.ogg" fadein 3.0
    else:
        play music "audio/music/theme.ogg" fadein 3.0

    "03:10. Across the street the noodle sign buzzes pink through the rain, and somewhere past it the Wall is showing a toothpaste advert to nobody."

    "I don't sleep. I polish my mother's depot badge, M. ADAIR, SEVEN LINE, BRAKES, until I can see my thumb in it, and then I turn over a SmarTeeth firmware memo and draw three columns on the back."

    "If the network falls over tomorrow, somebody on the Council's emergency roster gets five minutes to take it. Asha says it won't come to that. Asha wrote my name on the roster anyway."

    "So. Who would follow me, and where."

    "HANDS. Calla, obviously. Leo, who interrupted her tonight for the first time in twelve years."

    if flower_chip == "quiet":
        "Flower, who let someone listen before anything went into her mouth, and still puts her scanner to it every night."
    elif flower_heard:
        "Flower, who let someone listen, and kept her mouth her own."
    if jonah_turned:
        "Jonah, who is going on stage tomorrow to say what a human hand did for him."
    if julian_woke:
        "Julian, who is awake, and furious about it, and keeps asking what he can carry."
    if taught_patients:
        "Teo and the others from the Lowline, with mirrors on cords round their necks."
    if leak_public:
        "Everyone who read Jenna's post and checked their own chair."

    "THE BRIDGE. Max. Leila."

    if patch_ready:
        "A patch that holds."
    else:
        "Half a patch. Max says half a patch is a door with no frame. I draw a line through the column, and then I feel bad for it, and leave the line."
    if otto_free:
        "Otto, who broke its lock, and could carry the patch into every chip in the city in one breath."
    elif patch_ready:
        "No carrier. Otto is locked. If the Bridge goes out tomorrow, it goes out in our hands, one clinic at a time."
    if jolene_allied:
        "Jolene, who reads Calla's scans now."
    if evidence_shared:
        "Alyssa and Marcus, who have Milo's file."

    "THE MACHINES. ELARA, which has never once been tired. Milena. Dr. SmarTeeth and every chip in the city, green this morning and red tonight and, by the look of the logs, still trusted by most of the people wearing one."

    if not julian_woke:
        "Julian, under, smiling."
    if not jonah_turned:
        "Jonah, pod-restored, holding his jaw through his coat."
    if not jolene_allied:
        "Jolene, on the main stage at nine."

    "Between the names, without meaning to, I've started drawing: a mirror on a cord, a drone in its cradle, a plank laid across a gap."

    if leads("human") and leads("bridge") and leads("machine"):
        "The three columns reach the same line at the bottom of the memo. I fold it in three and it lies flat in my palm, no side heavier. Tomorrow, whichever way I jump, I jump on my own."
    elif (leads("human") + leads("bridge") + leads("machine")) == 2:
        "Two of the columns stop at the same line, and at three in the morning I can't find one more name for either. Tomorrow, then. It'll be me that tips them."
    elif leads("human"):
        "The HANDS column has run off the bottom of the memo and up the margin. Calla would say that was always the case. Calla would be insufferable about it."
    elif leads("bridge"):
        "The middle column is the one my pen keeps going back to: everybody who asked for both, crowded into the space between the other two."
    else:
        "The machines' column is the longest, and the neatest. Machines usually are. They don't get tired, and they don't sleep, and they don't sit up drawing columns."

    if leads("human") and not enough_hands():
        "But a column of names is not a shift rota. If we had to see the Lowline by hand tomorrow, I count the people who could hold a light steady, and I run out of names before I run out of fingers."
    if leads("machine"):
        if earns_mercy():
            "And at the top of the machines' column, Milena, who has let me hear her doubt: \"Our dashboards have been green for eight days,\" down a phone line, and a message at 4:40 in the morning about her sister's numbers. From her, that's a landslide."
        elif milena_doubts == 1:
            "And at the top of the machines' column, Milena, who has let me hear her doubt exactly once. Once, from her, could be an accident."
        else:
            "And at the top of the machines' column, Milena, who hasn't once, that I've seen, said she might be wrong."

    "At five I give up, put the badge in my pocket, and go to buy coffee for people who will not all drink it."

    return
