## Autoplay hook for headless real-engine playthroughs (`vn.playthrough`).
##
## Inactive unless VN_AUTOPLAY names a plan file. With a plan, an always-shown
## screen's timer plays the game the way a player does: it presses Start on
## the title screen, dismisses each line, and clicks the menu choice the plan
## names, by its text, through the choice screen's own button action. It
## records (label, speaker, text) for every line shown, the choices made, the
## labels entered and the ending reached, takes screenshots at named points,
## and writes everything to the plan's trace file when the game returns to the
## main menu (or when something goes wrong).
##
## Plan (JSON): {"choices": [text, ...], "trace": path, "shots_dir": path,
##   "screenshots": [{"name": str, "at": "title" | "line:N" | "menu:N" |
##                    "label:NAME" | "ending" | "screen:NAME" | "open:NAME"}],
##   "skip": bool, "transitions": bool, "stall_seconds": number,
##   "language": null or a game/tl/ language, chosen on the title screen,
##   "save": null or {"at": "line:N" | "menu:N", "slot": name, "quit": bool},
##   "load": null or a slot name, loaded from the title screen instead of Start,
##   "press": [{"at": "line:N" | "title", "key": "K_a", "shift": bool, "shot": name or null,
##              "screens": [screen name, ...], "expect": {screen name: shown},
##              "repeat": N, "spacing": seconds, "held": bool}]}
## Each line records, as "at", the `show`/`scene ... at` lists run since the line
## before ([tag, [transform, ...]] each), and as "shown" the images on the master
## layer by name ("calla gesture happy", sorted), for the web player to match.
##
## With "skip" (the default) the hook fast-skips between menus, as a player
## holding Skip would, except where a screenshot is due: every line still
## runs through the engine's Character and history machinery.
##
## "screen:NAME" is taken after the run, back at the main menu: the hook opens
## the menu screen NAME (as its button would, ShowMenu) and photographs it. The
## trace also carries the game's own persistent fields (names without a leading
## underscore) as they stand at the end.
##
## "open:NAME" follows a "screen:" point: once that menu screen is photographed,
## the hook clicks, as a player would (the mouse moved there, pressed and let go,
## through the engine's event queue), the first button on screen whose action
## shows the screen NAME, and photographs NAME when it is up.
## "click:TEXT" also follows a "screen:" point: on the first menu screen that has a
## button reading TEXT, the hook notes the screen's bars ("bars": screen -> [[value
## class, its mixer or null], ...]) and each audio channel as the engine mixes it
## ("mixers": "click:TEXT:before" and "click:TEXT" -> channel -> {"mixer", "muted",
## "volume": the volume the engine last gave the channel's sound, "playing": its file,
## "mixing": whether the channel's sound still has audio queued}),
## clicks the button as a player would, and once the screen settles photographs it
## and notes the channels again.
## "save" saves into the slot as a player would on that line (or menu), before
## going on, and with "quit" ends the run there. "load" starts the run from the
## slot instead of Start; the trace's first line is then the one the load came
## back to.
##
## "press" sends keys while line N (or the title screen) is on screen, in
## order, as SDL key events
## into the engine's own event queue (where a keyboard's land), so Ren'Py's
## keymap handles them. After each, once the screen settles, the trace's
## "pressed" notes which of the named screens are shown and whether
## self-voicing is on, and the shot (if any) is taken; with "expect" (and
## "expect_voicing"), it waits (up to 10 s) for the screens (and self-voicing) to
## be as expected first. A press may send the
## key `"repeat": N` more times, `"spacing"` seconds apart (0.1; 0 sends them
## at once), or with `"held": true` hold it down through N auto-repeats
## (`"until_focus_moves": true` sends it again if no key of it moved the focus); its
## "pressed" entry also lists the focused button's text as it changed
## ("focus") and every sound the engine was asked to play ("played": [file,
## channel, time.time()]) while it was pressed.
##
## The canonical copy lives in tools/vn/engine_files/.

