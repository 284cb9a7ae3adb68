## Smile Protocol: characters, transitions and story state.
##
## Every piece of state is a `default` with a one-line comment saying what it
## means and where it is set. Ints are clamped by the `adjust` helper below.
## Expression attributes shared by every sprite (the art pipeline draws
## exactly these): neutral, happy, sad, angry, worried, surprised.

## Characters ##################################################################
## Noah is the point-of-view character; his expressions show as a side image.

define noah = Character(_("Noah"), image="noah", color="#f2c572")
## His side image on a line with no expression (the first after a `scene`, which forgets
## the last one): neutral, so the portrait never drops out and the text never jumps.
image side noah = "images/side/side noah neutral.png"
define calla = Character(_("Dr. Calla Hawthorne"), image="calla", color="#e8a0a8")
define leo = Character(_("Leo"), image="leo", color="#b7d98b")
define jonah = Character(_("Jonah"), image="jonah", color="#ffd86b")
define jolene = Character(_("Jolene"), image="jolene", color="#7fd4ff")
define leila = Character(_("Dr. Leila Kiran"), image="leila", color="#f5a65b")
define mx = Character(_("Max"), image="mx", color="#9be37a")
define milena = Character(_("Dr. Milena Voss"), image="milena", color="#c9b6ff")
define jenna = Character(_("Jenna"), image="jenna", color="#ff9ecb")
define smarteeth = Character(_("Dr. SmarTeeth"), image="smarteeth", color="#5ff2e0")
define vta = Character(_("VTA"), image="vta", color="#8ff7ee")
define asha = Character(_("Dr. Asha Ray"), image="asha", color="#ffb36b")
define flower = Character(_("Flower"), image="flower", color="#d7a6e8")
define otto = Character(_("Otto"), image="otto", color="#a6e3ff")
define julian = Character(_("Julian"), image="julian", color="#9fb4ff")
define alyssa = Character(_("Dr. Alyssa Courtenay"), image="alyssa", color="#ff8f8f")
define marcus = Character(_("Marcus Hale"), image="marcus", color="#e6c79c")
## ELARA speaks in capitals, set in the rounded interface face with open letter spacing so
## capitals read as a machine voice and stay legible. Only the Bridge changes that: from its
## "I'm not sure" (climax .bridge_it) and in the hybrid endings she speaks in sentence case.
define elara_ai = Character(_("ELARA"), image="elara_ai", color="#00e5ff", what_color="#c8fbff",
    what_font="fonts/Quicksand-Bold.ttf", what_kerning=1.5)
define elara = Character(_("Dr. Elara Voss"), image="elara", color="#8fd6c4")
define milo = Character(_("Milo"), image="milo", color="#ffe27a")
define tarek = Character(_("Dr. Tarek Liu"), image="tarek", color="#ff7a59")
define ava = Character(_("Ava"), image="ava", color="#c3e88d")
## Noah's mother, Mara Adair, appears only in the prologue.
define mara = Character(_("Mara"), image="mara", color="#f0d9b5")
## The Health Wall's announcer, a voice with no body.
define wall = Character(_("The Wall"), color="#ffffff", what_italic=True)

## Transitions #################################################################

define fade_slow = Fade(0.6, 0.4, 0.6)
define flash_white = Fade(0.1, 0.0, 0.5, color="#ffffff")
define cut = None

## Positions beyond Ren'Py's left, center and right.
transform midleft:
    xalign 0.25 yalign 1.0
transform midright:
    xalign 0.75 yalign 1.0

## Story state #################################################################
## Counters, changed only through adjust() below.

## Every menu votes for one side; the side that leads at the final call wins (script.rpy).
## The codes below (C2b: the second option of the second choice; P.2, 5.5: scenes)
## are listed in docs/story-canon.md, "Scene and choice codes".
default trust_human = 0        # votes for human hands: P.2, C2b, C4a, C5b, C6a, C7a, C8b, C9a, C10b, C11a, C12a (refused), C13a, C14a, C15a, C16a
default trust_machine = 0      # votes for the machines: P.2, C2a, C3a, C4b, C5a, C7b, C8a, C9b, C10c, C11c, C12b, C13b, C14b, C15c
default bridge = 0             # votes for Max's Bridge: C2c, C3b, C5c, C6b, C8c, C9c, C10a, C11b, C12a (freed), C13c, C15b, C16b, 5.5
default otto_bond = 0          # 0-4, how far Otto trusts Noah; C2, C3b, C8c
default milena_doubts = 0      # 0-3, cracks in Milena's certainty; C8a, C10c, C16b
default noah_heart = 0         # 0-5, how far Noah has healed; C2b, C5b, C5c, C13a, C14a

## Facts the story remembers (False until a choice sets them).
default flower_heard = False    # Flower was listened to, not chipped; C2b, C2c
default flower_chip = ""       # what is in Flower's mouth after C2: "full" (C2a), "none" (C2b), "quiet" (telemetry cut, C2c) (dialogue only)
default jonah_warned = False    # Calla kept paper baselines on Jonah; C4a
default calla_open = False      # Calla shared her ISP notebook with Jolene; C6b (dialogue only)
default jenna_consent = False   # Jenna agreed to share her data; C7a
default leak_public = False     # the SOE 5beta leak went public through Jenna; C8b
default patch_ready = False     # Max's patch is ready for the Wall; C8c, 5.5
default ava_brave = False       # Ava chose to face her fear in VR; C9a, C9c
default evidence_shared = False # Milo's evidence reached Alyssa and Marcus; C10a
default jonah_turned = False    # Jonah credits human hands for his recovery; C11a, C11b
default jolene_allied = False   # Jolene works beside Calla; C11b
default otto_free = False       # Otto broke its SmarTeeth loyalty lock; C12a
default taught_patients = False # Noah and Asha taught patients self-care; C13a
default julian_woke = False     # Noah hauled Julian out of VR; C14a
default tarek_exposed = False   # the evidence went up on the Wall; C16a (dialogue only)
default toured_tower = False    # Noah took Julian's pass to the Tower; C3a (dialogue only)
default otto_confided = False   # Otto showed Noah his loyalty lock in the workshop; C3b (dialogue only)
default jenna_posted = ""       # what Jenna did on update night, C15: "people", "open" or "wait" (dialogue only)
default noah_blamed = False     # Noah told Calla "You let her die"; C5a (dialogue only)
default saw_mara_odds = False   # the suite read Mara's chart for Noah: 71 percent; C5c (dialogue only)
default asha_coached = False    # Asha ran safe mode with a human at every chair; C13c (dialogue only)
default milena_has_file = False # Milo's file went to Milena in Ch4; C10c (dialogue only)

## Words Noah chose; they change dialogue, never the route.
default told_mom = ""           # "get it" or "your call": what Noah told his mother in P.2
default lean = "bridge"         # "human", "bridge" or "machine": Noah's lean after Ch3 (Branch B)
default final = ""              # "bridge", "shutdown" or "handover": the final call, C17

## The range each counter is clamped to; `adjust` is the only way stories
## change a counter, so the clamp lives in one place.
define STATE_RANGES = {
    "trust_human": (0, 30),
    "trust_machine": (0, 30),
    "bridge": (0, 30),
    "otto_bond": (0, 4),
    "milena_doubts": (0, 3),
    "noah_heart": (0, 5),
    }

init python:

    def adjust(name, delta):
        """Adds `delta` to the counter `name`, clamped to its STATE_RANGES."""
        low, high = STATE_RANGES[name]
        setattr(store, name, max(low, min(high, getattr(store, name) + delta)))
