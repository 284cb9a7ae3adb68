# game/saves.rpy:42
translate spanish save_outdated_ec5c164b:

    # "This save was made in a part of the story that has been rewritten since, so it cannot go on from where it stopped. Please start again, or load another save."
    "Esta partida se guardó en una parte de la historia que se ha reescrito desde entonces, así que no puede continuar desde donde se quedó. Empieza de nuevo o carga otra partida guardada."