python early in _vn_autoplay:

    import json as _json
    import os as _os
    import time as _time

    PLAN_FILE = _os.environ.get("VN_AUTOPLAY")

    class Autoplay(object):

        def __init__(self, plan):
            self.plan = plan
            self.choices = list(plan.get("choices", []))
            self.shots = {s["at"]: s["name"] for s in plan.get("screenshots", [])}
            self.shots_dir = plan.get("shots_dir") or _os.path.dirname(plan["trace"])
            self.stall_seconds = float(plan.get("stall_seconds", 60))
            self.settle_seconds = float(plan.get("settle_seconds", 0.5))
            self.skip = bool(plan.get("skip", True))
            self.lines = []
            self.labels = []
            self.made = []
            self.taken = {}
            self.ending = None
            self.error = None
            self.started = False
            self.finished = False
            self.menus_seen = 0
            self.label_shots = []
            self.settle_until = 0.0
            self.last_progress = _time.time()
            self.handled_line = -1
            self.dismissed_at = 0.0
            self.audio = []   # what music and ambience were playing, at each line where it changed
            self.showing = None   # the "screen:NAME" point being photographed after the run
            self.clicked_at = 0.0   # when an "open:NAME" point's button was clicked
            self.clicked = {}   # "open:NAME" -> [x, y, w, h] of the button clicked
            self.clicking = None   # the "click:TEXT" point whose button was clicked
            self.bars = {}   # menu screen name -> [[bar value class, its mixer or None], ...]
            self.mixers = {}   # "click:TEXT" (and ":before") -> channel -> what the engine mixes
            self.staged = []  # [tag, [transform source, ...]] of shows since the last line
            self.save = plan.get("save")
            self.saved = None   # "game/x.rpy:N" where the save was made
            self.loading = False   # the plan's load is asked for, and no line or menu seen since
            self.presses = list(plan.get("press") or [])
            self.pressed = []   # per key sent: {"key", "screens": {name: shown}, "self_voicing"}
            self.press_sent = 0.0
            self.bursts = []   # the key events of the press under way, still to post
            self.burst_sent = 0.0
            self.press_focus = []   # the focused button's text, as it changed during the press
            self.press_played = None   # [file, channel, time] asked of renpy.audio.music.play during it

        # Callbacks from the engine -----------------------------------------

        def on_label(self, name, abnormal):
            node = renpy.game.script.namemap.get(name)
            if node is None or not node.filename.replace("\\", "/").startswith("game/"):
                return
            self.labels.append(name)
            self.last_progress = _time.time()
            points = ["label:" + name]
            # An ending is a global label ending_<outcome>_<variant>; its local
            # labels (ending_x.close) belong to it.
            if name.startswith("ending_"):
                ending = name.split(".")[0]
                if ending != self.ending:
                    self.ending = ending
                    points.append("ending")
            for point in points:
                if self.wants(point):
                    self.label_shots.append(point)
                    renpy.config.skipping = None

        def shown_images(self):
            # the images on the master layer by name ("calla gesture happy"), sorted
            # (a layered image's attributes in its groups' order, as the sprite files name them:
            # Ren'Py keeps them in the order a statement gave them)
            names = []
            for tag in renpy.get_showing_tags("master"):
                attrs = list(renpy.get_attributes(tag) or ())
                layered = getattr(renpy.display.image.images.get((tag,)), "_list_attributes", None)
                if layered is not None:
                    order = layered(tag, [])
                    attrs.sort(key=lambda a: order.index(a) if a in order else len(order))
                names.append(" ".join([tag] + attrs))
            return sorted(names)

        def on_history(self, entry):
            who_id = getattr(renpy.store, "_last_say_who", None)
            self.lines.append({
                "label": self.labels[-1] if self.labels else None,
                "who": who_id,
                "name": entry.who,
                "what": entry.what,
                "at": self.staged,
                "shown": self.shown_images(),
            })
            self.staged = []
            self.note_audio()
            self.last_progress = _time.time()
            # Skip on, unless the next line is to be photographed. (Skipping is
            # resumed here, once a line is done, never while one is on screen:
            # that would end it and leave our queued click for the next one.)
            if self.stops_at("line:%d" % (len(self.lines) + 1)):
                renpy.config.skipping = None
            elif self.skip and self.started:
                renpy.config.skipping = "fast"

        def note_audio(self):
            playing = {}
            for channel in ("music", "ambience"):
                try:
                    playing[channel] = renpy.music.get_playing(channel)
                except Exception:   # a game without that channel
                    playing[channel] = None
            last = self.audio[-1] if self.audio else {"music": None, "ambience": None}
            if any(playing[c] != last[c] for c in playing):
                playing["line"] = len(self.lines)
                self.audio.append(playing)

        def note_staging(self, imspec):
            """A show or scene with an `at` list, as the script names it."""
            if not imspec or not imspec[3]:
                return
            name, tag = imspec[0], imspec[2]
            self.staged.append([tag or name[0], [getattr(a, "source", a).strip() for a in imspec[3]]])

        def wants(self, point):
            return point in self.shots and self.shots[point] not in self.taken

        def stops_at(self, point):
            """Whether the run stops skipping for `point`: a screenshot, a key or the save is due."""
            due = self.save is not None and self.saved is None and self.save["at"] == point
            return due or self.wants(point) or any(p["at"] == point for p in self.presses)

        def press_due(self, point):
            """Send the next key planned at `point`, then note what it did; True while busy."""
            if not self.presses or self.presses[0]["at"] != point:
                return False
            press = self.presses[0]
            now = _time.time()
            if not self.press_sent:
                self.bursts = self.key_bursts(press)
                self.press_focus, self.press_played = [], []
                self.press_sent = self.burst_sent = 0.0
                self.press_resent = 0
                self.note_focus()
            if self.bursts:
                if now - self.burst_sent >= float(press.get("spacing", 0.1)):
                    import pygame_sdl2 as pygame
                    for event in self.bursts.pop(0):
                        pygame.event.post(event)
                    self.press_sent = self.burst_sent = now
                return True
            if now - self.press_sent < max(self.settle_seconds, 0.5):
                return True
            # A loaded engine can drop a whole burst: with "until_focus_moves", a press whose
            # keys moved no focus at all is sent again (twice at most).
            if press.get("until_focus_moves") and len(self.press_focus) < 2 and self.press_resent < 2:
                self.press_resent += 1
                self.bursts = self.key_bursts(press)
                return True
            shown = {n: renpy.get_screen(n) is not None for n in press.get("screens", [])}
            # A loaded machine can take a while to show a screen: wait for the expected one.
            voicing = bool(renpy.game.preferences.self_voicing)
            if now - self.press_sent < 10 and (press.get("expect", shown) != shown
                                               or press.get("expect_voicing", voicing) != voicing):
                return True
            if press.get("shot"):
                path = _os.path.join(self.shots_dir, press["shot"] + ".png")
                renpy.screenshot(path)
                self.taken[press["shot"]] = path
            self.pressed.append({
                "key": ("shift+" if press.get("shift") else "") + press["key"],
                "screens": shown,
                "self_voicing": voicing,
                "focus": self.press_focus,
                "played": self.press_played,
            })
            self.press_played = None
            self.presses.pop(0)
            self.press_sent = 0.0
            self.last_progress = now
            return True

        def key_bursts(self, press):
            """The SDL key events of a planned press, in bursts posted `spacing` seconds apart:
            one press, `repeat` more presses, or with "held" one key held down through
            `repeat` auto-repeats (SDL's repeat flag) and let go."""
            import pygame_sdl2 as pygame
            key = getattr(pygame, press["key"])
            mod = pygame.KMOD_LSHIFT if press.get("shift") else 0
            char = press["key"][2:] if len(press["key"]) == 3 else ""
            char = char.upper() if press.get("shift") else char

            def event(kind, repeat=False):
                return pygame.event.Event(kind, key=key, mod=mod, unicode=char, repeat=repeat, scancode=0)

            times = int(press.get("repeat", 0))
            if press.get("held"):
                return ([[event(pygame.KEYDOWN)]] + [[event(pygame.KEYDOWN, True)] for _ in range(times)]
                        + [[event(pygame.KEYUP)]])
            bursts = [[event(pygame.KEYDOWN), event(pygame.KEYUP)] for _ in range(times + 1)]
            if float(press.get("spacing", 0.1)) <= 0:
                bursts = [[e for b in bursts for e in b]]
            return bursts

        def note_focus(self):
            """The text of the focused button, each time it changes while a key is pressed."""
            if self.press_played is None:
                return
            widget = renpy.display.focus.get_focused()
            texts = [c for c in _walk(widget) if isinstance(c, renpy.text.text.Text)] if widget else []
            text = renpy.filter_text_tags("".join("".join(str(t) for t in c.text) for c in texts), allow=[])
            if not self.press_focus or self.press_focus[-1] != text:
                self.press_focus.append(text)

        def note_play(self, filenames, channel):
            """A sound the engine is asked to play while a key is pressed: [file, channel, time]."""
            if self.press_played is not None:
                names = [filenames] if isinstance(filenames, str) else list(filenames or [])
                self.press_played.extend([str(n), channel, _time.time()] for n in names)

        def resume_skipping(self):
            if self.skip and not self.stops_at("line:%d" % (len(self.lines) + 1)):
                renpy.config.skipping = "fast"

        # Screenshots --------------------------------------------------------

        def shoot(self, points):
            """Photograph the screen for the wanted `points`, after it settles.

            Returns True while waiting, so the step does nothing else."""
            points = [p for p in points if self.wants(p)]
            if not points:
                return False
            now = _time.time()
            if not self.settle_until:
                self.settle_until = now + self.settle_seconds
                return True
            if now < self.settle_until:
                return True
            self.settle_until = 0.0
            for point in points:
                name = self.shots[point]
                path = _os.path.join(self.shots_dir, name + ".png")
                renpy.screenshot(path)
                self.taken[name] = path
            self.last_progress = _time.time()
            return False

        # The timer --------------------------------------------------------

        def step(self):
            if self.finished:
                return None
            try:
                return self._step()
            except renpy.game.CONTROL_EXCEPTIONS:
                raise
            except Exception as e:
                self.fail("autoplay error: %r" % (e,))
                return None

        def _step(self):
            if _time.time() - self.last_progress > self.stall_seconds:
                filename, line = renpy.get_filename_line()
                self.fail("stalled for %ss at %s:%d" % (self.stall_seconds, filename, line))
                return None

            if self.showing is not None:
                return self.at_menu_screen()

            if renpy.get_screen("main_menu") is not None:
                return self.at_main_menu()

            choice = renpy.get_screen("choice")
            if choice is not None:
                return self.at_menu(choice)

            ## NVL mode: the nvl screen shows the page's lines, and an NVL menu's choices.
            nvl = renpy.get_screen("nvl")
            if nvl is not None and nvl.scope.get("items"):
                return self.at_menu(nvl)
            if nvl is not None and nvl.scope.get("dialogue"):
                return self.at_line()

            say = renpy.get_screen("say")
            if say is not None and say.scope.get("what"):
                return self.at_line()

            ## A called screen of buttons (`call screen`): the plan names a button by its text.
            button = self.planned_button()
            if button is not None:
                return self.press(button)
            # (an empty say screen is the window `window auto` keeps up through a
            # `with` transition: a click or a screenshot there belongs to no line)

            # A pause, a transition or a screen waiting for a click: one click
            # per two quiet seconds.
            now = _time.time()
            if now - self.last_progress > 2.0 and now - self.dismissed_at > 2.0:
                self.dismissed_at = now
                renpy.queue_event("dismiss")
            return None

        def save_if_due(self, point):
            """Save at `point` if the plan says so; True if the run ends there."""
            if self.save is None or self.saved is not None or self.save["at"] != point:
                return False
            filename, line = renpy.get_filename_line()
            self.saved = "%s:%d" % (filename, line)
            renpy.save(self.save["slot"])
            if self.save.get("quit"):
                self.finish()
                return True
            return False

        def at_line(self):
            self.loading = False
            if self.press_due("line:%d" % (len(self.lines) + 1)):
                return None
            # The line's screenshot first: a save that ends the run there still shows it.
            points = ["line:%d" % (len(self.lines) + 1)] + self.label_shots
            if self.shoot(points):
                return None
            self.label_shots = []
            if self.handled_line != len(self.lines) and self.save_if_due("line:%d" % (len(self.lines) + 1)):
                return None
            # Dismiss each line exactly once. A second click, sent because a
            # loaded machine was slow to end the line, would land on the next
            # line shown and skip it unseen.
            if self.handled_line == len(self.lines):
                return None
            self.handled_line = len(self.lines)
            renpy.queue_event("dismiss")
            return None

        def at_main_menu(self):
            if self.loading:
                return None   # the main menu is still up while the load begins
            if self.started:
                screens = sorted(p for p in self.shots if p.startswith("screen:") and self.wants(p))
                if screens:
                    self.showing = screens[0]
                    self.last_progress = _time.time()
                    return renpy.run(renpy.store.ShowMenu(self.showing[len("screen:"):]))
                self.finish()
                return None
            language = self.plan.get("language")
            if language is not None and renpy.game.preferences.language != language:
                renpy.change_language(language)
                return None
            if self.press_due("title"):
                return None
            if self.shoot(["title"]):
                return None
            self.started = True
            prefs = renpy.game.preferences
            prefs.text_cps = 0
            prefs.afm_enable = False
            prefs.skip_unseen = True
            prefs.skip_after_choices = False
            if not self.plan.get("transitions", False):
                prefs.transitions = 0
            self.last_progress = _time.time()
            self.resume_skipping()
            if self.plan.get("load"):
                self.loading = True
                return renpy.run(renpy.store.FileLoad(self.plan["load"], confirm=False, slot=True))
            return renpy.run(renpy.store.Start())

        def at_menu_screen(self):
            """After the run: photograph the menu screen opened for a "screen:NAME" point."""
            if renpy.get_screen(self.showing[len("screen:"):]) is None:
                return None
            if self.shoot([self.showing]):
                return None
            opening = sorted(p for p in self.shots if p.startswith("open:") and self.wants(p))
            if opening:
                return self.open_from_menu(opening[0])
            for point in sorted(p for p in self.shots if p.startswith("click:") and self.wants(p)):
                if self.clicking == point or self.button_reading(point[len("click:"):]) is not None:
                    return self.click_on_menu(point)
            self.showing = None
            return self.at_main_menu()

        def open_from_menu(self, point):
            """Click the button that shows the screen `point` names; photograph that screen."""
            target = point[len("open:"):]
            if renpy.get_screen(target) is not None:
                if not self.shoot([point]):
                    renpy.hide_screen(target)   # photographed: the next menu screen shows bare
                    renpy.restart_interaction()
                return None
            if self.clicked_at:
                if _time.time() - self.clicked_at > 10:
                    self.fail("clicked the button for %s on %s, and it never showed" % (target, self.showing))
                return None
            for f in renpy.display.focus.focus_list:
                action = getattr(f.widget, "action", None)
                if isinstance(action, renpy.store.Show) and action.screen == target and f.x is not None:
                    self.clicked[point] = [f.x, f.y, f.w, f.h]
                    self.click(f.x + f.w / 2.0, f.y + f.h / 2.0)
                    return None
            self.fail("no button on %s shows the screen %s" % (self.showing, target))
            return None

        def button_reading(self, text):
            """The focusable button on screen whose text is `text` (its focus entry), or None."""
            for f in renpy.display.focus.focus_list:
                if isinstance(f.widget, renpy.display.behavior.Button) and f.x is not None \
                        and _text_of(f.widget) == text:
                    return f
            return None

        def click_on_menu(self, point):
            """Note the bars and channels, click the button the "click:TEXT" point names,
            photograph the screen once it settles and note the channels again."""
            if self.clicking != point:
                f = self.button_reading(point[len("click:"):])
                screen = renpy.display.screen.get_screen(self.showing[len("screen:"):])
                self.bars[self.showing[len("screen:"):]] = [
                    [type(b.value).__name__ if b.value is not None else None, getattr(b.value, "mixer", None)]
                    for b in _walk(screen) if isinstance(b, renpy.display.behavior.Bar)]
                self.mixers[point + ":before"] = self.mixer_state()
                self.clicked[point] = [f.x, f.y, f.w, f.h]
                self.clicking = point
                self.click(f.x + f.w / 2.0, f.y + f.h / 2.0)
                return None
            if self.shoot([point]):
                return None
            self.mixers[point] = self.mixer_state()
            self.clicking = None
            return None

        def mixer_state(self):
            """Each audio channel as the engine mixes it now: its mixer, whether the player's
            preferences mute that mixer, the volume the engine last set on the channel's sound
            (renpysound.set_volume, 0 when muted), the file it plays and whether its sound still
            has audio queued."""
            prefs = renpy.game.preferences
            rv = {}
            for name in ("music", "sound", "voice", "ambience", "ui"):
                try:
                    c = renpy.audio.audio.get_channel(name)
                except Exception:   # a game without that channel
                    continue
                rv[name] = {"mixer": c.mixer, "muted": bool(prefs.mute.get(c.mixer, False)),
                            "volume": c.actual_volume, "playing": renpy.music.get_playing(name),
                            "mixing": renpy.audio.renpysound.queue_depth(c.number) > 0}
            return rv

        def click(self, x, y):
            """A left click at virtual (x, y), posted as the mouse events a player's click makes."""
            import pygame_sdl2 as pygame
            pos = tuple(int(v) for v in renpy.display.draw.untranslate_point(x, y))
            renpy.display.draw.set_mouse_pos(x, y)
            pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
            self.clicked_at = _time.time()
            self.last_progress = self.clicked_at

        def at_menu(self, screen):
            self.loading = False
            items = screen.scope.get("items", [])
            filename, line = renpy.get_filename_line()
            where = "%s:%d" % (filename, line)
            offered = [renpy.substitute(i.caption) for i in items]

            if self.shoot(["menu:%d" % (self.menus_seen + 1)] + self.label_shots):
                return None
            self.label_shots = []
            if self.save_if_due("menu:%d" % (self.menus_seen + 1)):
                return None
            self.menus_seen += 1

            if not self.choices:
                self.fail("the plan has no choice left for the menu at %s; offered: %s" % (where, offered))
                return None

            wanted = self.choices.pop(0)
            for item, text in zip(items, offered):
                if text == wanted or renpy.filter_text_tags(text, allow=[]) == wanted:
                    if item.action is None or not renpy.is_sensitive(item.action):
                        self.fail("choice %r is disabled at the menu at %s" % (wanted, where))
                        return None
                    ## The locked choices and what the screen says would unlock them
                    ## (the script's locked= argument), for the web player to match.
                    locked = [[t, renpy.substitute(i.kwargs["locked"]) if i.kwargs.get("locked") else None]
                              for i, t in zip(items, offered)
                              if i.action is None or not renpy.is_sensitive(i.action)]
                    self.made.append({"menu": where, "text": wanted, "locked": locked})
                    self.last_progress = _time.time()
                    self.resume_skipping()
                    return renpy.run(item.action)

            self.fail("choice %r is not offered at the menu at %s; offered: %s" % (wanted, where, offered))
            return None

        def planned_button(self):
            """The button of a shown game screen (not say, choice or nvl) whose text is the
            plan's next choice, or None."""
            if not self.choices:
                return None
            for entry in renpy.game.context().scene_lists.layers.get("screens", []):
                d = entry.displayable
                name = getattr(d, "screen_name", ("",))[0]
                if name in ("say", "choice", "nvl", "quick_menu", "_vn_autoplay"):
                    continue
                for button, text in _buttons(d):
                    if text == self.choices[0]:
                        return (name, button, text)
            return None

        def press(self, found):
            name, button, text = found
            filename, line = renpy.get_filename_line()
            self.choices.pop(0)
            self.made.append({"menu": "%s:%d" % (filename, line), "text": text, "locked": [], "screen": name})
            self.last_progress = _time.time()
            self.resume_skipping()
            return renpy.run(button.action)

        # Ending the run -----------------------------------------------------

        def trace(self):
            return {
                "lines": self.lines,
                "labels": self.labels,
                "choices": self.made,
                "unused_choices": self.choices,
                "ending": self.ending,
                "screenshots": self.taken,
                "error": self.error,
                "audio": self.audio,
                "persistent": self.persistent_fields(),
                "clicked": self.clicked,
                "saved": self.saved,
                "pressed": self.pressed,
                "bars": self.bars,
                "mixers": self.mixers,
            }

        def persistent_fields(self):
            """The game's own persistent fields that JSON can carry (sets as sorted lists)."""
            rv = {}
            for name, value in vars(renpy.game.persistent).items():
                if name.startswith("_"):
                    continue
                if isinstance(value, (set, frozenset)):
                    value = sorted(value, key=repr)
                try:
                    _json.dumps(value)
                except (TypeError, ValueError):
                    continue
                rv[name] = value
            return rv

        def write(self):
            path = self.plan["trace"]
            with open(path + ".part", "w", encoding="utf-8") as f:
                _json.dump(self.trace(), f, ensure_ascii=False, indent=1)
            _os.replace(path + ".part", path)

        def fail(self, message):
            if self.error is None:
                self.error = message
            self.finish()

        def finish(self):
            if self.finished:
                return
            self.finished = True
            self.write()
            renpy.quit()

    def _buttons(d):
        """(button, its text) for every sensitive button under displayable `d`."""
        if isinstance(d, renpy.display.behavior.Button):
            texts = [c for c in _walk(d) if isinstance(c, renpy.text.text.Text)]
            text = "".join("".join(str(t) for t in c.text) for c in texts)
            if d.action is not None and renpy.is_sensitive(d.action):
                yield d, renpy.filter_text_tags(text, allow=[])
            return
        for child in d.visit() or []:
            if child is not None:
                for found in _buttons(child):
                    yield found

    def _text_of(button):
        """A button's text, without text tags."""
        texts = [c for c in _walk(button) if isinstance(c, renpy.text.text.Text)]
        return renpy.filter_text_tags("".join("".join(str(t) for t in c.text) for c in texts), allow=[])

    def _walk(d):
        yield d
        for child in d.visit() or []:
            if child is not None:
                for c in _walk(child):
                    yield c

    autoplay = None

    if PLAN_FILE:
        with open(PLAN_FILE, encoding="utf-8") as _f:
            autoplay = Autoplay(_json.load(_f))

