translate spanish strings:

    # game/web_player_strings.rpy:12
    old "Accessibility"
    new "Accesibilidad"

    # game/web_player_strings.rpy:12
    old "Reduce Motion"
    new "Reducir movimiento"

    # game/web_player_strings.rpy:12
    old "Voice Rate"
    new "Velocidad de la voz"

    # game/web_player_strings.rpy:12
    old "Scene"
    new "Escena"

    # game/web_player_strings.rpy:12
    old "On screen"
    new "En pantalla"

    # game/web_player_strings.rpy:12
    old "Choices"
    new "Opciones"

    # game/web_player_strings.rpy:12
    old "unavailable"
    new "no disponible"

    # game/web_player_strings.rpy:12
    old "Continue"
    new "Continuar"

    # game/web_player_strings.rpy:12
    old "Dialogue"
    new "Diálogo"

    # game/web_player_strings.rpy:12
    old "Unavailable: your earlier choices keep this one closed."
    new "No disponible: sus decisiones anteriores mantienen cerrada esta opción."

    # game/web_player_strings.rpy:12
    old "Quick menu"
    new "Menú rápido"

    # game/web_player_strings.rpy:12
    old "Main menu"
    new "Menú principal"

    # game/web_player_strings.rpy:12
    old "Game menu"
    new "Menú del juego"

    # game/web_player_strings.rpy:12
    old "Delete"
    new "Borrar"

    # game/web_player_strings.rpy:12
    old "Shift+Tab"
    new "Mayús+Tab"

    # game/web_player_strings.rpy:12
    old "Mouse Wheel Up"
    new "Rueda del ratón hacia arriba"

    # game/web_player_strings.rpy:12
    old "Picks the menu choice with that number."
    new "Elige la opción del menú con ese número."

    # game/web_player_strings.rpy:12
    old "Moves to the quick menu (Tab moves on, Escape returns to the story)."
    new "Lleva al menú rápido (Tab avanza, Escape vuelve a la historia)."

translate spanish strings:

    # game/web_player_strings.rpy:12
    old "Volume"
    new "Volumen"

    # game/web_player_strings.rpy:12
    old "Ambience Volume"
    new "Volumen del ambiente"

translate spanish strings:

    # game/web_player_strings.rpy:13
    old "The browser's storage for this game is full: the save was not written (an earlier save in this slot is kept). Delete a save and try again."
    new "El almacenamiento del navegador para este juego está lleno: la partida no se guardó (se conserva la partida anterior de este espacio). Borra una partida guardada y vuelve a intentarlo."

    # game/web_player_strings.rpy:13
    old "The browser refused to store the save (storage disabled): the save was not written."
    new "El navegador no permitió guardar la partida (el almacenamiento está desactivado): la partida no se guardó."

    # game/web_player_strings.rpy:13
    old "This save could not be read."
    new "No se pudo leer esta partida guardada."

    # game/web_player_strings.rpy:13
    old "This save is damaged and cannot be loaded."
    new "Esta partida guardada está dañada y no se puede cargar."

    # game/web_player_strings.rpy:13
    old "This save was made by another version of the web player and cannot be loaded."
    new "Esta partida se guardó con otra versión del reproductor web y no se puede cargar."

    # game/web_player_strings.rpy:13
    old "This save was made with a different version of the game and cannot be loaded."
    new "Esta partida se guardó con una versión distinta del juego y no se puede cargar."

