## The spine: the chapters in order, then the ending, picked here and only here.
##
## Chapters live in game/story/, one global label each; every call has a
## `from` clause so saves made inside a chapter survive edits to this file.
##
## The ending rule. Every menu in the game casts a vote for one side:
## trust_human (hands), bridge (the Bridge; it counts only once Max's patch
## holds) or trust_machine (the machines). On the eve of the Wall, Noah takes
## stock of the sides (eve.rpy); at the final call only a leading side can be
## chosen, so the call confirms the game's verdict, or tips a tie. Within the
## chosen side, what the player did along the way picks the variant.

init python:

    def hands():
        """How many of the city's people Noah turned towards human hands (0-5)."""
        return flower_heard + jonah_turned + julian_woke + taught_patients + leak_public

    def bridge_weight():
        """The Bridge's side weighs nothing until Max's patch holds: half a patch bridges nothing."""
        return bridge if patch_ready else -1

    def weight(side):
        """The votes on `side`: "human", "bridge" or "machine"."""
        return trust_human if side == "human" else bridge_weight() if side == "bridge" else trust_machine

    def leads(side):
        """Whether `side` leads, or ties for the lead."""
        return weight(side) >= max(trust_human, bridge_weight(), trust_machine)

    def enough_hands():
        """A shutdown holds only if at least three of those people are there to work by hand."""
        return hands() >= 3

    def earns_mercy():
        """A handover comes with transparency only if Milena has doubted herself twice."""
        return milena_doubts >= 2

label start:

    call prologue from start_prologue
    call ch1 from start_ch1
    call ch2 from start_ch2
    call ch3 from start_ch3
    call ch4 from start_ch4
    call ch5 from start_ch5
    call eve from start_eve
    call climax from start_climax

    if final == "bridge":
        ## Otto carries the patch to every chip at once, or people carry it clinic by clinic.
        if otto_free:
            jump ending_hybrid_integrated
        jump ending_hybrid_truce
    elif final == "shutdown":
        if enough_hands():
            jump ending_human_lantern
        jump ending_human_hardrain
    elif earns_mercy():
        jump ending_automation_mercy
    jump ending_automation_mandate
