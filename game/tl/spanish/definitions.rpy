translate spanish strings:

    # game/definitions.rpy:11
    old "Noah"
    new "Noah"  # vn: same

    # game/definitions.rpy:12
    old "Dr. Calla Hawthorne"
    new "Dra. Calla Hawthorne"

    # game/definitions.rpy:13
    old "Leo"
    new "Leo"  # vn: same

    # game/definitions.rpy:14
    old "Jonah"
    new "Jonah"  # vn: same

    # game/definitions.rpy:15
    old "Jolene"
    new "Jolene"  # vn: same

    # game/definitions.rpy:16
    old "Dr. Leila Kiran"
    new "Dra. Leila Kiran"

    # game/definitions.rpy:17
    old "Max"
    new "Max"  # vn: same

    # game/definitions.rpy:18
    old "Dr. Milena Voss"
    new "Dra. Milena Voss"

    # game/definitions.rpy:19
    old "Jenna"
    new "Jenna"  # vn: same

    # game/definitions.rpy:20
    old "Dr. SmarTeeth"
    new "Dr. SmarTeeth"  # vn: same

    # game/definitions.rpy:21
    old "VTA"
    new "AVT"

    # game/definitions.rpy:22
    old "Dr. Asha Ray"
    new "Dra. Asha Ray"

    # game/definitions.rpy:23
    old "Flower"
    new "Flower"  # vn: same

    # game/definitions.rpy:24
    old "Otto"
    new "Otto"  # vn: same

    # game/definitions.rpy:25
    old "Julian"
    new "Julian"  # vn: same

    # game/definitions.rpy:26
    old "Dr. Alyssa Courtenay"
    new "Dra. Alyssa Courtenay"

    # game/definitions.rpy:27
    old "Marcus Hale"
    new "Marcus Hale"  # vn: same

    # game/definitions.rpy:28
    old "ELARA"
    new "ELARA"  # vn: same

    # game/definitions.rpy:29
    old "Dr. Elara Voss"
    new "Dra. Elara Voss"

    # game/definitions.rpy:30
    old "Milo"
    new "Milo"  # vn: same

    # game/definitions.rpy:31
    old "Dr. Tarek Liu"
    new "Dr. Tarek Liu"  # vn: same

    # game/definitions.rpy:32
    old "Ava"
    new "Ava"  # vn: same

    # game/definitions.rpy:34
    old "Mara"
    new "Mara"  # vn: same

    # game/definitions.rpy:36
    old "The Wall"
    new "El Muro"

