## sound.rpy: the game's audio set-up. The files in game/audio/ are built from
## audio/*/*.abc by `vn audio build` (see the README's "Sound" section).

## Room tones loop on their own channel under the music, so a scene can change
## its music and keep its room (or the other way round). The channel has a mixer
## of its own, "ambience", so Preferences gives it its own slider
## (Preference("mixer ambience volume")), saved with the other preferences.
init python:
    renpy.music.register_channel("ambience", mixer="ambience", loop=True, stop_on_mute=True, tight=True)

## The title screen's music; it plays on into the game until the prologue's own.
define config.main_menu_music = "audio/music/theme.ogg"

## Quiet interface sounds for every button.
style button:
    hover_sound "audio/ui/hover.ogg"
    activate_sound "audio/ui/select.ogg"