init 1000 python in _vn_autoplay:

    if autoplay is not None:
        _previous_label_callback = renpy.config.label_callback

        def _label_callback(name, abnormal):
            autoplay.on_label(name, abnormal)
            if _previous_label_callback is not None:
                _previous_label_callback(name, abnormal)

        def _exception_handler(short, full, traceback_fn):
            autoplay.error = "engine exception: " + short.strip().splitlines()[-1]
            autoplay.lines.append({"label": None, "who": None, "name": None, "what": short})
            autoplay.finished = True
            autoplay.write()
            _os._exit(70)

        _show_execute = renpy.ast.Show.execute
        _scene_execute = renpy.ast.Scene.execute

        def _noting_show(self):
            autoplay.note_staging(self.imspec)
            return _show_execute(self)

        def _noting_scene(self):
            autoplay.note_staging(self.imspec)
            return _scene_execute(self)

        _music_play = renpy.audio.music.play
        _change_focus = renpy.display.focus.change_focus

        def _noting_change_focus(*args, **kwargs):
            rv = _change_focus(*args, **kwargs)
            autoplay.note_focus()
            return rv

        def _noting_play(filenames, channel="music", *args, **kwargs):
            autoplay.note_play(filenames, channel)
            return _music_play(filenames, channel, *args, **kwargs)

        ## Statements run as Ren'Py parsed them; this only notes their `at` lists.
        ## Every sound played (renpy.play, style sounds, play statements) goes through
        ## renpy.audio.music.play; this only notes the ones a pressed key causes.
        renpy.audio.music.play = _noting_play
        ## The focus moves through renpy.display.focus.change_focus (focus.py calls it by
        ## its module's name); this only notes where it went while a key is pressed.
        renpy.display.focus.change_focus = _noting_change_focus
        renpy.ast.Show.execute = _noting_show
        renpy.ast.Scene.execute = _noting_scene
        renpy.config.label_callback = _label_callback
        renpy.config.history_callbacks.append(autoplay.on_history)
        # Lines are recorded through the history; a game without one gets a short one.
        if renpy.config.history_length is None:
            renpy.config.history_length = 10
        renpy.config.always_shown_screens.append("_vn_autoplay")
        renpy.config.exception_handler = _exception_handler

screen _vn_autoplay():
    timer 0.03 repeat True action Function(_vn_autoplay.autoplay.step)
