## Debian's GUI template writes sizes as gui.scale(n); the game is drawn for
## 1280x720, so a size is used as it is.
##
## The template's copy of this file also ran Ren'Py's GUI image generator at
## every start. The art pipeline (`vn sprites build`, art/gui.json) draws every
## image in game/gui, so that step only cost 1.3 s of each start.

init -100 python in gui:

    def scale(n):
        return int(n)
