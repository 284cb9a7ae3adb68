## The spine: the chapters in order, then the ending, picked here and only here.
##
## Chapters live in game/story/, one global label each; every call has a
## `from` clause so saves made inside a chapter survive edits to this file.

init python:

    def hands():
        """How often the story chose human hands over machines (0-5)."""
        return flower_heard + jonah_turned + julian_woke + taught_patients + leak_public

    def earns_integrated():
        """The Bridge was built by a city that trusts both hands and machines."""
        return trust_human >= 5 and trust_machine >= 5

    def earns_shutdown():
        """Pulling the plug works only with enough trust and enough trained hands."""
        return trust_human >= 6 and hands() >= 3

    def keeps_lowline_teeth():
        """After a shutdown, enough trust in machines survives to keep the Lowline's chips honest."""
        return trust_machine >= 4

    def earns_mercy():
        """A handover with Milena already doubting herself comes with transparency."""
        return milena_doubts >= 1

label start:

    call prologue from start_prologue
    call ch1 from start_ch1
    call ch2 from start_ch2
    call ch3 from start_ch3
    call ch4 from start_ch4
    call ch5 from start_ch5
    call climax from start_climax

    if final == "bridge":
        if earns_integrated():
            jump ending_hybrid_integrated
        jump ending_hybrid_truce
    elif final == "shutdown" and earns_shutdown():
        if keeps_lowline_teeth():
            jump ending_human_lantern
        jump ending_human_hardrain
    elif final == "handover" and earns_mercy():
        jump ending_automation_mercy

    ## A blind handover, or a shutdown without the hands to carry it.
    jump ending_automation_mandate
