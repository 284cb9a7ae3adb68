# TODO: Translation updated at 2026-11-21 06:03

translate spanish strings:

    # game/screens.rpy:252
    old "Back"
    new "Back"

    # game/screens.rpy:253
    old "History"
    new "History"

    # game/screens.rpy:254
    old "Skip"
    new "Skip"

    # game/screens.rpy:255
    old "Auto"
    new "Auto"

    # game/screens.rpy:256
    old "Save"
    new "Save"

    # game/screens.rpy:257
    old "Q.Save"
    new "Q.Save"

    # game/screens.rpy:258
    old "Q.Load"
    new "Q.Load"

    # game/screens.rpy:259
    old "Prefs"
    new "Prefs"

    # game/screens.rpy:300
    old "Start"
    new "Start"

    # game/screens.rpy:308
    old "Load"
    new "Load"

    # game/screens.rpy:310
    old "Preferences"
    new "Preferences"

    # game/screens.rpy:314
    old "End Replay"
    new "End Replay"

    # game/screens.rpy:318
    old "Main Menu"
    new "Main Menu"

    # game/screens.rpy:320
    old "About"
    new "About"

    # game/screens.rpy:325
    old "Help"
    new "Help"

    # game/screens.rpy:330
    old "Quit"
    new "Quit"

    # game/screens.rpy:369
    old "New Neo City, 2045"
    new "New Neo City, 2045"

    # game/screens.rpy:488
    old "Return"
    new "Return"

    # game/screens.rpy:573
    old "Version [config.version!t]\n"
    new "Version [config.version!t]\n"

    # game/screens.rpy:579
    old "Made with {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only].\n\n[renpy.license!t]"
    new "Made with {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only].\n\n[renpy.license!t]"

    # game/screens.rpy:615
    old "Page {}"
    new "Page {}"

    # game/screens.rpy:615
    old "Automatic saves"
    new "Automatic saves"

    # game/screens.rpy:615
    old "Quick saves"
    new "Quick saves"

    # game/screens.rpy:657
    old "{#file_time}%A, %B %d %Y, %H:%M"
    new "{#file_time}%A, %B %d %Y, %H:%M"

    # game/screens.rpy:657
    old "empty slot"
    new "empty slot"

    # game/screens.rpy:674
    old "<"
    new "<"

    # game/screens.rpy:677
    old "{#auto_page}A"
    new "{#auto_page}A"

    # game/screens.rpy:680
    old "{#quick_page}Q"
    new "{#quick_page}Q"

    # game/screens.rpy:686
    old ">"
    new ">"

    # game/screens.rpy:743
    old "Display"
    new "Display"

    # game/screens.rpy:744
    old "Window"
    new "Window"

    # game/screens.rpy:745
    old "Fullscreen"
    new "Fullscreen"

    # game/screens.rpy:750
    old "Unseen Text"
    new "Unseen Text"

    # game/screens.rpy:751
    old "After Choices"
    new "After Choices"

    # game/screens.rpy:752
    old "Transitions"
    new "Transitions"

    # game/screens.rpy:765
    old "Text Speed"
    new "Text Speed"

    # game/screens.rpy:769
    old "Auto-Forward Time"
    new "Auto-Forward Time"

    # game/screens.rpy:776
    old "Music Volume"
    new "Music Volume"

    # game/screens.rpy:783
    old "Sound Volume"
    new "Sound Volume"

    # game/screens.rpy:789
    old "Test"
    new "Test"

    # game/screens.rpy:793
    old "Voice Volume"
    new "Voice Volume"

    # game/screens.rpy:804
    old "Mute All"
    new "Mute All"

    # game/screens.rpy:922
    old "The dialogue history is empty."
    new "The dialogue history is empty."

    # game/screens.rpy:991
    old "Keyboard"
    new "Keyboard"

    # game/screens.rpy:992
    old "Mouse"
    new "Mouse"

    # game/screens.rpy:995
    old "Gamepad"
    new "Gamepad"

    # game/screens.rpy:1008
    old "Enter"
    new "Enter"

    # game/screens.rpy:1009
    old "Advances dialogue and activates the interface."
    new "Advances dialogue and activates the interface."

    # game/screens.rpy:1012
    old "Space"
    new "Space"

    # game/screens.rpy:1013
    old "Advances dialogue without selecting choices."
    new "Advances dialogue without selecting choices."

    # game/screens.rpy:1016
    old "Arrow Keys"
    new "Arrow Keys"

    # game/screens.rpy:1017
    old "Navigate the interface."
    new "Navigate the interface."

    # game/screens.rpy:1020
    old "Escape"
    new "Escape"

    # game/screens.rpy:1021
    old "Accesses the game menu."
    new "Accesses the game menu."

    # game/screens.rpy:1024
    old "Ctrl"
    new "Ctrl"

    # game/screens.rpy:1025
    old "Skips dialogue while held down."
    new "Skips dialogue while held down."

    # game/screens.rpy:1028
    old "Tab"
    new "Tab"

    # game/screens.rpy:1029
    old "Toggles dialogue skipping."
    new "Toggles dialogue skipping."

    # game/screens.rpy:1032
    old "Page Up"
    new "Page Up"

    # game/screens.rpy:1033
    old "Rolls back to earlier dialogue."
    new "Rolls back to earlier dialogue."

    # game/screens.rpy:1036
    old "Page Down"
    new "Page Down"

    # game/screens.rpy:1037
    old "Rolls forward to later dialogue."
    new "Rolls forward to later dialogue."

    # game/screens.rpy:1041
    old "Hides the user interface."
    new "Hides the user interface."

    # game/screens.rpy:1045
    old "Takes a screenshot."
    new "Takes a screenshot."

    # game/screens.rpy:1049
    old "Toggles assistive {a=https://www.renpy.org/l/voicing}self-voicing{/a}."
    new "Toggles assistive {a=https://www.renpy.org/l/voicing}self-voicing{/a}."

    # game/screens.rpy:1053
    old "Opens the accessibility menu."
    new "Opens the accessibility menu."

    # game/screens.rpy:1059
    old "Left Click"
    new "Left Click"

    # game/screens.rpy:1063
    old "Middle Click"
    new "Middle Click"

    # game/screens.rpy:1067
    old "Right Click"
    new "Right Click"

    # game/screens.rpy:1071
    old "Mouse Wheel Up\nClick Rollback Side"
    new "Mouse Wheel Up\nClick Rollback Side"

    # game/screens.rpy:1075
    old "Mouse Wheel Down"
    new "Mouse Wheel Down"

    # game/screens.rpy:1082
    old "Right Trigger\nA/Bottom Button"
    new "Right Trigger\nA/Bottom Button"

    # game/screens.rpy:1086
    old "Left Trigger\nLeft Shoulder"
    new "Left Trigger\nLeft Shoulder"

    # game/screens.rpy:1090
    old "Right Shoulder"
    new "Right Shoulder"

    # game/screens.rpy:1095
    old "D-Pad, Sticks"
    new "D-Pad, Sticks"

    # game/screens.rpy:1099
    old "Start, Guide"
    new "Start, Guide"

    # game/screens.rpy:1103
    old "Y/Top Button"
    new "Y/Top Button"

    # game/screens.rpy:1106
    old "Calibrate"
    new "Calibrate"

    # game/screens.rpy:1171
    old "Yes"
    new "Yes"

    # game/screens.rpy:1172
    old "No"
    new "No"

    # game/screens.rpy:1218
    old "Skipping"
    new "Skipping"

    # game/screens.rpy:1441
    old "Menu"
    new "Menu"

