translate spanish strings:

    # game/screens.rpy:252
    old "Back"
    new "Atrás"

    # game/screens.rpy:253
    old "History"
    new "Historial"

    # game/screens.rpy:254
    old "Skip"
    new "Saltar"

    # game/screens.rpy:255
    old "Auto"
    new "Auto"  # vn: same

    # game/screens.rpy:256
    old "Save"
    new "Guardar"

    # game/screens.rpy:257
    old "Q.Save"
    new "G. rápido"

    # game/screens.rpy:258
    old "Q.Load"
    new "C. rápida"

    # game/screens.rpy:259
    old "Prefs"
    new "Opciones"

    # game/screens.rpy:300
    old "Start"
    new "Comenzar"

    # game/screens.rpy:308
    old "Load"
    new "Cargar"

    # game/screens.rpy:310
    old "Preferences"
    new "Opciones"

    # game/screens.rpy:314
    old "End Replay"
    new "Terminar repetición"

    # game/screens.rpy:318
    old "Main Menu"
    new "Menú principal"

    # game/screens.rpy:320
    old "About"
    new "Acerca de"

    # game/screens.rpy:325
    old "Help"
    new "Ayuda"

    # game/screens.rpy:330
    old "Quit"
    new "Salir"

    # game/screens.rpy:369
    old "New Neo City, 2045"
    new "New Neo City, 2045"  # vn: same

    # game/screens.rpy:488
    old "Return"
    new "Volver"

    # game/screens.rpy:573
    old "Version [config.version!t]\n"
    new "Versión [config.version!t]\n"

    # game/screens.rpy:579
    old "Made with {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only].\n\n[renpy.license!t]"
    new "Hecho con {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only].\n\n[renpy.license!t]"

    # game/screens.rpy:615
    old "Page {}"
    new "Página {}"

    # game/screens.rpy:615
    old "Automatic saves"
    new "Guardados automáticos"

    # game/screens.rpy:615
    old "Quick saves"
    new "Guardados rápidos"

    # game/screens.rpy:657
    old "{#file_time}%A, %B %d %Y, %H:%M"
    new "{#file_time}%A, %d de %B de %Y, %H:%M"

    # game/screens.rpy:657
    old "empty slot"
    new "espacio vacío"

    # game/screens.rpy:674
    old "<"
    new "<"

    # game/screens.rpy:677
    old "{#auto_page}A"
    new "{#auto_page}A"  # vn: same

    # game/screens.rpy:680
    old "{#quick_page}Q"
    new "{#quick_page}R"

    # game/screens.rpy:686
    old ">"
    new ">"

    # game/screens.rpy:743
    old "Display"
    new "Pantalla"

    # game/screens.rpy:744
    old "Window"
    new "Ventana"

    # game/screens.rpy:745
    old "Fullscreen"
    new "Pantalla completa"

    # game/screens.rpy:750
    old "Unseen Text"
    new "Texto no leído"

    # game/screens.rpy:751
    old "After Choices"
    new "Tras elecciones"

    # game/screens.rpy:752
    old "Transitions"
    new "Transiciones"

    # game/screens.rpy:765
    old "Text Speed"
    new "Velocidad del texto"

    # game/screens.rpy:769
    old "Auto-Forward Time"
    new "Tiempo de avance automático"

    # game/screens.rpy:776
    old "Music Volume"
    new "Volumen de la música"

    # game/screens.rpy:783
    old "Sound Volume"
    new "Volumen de los efectos"

    # game/screens.rpy:789
    old "Test"
    new "Probar"

    # game/screens.rpy:793
    old "Voice Volume"
    new "Volumen de las voces"

    # game/screens.rpy:804
    old "Mute All"
    new "Silenciar todo"

    # game/screens.rpy:922
    old "The dialogue history is empty."
    new "El historial de diálogo está vacío."

    # game/screens.rpy:991
    old "Keyboard"
    new "Teclado"

    # game/screens.rpy:992
    old "Mouse"
    new "Ratón"

    # game/screens.rpy:995
    old "Gamepad"
    new "Mando"

    # game/screens.rpy:1008
    old "Enter"
    new "Intro"

    # game/screens.rpy:1009
    old "Advances dialogue and activates the interface."
    new "Avanza el diálogo y activa la interfaz."

    # game/screens.rpy:1012
    old "Space"
    new "Espacio"

    # game/screens.rpy:1013
    old "Advances dialogue without selecting choices."
    new "Avanza el diálogo sin seleccionar opciones."

    # game/screens.rpy:1016
    old "Arrow Keys"
    new "Teclas de dirección"

    # game/screens.rpy:1017
    old "Navigate the interface."
    new "Permiten moverse por la interfaz."

    # game/screens.rpy:1020
    old "Escape"
    new "Esc"

    # game/screens.rpy:1021
    old "Accesses the game menu."
    new "Abre el menú del juego."

    # game/screens.rpy:1024
    old "Ctrl"
    new "Ctrl"  # vn: same

    # game/screens.rpy:1025
    old "Skips dialogue while held down."
    new "Salta el diálogo mientras se mantiene pulsada."

    # game/screens.rpy:1028
    old "Tab"
    new "Tabulador"

    # game/screens.rpy:1029
    old "Toggles dialogue skipping."
    new "Activa o desactiva el salto de diálogo."

    # game/screens.rpy:1032
    old "Page Up"
    new "Re Pág"

    # game/screens.rpy:1033
    old "Rolls back to earlier dialogue."
    new "Retrocede al diálogo anterior."

    # game/screens.rpy:1036
    old "Page Down"
    new "Av Pág"

    # game/screens.rpy:1037
    old "Rolls forward to later dialogue."
    new "Avanza al diálogo posterior."

    # game/screens.rpy:1041
    old "Hides the user interface."
    new "Oculta la interfaz de usuario."

    # game/screens.rpy:1045
    old "Takes a screenshot."
    new "Hace una captura de pantalla."

    # game/screens.rpy:1049
    old "Toggles assistive {a=https://www.renpy.org/l/voicing}self-voicing{/a}."
    new "Activa o desactiva la {a=https://www.renpy.org/l/voicing}lectura automática{/a} de asistencia."

    # game/screens.rpy:1053
    old "Opens the accessibility menu."
    new "Abre el menú de accesibilidad."

    # game/screens.rpy:1059
    old "Left Click"
    new "Clic izquierdo"

    # game/screens.rpy:1063
    old "Middle Click"
    new "Clic central"

    # game/screens.rpy:1067
    old "Right Click"
    new "Clic derecho"

    # game/screens.rpy:1071
    old "Mouse Wheel Up\nClick Rollback Side"
    new "Rueda del ratón hacia arriba\nClic en el lado de retroceso"

    # game/screens.rpy:1075
    old "Mouse Wheel Down"
    new "Rueda del ratón hacia abajo"

    # game/screens.rpy:1082
    old "Right Trigger\nA/Bottom Button"
    new "Gatillo derecho\nBotón A/inferior"

    # game/screens.rpy:1086
    old "Left Trigger\nLeft Shoulder"
    new "Gatillo izquierdo\nBotón superior izquierdo"

    # game/screens.rpy:1090
    old "Right Shoulder"
    new "Botón superior derecho"

    # game/screens.rpy:1095
    old "D-Pad, Sticks"
    new "Cruceta, palancas"

    # game/screens.rpy:1099
    old "Start, Guide"
    new "Start, botón Guía"

    # game/screens.rpy:1103
    old "Y/Top Button"
    new "Botón Y/superior"

    # game/screens.rpy:1106
    old "Calibrate"
    new "Calibrar"

    # game/screens.rpy:1171
    old "Yes"
    new "Sí"

    # game/screens.rpy:1172
    old "No"
    new "No"  # vn: same

    # game/screens.rpy:1218
    old "Skipping"
    new "Saltando"

    # game/screens.rpy:1441
    old "Menu"
    new "Menú"

translate spanish strings:

    # game/screens.rpy:759
    old "Language"
    new "Idioma"

translate spanish strings:

    # game/screens.rpy:224
    old "Locked"
    new "Bloqueada"

translate spanish strings:

    # game/screens.rpy:862
    old "Ambience Volume"
    new "Volumen del ambiente"

