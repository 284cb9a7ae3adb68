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

