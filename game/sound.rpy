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

## The interface sounds follow the web player's rules (player.js, "interface
## sounds"): a held arrow key moves the focus in silence, and the hover tick
## plays at most once per 60 ms, so sweeping the pointer over a column of
## buttons ticks instead of buzzing. Ren'Py itself ticks on every key repeat
## (about 33 a second). Style sounds play on their own "ui" channel, at the
## Sound volume, so a test can tell them from the story's effects.
init python:
    renpy.music.register_channel("ui", mixer="sfx", loop=False, stop_on_mute=True)
    config.play_channel = "ui"

    import pygame_sdl2

    class InterfaceSounds(object):
        """Decides whether a style's hover sound plays, as the web player does."""

        HOVER_GAP = 0.060   # seconds between two hover ticks, the web's UI_TICK_GAP_MS

        def __init__(self):
            self.key_repeat = False   # the event being handled is a held key's repeat
            self.last_hover = None    # when the last hover tick played

        def hover_allowed(self):
            if self.key_repeat:
                # One event, one decision: a mouse move handled right after it
                # (Ren'Py's mouse focus runs before the screens see an event) ticks.
                self.key_repeat = False
                return False
            now = renpy.display.core.get_time()
            if self.last_hover is not None and now - self.last_hover < self.HOVER_GAP:
                return False
            self.last_hover = now
            return True

    interface_sounds = InterfaceSounds()

    class KeyRepeatWatch(renpy.Displayable):
        """An invisible underlay that sees each event before Ren'Py's focus keys
        (renpy.display.focus.key_handler runs after the screens) and notes
        whether it is a key's auto-repeat (SDL's repeat flag)."""

        def render(self, width, height, st, at):
            return renpy.Render(0, 0)

        def event(self, ev, x, y, st):
            interface_sounds.key_repeat = ev.type == pygame_sdl2.KEYDOWN and bool(getattr(ev, "repeat", False))
            return None

    config.underlay.append(KeyRepeatWatch())

    ## Ren'Py plays a style's hover_sound and activate_sound through renpy.play
    ## (Displayable.focus, Button.event); the hover sound goes through the
    ## rules above, everything else as before.
    _engine_play = getattr(renpy.play, "engine_play", renpy.play)   # once, across reloads

    def play_interface_sound(filename, channel=None, **kwargs):
        if filename is not None and filename == style.button.hover_sound and not interface_sounds.hover_allowed():
            return
        _engine_play(filename, channel=channel, **kwargs)

    play_interface_sound.engine_play = _engine_play
    renpy.play = play_interface_sound
