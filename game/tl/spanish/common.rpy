translate spanish strings:

    # renpy/common/00accessibility.rpy:28
    old "Self-voicing disabled."
    new "Lectura automática desactivada."

    # renpy/common/00accessibility.rpy:29
    old "Clipboard voicing enabled. "
    new "Lectura al portapapeles activada. "

    # renpy/common/00accessibility.rpy:30
    old "Self-voicing enabled. "
    new "Lectura automática activada. "

    # renpy/common/00accessibility.rpy:32
    old "bar"
    new "barra"

    # renpy/common/00accessibility.rpy:33
    old "selected"
    new "seleccionado"

    # renpy/common/00accessibility.rpy:34
    old "viewport"
    new "vista"

    # renpy/common/00accessibility.rpy:35
    old "horizontal scroll"
    new "desplazamiento horizontal"

    # renpy/common/00accessibility.rpy:36
    old "vertical scroll"
    new "desplazamiento vertical"

    # renpy/common/00accessibility.rpy:37
    old "activate"
    new "activar"

    # renpy/common/00accessibility.rpy:38
    old "deactivate"
    new "desactivar"

    # renpy/common/00accessibility.rpy:39
    old "increase"
    new "aumentar"

    # renpy/common/00accessibility.rpy:40
    old "decrease"
    new "reducir"

    # renpy/common/00accessibility.rpy:138
    old "Font Override"
    new "Cambiar fuente"

    # renpy/common/00accessibility.rpy:142
    old "Default"
    new "Predeterminada"

    # renpy/common/00accessibility.rpy:146
    old "DejaVu Sans"
    new "DejaVu Sans"  # vn: same

    # renpy/common/00accessibility.rpy:150
    old "Opendyslexic"
    new "Opendyslexic"  # vn: same

    # renpy/common/00accessibility.rpy:156
    old "Text Size Scaling"
    new "Escala del tamaño del texto"

    # renpy/common/00accessibility.rpy:162
    old "Reset"
    new "Restablecer"

    # renpy/common/00accessibility.rpy:168
    old "Line Spacing Scaling"
    new "Escala del interlineado"

    # renpy/common/00accessibility.rpy:180
    old "High Contrast Text"
    new "Texto de alto contraste"

    # renpy/common/00accessibility.rpy:182
    old "Enable"
    new "Activar"

    # renpy/common/00accessibility.rpy:186
    old "Disable"
    new "Desactivar"

    # renpy/common/00accessibility.rpy:193
    old "Self-Voicing"
    new "Lectura automática"

    # renpy/common/00accessibility.rpy:197
    old "Off"
    new "Desactivada"

    # renpy/common/00accessibility.rpy:201
    old "Text-to-speech"
    new "Texto a voz"

    # renpy/common/00accessibility.rpy:205
    old "Clipboard"
    new "Portapapeles"

    # renpy/common/00accessibility.rpy:209
    old "Debug"
    new "Depuración"

    # renpy/common/00accessibility.rpy:215
    old "Self-Voicing Volume Drop"
    new "Reducción de volumen en lectura automática"

    # renpy/common/00accessibility.rpy:224
    old "The options on this menu are intended to improve accessibility. They may not work with all games, and some combinations of options may render the game unplayable. This is not an issue with the game or engine. For the best results when changing fonts, try to keep the text size the same as it originally was."
    new "Las opciones de este menú están pensadas para mejorar la accesibilidad. Puede que no funcionen con todos los juegos, y algunas combinaciones de opciones pueden hacer que el juego no se pueda jugar. No se trata de un problema del juego ni del motor. Para obtener los mejores resultados al cambiar de fuente, procura mantener el tamaño del texto tal como estaba originalmente."

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Monday"
    new "{#weekday}Lunes"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Tuesday"
    new "{#weekday}Martes"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Wednesday"
    new "{#weekday}Miércoles"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Thursday"
    new "{#weekday}Jueves"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Friday"
    new "{#weekday}Viernes"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Saturday"
    new "{#weekday}Sábado"

    # renpy/common/00action_file.rpy:26
    old "{#weekday}Sunday"
    new "{#weekday}Domingo"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Mon"
    new "{#weekday_short}Lun"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Tue"
    new "{#weekday_short}Mar"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Wed"
    new "{#weekday_short}Mié"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Thu"
    new "{#weekday_short}Jue"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Fri"
    new "{#weekday_short}Vie"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Sat"
    new "{#weekday_short}Sáb"

    # renpy/common/00action_file.rpy:37
    old "{#weekday_short}Sun"
    new "{#weekday_short}Dom"

    # renpy/common/00action_file.rpy:47
    old "{#month}January"
    new "{#month}enero"

    # renpy/common/00action_file.rpy:47
    old "{#month}February"
    new "{#month}febrero"

    # renpy/common/00action_file.rpy:47
    old "{#month}March"
    new "{#month}marzo"

    # renpy/common/00action_file.rpy:47
    old "{#month}April"
    new "{#month}abril"

    # renpy/common/00action_file.rpy:47
    old "{#month}May"
    new "{#month}mayo"

    # renpy/common/00action_file.rpy:47
    old "{#month}June"
    new "{#month}junio"

    # renpy/common/00action_file.rpy:47
    old "{#month}July"
    new "{#month}julio"

    # renpy/common/00action_file.rpy:47
    old "{#month}August"
    new "{#month}agosto"

    # renpy/common/00action_file.rpy:47
    old "{#month}September"
    new "{#month}septiembre"

    # renpy/common/00action_file.rpy:47
    old "{#month}October"
    new "{#month}octubre"

    # renpy/common/00action_file.rpy:47
    old "{#month}November"
    new "{#month}noviembre"

    # renpy/common/00action_file.rpy:47
    old "{#month}December"
    new "{#month}diciembre"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Jan"
    new "{#month_short}ene"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Feb"
    new "{#month_short}feb"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Mar"
    new "{#month_short}mar"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Apr"
    new "{#month_short}abr"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}May"
    new "{#month_short}may"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Jun"
    new "{#month_short}jun"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Jul"
    new "{#month_short}jul"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Aug"
    new "{#month_short}ago"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Sep"
    new "{#month_short}sept"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Oct"
    new "{#month_short}oct"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Nov"
    new "{#month_short}nov"

    # renpy/common/00action_file.rpy:63
    old "{#month_short}Dec"
    new "{#month_short}dic"

    # renpy/common/00action_file.rpy:250
    old "%b %d, %H:%M"
    new "%d %b, %H:%M"

    # renpy/common/00action_file.rpy:364
    old "Save slot %s: [text]"
    new "Guardar en el espacio %s: [text]"

    # renpy/common/00action_file.rpy:445
    old "Load slot %s: [text]"
    new "Cargar el espacio %s: [text]"

    # renpy/common/00action_file.rpy:498
    old "Delete slot [text]"
    new "Borrar el espacio [text]"

    # renpy/common/00action_file.rpy:577
    old "File page auto"
    new "Página de partidas automática"

    # renpy/common/00action_file.rpy:579
    old "File page quick"
    new "Página de partidas rápida"

    # renpy/common/00action_file.rpy:581
    old "File page [text]"
    new "Página de partidas [text]"

    # renpy/common/00action_file.rpy:780
    old "Next file page."
    new "Página de partidas siguiente."

    # renpy/common/00action_file.rpy:852
    old "Previous file page."
    new "Página de partidas anterior."

    # renpy/common/00action_file.rpy:913
    old "Quick save complete."
    new "Guardado rápido completado."

    # renpy/common/00action_file.rpy:931
    old "Quick save."
    new "Guardado rápido."

    # renpy/common/00action_file.rpy:950
    old "Quick load."
    new "Carga rápida."

    # renpy/common/00action_other.rpy:381
    old "Language [text]"
    new "Idioma [text]"

    # renpy/common/00action_other.rpy:703
    old "Open [text] directory."
    new "Abrir el directorio [text]."

    # renpy/common/00director.rpy:708
    old "The interactive director is not enabled here."
    new "El director interactivo no está habilitado aquí."

    # renpy/common/00director.rpy:1481
    old "⬆"
    new "⬆"

    # renpy/common/00director.rpy:1487
    old "⬇"
    new "⬇"

    # renpy/common/00director.rpy:1551
    old "Done"
    new "Hecho"

    # renpy/common/00director.rpy:1561
    old "(statement)"
    new "(instrucción)"

    # renpy/common/00director.rpy:1562
    old "(tag)"
    new "(etiqueta)"

    # renpy/common/00director.rpy:1563
    old "(attributes)"
    new "(atributos)"

    # renpy/common/00director.rpy:1564
    old "(transform)"
    new "(transformación)"

    # renpy/common/00director.rpy:1589
    old "(transition)"
    new "(transición)"

    # renpy/common/00director.rpy:1601
    old "(channel)"
    new "(canal)"

    # renpy/common/00director.rpy:1602
    old "(filename)"
    new "(nombre de archivo)"

    # renpy/common/00director.rpy:1631
    old "Change"
    new "Cambiar"

    # renpy/common/00director.rpy:1633
    old "Add"
    new "Añadir"

    # renpy/common/00director.rpy:1636
    old "Cancel"
    new "Cancelar"

    # renpy/common/00director.rpy:1639
    old "Remove"
    new "Quitar"

    # renpy/common/00director.rpy:1674
    old "Statement:"
    new "Instrucción:"

    # renpy/common/00director.rpy:1695
    old "Tag:"
    new "Etiqueta:"

    # renpy/common/00director.rpy:1711
    old "Attributes:"
    new "Atributos:"

    # renpy/common/00director.rpy:1729
    old "Transforms:"
    new "Transformaciones:"

    # renpy/common/00director.rpy:1748
    old "Behind:"
    new "Detrás de:"

    # renpy/common/00director.rpy:1767
    old "Transition:"
    new "Transición:"

    # renpy/common/00director.rpy:1785
    old "Channel:"
    new "Canal:"

    # renpy/common/00director.rpy:1803
    old "Audio Filename:"
    new "Archivo de audio:"

    # renpy/common/00gui.rpy:445
    old "Are you sure?"
    new "¿Seguro?"

    # renpy/common/00gui.rpy:446
    old "Are you sure you want to delete this save?"
    new "¿Seguro que quieres borrar esta partida guardada?"

    # renpy/common/00gui.rpy:447
    old "Are you sure you want to overwrite your save?"
    new "¿Seguro que quieres sobrescribir la partida guardada?"

    # renpy/common/00gui.rpy:448
    old "Loading will lose unsaved progress.\nAre you sure you want to do this?"
    new "Al cargar se perderá el progreso no guardado.\n¿Seguro que quieres continuar?"

    # renpy/common/00gui.rpy:449
    old "Are you sure you want to quit?"
    new "¿Seguro que quieres salir?"

    # renpy/common/00gui.rpy:450
    old "Are you sure you want to return to the main menu?\nThis will lose unsaved progress."
    new "¿Seguro que quieres volver al menú principal?\nSe perderá el progreso no guardado."

    # renpy/common/00gui.rpy:451
    old "Are you sure you want to end the replay?"
    new "¿Seguro que quieres terminar la repetición?"

    # renpy/common/00gui.rpy:452
    old "Are you sure you want to begin skipping?"
    new "¿Seguro que quieres empezar a saltar texto?"

    # renpy/common/00gui.rpy:453
    old "Are you sure you want to skip to the next choice?"
    new "¿Seguro que quieres saltar hasta la siguiente elección?"

    # renpy/common/00gui.rpy:454
    old "Are you sure you want to skip unseen dialogue to the next choice?"
    new "¿Seguro que quieres saltar el diálogo no leído hasta la siguiente elección?"

    # renpy/common/00keymap.rpy:310
    old "Failed to save screenshot as %s."
    new "No se pudo guardar la captura de pantalla como %s."

    # renpy/common/00keymap.rpy:322
    old "Saved screenshot as %s."
    new "Captura de pantalla guardada como %s."

    # renpy/common/00library.rpy:230
    old "Skip Mode"
    new "Modo salto"

    # renpy/common/00library.rpy:316
    old "This program contains free software under a number of licenses, including the MIT License and GNU Lesser General Public License. A complete list of software, including links to full source code, can be found {a=https://www.renpy.org/l/license}here{/a}."
    new "Este programa contiene software libre distribuido bajo varias licencias, entre ellas la Licencia MIT y la Licencia Pública General Reducida de GNU. La lista completa del software, con enlaces a su código fuente completo, está disponible {a=https://www.renpy.org/l/license}aquí{/a}."

    # renpy/common/00preferences.rpy:259
    old "display"
    new "pantalla"

    # renpy/common/00preferences.rpy:271
    old "transitions"
    new "transiciones"

    # renpy/common/00preferences.rpy:280
    old "skip transitions"
    new "saltar transiciones"

    # renpy/common/00preferences.rpy:282
    old "video sprites"
    new "sprites de vídeo"

    # renpy/common/00preferences.rpy:291
    old "show empty window"
    new "mostrar ventana vacía"

    # renpy/common/00preferences.rpy:300
    old "text speed"
    new "velocidad del texto"

    # renpy/common/00preferences.rpy:308
    old "joystick"
    new "mando"

    # renpy/common/00preferences.rpy:308
    old "joystick..."
    new "mando..."

    # renpy/common/00preferences.rpy:315
    old "skip"
    new "saltar"

    # renpy/common/00preferences.rpy:318
    old "skip unseen [text]"
    new "saltar no leído [text]"

    # renpy/common/00preferences.rpy:323
    old "skip unseen text"
    new "saltar texto no leído"

    # renpy/common/00preferences.rpy:325
    old "begin skipping"
    new "empezar a saltar"

    # renpy/common/00preferences.rpy:329
    old "after choices"
    new "tras elecciones"

    # renpy/common/00preferences.rpy:336
    old "skip after choices"
    new "saltar tras elecciones"

    # renpy/common/00preferences.rpy:338
    old "auto-forward time"
    new "tiempo de avance automático"

    # renpy/common/00preferences.rpy:352
    old "auto-forward"
    new "avance automático"

    # renpy/common/00preferences.rpy:359
    old "Auto forward"
    new "Avance automático"

    # renpy/common/00preferences.rpy:362
    old "auto-forward after click"
    new "avance automático tras clic"

    # renpy/common/00preferences.rpy:371
    old "automatic move"
    new "movimiento automático"

    # renpy/common/00preferences.rpy:380
    old "wait for voice"
    new "esperar a la voz"

    # renpy/common/00preferences.rpy:389
    old "voice sustain"
    new "mantener la voz"

    # renpy/common/00preferences.rpy:398
    old "self voicing"
    new "lectura automática"

    # renpy/common/00preferences.rpy:407
    old "self voicing volume drop"
    new "reducción de volumen en lectura automática"

    # renpy/common/00preferences.rpy:415
    old "clipboard voicing"
    new "lectura al portapapeles"

    # renpy/common/00preferences.rpy:424
    old "debug voicing"
    new "depuración de lectura"

    # renpy/common/00preferences.rpy:433
    old "emphasize audio"
    new "realzar el audio"

    # renpy/common/00preferences.rpy:442
    old "rollback side"
    new "lado de retroceso"

    # renpy/common/00preferences.rpy:452
    old "gl powersave"
    new "ahorro de energía gl"

    # renpy/common/00preferences.rpy:458
    old "gl framerate"
    new "fotogramas por segundo gl"

    # renpy/common/00preferences.rpy:461
    old "gl tearing"
    new "desgarro de imagen gl"

    # renpy/common/00preferences.rpy:464
    old "font transform"
    new "transformación de fuente"

    # renpy/common/00preferences.rpy:467
    old "font size"
    new "tamaño de fuente"

    # renpy/common/00preferences.rpy:475
    old "font line spacing"
    new "interlineado de fuente"

    # renpy/common/00preferences.rpy:483
    old "system cursor"
    new "cursor del sistema"

    # renpy/common/00preferences.rpy:492
    old "renderer menu"
    new "menú del renderizador"

    # renpy/common/00preferences.rpy:495
    old "accessibility menu"
    new "menú de accesibilidad"

    # renpy/common/00preferences.rpy:498
    old "high contrast text"
    new "texto de alto contraste"

    # renpy/common/00preferences.rpy:507
    old "audio when minimized"
    new "audio al minimizar"

    # renpy/common/00preferences.rpy:527
    old "main volume"
    new "volumen general"

    # renpy/common/00preferences.rpy:528
    old "music volume"
    new "volumen de la música"

    # renpy/common/00preferences.rpy:529
    old "sound volume"
    new "volumen de los efectos"

    # renpy/common/00preferences.rpy:530
    old "voice volume"
    new "volumen de las voces"

    # renpy/common/00preferences.rpy:531
    old "mute main"
    new "silenciar general"

    # renpy/common/00preferences.rpy:532
    old "mute music"
    new "silenciar música"

    # renpy/common/00preferences.rpy:533
    old "mute sound"
    new "silenciar efectos"

    # renpy/common/00preferences.rpy:534
    old "mute voice"
    new "silenciar voces"

    # renpy/common/00preferences.rpy:535
    old "mute all"
    new "silenciar todo"

    # renpy/common/00preferences.rpy:616
    old "Clipboard voicing enabled. Press 'shift+C' to disable."
    new "Lectura al portapapeles activada. Pulsa 'shift+C' para desactivarla."

    # renpy/common/00preferences.rpy:618
    old "Self-voicing would say \"[renpy.display.tts.last]\". Press 'alt+shift+V' to disable."
    new "La lectura automática diría \"[renpy.display.tts.last]\". Pulsa 'alt+shift+V' para desactivarla."

    # renpy/common/00preferences.rpy:620
    old "Self-voicing enabled. Press 'v' to disable."
    new "Lectura automática activada. Pulsa 'v' para desactivarla."

    # renpy/common/00iap.rpy:219
    old "Contacting App Store\nPlease Wait..."
    new "Conectando con la App Store\nEspera, por favor..."

    # renpy/common/00updater.rpy:419
    old "The Ren'Py Updater is not supported on mobile devices."
    new "El actualizador de Ren'Py no es compatible con dispositivos móviles."

    # renpy/common/00updater.rpy:548
    old "An error is being simulated."
    new "Se está simulando un error."

    # renpy/common/00updater.rpy:738
    old "Either this project does not support updating, or the update status file was deleted."
    new "O bien este proyecto no admite actualizaciones, o bien se ha borrado el archivo de estado de la actualización."

    # renpy/common/00updater.rpy:752
    old "This account does not have permission to perform an update."
    new "Esta cuenta no tiene permiso para realizar una actualización."

    # renpy/common/00updater.rpy:755
    old "This account does not have permission to write the update log."
    new "Esta cuenta no tiene permiso para escribir el registro de actualización."

    # renpy/common/00updater.rpy:783
    old "Could not verify update signature."
    new "No se pudo verificar la firma de la actualización."

    # renpy/common/00updater.rpy:1084
    old "The update file was not downloaded."
    new "No se descargó el archivo de actualización."

    # renpy/common/00updater.rpy:1102
    old "The update file does not have the correct digest - it may have been corrupted."
    new "El archivo de actualización no tiene el hash correcto; puede que esté dañado."

    # renpy/common/00updater.rpy:1252
    old "While unpacking {}, unknown type {}."
    new "Al desempaquetar {}, tipo desconocido {}."

    # renpy/common/00updater.rpy:1624
    old "Updater"
    new "Actualizador"

    # renpy/common/00updater.rpy:1631
    old "An error has occured:"
    new "Se ha producido un error:"

    # renpy/common/00updater.rpy:1633
    old "Checking for updates."
    new "Buscando actualizaciones."

    # renpy/common/00updater.rpy:1635
    old "This program is up to date."
    new "Este programa está actualizado."

    # renpy/common/00updater.rpy:1637
    old "[u.version] is available. Do you want to install it?"
    new "La versión [u.version] está disponible. ¿Quieres instalarla?"

    # renpy/common/00updater.rpy:1639
    old "Preparing to download the updates."
    new "Preparando la descarga de las actualizaciones."

    # renpy/common/00updater.rpy:1641
    old "Downloading the updates."
    new "Descargando las actualizaciones."

    # renpy/common/00updater.rpy:1643
    old "Unpacking the updates."
    new "Desempaquetando las actualizaciones."

    # renpy/common/00updater.rpy:1645
    old "Finishing up."
    new "Finalizando."

    # renpy/common/00updater.rpy:1647
    old "The updates have been installed. The program will restart."
    new "Se han instalado las actualizaciones. El programa se reiniciará."

    # renpy/common/00updater.rpy:1649
    old "The updates have been installed."
    new "Se han instalado las actualizaciones."

    # renpy/common/00updater.rpy:1651
    old "The updates were cancelled."
    new "Se han cancelado las actualizaciones."

    # renpy/common/00updater.rpy:1666
    old "Proceed"
    new "Continuar"

    # renpy/common/00gallery.rpy:627
    old "Image [index] of [count] locked."
    new "Imagen [index] de [count] bloqueada."

    # renpy/common/00gallery.rpy:647
    old "prev"
    new "anterior"

    # renpy/common/00gallery.rpy:648
    old "next"
    new "siguiente"

    # renpy/common/00gallery.rpy:649
    old "slideshow"
    new "presentación"

    # renpy/common/00gallery.rpy:650
    old "return"
    new "volver"

    # renpy/common/00gltest.rpy:89
    old "Renderer"
    new "Renderizador"

    # renpy/common/00gltest.rpy:93
    old "Automatically Choose"
    new "Elegir automáticamente"

    # renpy/common/00gltest.rpy:100
    old "Force GL Renderer"
    new "Forzar renderizador GL"

    # renpy/common/00gltest.rpy:105
    old "Force ANGLE Renderer"
    new "Forzar renderizador ANGLE"

    # renpy/common/00gltest.rpy:110
    old "Force GLES Renderer"
    new "Forzar renderizador GLES"

    # renpy/common/00gltest.rpy:116
    old "Force GL2 Renderer"
    new "Forzar renderizador GL2"

    # renpy/common/00gltest.rpy:121
    old "Force ANGLE2 Renderer"
    new "Forzar renderizador ANGLE2"

    # renpy/common/00gltest.rpy:126
    old "Force GLES2 Renderer"
    new "Forzar renderizador GLES2"

    # renpy/common/00gltest.rpy:136
    old "Enable (No Blocklist)"
    new "Activar (sin lista de bloqueo)"

    # renpy/common/00gltest.rpy:159
    old "Powersave"
    new "Ahorro de energía"

    # renpy/common/00gltest.rpy:173
    old "Framerate"
    new "Fotogramas por segundo"

    # renpy/common/00gltest.rpy:177
    old "Screen"
    new "Pantalla"

    # renpy/common/00gltest.rpy:181
    old "60"
    new "60"

    # renpy/common/00gltest.rpy:185
    old "30"
    new "30"

    # renpy/common/00gltest.rpy:191
    old "Tearing"
    new "Desgarro de imagen"

    # renpy/common/00gltest.rpy:207
    old "Changes will take effect the next time this program is run."
    new "Los cambios se aplicarán la próxima vez que se ejecute este programa."

    # renpy/common/00gltest.rpy:242
    old "Performance Warning"
    new "Advertencia de rendimiento"

    # renpy/common/00gltest.rpy:247
    old "This computer is using software rendering."
    new "Este equipo está usando renderizado por software."

    # renpy/common/00gltest.rpy:249
    old "This game requires use of GL2 that can't be initialised."
    new "Este juego necesita GL2, que no se ha podido inicializar."

    # renpy/common/00gltest.rpy:251
    old "This computer has a problem displaying graphics: [problem]."
    new "Este equipo tiene un problema al mostrar gráficos: [problem]."

    # renpy/common/00gltest.rpy:255
    old "Its graphics drivers may be out of date or not operating correctly. This can lead to slow or incorrect graphics display."
    new "Puede que sus controladores gráficos estén desactualizados o no funcionen correctamente. Esto puede hacer que los gráficos se muestren con lentitud o de forma incorrecta."

    # renpy/common/00gltest.rpy:259
    old "The {a=edit:1:log.txt}log.txt{/a} file may contain information to help you determine what is wrong with your computer."
    new "El archivo {a=edit:1:log.txt}log.txt{/a} puede contener información que te ayude a averiguar qué le pasa a tu equipo."

    # renpy/common/00gltest.rpy:264
    old "More details on how to fix this can be found in the {a=[url]}documentation{/a}."
    new "Encontrarás más detalles sobre cómo solucionarlo en la {a=[url]}documentación{/a}."

    # renpy/common/00gltest.rpy:269
    old "Continue, Show this warning again"
    new "Continuar y volver a mostrar esta advertencia"

    # renpy/common/00gltest.rpy:273
    old "Continue, Don't show warning again"
    new "Continuar y no volver a mostrar la advertencia"

    # renpy/common/00gltest.rpy:281
    old "Change render options"
    new "Cambiar las opciones de renderizado"

    # renpy/common/00gamepad.rpy:32
    old "Select Gamepad to Calibrate"
    new "Selecciona el mando que quieres calibrar"

    # renpy/common/00gamepad.rpy:35
    old "No Gamepads Available"
    new "No hay mandos disponibles"

    # renpy/common/00gamepad.rpy:54
    old "Calibrating [name] ([i]/[total])"
    new "Calibrando [name] ([i]/[total])"

    # renpy/common/00gamepad.rpy:58
    old "Press or move the '[control!s]' [kind]."
    new "Pulsa o mueve el control '[control!s]' ([kind])."

    # renpy/common/00gamepad.rpy:68
    old "Skip (A)"
    new "Omitir (A)"

    # renpy/common/00gamepad.rpy:71
    old "Back (B)"
    new "Atrás (B)"

    # renpy/common/_errorhandling.rpym:555
    old "Open"
    new "Abrir"

    # renpy/common/_errorhandling.rpym:557
    old "Opens the traceback.txt file in a text editor."
    new "Abre el archivo traceback.txt en un editor de texto."

    # renpy/common/_errorhandling.rpym:559
    old "Copy BBCode"
    new "Copiar BBCode"

    # renpy/common/_errorhandling.rpym:561
    old "Copies the traceback.txt file to the clipboard as BBcode for forums like https://lemmasoft.renai.us/."
    new "Copia el archivo traceback.txt al portapapeles como BBCode para foros como https://lemmasoft.renai.us/."

    # renpy/common/_errorhandling.rpym:563
    old "Copy Markdown"
    new "Copiar Markdown"

    # renpy/common/_errorhandling.rpym:565
    old "Copies the traceback.txt file to the clipboard as Markdown for Discord."
    new "Copia el archivo traceback.txt al portapapeles como Markdown para Discord."

    # renpy/common/_errorhandling.rpym:594
    old "An exception has occurred."
    new "Se ha producido una excepción."

    # renpy/common/_errorhandling.rpym:617
    old "Rollback"
    new "Retroceder"

    # renpy/common/_errorhandling.rpym:619
    old "Attempts a roll back to a prior time, allowing you to save or choose a different choice."
    new "Intenta volver a un momento anterior para que puedas guardar o tomar otra decisión."

    # renpy/common/_errorhandling.rpym:622
    old "Ignore"
    new "Ignorar"

    # renpy/common/_errorhandling.rpym:626
    old "Ignores the exception, allowing you to continue."
    new "Ignora la excepción y te permite continuar."

    # renpy/common/_errorhandling.rpym:628
    old "Ignores the exception, allowing you to continue. This often leads to additional errors."
    new "Ignora la excepción y te permite continuar. A menudo esto provoca más errores."

    # renpy/common/_errorhandling.rpym:632
    old "Reload"
    new "Recargar"

    # renpy/common/_errorhandling.rpym:634
    old "Reloads the game from disk, saving and restoring game state if possible."
    new "Vuelve a cargar el juego desde el disco, guardando y restaurando el estado de la partida si es posible."

    # renpy/common/_errorhandling.rpym:637
    old "Console"
    new "Consola"

    # renpy/common/_errorhandling.rpym:639
    old "Opens a console to allow debugging the problem."
    new "Abre una consola para depurar el problema."

    # renpy/common/_errorhandling.rpym:652
    old "Quits the game."
    new "Sale del juego."

    # renpy/common/_errorhandling.rpym:673
    old "Parsing the script failed."
    new "Error al analizar el guion."

