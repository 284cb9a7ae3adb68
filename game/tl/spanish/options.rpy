translate spanish strings:

    # game/options.rpy:17
    old "Smile Protocol"
    new "Smile Protocol"  # vn: same

    # game/options.rpy:34
    old "A branching story about dentistry in New Neo City, 2043-2045: human hands, autonomous clinics, implanted monitors, nanobots and VR therapy, and the one liaison who has to decide whom to trust.\n\nFonts: Lato, Quicksand and League Spartan (SIL Open Font License).\n\nMusic and sound: an original score written in ABC notation, played by the TimGM6mb SoundFont by Tim Brechbill (GNU GPL version 2)."
    new "Una historia ramificada sobre odontología en New Neo City, 2043-2045: manos humanas, clínicas autónomas, monitores implantados, nanobots y terapia de realidad virtual, y el único enlace que tiene que decidir en quién confiar.\n\nFuentes: Lato, Quicksand y League Spartan (SIL Open Font License).\n\nMúsica y sonido: una banda sonora original escrita en notación ABC, interpretada con la SoundFont TimGM6mb de Tim Brechbill (GNU GPL versión 2)."

