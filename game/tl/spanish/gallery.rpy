translate spanish strings:

    # game/gallery.rpy:14
    old "Human-led care"
    new "Atención humana"

    # game/gallery.rpy:14
    old "Hybrid care"
    new "Atención híbrida"

    # game/gallery.rpy:14
    old "Full automation"
    new "Automatización total"

    # game/gallery.rpy:21
    old "The Long Appointment"
    new "La cita larga"

    # game/gallery.rpy:21
    old "Lantern"
    new "Farol"

    # game/gallery.rpy:21
    old "Hard Rain"
    new "Aguacero"

    # game/gallery.rpy:21
    old "The Integrated Smile"
    new "La Sonrisa Integrada"

    # game/gallery.rpy:21
    old "Integrated"
    new "Integrada"

    # game/gallery.rpy:21
    old "Truce"
    new "Tregua"

    # game/gallery.rpy:21
    old "Optimized"
    new "Optimizado"

    # game/gallery.rpy:21
    old "Mercy"
    new "Clemencia"

    # game/gallery.rpy:21
    old "Mandate"
    new "Mandato"

