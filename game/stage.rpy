## The stage: how characters enter, leave, move and react.
##
## Every motion in the script is one of the named transforms below, so a scene
## reads like a director's notes (`show asha neutral at right, enter_right`) and
## the web player plays the same ATL from the same export. Put the position
## first and the motion after it: the motion moves the sprite relative to where
## the position puts it. Keep to what the web player can show: xalign/yalign,
## xoffset/yoffset, alpha and zoom, instant or with linear/ease/easein/easeout,
## `pause`, and `repeat N`; `vn web build` names the file and line of anything
## else.
##
## Every motion ends where it began (or off-stage, for an exit), so the next
## `show` starts from a sprite that stands still.

## Expression changes on a line (`asha happy "..."`) dissolve instead of
## snapping; only the sprites' layer, so the text box does not flicker.
define config.say_attribute_transition = Dissolve(0.2)
define config.say_attribute_transition_layer = "master"

## Entrances ###################################################################

## A character walks in from the left edge: `show otto neutral at left, enter_left`.
transform enter_left:
    xoffset -420 alpha 0.0
    easein 0.6 xoffset 0 alpha 1.0

## A character walks in from the right edge: `show asha neutral at right, enter_right`.
transform enter_right:
    xoffset 420 alpha 0.0
    easein 0.6 xoffset 0 alpha 1.0

## Someone who is simply there when the eye finds them (a voice first, then a face).
transform fade_in:
    alpha 0.0
    linear 0.5 alpha 1.0

## Exits #######################################################################
## Show the exit, let the next line play while the character goes, then `hide`.

## A character walks off to the left.
transform leave_left:
    easeout 0.5 xoffset -420 alpha 0.0

## A character walks off to the right.
transform leave_right:
    easeout 0.5 xoffset 420 alpha 0.0

## A character fades where they stand (a call ends, a hologram drops).
transform fade_out:
    linear 0.5 alpha 0.0

## Shifts: make room when someone joins ########################################
## `show asha at slide_midright` glides Asha from wherever she stands.

## Glide to the left edge.
transform slide_left:
    ease 0.5 xalign 0.0 yalign 1.0

## Glide to a quarter of the way across.
transform slide_midleft:
    ease 0.5 xalign 0.25 yalign 1.0

## Glide to the middle.
transform slide_center:
    ease 0.5 xalign 0.5 yalign 1.0

## Glide to three quarters of the way across.
transform slide_midright:
    ease 0.5 xalign 0.75 yalign 1.0

## Glide to the right edge.
transform slide_right:
    ease 0.5 xalign 1.0 yalign 1.0

## Reactions: once, at a dramatic beat, never on every line ####################

## A small hop: surprise, delight, a sudden idea.
transform hop:
    easeout 0.12 yoffset -28
    easein 0.14 yoffset 0

## A shake: anger, refusal, a shock that lands.
transform shake:
    block:
        linear 0.05 xoffset -10
        linear 0.05 xoffset 10
        repeat 3
    linear 0.05 xoffset 0

## A lean in: a confidence, a challenge, a question that matters. (It dips toward
## the listener and back, and leaves zoom alone, so a crowd_* sprite keeps its depth.)
transform lean_in:
    ease 0.35 yoffset 22
    pause 0.8
    ease 0.45 yoffset 0

## Crowd shots #################################################################
## More than three people on stage is a crowd shot: compose it in depth with these
## (back row smaller and higher, front row larger and lower), back row first so the
## front row overlaps it, usually after a fresh `scene` (a cut to the wide shot).
## `vn lint`'s crowded-stage rule accepts a sprite placed at a crowd_* transform.

## Back row, left: farther away (smaller, feet higher), half hidden by the front row.
transform crowd_back_left:
    xalign 0.3 yalign 0.6 zoom 0.78

## Back row, centre.
transform crowd_back_center:
    xalign 0.5 yalign 0.6 zoom 0.78

## Back row, right.
transform crowd_back_right:
    xalign 0.7 yalign 0.6 zoom 0.78

## Front row, left: nearest the camera, overlapping the back row.
transform crowd_front_left:
    xalign 0.1 yalign 1.0 zoom 1.05

## Front row, centre.
transform crowd_front_center:
    xalign 0.5 yalign 1.0 zoom 1.05

## Front row, right.
transform crowd_front_right:
    xalign 0.9 yalign 1.0 zoom 1.05
