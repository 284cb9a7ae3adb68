## gallery.rpy: the six endings the Endings screen lists, and how an ending
## counts as reached.
##
## An ending is reached when its title card shows. Each card sits under the
## local label `ENDING.title_card` (game/story/endings.rpy); entering that label
## adds ENDING to persistent.endings_reached, which outlives every save. The web
## player keeps the same rule and the same list (tools/vn/web/player/js/endings.js,
## `markEndingReached`), in browser storage beside its other data.
##
## The family is the label's second word (ending_FAMILY_variant, the contract
## every tool reads); the family's closing illustration is `cg FAMILY`.

## What each family is called on the Endings screen and in its locked hint.
define ending_families = {
    "human": _("Human-led care"),
    "hybrid": _("Hybrid care"),
    "automation": _("Full automation"),
    }

## (ending label, ending's name, variant's name), in the order the screen shows.
define ending_gallery = [
    ("ending_human_lantern", _("The Long Appointment"), _("Lantern")),
    ("ending_human_hardrain", _("The Long Appointment"), _("Hard Rain")),
    ("ending_hybrid_integrated", _("The Integrated Smile"), _("Integrated")),
    ("ending_hybrid_truce", _("The Integrated Smile"), _("Truce")),
    ("ending_automation_mercy", _("Optimized"), _("Mercy")),
    ("ending_automation_mandate", _("Optimized"), _("Mandate")),
    ]

init python:

    def ending_family(label):
        """The outcome family of an ending label: ending_FAMILY_variant."""
        return label.split("_")[1]

    def ending_reached(label):
        return label in (persistent.endings_reached or ())

    def _mark_ending_reached(name, abnormal):
        """config.label_callback: the title card's label marks its ending reached."""
        ending, _dot, local = name.partition(".")
        if local == "title_card" and ending.startswith("ending_"):
            if persistent.endings_reached is None:
                persistent.endings_reached = set()
            persistent.endings_reached.add(ending)
            renpy.save_persistent()

    config.label_callback = _mark_ending_reached
