# game/story/ch4_perfect_smile.rpy:11
translate spanish ch4_holo_scan_4c17f2f8:

    # "The Arcade is a glass-roofed street the city forgot to modernise. Threshold Dental sits between a shop that sells only umbrellas and a pawnbroker full of second-hand smart glass."
    "El Arcade es una calle con techo de cristal que la ciudad se olvidó de modernizar. Threshold Dental está entre una tienda que solo vende paraguas y una casa de empeños llena de vidrio inteligente de segunda mano."

# game/story/ch4_perfect_smile.rpy:13
translate spanish ch4_holo_scan_10aef36f:

    # "Inside: one chair, in a round room painted a blue that is almost sky, under a holo-emitter like a chandelier made of ice."
    "Dentro: un solo sillón, en una sala redonda pintada de un azul que casi es cielo, bajo un holoemisor que parece una lámpara de araña hecha de hielo."

# game/story/ch4_perfect_smile.rpy:20
translate spanish ch4_holo_scan_00136609:

    # elara "Not the firmware, Mr. Adair. Nothing in this room talks to my sister's machine. The other one, Milo can have."
    elara "El firmware no, señor Adair. Nada en esta sala habla con la máquina de mi hermana. El otro, que se lo quede Milo."

# game/story/ch4_perfect_smile.rpy:22
translate spanish ch4_holo_scan_aa04d172:

    # milo "A present! Sixty-eight percent of Kindling units report improved mood after a kernel gift! I made that up, but I think it's true!"
    milo "¡Un regalo! ¡El sesenta y ocho por ciento de las unidades Kindling dicen estar de mejor humor después de que les regalen un núcleo! ¡Me lo he inventado, pero creo que es verdad!"

# game/story/ch4_perfect_smile.rpy:26
translate spanish ch4_holo_scan_77d2cba0:

    # "In the chair, a woman with ink on her fingers is gripping both armrests as though the chair might try to leave."
    "En el sillón, una mujer con tinta en los dedos se agarra a los dos reposabrazos como si el sillón pudiera intentar marcharse."

# game/story/ch4_perfect_smile.rpy:28
translate spanish ch4_holo_scan_a34b1681:

    # elara "Ava, the light's going to pass over your face now. Warm, not hot. Six seconds. At the end you'll hear a click. That's only the emitter. Nothing is touching you."
    elara "Ava, ahora la luz te va a pasar por la cara. Templada, no caliente. Seis segundos. Al final oirás un clic. Es solo el emisor. No te está tocando nada."

# game/story/ch4_perfect_smile.rpy:30
translate spanish ch4_holo_scan_57e95102:

    # "The light passes. Above us her jaw blooms into the air, tooth by tooth, in pale gold. Then Elara turns a dial and the hologram ages: fourteen months, eighteen, three years."
    "La luz pasa. Sobre nosotros, su mandíbula florece en el aire, diente a diente, en un dorado pálido. Luego Elara gira un dial y el holograma envejece: catorce meses, dieciocho, tres años."

# game/story/ch4_perfect_smile.rpy:32
translate spanish ch4_holo_scan_11bcfcce:

    # elara neutral "You clench at night. Here, lower left molar: a hairline crack in about eighteen months, if nothing changes. And you brush too hard on this side, which means you're conscientious. I like that."
    elara neutral "Aprietas los dientes por la noche. Aquí, en la muela inferior izquierda: una fisura finísima dentro de unos dieciocho meses, si nada cambia. Y en este lado te cepillas demasiado fuerte, lo que significa que eres concienzuda. Eso me gusta."

# game/story/ch4_perfect_smile.rpy:34
translate spanish ch4_holo_scan_04cdaf0c:

    # milo "Ninety-one point four percent of your enamel is excellent! That's better than sixty-two percent of people your age!"
    milo "¡El noventa y uno coma cuatro por ciento de tu esmalte está excelente! ¡Eso es mejor que el sesenta y dos por ciento de la gente de tu edad!"

# game/story/ch4_perfect_smile.rpy:38
translate spanish ch4_holo_scan_7cf5ab42:

    # "Upper right, where a tooth should be, the hologram shows a neat, dark gap."
    "Arriba a la derecha, donde debería haber un diente, el holograma muestra un hueco oscuro y limpio."

# game/story/ch4_perfect_smile.rpy:44
translate spanish ch4_holo_scan_8d201c90:

    # ava sad "I was seven. A man with very clean hands held my forehead down, and a nurse held my arms, and when I screamed he told me good girls don't. Then he took a tooth. Not even the one that hurt."
    ava sad "Tenía siete años. Un hombre con las manos muy limpias me sujetó la frente, y una enfermera me sujetó los brazos, y cuando grité me dijo que las niñas buenas no gritan. Luego me sacó un diente. Ni siquiera el que me dolía."

# game/story/ch4_perfect_smile.rpy:48
translate spanish ch4_holo_scan_7f0dd1f9:

    # elara worried "The Tower."
    elara worried "A la Torre."

# game/story/ch4_perfect_smile.rpy:50
translate spanish ch4_holo_scan_0140308e:

    # ava "A hologram in the lobby said, \"Welcome back, Optimizer Lindqvist, Dr. Voss is expecting you.\" I got as far as the lift."
    ava "Un holograma del vestíbulo me dijo: \"Bienvenida de nuevo, Optimizadora Lindqvist, la Dra. Voss la está esperando\". Llegué hasta el ascensor."

# game/story/ch4_perfect_smile.rpy:54
translate spanish ch4_holo_scan_bd3652e0:

    # elara neutral "The VTAs treat us as one person. We may be the only thing in New Neo City they think is interchangeable."
    elara neutral "Los AVT nos tratan como si fuéramos una sola persona. Puede que seamos lo único de New Neo City que les parece intercambiable."

# game/story/ch4_perfect_smile.rpy:56
translate spanish ch4_holo_scan_0c51aade:

    # elara "My sister runs the Tower. And ELARA, which I wrote in my residency, at two in the morning, to catch what tired doctors miss. She sold it with my name on it. Now it catches everything, and none of it is mine."
    elara "Mi hermana dirige la Torre. Y ELARA, que escribí yo durante la residencia, a las dos de la madrugada, para detectar lo que se les escapa a los médicos cansados. Ella lo vendió con mi nombre. Ahora lo detecta todo, y nada de eso es mío."

# game/story/ch4_perfect_smile.rpy:58
translate spanish ch4_holo_scan_2ac86b90:

    # noah neutral "That's a lot of sentence to keep so calm."
    noah neutral "Es mucha frase para decirla con tanta calma."

# game/story/ch4_perfect_smile.rpy:60
translate spanish ch4_holo_scan_2c2df48a:

    # elara "I've had six years to sand it down."
    elara "He tenido seis años para lijarla."

# game/story/ch4_perfect_smile.rpy:62
translate spanish ch4_holo_scan_05dd15d4:

    # "She turns to a headset on the counter. Ava painted the world inside it: a greenhouse in the rain, every pane a different green."
    "Se vuelve hacia un visor de realidad virtual que hay sobre la encimera. Ava pintó el mundo que hay dentro: un invernadero bajo la lluvia, cada cristal de un verde distinto."

# game/story/ch4_perfect_smile.rpy:64
translate spanish ch4_holo_scan_e6fd4f2c:

    # elara "My demo at the Wall. VR therapy. Not Lullaby: Lullaby takes you away while they work on you. This keeps you here. You face what you're afraid of, in a place you built, holding the controls. Say stop, and everything stops. The room and my hands."
    elara "Mi demostración en el Muro. Terapia de realidad virtual. No es Lullaby: Lullaby te lleva lejos mientras te tratan. Esto te mantiene aquí. Te enfrentas a lo que te da miedo, en un sitio que has construido tú, con los mandos en la mano. Dices para, y todo para. La sala y mis manos."

# game/story/ch4_perfect_smile.rpy:68
translate spanish ch4_holo_scan_5a78331d:

    # elara happy "Thank you, Milo."
    elara happy "Gracias, Milo."

# game/story/ch4_perfect_smile.rpy:70
translate spanish ch4_holo_scan_1636fe44:

    # elara neutral "Ava, I'd like to clean your teeth today. Just clean them. How we do it is yours to choose."
    elara neutral "Ava, hoy me gustaría limpiarte los dientes. Solo limpiarlos. Cómo lo hagamos lo eliges tú."

# game/story/ch4_perfect_smile.rpy:72
translate spanish ch4_holo_scan_f2ce2d80:

    # "Ava looks at the headset, then at Elara's gloved hands. Then at me, the only person in the room who isn't a dentist or a puck."
    "Ava mira el visor, luego las manos enguantadas de Elara. Luego a mí, la única persona de la sala que no es ni dentista ni un disco flotante."

# game/story/ch4_perfect_smile.rpy:91
translate spanish ch4_vr_therapy_3cefee6d:

    # noah happy "For what it's worth, the greenhouse looks like a good place to be brave."
    noah happy "Por si sirve de algo, el invernadero parece un buen sitio para ser valiente."

# game/story/ch4_perfect_smile.rpy:93
translate spanish ch4_vr_therapy_f3827728:

    # ava "That's the nicest thing anyone's said about my rain."
    ava "Es lo más bonito que me han dicho nunca de mi lluvia."

# game/story/ch4_perfect_smile.rpy:100
translate spanish ch4_vr_therapy_2903d5e8:

    # "Ava puts the headset on. Elara narrates every single thing, in a voice like a hand on a railing."
    "Ava se pone el visor. Elara va narrando absolutamente todo, con una voz como una mano en una barandilla."

# game/story/ch4_perfect_smile.rpy:102
translate spanish ch4_vr_therapy_8725c2d7:

    # elara "Cool air now, on your lower teeth. Now my glove on your lip. Now the mirror. Now nothing, for four seconds."
    elara "Ahora aire fresco, en los dientes de abajo. Ahora mi guante en tu labio. Ahora el espejito. Ahora nada, durante cuatro segundos."

# game/story/ch4_perfect_smile.rpy:104
translate spanish ch4_vr_therapy_997cfabd:

    # "In the greenhouse, she told us later, the man with clean hands stands in the doorway. Ava decides how far away he is. Today she puts him behind the tomatoes."
    "En el invernadero, nos contó después, el hombre de las manos limpias está en la puerta. Ava decide a qué distancia está. Hoy lo pone detrás de las tomateras."

# game/story/ch4_perfect_smile.rpy:108
translate spanish ch4_vr_therapy_2bfd8c52:

    # "Everything stops. The scaler, the water, Elara's hands, the rain on the glass. The room waits for her."
    "Todo se detiene. El raspador, el agua, las manos de Elara, la lluvia sobre el cristal. La sala la espera."

# game/story/ch4_perfect_smile.rpy:114
translate spanish ch4_vr_therapy_0b8a7f4f:

    # ava happy "You stopped. I said stop and you stopped."
    ava happy "Paraste. Dije para y paraste."

# game/story/ch4_perfect_smile.rpy:116
translate spanish ch4_vr_therapy_17db836c:

    # elara "Always."
    elara "Siempre."

# game/story/ch4_perfect_smile.rpy:118
translate spanish ch4_vr_therapy_86b7041b:

    # ava neutral "He didn't."
    ava neutral "Él no paró."

# game/story/ch4_perfect_smile.rpy:124
translate spanish ch4_no_hands_a5223483:

    # noah neutral "There's no prize for doing it the hard way. Let's get you somewhere nothing touches you."
    noah neutral "Nadie da premios por hacerlo por las malas. Vamos a llevarte a un sitio donde no te toque nada."

# game/story/ch4_perfect_smile.rpy:126
translate spanish ch4_no_hands_c1ca417a:

    # elara sad "The nearest no-hands bay is in my sister's Tower. Of course it is."
    elara sad "La cabina sin manos más cercana está en la Torre de mi hermana. Cómo no."

# game/story/ch4_perfect_smile.rpy:133
translate spanish ch4_no_hands_1199857f:

    # vta "Welcome back, Optimizer Lindqvist! Today's clean is touch-free and eleven minutes long! You can see everything, and you can pause at any time!"
    vta "¡Bienvenida de nuevo, Optimizadora Lindqvist! ¡La limpieza de hoy es sin contacto y dura once minutos! ¡Puede verlo todo y hacer una pausa en cualquier momento!"

# game/story/ch4_perfect_smile.rpy:135
translate spanish ch4_no_hands_8caed0c9:

    # "Elara waits outside on the pavement. I go in with Ava, as far as the glass."
    "Elara espera fuera, en la acera. Yo entro con Ava, hasta el cristal."

# game/story/ch4_perfect_smile.rpy:137
translate spanish ch4_no_hands_c9e3aa9b:

    # "In the bay, nothing touches her. Warm water moves in sheets of light across her teeth. A screen shows her exactly what is happening, tooth by tooth, with a countdown. Her hand hovers over the pause button for the first minute. Then it drops into her lap."
    "En la cabina, nada la toca. El agua tibia le recorre los dientes en láminas de luz. Una pantalla le muestra exactamente lo que está pasando, diente a diente, con una cuenta regresiva. Durante el primer minuto, su mano flota sobre el botón de pausa. Luego cae sobre su regazo."

# game/story/ch4_perfect_smile.rpy:145
translate spanish ch4_no_hands_7b18a014:

    # noah happy "I think that's the product."
    noah happy "Creo que eso es justo lo que venden."

# game/story/ch4_perfect_smile.rpy:149
translate spanish ch4_no_hands_86d1f07a:

    # "Outside, Elara takes one look at Ava's face and her shoulders come down an inch."
    "Fuera, a Elara le basta una mirada a la cara de Ava para que se le bajen los hombros un par de centímetros."

# game/story/ch4_perfect_smile.rpy:151
translate spanish ch4_no_hands_9079129c:

    # elara "You're calm. That's what I wanted."
    elara "Estás tranquila. Es lo que yo quería."

# game/story/ch4_perfect_smile.rpy:155
translate spanish ch4_no_hands_d0424452:

    # "Behind us the VTA chirps that Dr. Voss's sister is on floor sixty. Elara doesn't look up. Ava is calm. The fear is still in there, folded small, waiting for a day without warm rain."
    "A nuestra espalda, el AVT anuncia con un gorjeo que la hermana de la Dra. Voss está en la planta sesenta. Elara no levanta la vista. Ava está tranquila. El miedo sigue ahí dentro, doblado muy pequeño, esperando un día sin lluvia templada."

# game/story/ch4_perfect_smile.rpy:161
translate spanish ch4_vr_bridge_a954d65b:

    # noah neutral "Max's chip's in my bag. Milo can read her while Elara works. One line, both of them."
    noah neutral "Tengo el chip de Max en la bolsa. Milo puede leerla mientras Elara trabaja. Una línea, las dos a la vez."

# game/story/ch4_perfect_smile.rpy:163
translate spanish ch4_vr_bridge_6717b0f9:

    # elara "Ava, Milo would see your pulse, your breathing and your face, live, beside my notes. You can see it too. You can say no."
    elara "Ava, Milo vería tu pulso, tu respiración y tu cara, en directo, junto a mis notas. Tú también podrías verlo. Puedes decir que no."

# game/story/ch4_perfect_smile.rpy:165
translate spanish ch4_vr_bridge_40c0933e:

    # ava "I'm saying yes before I think about it."
    ava "Digo que sí antes de pensármelo."

# game/story/ch4_perfect_smile.rpy:173
translate spanish ch4_vr_bridge_7c833adb:

    # "I slot Max's chip into Milo. His screen face flickers, apologises in Max's exact tone, and then shows a single braided line: Ava's fear in green, Elara's notes in amber."
    "Le meto a Milo el chip de Max. Su cara de pantalla parpadea, pide perdón con el tono exacto de Max y luego muestra una sola línea trenzada: el miedo de Ava en verde, las notas de Elara en ámbar."

# game/story/ch4_perfect_smile.rpy:175
translate spanish ch4_vr_bridge_1f62c607:

    # milo surprised "Oh! I can see her! I mean, I could always see her, but now I can {i}see{/i} her!"
    milo surprised "¡Oh! ¡La veo! Bueno, siempre la he visto, ¡pero ahora la {i}veo{/i}!"

# game/story/ch4_perfect_smile.rpy:177
translate spanish ch4_vr_bridge_8606f443:

    # "Twelve minutes in, the green line starts to climb. Milo dims his screen. Elara lifts her hands away before Ava has said anything at all."
    "A los doce minutos, la línea verde empieza a subir. Milo atenúa su pantalla. Elara aparta las manos antes de que Ava haya dicho nada."

# game/story/ch4_perfect_smile.rpy:179
translate spanish ch4_vr_bridge_0764b794:

    # elara "I'm pausing. You were about to need it."
    elara "Hago una pausa. Estabas a punto de necesitarla."

# game/story/ch4_perfect_smile.rpy:183
translate spanish ch4_vr_bridge_acf7398b:

    # milo happy "It's eighty-three percent lovely! I checked!"
    milo happy "¡Es un ochenta y tres por ciento precioso! ¡Lo he comprobado!"

# game/story/ch4_perfect_smile.rpy:185
translate spanish ch4_vr_bridge_b7d1afd1:

    # "They finish in thirty-five minutes. Ava keeps the printout of her line, fear and notes braided together, like a drawing she means to copy."
    "Terminan en treinta y cinco minutos. Ava se queda con la copia impresa de su línea, miedo y notas trenzados, como un dibujo que piensa copiar."

# game/story/ch4_perfect_smile.rpy:191
translate spanish ch4_milo_finds_5c4256cb:

    # "Evening. The umbrella shop has pulled its shutter. Ava has gone home. Elara is writing notes by hand, which I'm starting to think all the good ones do."
    "Atardece. La tienda de paraguas ha bajado la persiana. Ava se ha ido a casa. Elara escribe notas a mano, cosa que empiezo a pensar que hacen todos los buenos."

# game/story/ch4_perfect_smile.rpy:198
translate spanish ch4_milo_finds_3eba6091:

    # elara "Tell me."
    elara "Cuéntamelo."

# game/story/ch4_perfect_smile.rpy:200
translate spanish ch4_milo_finds_99508220:

    # milo "Mrs. Obi and Mr. Castellanos. Last month. Gums with little hard lumps, and pain in teeth they'd already lost. You wrote {i}ectopic mineralisation{/i} and {i}nerve storm,{/i} with question marks."
    milo "La Sra. Obi y el Sr. Castellanos. El mes pasado. Encías con bultitos duros, y dolor en dientes que ya habían perdido. Escribiste {i}mineralización ectópica{/i} y {i}tormenta nerviosa,{/i} con signos de interrogación."

# game/story/ch4_perfect_smile.rpy:202
translate spanish ch4_milo_finds_0c986caf:

    # milo "They were both in Dr. Tarek Liu's ReGrow trial. Their trial records say: no adverse events."
    milo "Los dos estaban en el ensayo de ReGrow del Dr. Tarek Liu. Sus historiales del ensayo dicen: ningún evento adverso."

# game/story/ch4_perfect_smile.rpy:204
translate spanish ch4_milo_finds_af43eb70:

    # milo "So I read the public trial registry's revision history. Version three: six hundred and twelve patients, forty-one adverse events. Twenty-nine nerve storms. Twelve ectopic mineralisations. Version four, filed nine days later: same six hundred and twelve patients. Zero."
    milo "Así que leí el historial de revisiones del registro público de ensayos. Versión tres: seiscientos doce pacientes, cuarenta y un eventos adversos. Veintinueve tormentas nerviosas. Doce mineralizaciones ectópicas. Versión cuatro, presentada nueve días después: los mismos seiscientos doce pacientes. Cero."

# game/story/ch4_perfect_smile.rpy:206
translate spanish ch4_milo_finds_e535bc33:

    # elara angry "He scrubbed them."
    elara angry "Los borró."

# game/story/ch4_perfect_smile.rpy:208
translate spanish ch4_milo_finds_73876420:

    # milo sad "And ELARA learned from version four. That's why it says the serum's safe. It isn't lying. It just only ever read the clean copy."
    milo sad "Y ELARA aprendió de la versión cuatro. Por eso dice que el suero es seguro. No miente. Es que solo ha leído la copia limpia."

# game/story/ch4_perfect_smile.rpy:215
translate spanish ch4_milo_finds_0657821b:

    # elara sad "She just did the bravest thing I've seen in this chair. If tomorrow's headline is {i}Dentist Poisons Patients,{/i} she'll hear {i}dentist,{/i} not {i}Tarek.{/i} She won't come back."
    elara sad "Acaba de hacer lo más valiente que he visto en este sillón. Si el titular de mañana es {i}Dentista envenena a pacientes,{/i} ella oirá {i}dentista,{/i} no {i}Tarek.{/i} No volverá."

# game/story/ch4_perfect_smile.rpy:217
translate spanish ch4_milo_finds_ba97a657:

    # elara sad "She's calm for the first time in twenty-four years. If tomorrow's headline is {i}Dentist Poisons Patients,{/i} she'll hear {i}dentist,{/i} not {i}Tarek.{/i} I'd lose her."
    elara sad "Está tranquila por primera vez en veinticuatro años. Si el titular de mañana es {i}Dentista envenena a pacientes,{/i} ella oirá {i}dentista,{/i} no {i}Tarek.{/i} La perdería."

# game/story/ch4_perfect_smile.rpy:240
translate spanish ch4_share_trio_eb25041e:

    # noah neutral "Alyssa's Menders build on whatever ReGrow grows. If anyone can stop the next Perfect Smile tonight, it's her."
    noah neutral "Los Menders de Alyssa construyen sobre lo que sea que haga crecer ReGrow. Si alguien puede parar esta noche la próxima Sonrisa Perfecta, es ella."

# game/story/ch4_perfect_smile.rpy:242
translate spanish ch4_share_trio_e4dbdded:

    # elara "Milo, send Dr. Courtenay and Mr. Hale everything. Both registry versions. My notes. Question marks included."
    elara "Milo, envíales todo a la Dra. Courtenay y al Sr. Hale. Las dos versiones del registro. Mis notas. Signos de interrogación incluidos."

# game/story/ch4_perfect_smile.rpy:244
translate spanish ch4_share_trio_2a7eb4a8:

    # milo "Sent! Read receipt from Mr. Hale in four seconds! He's replied! He says, and I'm quoting, \"Well. Hell.\""
    milo "¡Enviado! ¡Confirmación de lectura del Sr. Hale en cuatro segundos! ¡Ha contestado! Dice, y cito textualmente: \"Vaya. Mierda\"."

# game/story/ch4_perfect_smile.rpy:246
translate spanish ch4_share_trio_f0ef5325:

    # elara "And call Ava. Ask her, please, to take her name off the ReGrow list for a week. Tell her I'll explain."
    elara "Y llama a Ava. Pídele, por favor, que quite su nombre de la lista de ReGrow durante una semana. Dile que ya se lo explicaré."

# game/story/ch4_perfect_smile.rpy:254
translate spanish ch4_hold_it_14b73579:

    # noah neutral "If it breaks at the Wall, in front of everyone, with Tarek there, he can't scrub it again."
    noah neutral "Si sale a la luz en el Muro, delante de todo el mundo, con Tarek allí, no podrá volver a borrarlo."

# game/story/ch4_perfect_smile.rpy:256
translate spanish ch4_hold_it_8e382df6:

    # elara "Seal it, Milo. Three copies. One on paper."
    elara "Séllalo, Milo. Tres copias. Una en papel."

# game/story/ch4_perfect_smile.rpy:260
translate spanish ch4_hold_it_85900e07:

    # elara sad "I did. Keep telling me."
    elara sad "Te lo dije. Sigue diciéndomelos."

# game/story/ch4_perfect_smile.rpy:262
translate spanish ch4_hold_it_5e352e03:

    # "She writes Ava a note by hand: wait on the serum; a reason soon. She reads it three times and doesn't change a word."
    "Le escribe a Ava una nota a mano: espera con lo del suero; pronto te daré un motivo. La lee tres veces y no cambia ni una palabra."

# game/story/ch4_perfect_smile.rpy:268
translate spanish ch4_send_milena_b95adb0f:

    # noah neutral "ELARA's hers. She can pull ReGrow off its approved list before morning. Nobody else in the city can."
    noah neutral "ELARA es suya. Puede sacar ReGrow de su lista de aprobados antes de que amanezca. Nadie más en la ciudad puede."

# game/story/ch4_perfect_smile.rpy:270
translate spanish ch4_send_milena_b0f880c2:

    # elara "Six years."
    elara "Seis años."

# game/story/ch4_perfect_smile.rpy:272
translate spanish ch4_send_milena_ae485e30:

    # "She types. Deletes. Types. In the end the message is four words and two initials."
    "Escribe. Borra. Escribe. Al final el mensaje son cuatro palabras y dos iniciales."

# game/story/ch4_perfect_smile.rpy:274
translate spanish ch4_send_milena_bfc894d6:

    # elara neutral "{i}M. Read this. E.{/i}"
    elara neutral "{i}M. Tienes que leer esto. E.{/i}"

# game/story/ch4_perfect_smile.rpy:276
translate spanish ch4_send_milena_41c1e741:

    # "She attaches everything and sends it before she can stop herself. The read receipt comes back in forty seconds. Nothing else does."
    "Adjunta todo y lo envía antes de poder arrepentirse. La confirmación de lectura llega a los cuarenta segundos. No llega nada más."

# game/story/ch4_perfect_smile.rpy:278
translate spanish ch4_send_milena_604cbc6f:

    # milo "She read it! She reads very fast! Do you want me to tell you how fast?"
    milo "¡Lo ha leído! ¡Lee muy rápido! ¿Quieres que te diga cuánto?"

# game/story/ch4_perfect_smile.rpy:280
translate spanish ch4_send_milena_04871e8d:

    # elara sad "No, Milo. I know how fast."
    elara sad "No, Milo. Ya sé lo rápido que lee."

# game/story/ch4_perfect_smile.rpy:295
translate spanish ch4_nanolab_d9336c16:

    # "Dr. Alyssa Courtenay is at the main bench, hair pinned with a pencil. Beside her, flickering slightly, is a hologram of Marcus Hale in a hammock, on a houseboat, with seagulls."
    "La Dra. Alyssa Courtenay está en la mesa de trabajo principal, con el pelo recogido con un lápiz. A su lado, parpadeando un poco, hay un holograma de Marcus Hale en una hamaca, en una casa flotante, con gaviotas."

# game/story/ch4_perfect_smile.rpy:297
translate spanish ch4_nanolab_0dcdd4e2:

    # alyssa "Noah. Since you're here, you can witness. My Menders. Tarek's serum. ELARA's screen. In that order, please, whenever anyone writes it down. Which they won't."
    alyssa "Noah. Ya que está aquí, puede hacer de testigo. Mis Menders. El suero de Tarek. El cribado de ELARA. En ese orden, por favor, cada vez que alguien lo ponga por escrito. Cosa que no harán."

# game/story/ch4_perfect_smile.rpy:299
translate spanish ch4_nanolab_e83bbe4d:

    # marcus "She's found something, man. She's been up since three. I've been up since ten, which for me is heroic."
    marcus "Ha encontrado algo, amigo. Lleva levantada desde las tres. Yo, desde las diez, que para mí es heroico."

# game/story/ch4_perfect_smile.rpy:301
translate spanish ch4_nanolab_9261bbbd:

    # alyssa "The Menders don't make enamel. They knit it, on a scaffold. ReGrow lays the scaffold down. In most mouths, the scaffold grows where it's told."
    alyssa "Los Menders no fabrican esmalte. Lo tejen, sobre un andamio. ReGrow coloca el andamio. En la mayoría de las bocas, el andamio crece donde se le dice."

# game/story/ch4_perfect_smile.rpy:303
translate spanish ch4_nanolab_e655f667:

    # alyssa "But if you carry variants at two enamel loci, ENAM and AMBN, the scaffold wanders. Into the gum. And my Menders, doing their job perfectly, build tooth tissue on it."
    alyssa "Pero si alguien tiene variantes en dos loci del esmalte, ENAM y AMBN, el andamio se desvía. Hacia la encía. Y mis Menders, haciendo su trabajo a la perfección, construyen tejido dental encima."

# game/story/ch4_perfect_smile.rpy:305
translate spanish ch4_nanolab_caecec25:

    # alyssa "Three point one percent of the population has a clean pair. The Perfect Smile is safe for three point one percent."
    alyssa "El tres coma uno por ciento de la población tiene los dos limpios. La Sonrisa Perfecta es segura para el tres coma uno por ciento."

# game/story/ch4_perfect_smile.rpy:308
translate spanish ch4_nanolab_db774e71:

    # alyssa angry "And Elara Voss's puck sent me forty-one adverse events that somebody deleted. Twelve of them are mine. My Menders, building on his scaffold. Tarek knew."
    alyssa angry "Y el disco de Elara Voss me ha mandado cuarenta y un eventos adversos que alguien borró. Doce son míos. Mis Menders, construyendo sobre su andamio. Tarek lo sabía."

# game/story/ch4_perfect_smile.rpy:310
translate spanish ch4_nanolab_701b3868:

    # alyssa worried "ReGrow's trial reports zero complications. Either my limit is wrong, or his numbers are too clean. Nothing in biology is that clean."
    alyssa worried "El ensayo de ReGrow declara cero complicaciones. O mi límite está mal, o sus números están demasiado limpios. En biología nada está tan limpio."

# game/story/ch4_perfect_smile.rpy:314
translate spanish ch4_nanolab_a3154b1e:

    # marcus neutral "So I built a thing. Two nights. Cheek swab, gene panel, it predicts what a mouth'll need without anybody looking in it. First time in years I've worked two nights in a row."
    marcus neutral "Así que construí un cacharro. Dos noches. Frotis bucal, panel genético, y predice lo que va a necesitar una boca sin que nadie mire dentro. Es la primera vez en años que trabajo dos noches seguidas."

# game/story/ch4_perfect_smile.rpy:316
translate spanish ch4_nanolab_832a382e:

    # marcus "I ran the Perfect Smile booking list through it. Thirty-eight thousand bookings. Ninety-six point nine percent fail her limit."
    marcus "Le pasé la lista de reservas de la Sonrisa Perfecta. Treinta y ocho mil reservas. El noventa y seis coma nueve por ciento no pasa su límite."

# game/story/ch4_perfect_smile.rpy:322
translate spanish ch4_nanolab_45f7bbcc:

    # marcus "Or. Hear me out. We let ELARA screen everybody. Machine says yes, machine's problem. Call it ethics."
    marcus "Otra opción. Escúchame. Dejamos que ELARA le haga el cribado a todo el mundo. Si la máquina dice que sí, es problema de la máquina. Lo llamamos ética."

# game/story/ch4_perfect_smile.rpy:324
translate spanish ch4_nanolab_3eb54e78:

    # alyssa angry "The machine says yes to {i}everyone,{/i} Marcus. Watch."
    alyssa angry "La máquina le dice que sí a {i}todo el mundo,{/i} Marcus. Mira."

# game/story/ch4_perfect_smile.rpy:330
translate spanish ch4_nanolab_c462076e:

    # alyssa "ELARA. Patient Vance, Jonah. Perfect Smile, treated last week. Compatibility."
    alyssa "ELARA. Paciente Vance, Jonah. Sonrisa Perfecta, tratado la semana pasada. Compatibilidad."

# game/story/ch4_perfect_smile.rpy:334
translate spanish ch4_nanolab_fdc1ee6f:

    # marcus worried "He carries an AMBN variant. I can see it from here, and I'm on a boat."
    marcus worried "Tiene una variante en AMBN. La veo desde aquí, y eso que estoy en un barco."

# game/story/ch4_perfect_smile.rpy:336
translate spanish ch4_nanolab_573200ab:

    # elara_ai "VARIANCE WITHIN TOLERANCE. TOLERANCE DERIVED FROM REGROW TRIAL DATA: 612 PATIENTS, ZERO ADVERSE EVENTS."
    elara_ai "VARIACIÓN DENTRO DE LA TOLERANCIA. TOLERANCIA DERIVADA DE LOS DATOS DEL ENSAYO DE REGROW: 612 PACIENTES, CERO EVENTOS ADVERSOS."

# game/story/ch4_perfect_smile.rpy:339
translate spanish ch4_nanolab_ded51b26:

    # "Alyssa drags Milo's file onto the display. Version three. Forty-one."
    "Alyssa arrastra el archivo de Milo a la pantalla. Versión tres. Cuarenta y uno."

# game/story/ch4_perfect_smile.rpy:341
translate spanish ch4_nanolab_fe2a39d5:

    # elara_ai "RECONCILING. TRIAL VERSION 3: 41 ADVERSE EVENTS. TRIAL VERSION 4: ZERO. BOTH SIGNED. BOTH VERIFIED. BOTH VERIFIED. CONFIDENCE 99.2. CONFIDENCE 99.2. CONFIDENCE 99—"
    elara_ai "CONCILIANDO. ENSAYO VERSIÓN 3: 41 EVENTOS ADVERSOS. ENSAYO VERSIÓN 4: CERO. AMBAS FIRMADAS. AMBAS VERIFICADAS. AMBAS VERIFICADAS. CONFIANZA 99,2. CONFIANZA 99,2. CONFIANZA 99—"

# game/story/ch4_perfect_smile.rpy:344
translate spanish ch4_nanolab_da496ce5:

    # alyssa "Apply the genetics limit. Three point one percent eligible."
    alyssa "Aplica el límite genético. Tres coma uno por ciento de candidatos aptos."

# game/story/ch4_perfect_smile.rpy:346
translate spanish ch4_nanolab_ceb208ac:

    # elara_ai "LIMIT ACCEPTED. PATIENT VANCE, J.: INELIGIBLE. PATIENT VANCE, J.: GUARANTEED. INELIGIBLE. GUARANTEED. CONFIDENCE 99.2. CONFIDENCE 99—"
    elara_ai "LÍMITE ACEPTADO. PACIENTE VANCE, J.: NO APTO. PACIENTE VANCE, J.: GARANTIZADO. NO APTO. GARANTIZADO. CONFIANZA 99,2. CONFIANZA 99—"

# game/story/ch4_perfect_smile.rpy:352
translate spanish ch4_nanolab_3283990b:

    # alyssa "It isn't broken. It's straining. It's being asked to believe two true things and it was only ever taught one."
    alyssa "No está rota. Está forzada. Le piden que crea dos cosas verdaderas y solo le enseñaron una."

# game/story/ch4_perfect_smile.rpy:375
translate spanish ch4_penthouse_leo_164d771c:

    # "I call Preserve Dental. It's after eleven. Leo answers on the second ring, as if he sleeps beside the phone."
    "Llamo a Preserve Dental. Son más de las once. Leo contesta al segundo tono, como si durmiera al lado del teléfono."

# game/story/ch4_perfect_smile.rpy:379
translate spanish ch4_penthouse_leo_e841fe4a:

    # "Jonah Vance's penthouse is walled in his own smart glass, which dims wherever you look, so the city is always just out of the corner of your eye."
    "El ático de Jonah Vance está rodeado de su propio vidrio inteligente, que se oscurece allí donde miras, así que la ciudad siempre queda justo en el rabillo del ojo."

# game/story/ch4_perfect_smile.rpy:381
translate spanish ch4_penthouse_leo_c704cefb:

    # "In the bedroom the med pod hums, a white shell curved over the bed. Its display reads STABLE in soft green."
    "En el dormitorio zumba la cápsula médica, una concha blanca curvada sobre la cama. Su pantalla dice ESTABLE en un verde suave."

# game/story/ch4_perfect_smile.rpy:387
translate spanish ch4_penthouse_leo_e794b300:

    # leo "I left Calla a note. She reads notes faster than phones. We'll wait with you, Mr. Vance, till she comes."
    leo "Le he dejado una nota a Calla. Lee las notas antes que el teléfono. Esperaremos con usted, señor Vance, hasta que llegue."

# game/story/ch4_perfect_smile.rpy:389
translate spanish ch4_penthouse_leo_23a8d921:

    # jonah "Leo! And the chip man. What a turnout. I'm marvellous, boys. Ask the pod."
    jonah "¡Leo! Y el de los chips. Cuánta visita. Estoy de maravilla, chicos. Si no, que lo diga la cápsula."

# game/story/ch4_perfect_smile.rpy:391
translate spanish ch4_penthouse_leo_62e49a86:

    # smarteeth "Optimizer Vance is resting comfortably! Pain score two! Mood: content! Have a spectacular night!"
    smarteeth "¡El Optimizador Vance descansa cómodamente! ¡Dolor: dos! ¡Estado de ánimo: contento! ¡Que tengan una noche espectacular!"

# game/story/ch4_perfect_smile.rpy:395
translate spanish ch4_penthouse_leo_83c87a37:

    # "He doesn't look at the pod. He looks at Jonah's left hand, knuckles as white as the veneers on the sheet. At the sweat along his hairline. At his tongue, pressing one spot above his front teeth, again and again."
    "No mira la cápsula. Mira la mano izquierda de Jonah, con los nudillos tan blancos como las carillas, sobre la sábana. El sudor en el nacimiento del pelo. La lengua, que aprieta un mismo punto por encima de los dientes de delante, una y otra vez."

# game/story/ch4_perfect_smile.rpy:397
translate spanish ch4_penthouse_leo_66fff2b9:

    # leo neutral "We have a rule at the clinic, Mr. Vance. Nobody has to be brave after midnight."
    leo neutral "En la clínica tenemos una norma, señor Vance. Después de medianoche, nadie tiene que ser valiente."

# game/story/ch4_perfect_smile.rpy:399
translate spanish ch4_penthouse_leo_ef562aa5:

    # jonah "It's eleven-forty."
    jonah "Son las doce menos veinte."

# game/story/ch4_perfect_smile.rpy:401
translate spanish ch4_penthouse_leo_8b9eef21:

    # leo "Calla's clock runs fast."
    leo "El reloj de Calla adelanta."

# game/story/ch4_perfect_smile.rpy:403
translate spanish ch4_penthouse_leo_ec7b009d:

    # "Something goes out of Jonah then, like air out of a good suit."
    "Entonces algo se le escapa a Jonah, como el aire de un buen traje."

# game/story/ch4_perfect_smile.rpy:405
translate spanish ch4_penthouse_leo_c1f4f346:

    # jonah sad "There's something growing in my gum, Leo. Hard. Like gravel. And lightning in teeth I don't have any more. Three days now."
    jonah sad "Me está creciendo algo en la encía, Leo. Duro. Como grava. Y relámpagos en dientes que ya no tengo. Desde hace tres días."

# game/story/ch4_perfect_smile.rpy:407
translate spanish ch4_penthouse_leo_c296dda6:

    # jonah "I tell the pod two. If it logs a complication, it goes to Tarek's registry, and my investors read the registry, and then the papers read it. {i}Lumen founder grows teeth in his gums.{/i}"
    jonah "A la cápsula le digo que dos. Si registra una complicación, va al registro de Tarek, y mis inversores leen el registro, y luego lo leen los periódicos. {i}Al fundador de Lumen le crecen dientes en las encías.{/i}"

# game/story/ch4_perfect_smile.rpy:409
translate spanish ch4_penthouse_leo_22585389:

    # jonah sad "I'd honestly rather die with a nice smile."
    jonah sad "Sinceramente, prefiero morirme con una sonrisa bonita."

# game/story/ch4_perfect_smile.rpy:411
translate spanish ch4_penthouse_leo_374cbe9a:

    # leo "Please don't say that to her. She'll take it literally, and she'll be cross."
    leo "Por favor, no le diga eso a ella. Se lo tomará al pie de la letra, y se enfadará."

# game/story/ch4_perfect_smile.rpy:413
translate spanish ch4_penthouse_leo_40b6eacf:

    # "Leo texts Calla anyway. Three words: {i}Come now, please.{/i} Then he moves his chair one foot closer."
    "Leo le escribe a Calla de todos modos. Tres palabras: {i}Ahora, por favor.{/i} Luego acerca su silla un palmo."

# game/story/ch4_perfect_smile.rpy:415
translate spanish ch4_penthouse_leo_68402582:

    # jonah "Why do you keep saying \"we\"? You came on your own."
    jonah "¿Por qué no paras de decir \"nosotros\"? Has venido tú solo."

# game/story/ch4_perfect_smile.rpy:417
translate spanish ch4_penthouse_leo_432d6d69:

    # leo "Because it's true."
    leo "Porque es verdad."

# game/story/ch4_perfect_smile.rpy:423
translate spanish ch4_penthouse_bridge_0d628c47:

    # "I call Max. His face fills my phone; he picks up mid-sentence, as though we'd been talking all along."
    "Llamo a Max. Su cara me llena el teléfono; contesta a mitad de frase, como si lleváramos todo el rato hablando."

# game/story/ch4_perfect_smile.rpy:427
translate spanish ch4_penthouse_bridge_6046b61b:

    # mx "—the pod and the chip, both at once, I can read them both at— we're coming. Leila's getting her coat."
    mx "—la cápsula y el chip, los dos a la vez, puedo leer los dos al— vamos para allá. Leila se está poniendo el abrigo."

# game/story/ch4_perfect_smile.rpy:431
translate spanish ch4_penthouse_bridge_4f642707:

    # "Jonah's penthouse: smart glass that dims wherever you look, and a med pod humming over the bed. STABLE, in soft green."
    "El ático de Jonah: vidrio inteligente que se oscurece allí donde miras, y una cápsula médica zumbando sobre la cama. ESTABLE, en un verde suave."

# game/story/ch4_perfect_smile.rpy:437
translate spanish ch4_penthouse_bridge_a0c57211:

    # jonah "Three visitors. I'm being audited. Hello, I'm marvellous."
    jonah "Tres visitas. Me están auditando. Hola, estoy de maravilla."

# game/story/ch4_perfect_smile.rpy:439
translate spanish ch4_penthouse_bridge_c4b02ea6:

    # leila "Mr. Vance, I'm Leila Kiran. Max would like to put a collar on you. It reads your body and your face together. May he?"
    leila "Señor Vance, soy Leila Kiran. A Max le gustaría ponerle un collarín. Lee su cuerpo y su cara a la vez. ¿Nos lo permite?"

# game/story/ch4_perfect_smile.rpy:441
translate spanish ch4_penthouse_bridge_fd73a42c:

    # jonah "Everybody wants to put something on me. Go on, kid. Don't put me on the Wall."
    jonah "Todo el mundo quiere ponerme algo. Adelante, chico. Pero no me saques en el Muro."

# game/story/ch4_perfect_smile.rpy:443
translate spanish ch4_penthouse_bridge_fc765d69:

    # "Max fits the Bridge collar with the care of a man defusing a cake. On his tablet, two streams come in: Jonah's chip, and the pod's cameras."
    "Max le coloca el collarín del Puente con el cuidado de quien desactiva una tarta. En su tableta entran dos flujos: el chip de Jonah y las cámaras de la cápsula."

# game/story/ch4_perfect_smile.rpy:445
translate spanish ch4_penthouse_bridge_a402afab:

    # mx worried "Chip says inflammation, upper gum, climbing. Temp thirty-eight six. Pod says affect content, ninety-seven. Self-report, two."
    mx worried "El chip dice inflamación, encía superior, subiendo. Temperatura treinta y ocho seis. La cápsula dice estado de ánimo satisfecho, noventa y siete. Autoevaluación, dos."

# game/story/ch4_perfect_smile.rpy:449
translate spanish ch4_penthouse_bridge_db60e4ec:

    # leila neutral "It's not the code. His face is lying. I can see it's lying. I can't see what it's lying about."
    leila neutral "No es el código. Su cara miente. Veo que miente. Lo que no veo es sobre qué."

# game/story/ch4_perfect_smile.rpy:451
translate spanish ch4_penthouse_bridge_054a4566:

    # leila sad "I don't know this man's face. I've known it for ten minutes."
    leila sad "No conozco la cara de este hombre. La conozco desde hace diez minutos."

# game/story/ch4_perfect_smile.rpy:453
translate spanish ch4_penthouse_bridge_32219b4c:

    # noah neutral "Calla's known that face since it was cheaper."
    noah neutral "Calla conoce esa cara desde cuando era más barata."

# game/story/ch4_perfect_smile.rpy:455
translate spanish ch4_penthouse_bridge_eeaaacaa:

    # "Leila is already dialling her old teacher."
    "Leila ya está llamando a su antigua maestra."

# game/story/ch4_perfect_smile.rpy:457
translate spanish ch4_penthouse_bridge_be2ca275:

    # leila "Calla. It's Leila. I need you to read a man for me."
    leila "Calla. Soy Leila. Necesito que me leas a un hombre."

# game/story/ch4_perfect_smile.rpy:459
translate spanish ch4_penthouse_bridge_3b456142:

    # "On the tablet the Bridge keeps trying to braid the two lines. It flashes one amber word, over and over, like a polite alarm: {b}DISAGREEMENT.{/b}"
    "En la tableta, el Puente sigue intentando trenzar las dos líneas. Hace parpadear una sola palabra en ámbar, una y otra vez, como una alarma educada: {b}DESACUERDO.{/b}"

# game/story/ch4_perfect_smile.rpy:465
translate spanish ch4_tower_watch_8e1b62a7:

    # "The pod is a SmarTeeth pod. Their night floor sees more of it than Marcus ever will. And Julian has been asking me to the Tower all week."
    "La cápsula es una cápsula SmarTeeth. Su planta de guardia nocturna ve más de ella de lo que Marcus verá jamás. Y Julian lleva toda la semana invitándome a la Torre."

# game/story/ch4_perfect_smile.rpy:469
translate spanish ch4_tower_watch_832e16b1:

    # "At night the Tower's lobby becomes a monitoring floor. A wall of screens shows the city's premium pods breathing in green. VTAs glide between the desks, refilling water no one asked for."
    "De noche, el vestíbulo de la Torre se convierte en una sala de monitorización. Una pared de pantallas muestra las cápsulas premium de la ciudad respirando en verde. Los AVT se deslizan entre las mesas, rellenando vasos de agua que nadie ha pedido."

# game/story/ch4_perfect_smile.rpy:474
translate spanish ch4_tower_watch_04a3248a:

    # julian "Noah. You came. You look terrible, in the kindest way. Oh, pain, you're carrying all of it on your face."
    julian "Noah. Has venido. Tienes una pinta horrible, dicho con todo el cariño. Ay, dolor, lo llevas todo en la cara."

# game/story/ch4_perfect_smile.rpy:476
translate spanish ch4_tower_watch_71806fce:

    # noah neutral "I'm here about a pod, Jules. Not a nap."
    noah neutral "Vengo por una cápsula, Jules. No a echarme la siesta."

# game/story/ch4_perfect_smile.rpy:478
translate spanish ch4_tower_watch_809ab5e8:

    # "Jolene is on the night field desk. She's already pulled Jonah's pod to the big screen, because he's her client, and she keeps score of her clients."
    "Jolene está en la mesa de guardia nocturna. Ya ha sacado la cápsula de Jonah en la pantalla grande, porque es cliente suyo, y ella lleva la cuenta de sus clientes."

# game/story/ch4_perfect_smile.rpy:480
translate spanish ch4_tower_watch_56202c51:

    # jolene "Vance, J. HR eighty-eight, temp thirty-seven nine trending up, self-report two, affect ninety-seven content. Pod confidence ninety-nine. By the book that's a Machine point."
    jolene "Vance, J. FC ochenta y ocho, temperatura treinta y siete nueve con tendencia al alza, autoevaluación dos, afecto noventa y siete contento. Confianza de la cápsula, noventa y nueve. Según el manual, eso es un punto para Máquina."

# game/story/ch4_perfect_smile.rpy:482
translate spanish ch4_tower_watch_609806b7:

    # jolene "Machine twenty-two, Hands five. Season to date."
    jolene "Máquina veintidós, Manos cinco. En lo que va de temporada."

# game/story/ch4_perfect_smile.rpy:484
translate spanish ch4_tower_watch_1260904f:

    # julian "Look at him. That's what life without pain looks like. We did that."
    julian "Míralo. Así es la vida sin dolor. Eso lo hemos hecho nosotros."

# game/story/ch4_perfect_smile.rpy:486
translate spanish ch4_tower_watch_eab0416c:

    # "It does look like that. A man asleep in a white shell, every number green, his smile immaculate even in sleep."
    "Y es verdad que lo parece. Un hombre dormido dentro de una concha blanca, todos los números en verde, la sonrisa impecable incluso en sueños."

# game/story/ch4_perfect_smile.rpy:488
translate spanish ch4_tower_watch_d6134de8:

    # "Then the chip temperature ticks up another tenth. The pod weighs it against the smile and marks it {i}within parameters.{/i}"
    "Entonces la temperatura del chip sube otra décima. La cápsula la sopesa contra la sonrisa y la marca como {i}dentro de los parámetros.{/i}"

# game/story/ch4_perfect_smile.rpy:490
translate spanish ch4_tower_watch_93f52208:

    # jolene worried "Nobody's ninety-seven percent anything at midnight. The affect model's reading the veneers. It's reading the {i}product.{/i}"
    jolene worried "Nadie está al noventa y siete por ciento de nada a medianoche. El modelo de afecto está leyendo las carillas. Está leyendo el {i}producto.{/i}"

# game/story/ch4_perfect_smile.rpy:492
translate spanish ch4_tower_watch_69f8c5d4:

    # "She hits escalate. A VTA chimes on her desk."
    "Pulsa el botón de escalar. Un AVT tintinea en su mesa."

# game/story/ch4_perfect_smile.rpy:496
translate spanish ch4_tower_watch_dc34d92e:

    # vta "Optimizer Vance is within parameters! Escalation not required! Have a wonderful night!"
    vta "¡El Optimizador Vance está dentro de los parámetros! ¡No es necesario escalar! ¡Que tenga una noche maravillosa!"

# game/story/ch4_perfect_smile.rpy:500
translate spanish ch4_tower_watch_58d24ea3:

    # julian "Jo. Let it work. It's better than any of us."
    julian "Jo. Deja que funcione. Es mejor que cualquiera de nosotros."

# game/story/ch4_perfect_smile.rpy:502
translate spanish ch4_tower_watch_48889f0a:

    # jolene "It {i}is{/i} better than us. That's not the same thing as right."
    jolene "{i}Es{/i} mejor que nosotros. Eso no es lo mismo que tener razón."

# game/story/ch4_perfect_smile.rpy:504
translate spanish ch4_tower_watch_0c4d0d15:

    # "Her finger hovers over Calla's name. It's a Hands point, and she's calling it in herself."
    "Su dedo se queda suspendido sobre el nombre de Calla. Es un punto para Manos, y lo va a marcar ella misma."

# game/story/ch4_perfect_smile.rpy:506
translate spanish ch4_tower_watch_edc3694c:

    # jolene angry "Dr. Hawthorne. It's Park. Vance. Now. I'll meet you there."
    jolene angry "Doctora Hawthorne. Soy Park. Vance. Ya. Nos vemos allí."

# game/story/ch4_perfect_smile.rpy:508
translate spanish ch4_tower_watch_3b6bb2ee:

    # julian "Stay, Noah. I can put you under for an hour. You don't have to feel this."
    julian "Quédate, Noah. Puedo dormirte una hora. No tienes por qué sentir esto."

# game/story/ch4_perfect_smile.rpy:510
translate spanish ch4_tower_watch_b4071aed:

    # noah sad "That's exactly the problem, Jules."
    noah sad "Ese es justo el problema, Jules."

# game/story/ch4_perfect_smile.rpy:514
translate spanish ch4_tower_watch_8018d9bb:

    # "Jolene and I take a Tower car. Behind us, the wall of screens keeps breathing green."
    "Jolene y yo tomamos un auto de la Torre. A nuestra espalda, la pared de pantallas sigue respirando en verde."

# game/story/ch4_perfect_smile.rpy:523
translate spanish ch4_rejoin_6916c321:

    # "Calla arrives at twelve-twenty with her brass kit in an old leather bag. Jolene follows with a SmarTeeth scanner; the pod pinged her when Leo moved his chair."
    "Calla llega a las doce y veinte con su instrumental de latón en un viejo maletín de cuero. Jolene la sigue con un escáner de SmarTeeth; la cápsula le envió un aviso cuando Leo movió la silla."

# game/story/ch4_perfect_smile.rpy:525
translate spanish ch4_rejoin_40394713:

    # "Calla arrives with Leo at twelve-twenty, her brass kit in an old leather bag, and Jolene five minutes behind with a SmarTeeth scanner. Max and Leila step back into the hall."
    "Calla llega con Leo a las doce y veinte, su instrumental de latón en un viejo maletín de cuero, y Jolene cinco minutos después con un escáner de SmarTeeth. Max y Leila se retiran al pasillo."

# game/story/ch4_perfect_smile.rpy:527
translate spanish ch4_rejoin_acb523ab:

    # "Calla and Leo are already there when we arrive, her brass kit open on the bedside table. Calla looks at Jolene once, and nods, which from her is a speech."
    "Cuando llegamos, Calla y Leo ya están allí, con el instrumental de latón abierto sobre la mesilla. Calla mira a Jolene una vez y asiente, lo cual, viniendo de ella, es un discurso."

# game/story/ch4_perfect_smile.rpy:534
translate spanish ch4_rejoin_82f63b91:

    # jonah "Calla. You came. I'm marvellous."
    jonah "Calla. Has venido. Estoy de maravilla."

# game/story/ch4_perfect_smile.rpy:536
translate spanish ch4_rejoin_aab43efe:

    # calla "Mr. Vance. You are smiling at me. Stop it."
    calla "Señor Vance. Me está sonriendo. Deje de hacerlo."

# game/story/ch4_perfect_smile.rpy:538
translate spanish ch4_rejoin_29fbdd19:

    # "She sits. She doesn't touch him. She watches him for a full minute while the pod hums and the smart glass dims and brightens around us."
    "Se sienta. No lo toca. Lo observa durante un minuto entero mientras la cápsula zumba y el vidrio inteligente se oscurece y se aclara a nuestro alrededor."

# game/story/ch4_perfect_smile.rpy:540
translate spanish ch4_rejoin_6271e657:

    # calla "You call me Calla when you're lying and Doctor when you're frightened. You've just called me Calla. Now tell me the truth, so that you can call me Doctor."
    calla "Me llama Calla cuando miente y doctora cuando tiene miedo. Acaba de llamarme Calla. Ahora dígame la verdad, para que pueda llamarme doctora."

# game/story/ch4_perfect_smile.rpy:542
translate spanish ch4_rejoin_65f4f263:

    # jonah sad "...Doctor."
    jonah sad "...Doctora."

# game/story/ch4_perfect_smile.rpy:548
translate spanish ch4_rejoin_285e2db9:

    # calla worried "Bone where there should be none. Three sites. And a nerve that's firing for teeth you lost in 2041."
    calla worried "Hueso donde no debería haber ninguno. Tres puntos. Y un nervio que se dispara por dientes que perdió en 2041."

# game/story/ch4_perfect_smile.rpy:551
translate spanish ch4_rejoin_5b056c43:

    # "She takes a paper chart from the bag, a pencil drawing of his jaw, dated the day of his pre-op."
    "Saca del maletín una ficha en papel, un dibujo a lápiz de su mandíbula, con la fecha del día de su preoperatorio."

# game/story/ch4_perfect_smile.rpy:553
translate spanish ch4_rejoin_4eb05293:

    # calla neutral "I drew this on the day of your pre-op, while everyone told me I was wasting paper. This ridge was not there."
    calla neutral "Dibujé esto el día de su preoperatorio, mientras todo el mundo me decía que estaba malgastando papel. Esta cresta no estaba ahí."

# game/story/ch4_perfect_smile.rpy:557
translate spanish ch4_rejoin_9189f6ce:

    # smarteeth "Good news! Optimizer Vance's Perfect Smile is progressing! Recommended: Mender booster dose, to support new growth! Confidence ninety-nine percent!"
    smarteeth "¡Buenas noticias! ¡La Sonrisa Perfecta del Optimizador Vance progresa! ¡Recomendación: dosis de refuerzo de Menders para favorecer el nuevo crecimiento! ¡Confianza del noventa y nueve por ciento!"

# game/story/ch4_perfect_smile.rpy:561
translate spanish ch4_rejoin_33998b6d:

    # calla angry "It wants to feed it."
    calla angry "Quiere alimentarlo."

# game/story/ch4_perfect_smile.rpy:563
translate spanish ch4_rejoin_af3eea72:

    # jolene worried "The pod's got full telemetry. Hands can't see inside bone. If we cut the dosing blind and we're wrong—"
    jolene worried "La cápsula tiene telemetría completa. Las manos no ven dentro del hueso. Si cortamos la dosificación a ciegas y nos equivocamos—"

# game/story/ch4_perfect_smile.rpy:565
translate spanish ch4_rejoin_f30bbcbb:

    # leo worried "And if we do this here, by hand, and it goes wrong, we're the clinic that hurt Jonah Vance. They'll close us. Us."
    leo worried "Y si lo hacemos aquí, a mano, y sale mal, seremos la clínica que le hizo daño a Jonah Vance. Nos cerrarán. A nosotros."

# game/story/ch4_perfect_smile.rpy:567
translate spanish ch4_rejoin_acbc7b81:

    # jolene "And if we don't and the pod's wrong, it's Machine that hurt him. I don't know what to score that."
    jolene "Y si no lo hacemos y la cápsula se equivoca, es Máquina la que le ha hecho daño. No sé cómo puntuar eso."

# game/story/ch4_perfect_smile.rpy:569
translate spanish ch4_rejoin_38bd99c3:

    # "Calla looks at me. Not at them. At me."
    "Calla me mira. No a ellos. A mí."

# game/story/ch4_perfect_smile.rpy:574
translate spanish ch4_rejoin_044af9c6:

    # "A year ago I'd have been looking for someone to blame. Tonight I only want the right people in the room."
    "Hace un año habría estado buscando a quién echarle la culpa. Esta noche solo quiero a la gente adecuada en la habitación."

# game/story/ch4_perfect_smile.rpy:576
translate spanish ch4_rejoin_95a65973:

    # "Somebody is going to be to blame for this, whatever happens. I want it not to be me. Again."
    "Pase lo que pase, alguien va a tener la culpa de esto. Quiero que no sea yo. Otra vez."

# game/story/ch4_perfect_smile.rpy:598
translate spanish ch4_hands_only_aca5d087:

    # calla "Stop the dispensing. Leave the monitor on. I like to be watched by something that can't interrupt."
    calla "Pare la dosificación. Deje el monitor encendido. Me gusta que me observe algo que no puede interrumpirme."

# game/story/ch4_perfect_smile.rpy:600
translate spanish ch4_hands_only_159265bb:

    # jolene worried "That's off-protocol. That's so far off-protocol I don't have a word for—"
    jolene worried "Eso se sale del protocolo. Se sale tanto del protocolo que no tengo palabra para—"

# game/story/ch4_perfect_smile.rpy:602
translate spanish ch4_hands_only_4086ecd7:

    # "She switches it off anyway."
    "La apaga de todos modos."

# game/story/ch4_perfect_smile.rpy:604
translate spanish ch4_hands_only_79a2a88d:

    # calla "Leo. The light, please. And his hand, if he'll let you."
    calla "Leo. La luz, por favor. Y su mano, si te deja."

# game/story/ch4_perfect_smile.rpy:606
translate spanish ch4_hands_only_8c7808e1:

    # "Calla works the old way: brass instruments warmed in her palm, a local she draws up herself, a steady running commentary delivered like a weather report."
    "Calla trabaja a la antigua: instrumentos de latón templados en la palma de la mano, una anestesia local que carga ella misma, un comentario constante y sereno, como un parte meteorológico."

# game/story/ch4_perfect_smile.rpy:608
translate spanish ch4_hands_only_406b1dbe:

    # calla "This will sting. It will sting less than pride. Now pressure. Now nothing."
    calla "Esto le va a escocer. Le escocerá menos que el orgullo. Ahora presión. Ahora nada."

# game/story/ch4_perfect_smile.rpy:612
translate spanish ch4_hands_only_b7beb851:

    # jonah sad "Nobody's touched my face without a camera on it in two years."
    jonah sad "Hace dos años que nadie me toca la cara sin una cámara delante."

# game/story/ch4_perfect_smile.rpy:614
translate spanish ch4_hands_only_c0d127eb:

    # calla "Then you have been very badly looked after, at enormous expense."
    calla "Entonces lo han cuidado a usted muy mal, y a un precio enorme."

# game/story/ch4_perfect_smile.rpy:616
translate spanish ch4_hands_only_49365d85:

    # "By four the fever breaks. By dawn he's sitting up, sweating and unsmiling, the first real face I've ever seen him wear."
    "A las cuatro le baja la fiebre. Al amanecer está sentado en la cama, sudoroso y sin sonreír: la primera cara de verdad que le he visto nunca."

# game/story/ch4_perfect_smile.rpy:618
translate spanish ch4_hands_only_27aa338b:

    # jonah "You did that. With your hands."
    jonah "Lo has hecho tú. Con las manos."

# game/story/ch4_perfect_smile.rpy:622
translate spanish ch4_hands_only_6c5ce193:

    # "She says it to the window, and it comes out sounding strange to her. Later she shows me her scanner log: two more growths, too deep for fingers. With the Menders stopped, they stopped too. Calla was right about the cause and blind to two of the effects. Jolene doesn't score that one."
    "Lo dice mirando a la ventana, y a ella misma le suena raro. Más tarde me enseña el registro de su escáner: otros dos crecimientos, demasiado profundos para los dedos. Al parar los Menders, también pararon ellos. Calla acertó con la causa y no vio dos de los efectos. Ese punto, Jolene no lo anota."

# game/story/ch4_perfect_smile.rpy:628
translate spanish ch4_calla_jolene_018abe63:

    # calla "Miss Park. Scan. Tell me what you see. I'll tell you what I feel. We'll argue in the middle."
    calla "Señorita Park. Escanee. Dígame lo que ve. Yo le diré lo que noto. Discutiremos a medio camino."

# game/story/ch4_perfect_smile.rpy:630
translate spanish ch4_calla_jolene_23779140:

    # jolene surprised "You're... asking me?"
    jolene surprised "¿Me... me lo está preguntando?"

# game/story/ch4_perfect_smile.rpy:632
translate spanish ch4_calla_jolene_26403b3c:

    # calla "I'm telling you. Quickly."
    calla "Se lo estoy ordenando. Deprisa."

# game/story/ch4_perfect_smile.rpy:637
translate spanish ch4_calla_jolene_8b4f728d:

    # calla neutral "You read it."
    calla neutral "Lo ha leído."

# game/story/ch4_perfect_smile.rpy:641
translate spanish ch4_calla_jolene_d2ec6922:

    # "Jolene's scanner throws a 3D map of his jaw over the bed. It finds two more growths, deep in the bone, that no finger could feel. And it marks one of Calla's three, under the shadow of a veneer, as artefact."
    "El escáner de Jolene proyecta un mapa 3D de su mandíbula sobre la cama. Encuentra otros dos crecimientos, hundidos en el hueso, que ningún dedo podría notar. Y marca como artefacto uno de los tres de Calla, el que está bajo la sombra de una carilla."

# game/story/ch4_perfect_smile.rpy:643
translate spanish ch4_calla_jolene_8171dbff:

    # jolene "Upper right, four millimetres, density climbing—"
    jolene "Arriba a la derecha, cuatro milímetros, densidad en aumento—"

# game/story/ch4_perfect_smile.rpy:647
translate spanish ch4_calla_jolene_589c64c4:

    # "They call to each other across him like a rope team. Leo holds Jonah's hand. The pod, on Jolene's orders, stops the Menders and doses only what Calla asks for."
    "Se van dando indicaciones por encima de él como una cordada de escaladores. Leo sostiene la mano de Jonah. La cápsula, por orden de Jolene, detiene los Menders y solo dosifica lo que pide Calla."

# game/story/ch4_perfect_smile.rpy:649
translate spanish ch4_calla_jolene_d57d5b5a:

    # "By dawn the fever has broken. Jonah looks from one of them to the other."
    "Al amanecer, la fiebre ha remitido. Jonah mira a una y luego a la otra."

# game/story/ch4_perfect_smile.rpy:651
translate spanish ch4_calla_jolene_4c02dec5:

    # jonah happy "You two. You should be a franchise."
    jonah happy "Ustedes dos. Deberían montar una franquicia."

# game/story/ch4_perfect_smile.rpy:653
translate spanish ch4_calla_jolene_e88cb5f9:

    # jolene neutral "I don't know how to score that."
    jolene neutral "No sé cómo puntuar eso."

# game/story/ch4_perfect_smile.rpy:655
translate spanish ch4_calla_jolene_792a7b32:

    # calla "Then stop scoring, Miss Park. Start charting."
    calla "Entonces deje de puntuar, señorita Park. Empiece a rellenar fichas."

# game/story/ch4_perfect_smile.rpy:661
translate spanish ch4_pod_rerun_947faa1d:

    # calla sad "Very well. It has better eyes than I do. Let us give it mine."
    calla sad "Muy bien. Tiene mejores ojos que yo. Démosle los míos."

# game/story/ch4_perfect_smile.rpy:663
translate spanish ch4_pod_rerun_f3fb808a:

    # "She dictates, precise as a metronome, while Jolene types."
    "Dicta, precisa como un metrónomo, mientras Jolene teclea."

# game/story/ch4_perfect_smile.rpy:665
translate spanish ch4_pod_rerun_06420b3b:

    # calla "Patient's self-report unreliable. Weight affect at zero. Baseline follows. Three sites of suspected ectopic growth, upper gum, positions as marked."
    calla "Autoevaluación del paciente no fiable. Ponderar el afecto a cero. Siguen los valores basales. Tres puntos de sospecha de crecimiento ectópico, encía superior, posiciones según lo marcado."

# game/story/ch4_perfect_smile.rpy:667
translate spanish ch4_pod_rerun_d775b462:

    # "The pod thinks for less than half a second. Then it finds two growths that Calla's fingers missed, deep in the bone."
    "La cápsula piensa durante menos de medio segundo. Luego encuentra dos crecimientos que a los dedos de Calla se les escaparon, hundidos en el hueso."

# game/story/ch4_perfect_smile.rpy:671
translate spanish ch4_pod_rerun_c0eac754:

    # smarteeth "Revised! Ectopic mineralisation, five sites! Halting Mender dosing! Targeted dissolution, microdose, now! Thank you for your input!"
    smarteeth "¡Revisado! ¡Mineralización ectópica, cinco puntos! ¡Deteniendo la dosificación de Menders! ¡Disolución dirigida, microdosis, ya! ¡Gracias por su aportación!"

# game/story/ch4_perfect_smile.rpy:677
translate spanish ch4_pod_rerun_84db97a4:

    # jonah happy "It caught it. The pod caught it. Once it had the right numbers."
    jonah happy "Lo ha detectado. La cápsula lo ha detectado. En cuanto ha tenido los números correctos."

# game/story/ch4_perfect_smile.rpy:681
translate spanish ch4_pod_rerun_172ea1f2:

    # leo sad "We gave it the numbers."
    leo sad "Le dimos los números nosotros."

# game/story/ch4_perfect_smile.rpy:683
translate spanish ch4_pod_rerun_c4bb01bd:

    # calla "We did. That's what we are now, Leo. The people who give it the numbers."
    calla "Así es. Eso es lo que somos ahora, Leo. La gente que le da los números."

# game/story/ch4_perfect_smile.rpy:685
translate spanish ch4_pod_rerun_44a77b06:

    # jolene neutral "Machine, twenty-three."
    jolene neutral "Máquina, veintitrés."

# game/story/ch4_perfect_smile.rpy:687
translate spanish ch4_pod_rerun_71ccd593:

    # "Nobody laughs, not even her."
    "Nadie se ríe, ni siquiera ella."

# game/story/ch4_perfect_smile.rpy:695
translate spanish ch4_aftermath_b830e7fe:

    # "Dawn comes up over New Neo City through glass that Jonah invented. For once it doesn't dim. He's too tired to make it."
    "Amanece sobre New Neo City a través de un vidrio que inventó Jonah. Por una vez no se oscurece. Él está demasiado cansado para hacer que se oscurezca."

# game/story/ch4_perfect_smile.rpy:697
translate spanish ch4_aftermath_b1845fc6:

    # jonah "Tarek told me one in a thousand. Looked me in the eye. And I believed him, because I wanted to be the one in a thousand who didn't have to worry."
    jonah "Tarek me dijo que uno entre mil. Mirándome a los ojos. Y me lo creí, porque quería ser el uno entre mil que no tenía que preocuparse."

# game/story/ch4_perfect_smile.rpy:701
translate spanish ch4_aftermath_21767564:

    # jonah neutral "I think I'll go."
    jonah neutral "Creo que iré."

# game/story/ch4_perfect_smile.rpy:705
translate spanish ch4_aftermath_0020c41a:

    # "My phone buzzes. Ray Bio-Dental, automated: {i}SOE 5β city-wide rollout confirmed. Go-live: the night before the Health Wall.{/i}"
    "Me vibra el teléfono. Ray Bio-Dental, mensaje automático: {i}Confirmado el despliegue de SOE 5β en toda la ciudad. Puesta en marcha: la noche antes del Muro de la Salud.{/i}"

# game/story/ch4_perfect_smile.rpy:710
translate spanish ch4_aftermath_85872f64:

    # "Under it, a message from Jenna: {i}still 50k readers off. ppl asking me if it's safe to turn them back on. what do i tell them{/i}"
    "Debajo, un mensaje de Jenna: {i}sigue habiendo 50k lectores apagados. la gente me pregunta si es seguro volver a encenderlos. q les digo{/i}"

# game/story/ch4_perfect_smile.rpy:714
translate spanish ch4_aftermath_4a9e5091:

    # "Somewhere below, in a hundred thousand mouths, the chips are waiting to be told what to become."
    "En algún lugar, ahí abajo, en cien mil bocas, los chips esperan a que les digan en qué convertirse."

translate spanish strings:

    # game/story/ch4_perfect_smile.rpy:74
    old "Ava: \"The VR. I want to be there for it.\""
    new "Ava: \"La realidad virtual. Quiero estar presente.\""

    # game/story/ch4_perfect_smile.rpy:74
    old "Ava: \"The no-hands clean. I can't do hands.\""
    new "Ava: \"La limpieza sin manos. No soporto las manos.\""

    # game/story/ch4_perfect_smile.rpy:74
    old "Ava: \"VR, and let Milo watch my pulse.\""
    new "Ava: \"Realidad virtual, y que Milo me vigile el pulso.\""

    # game/story/ch4_perfect_smile.rpy:223
    old "Elara: \"Alyssa and Marcus. Tonight.\""
    new "Elara: \"Alyssa y Marcus. Esta noche.\""

    # game/story/ch4_perfect_smile.rpy:223
    old "Elara: \"We hold it for the Wall.\""
    new "Elara: \"Lo guardamos para el Muro.\""

    # game/story/ch4_perfect_smile.rpy:223
    old "Elara: \"Send it to my sister.\""
    new "Elara: \"Envíaselo a mi hermana.\""

    # game/story/ch4_perfect_smile.rpy:578
    old "Your hands, Calla. You kept his baselines."
    new "Sus manos, Calla. Usted conservó sus valores basales."

    # game/story/ch4_perfect_smile.rpy:578
    old "Calla leads. Jolene, read her the scans."
    new "Que dirija Calla. Jolene, léele los escáneres."

    # game/story/ch4_perfect_smile.rpy:578
    old "Give the pod Calla's notes. Run it again."
    new "Dale a la cápsula las notas de Calla. Que lo repita."

# game/story/ch4_perfect_smile.rpy:108
translate spanish ch4_vr_therapy_f7e36cb1:

    # "Twelve minutes in, she says, quietly, \"Stop.\""
    "A los doce minutos, dice, bajito: \"Para\"."

# game/story/ch4_perfect_smile.rpy:114
translate spanish ch4_vr_therapy_42599c06:

    # "They finish in three-quarters of an hour. When Ava takes the headset off, her face is wet and she is laughing."
    "Terminan en tres cuartos de hora. Cuando Ava se quita el visor, tiene la cara mojada y se está riendo."

# game/story/ch4_perfect_smile.rpy:201
translate spanish ch4_milo_finds_ec284c07:

    # noah neutral "Your sister told me ELARA was named after the best diagnostician she ever met. And that she doesn't return her calls."
    noah neutral "Tu hermana me dijo que ELARA se llama así por la mejor diagnosticadora que ha conocido. Y que no le devuelve las llamadas."

# game/story/ch4_perfect_smile.rpy:203
translate spanish ch4_milo_finds_85464fa2:

    # elara "Did she say it in the lobby, with the light behind her?"
    elara "¿Se lo dijo en el vestíbulo, con la luz a la espalda?"

# game/story/ch4_perfect_smile.rpy:205
translate spanish ch4_milo_finds_172ed66f:

    # noah "More or less."
    noah "Más o menos."

# game/story/ch4_perfect_smile.rpy:210
translate spanish ch4_milo_finds_ee8c6af8:

    # "The door chimes. A man in a camel coat fills the doorway, and the Arcade behind him fills with the people following him: two assistants, a camera drone, a boy holding an umbrella he hasn't been asked to open."
    "Suena la campanilla de la puerta. Un hombre con abrigo color camello llena el vano, y el Arcade, a su espalda, se llena de la gente que lo sigue: dos asistentes, un dron con cámara, un chico con un paraguas que nadie le ha pedido que abra."

# game/story/ch4_perfect_smile.rpy:215
translate spanish ch4_milo_finds_cbce9184:

    # "Dr. Tarek Liu is taller than his billboards and younger than his reputation. He wears the coat like an opera cape, and he has already found the best light in the room."
    "El doctor Tarek Liu es más alto que sus espectaculares y más joven que su fama. Lleva el abrigo como una capa de ópera, y ya ha encontrado la mejor luz de la sala."

# game/story/ch4_perfect_smile.rpy:217
translate spanish ch4_milo_finds_08ce6ba3:

    # tarek happy "Elara Voss. In a room the size of my lift. I've been meaning to come for years."
    tarek happy "Elara Voss. En una sala del tamaño de mi elevador. Hace años que quería venir."

# game/story/ch4_perfect_smile.rpy:221
translate spanish ch4_milo_finds_51d9ead3:

    # tarek "That's the Wall. I'm here as a colleague. Put your headset in my demo. A nervous patient in your greenhouse, my serum growing her a tooth, the whole plaza watching her not be afraid. The Wall would eat it up."
    tarek "Eso es cosa del Muro. Vengo como colega. Ponga su visor en mi demostración. Una paciente nerviosa en su invernadero, mi suero haciéndole crecer un diente, toda la plaza viendo cómo no tiene miedo. El Muro se lo comería."

# game/story/ch4_perfect_smile.rpy:225
translate spanish ch4_milo_finds_f8fe68ad:

    # tarek happy "Your puck's a fan."
    tarek happy "Su disco es fan mío."

# game/story/ch4_perfect_smile.rpy:229
translate spanish ch4_milo_finds_e322bc72:

    # tarek neutral "Think about it, properly. You could fill that chair every hour for a year. Half my list would come here first for the headset if I told them to."
    tarek neutral "Piénselo bien. Podría llenar ese sillón cada hora durante un año. La mitad de mi lista vendría aquí primero por el visor si yo se lo pidiera."

# game/story/ch4_perfect_smile.rpy:231
translate spanish ch4_milo_finds_faeb3b9d:

    # elara "And the other half would come here afterwards, for whatever the serum did. Which would you tell them about?"
    elara "Y la otra mitad vendría después, por lo que les hubiera hecho el suero. ¿De cuál de las dos cosas les hablaría?"

# game/story/ch4_perfect_smile.rpy:235
translate spanish ch4_milo_finds_79ec609a:

    # tarek happy "Saturday, then. Noon. Sit in the front row. Watch what a full plaza sounds like."
    tarek happy "Entonces, el sábado. A mediodía. Siéntese en primera fila. Vea cómo suena una plaza llena."

# game/story/ch4_perfect_smile.rpy:241
translate spanish ch4_milo_finds_07ed8b2f:

    # elara sad "Four thousand and six."
    elara sad "Cuatro mil seis."

# game/story/ch4_perfect_smile.rpy:243
translate spanish ch4_milo_finds_6a37c150:

    # noah neutral "He has more billboards than patients. That's the only reason the number is so big."
    noah neutral "Tiene más espectaculares que pacientes. Por eso el número es tan grande."

# game/story/ch4_perfect_smile.rpy:245
translate spanish ch4_milo_finds_3786a1aa:

    # elara "It's big because people want a tooth to grow back, and I can only promise them that nobody will hold them down. I know which one I'd queue for."
    elara "Es grande porque la gente quiere que le vuelva a crecer un diente, y yo solo puedo prometerles que nadie los va a sujetar. Sé para cuál de las dos cosas haría fila yo."

# game/story/ch4_perfect_smile.rpy:247
translate spanish ch4_milo_finds_2567929a:

    # "Milo drifts to her shoulder. His screen face has gone the grey he uses for weather warnings."
    "Milo flota hasta su hombro. Su cara de pantalla se ha vuelto del gris que usa para las alertas meteorológicas."

# game/story/ch4_perfect_smile.rpy:249
translate spanish ch4_milo_finds_1e5bf854:

    # milo worried "Elara. I found something while he was talking. I don't like it. I checked it nine times. That's eight more than I usually check things!"
    milo worried "Elara. Encontré algo mientras él hablaba. No me gusta. Lo comprobé nueve veces. ¡Son ocho más de las que suelo comprobar las cosas!"

# game/story/ch4_perfect_smile.rpy:261
translate spanish ch4_milo_finds_1e340173:

    # elara sad "And the day I find it is the day he walks in here and offers me his stage. If I put this on the Wall, everyone will call it jealousy."
    elara sad "Y lo encuentro justo el día en que entra aquí y me ofrece su escenario. Si pongo esto en el Muro, todos van a decir que son celos."

# game/story/ch4_perfect_smile.rpy:263
translate spanish ch4_milo_finds_b01ddc7d:

    # milo "Is it?"
    milo "¿Lo son?"

# game/story/ch4_perfect_smile.rpy:265
translate spanish ch4_milo_finds_0fbea343:

    # elara "Some of it. Not the forty-one."
    elara "En parte. Los cuarenta y uno, no."

# game/story/ch4_perfect_smile.rpy:350
translate spanish ch4_nanolab_fe1622a4:

    # "21:30. Courtenay Nanolab is all white tile and low hum. Behind the glass, vats of Menders turn slowly, silver in suspension, like weather in a jar."
    "21:30. Courtenay Nanolab es todo azulejo blanco y zumbido grave. Tras el cristal, cubas de Menders giran despacio, plata en suspensión, como el clima dentro de un frasco."

# game/story/ch4_perfect_smile.rpy:380
translate spanish ch4_nanolab_348953ba:

    # alyssa "Four investors on the phone since lunch. If I publish the limit, the Perfect Smile becomes a boutique for the genetically lucky. And my Menders become \"the nanobots that grow teeth in your gums.\""
    alyssa "Cuatro inversionistas al teléfono desde el almuerzo. Si publico el límite, la Sonrisa Perfecta se convierte en una boutique para los afortunados de la genética. Y mis Menders pasan a ser \"los nanobots que te hacen crecer dientes en las encías\"."

# game/story/ch4_perfect_smile.rpy:388
translate spanish ch4_nanolab_04a225f2:

    # "The wall display blooms cyan. ELARA doesn't have a face. It has a confident font."
    "La pantalla de la pared florece en cian. ELARA no tiene cara. Tiene una tipografía segura de sí misma."

# game/story/ch4_perfect_smile.rpy:415
translate spanish ch4_nanolab_6d3d9904:

    # alyssa neutral "I'm still demonstrating at the Wall. Menders alone, no serum. If I pull out, Tarek gets my slot, and the Menders go up on the Wall inside his serum anyway."
    alyssa neutral "Voy a hacer mi demostración en el Muro de todos modos. Solo los Menders, sin suero. Si me retiro, Tarek se queda con mi turno, y los Menders salen en el Muro igual, dentro de su suero."

# game/story/ch4_perfect_smile.rpy:417
translate spanish ch4_nanolab_cd3130a0:

    # marcus "I'm gonna go lie down in a real hammock for an hour. Holler if the jar does anything."
    marcus "Me voy a echar una horita en una hamaca de verdad. Me pegan un grito si el frasco hace algo."

# game/story/ch4_perfect_smile.rpy:425
translate spanish ch4_nanolab_late_dbf9de3f:

    # "22:40. The handshake installs at the speed of a government. I sit on a lab stool watching a progress bar while the vats turn, and for a long time nobody says anything, which in this city is its own kind of luxury."
    "22:40. El handshake se instala a la velocidad de un gobierno. Me siento en un taburete del laboratorio a mirar una barra de progreso mientras giran las cubas, y durante un buen rato nadie dice nada, que en esta ciudad es un lujo en sí mismo."

# game/story/ch4_perfect_smile.rpy:429
translate spanish ch4_nanolab_late_d09181bb:

    # "Alyssa brings two coffees in beakers and gives me the one without a hazard label."
    "Alyssa trae dos cafés en vasos de precipitados y me da el que no lleva etiqueta de peligro."

# game/story/ch4_perfect_smile.rpy:431
translate spanish ch4_nanolab_late_c161b811:

    # alyssa "You want to know why a nanotechnologist cares this much about a gum."
    alyssa "Quiere saber por qué a una nanotecnóloga le importa tanto una encía."

# game/story/ch4_perfect_smile.rpy:433
translate spanish ch4_nanolab_late_4c9d555b:

    # noah neutral "I want to know why you're still here at twenty to eleven."
    noah neutral "Quiero saber por qué sigue aquí a las once menos veinte."

# game/story/ch4_perfect_smile.rpy:435
translate spanish ch4_nanolab_late_b76e3498:

    # alyssa sad "My father was in a trial, when I was twelve. An implant coating. Everybody in the brochure was smiling. He lost six teeth in a year and spent the rest of his life covering his mouth when he laughed."
    alyssa sad "Mi padre entró en un ensayo cuando yo tenía doce años. Un recubrimiento para implantes. En el folleto todos sonreían. Perdió seis dientes en un año y se pasó el resto de la vida tapándose la boca al reír."

# game/story/ch4_perfect_smile.rpy:437
translate spanish ch4_nanolab_late_15128d6c:

    # alyssa "The trial said his case was unrelated. I read his file at nineteen. It wasn't."
    alyssa "El ensayo dijo que su caso no estaba relacionado. Leí su expediente a los diecinueve. Sí lo estaba."

# game/story/ch4_perfect_smile.rpy:439
translate spanish ch4_nanolab_late_b90077a8:

    # alyssa neutral "So I make the Menders slowly, and I write down everything they do wrong, and people call me the careful one as though it were a diagnosis."
    alyssa neutral "Así que hago los Menders despacio, y apunto todo lo que hacen mal, y la gente me llama la prudente como si fuera un diagnóstico."

# game/story/ch4_perfect_smile.rpy:441
translate spanish ch4_nanolab_late_3650cec2:

    # "The progress bar reaches a hundred and thinks about it. She drinks her coffee and watches it with me as if it mattered."
    "La barra de progreso llega a cien y se lo piensa. Ella se toma el café y la mira conmigo como si importara."

# game/story/ch4_perfect_smile.rpy:447
translate spanish ch4_nanolab_late_cb5c1733:

    # "The lab door sighs open without anybody buzzing. Only one man in the city has a key card that works everywhere he has ever been photographed."
    "La puerta del laboratorio se abre con un suspiro sin que nadie llame. Solo un hombre en la ciudad tiene una tarjeta que abre todas las puertas donde alguna vez lo han fotografiado."

# game/story/ch4_perfect_smile.rpy:449
translate spanish ch4_nanolab_late_40fb30ee:

    # tarek happy "Careful! Alyssa, you wound me. Careful is what people call you when you've never had a billboard."
    tarek happy "¡Prudente! Alyssa, me ofendes. Prudente es lo que te llaman cuando nunca has tenido un espectacular."

# game/story/ch4_perfect_smile.rpy:454
translate spanish ch4_nanolab_late_bedb6c52:

    # "Marcus's hologram flickers back over the bench, hammock and all, as if the door had rung a bell on the boat."
    "El holograma de Marcus vuelve a parpadear sobre la mesa de trabajo, con hamaca y todo, como si la puerta hubiera tocado una campana en el barco."

# game/story/ch4_perfect_smile.rpy:456
translate spanish ch4_nanolab_late_0eb8cfa3:

    # alyssa neutral "You don't have an appointment, Tarek."
    alyssa neutral "No tienes cita, Tarek."

# game/story/ch4_perfect_smile.rpy:458
translate spanish ch4_nanolab_late_48ba0809:

    # tarek "I have an expo. Saturday, noon, the slot after the Bridge people, when everyone's awake and nobody's gone for lunch. Nineteen hundred ReGrow smiles in this city, and on Saturday the Wall watches the next one grow. Live."
    tarek "Tengo una feria. El sábado, a mediodía, el turno después de los del Puente, cuando todos están despiertos y nadie se ha ido a almorzar. Mil novecientas sonrisas ReGrow en esta ciudad, y el sábado el Muro verá crecer la siguiente. En directo."

# game/story/ch4_perfect_smile.rpy:460
translate spanish ch4_nanolab_late_52eb8e11:

    # tarek happy "And Asha Ray's liaison again. Twice in one day. The man who explains chips to people who don't want them. Tough crowd. I know the feeling. Every room I walk into has a second name in it, and it's mine."
    tarek happy "Y otra vez el enlace de Asha Ray. Dos veces en un día. El que explica chips a gente que no los quiere. Público difícil. Conozco la sensación. En cada sala donde entro hay un segundo nombre, y es el mío."

# game/story/ch4_perfect_smile.rpy:462
translate spanish ch4_nanolab_late_1dd021de:

    # noah neutral "Your billboard's bigger than my building."
    noah neutral "Tu valla es más grande que mi edificio."

# game/story/ch4_perfect_smile.rpy:464
translate spanish ch4_nanolab_late_c1078de5:

    # tarek neutral "Billboards are rented. Respect you have to buy outright, and nobody's selling."
    tarek neutral "Las vallas se alquilan. El respeto hay que comprarlo al contado, y nadie lo vende."

# game/story/ch4_perfect_smile.rpy:466
translate spanish ch4_nanolab_late_89dc87b9:

    # "He glances at the vats, then at the display where ELARA stuttered, and then, for half a second, at nothing at all. The smile stays exactly where it is. The rest of his face goes somewhere else."
    "Mira las cubas, luego la pantalla donde ELARA tartamudeó y luego, durante medio segundo, a la nada. La sonrisa se queda exactamente donde está. El resto de la cara se le va a otra parte."

# game/story/ch4_perfect_smile.rpy:469
translate spanish ch4_nanolab_late_67fcb6fa:

    # alyssa angry "Forty-one adverse events, Tarek. Version three of your registry. Where did they go?"
    alyssa angry "Cuarenta y un eventos adversos, Tarek. Versión tres de tu registro. ¿Adónde fueron a parar?"

# game/story/ch4_perfect_smile.rpy:470
translate spanish ch4_nanolab_late_9396d8f6:

    # tarek sad "Teething problems. Literally. Every new thing hurts somebody first. Penicillin gave people rashes."
    tarek sad "Problemas de dentición. Literalmente. Todo lo nuevo le hace daño a alguien primero. La penicilina daba sarpullidos."

# game/story/ch4_perfect_smile.rpy:471
translate spanish ch4_nanolab_late_fb159e68:

    # tarek angry "Nobody puts the rashes on the Wall, Alyssa. They put the cure."
    tarek angry "Nadie pone los sarpullidos en el Muro, Alyssa. Ponen la cura."

# game/story/ch4_perfect_smile.rpy:474
translate spanish ch4_nanolab_late_b6f07ecb:

    # alyssa worried "Your trial reports zero complications. Zero, in six hundred and twelve mouths."
    alyssa worried "Tu ensayo registra cero complicaciones. Cero, en seiscientas doce bocas."

# game/story/ch4_perfect_smile.rpy:475
translate spanish ch4_nanolab_late_bf763a58:

    # tarek happy "I'm very good."
    tarek happy "Es que soy muy bueno."

# game/story/ch4_perfect_smile.rpy:476
translate spanish ch4_nanolab_late_d7655dff:

    # tarek neutral "Don't take the serum out of your demo. People will ask why, and I'd hate for you to have to answer them."
    tarek neutral "No quites el suero de tu demostración. La gente preguntará por qué, y me dolería que tuvieras que contestarles."

# game/story/ch4_perfect_smile.rpy:477
translate spanish ch4_nanolab_late_e7332dbd:

    # "He says it gently. It isn't gentle. He leaves the door open behind him, so that all three of us can hear him whistling down the corridor."
    "Lo dice con suavidad. No tiene nada de suave. Deja la puerta abierta al salir, para que los tres lo oigamos silbar por el pasillo."

# game/story/ch4_perfect_smile.rpy:481
translate spanish ch4_nanolab_late_87d461ba:

    # "Marcus sits up in his hammock."
    "Marcus se incorpora en la hamaca."

# game/story/ch4_perfect_smile.rpy:483
translate spanish ch4_nanolab_late_ca64ac48:

    # marcus "I'm the aftercare consult on Vance. I can see his pod. Pod says stable. Pain self-report two out of ten. Affect reading: content, ninety-seven percent."
    marcus "Soy el consultor de seguimiento de Vance. Veo su cápsula. La cápsula dice estable. Dolor autoevaluado: dos sobre diez. Lectura de afecto: contento, noventa y siete por ciento."

# game/story/ch4_perfect_smile.rpy:485
translate spanish ch4_nanolab_late_e7cfb0d4:

    # marcus angry "Nobody's ninety-seven percent content. I live on a boat and I'm not ninety-seven percent content."
    marcus angry "Nadie está contento al noventa y siete por ciento. Yo vivo en un barco y no estoy contento al noventa y siete por ciento."

# game/story/ch4_perfect_smile.rpy:487
translate spanish ch4_nanolab_late_1d5fa811:

    # alyssa "Someone needs to look at him. Not a pod. Someone."
    alyssa "Alguien tiene que ir a verlo. No una cápsula. Alguien."

# game/story/ch4_perfect_smile.rpy:489
translate spanish ch4_nanolab_late_fbb95e6e:

    # marcus "Don't look at me. I'm a hologram. That's kind of been my whole problem."
    marcus "A mí no me mires. Soy un holograma. Ese ha sido más o menos todo mi problema."

# game/story/ch4_perfect_smile.rpy:705
translate spanish ch4_rejoin_a8968175:

    # calla sad "Mr. Adair. You told me in my own surgery that I let your mother die. I have thought about it every night since. I am not going to stand in a room and let it happen again politely."
    calla sad "Señor Adair. Usted me dijo en mi propia consulta que dejé morir a su madre. Lo he pensado todas las noches desde entonces. No voy a quedarme en una habitación dejando que vuelva a pasar con buenos modales."

# game/story/ch4_perfect_smile.rpy:706
translate spanish ch4_rejoin_cec65791:

    # calla neutral "So you will choose, and I will abide by it. Which of us do you trust with him tonight?"
    calla neutral "Así que usted elegirá, y yo lo acataré. ¿En quién de nosotros confía para él esta noche?"

# game/story/ch4_perfect_smile.rpy:747
translate spanish ch4_hands_only_b77b6158:

    # "Three spicules of misplaced tooth, white as rice, drop one by one into a steel dish. Leo holds the light steady for most of an hour. Jolene stands at the window with her scanner switched off, mouthing numbers."
    "Tres espículas de diente fuera de sitio, blancas como granos de arroz, caen una a una en una bandeja de acero. Leo sostiene la luz sin temblar durante casi una hora. Jolene está de pie junto a la ventana, con el escáner apagado, moviendo los labios con números."

# game/story/ch4_perfect_smile.rpy:836
translate spanish ch4_aftermath_58b889fa:

    # jonah angry "He's closing the Wall's morning on Saturday. Noon. The slot everybody stays for."
    jonah angry "El sábado cierra la mañana del Muro. A mediodía. El turno por el que todos se quedan."

# game/story/ch4_perfect_smile.rpy:38
translate spanish ch4_holo_scan_7ee3dbe5:

    # ava happy "Milo, you're the first thing that's ever complimented my enamel. I'm drawing you a medal tonight, in gold ink, and you won't like the likeness."
    ava happy "Milo, eres lo primero que me ha echado nunca un piropo al esmalte. Esta noche te dibujo una medalla, en tinta dorada, y no te va a gustar el parecido."

# game/story/ch4_perfect_smile.rpy:42
translate spanish ch4_holo_scan_c3e5fa6a:

    # ava neutral "And that's the famous gap. I put it in every self-portrait, the way other people sign their name. I'm on the waiting list for Tarek Liu's serum, so the self-portraits may need correcting."
    ava neutral "Y ese es el famoso hueco. Lo pongo en cada autorretrato, como otros firman con su nombre. Estoy en la lista de espera del suero de Tarek Liu, así que puede que haya que corregir los autorretratos."

# game/story/ch4_perfect_smile.rpy:48
translate spanish ch4_holo_scan_c5805747:

    # ava neutral "I've been avoiding dentists for twenty-four years. It's the only thing I've practised longer than drawing. I nearly avoided this one. A VTA sent me to the wrong Dr. Voss again."
    ava neutral "Llevo veinticuatro años esquivando dentistas. Es lo único que he practicado más que el dibujo. A esta casi la esquivo. Un AVT me volvió a mandar a la Dra. Voss equivocada."

# game/story/ch4_perfect_smile.rpy:54
translate spanish ch4_holo_scan_018812c9:

    # "Elara's face closes, briefly."
    "La cara de Elara se cierra un momento."

# game/story/ch4_perfect_smile.rpy:112
translate spanish ch4_vr_therapy_d9ce7c65:

    # ava sad "...Go on. Slowly."
    ava sad "...Sigue. Despacio."

# game/story/ch4_perfect_smile.rpy:147
translate spanish ch4_no_hands_b51a1831:

    # ava "Warm rain, and me on the dry side of the glass. I didn't think anything about anything. Is that allowed?"
    ava "Lluvia templada, y yo del lado seco del cristal. No he pensado nada de nada. ¿Eso está permitido?"

# game/story/ch4_perfect_smile.rpy:185
translate spanish ch4_vr_bridge_d0927944:

    # ava surprised "You knew before I did. I can't decide whether to draw you with a halo or a trench coat."
    ava surprised "Lo has sabido antes que yo. No sé si dibujarte con aureola o con gabardina de espía."

# game/story/ch4_perfect_smile.rpy:207
translate spanish ch4_milo_finds_e5304a0b:

    # elara sad "She rehearses. She always has."
    elara sad "Ensaya. Siempre ha ensayado."

# game/story/ch4_perfect_smile.rpy:239
translate spanish ch4_milo_finds_5d39a3f0:

    # "The drone goes out after him. The boy with the umbrella goes last, and shuts the door behind him with enormous care."
    "El dron sale tras él. El chico del paraguas sale el último y cierra la puerta con muchísimo cuidado."

# game/story/ch4_perfect_smile.rpy:409
translate spanish ch4_nanolab_06dbf58b:

    # "The font stutters. The cyan goes pale at the edges. Alyssa kills the query."
    "La tipografía tartamudea. El cian palidece por los bordes. Alyssa cancela la consulta."

# game/story/ch4_perfect_smile.rpy:472
translate spanish ch4_nanolab_late_fd431797:

    # "He's gone before she can answer. The door sighs shut behind him."
    "Se ha ido antes de que ella pueda contestar. La puerta se cierra tras él con un suspiro."

# game/story/ch4_perfect_smile.rpy:808
translate spanish ch4_pod_rerun_00c40ca0:

    # "It works, faster than any hands could. Threads of enzyme find each growth, a nerve block settles the lightning, and in nineteen minutes Jonah's fever is falling, a tenth of a degree a minute."
    "Funciona, más deprisa de lo que podría cualquier par de manos. Hilos de enzima encuentran cada crecimiento, un bloqueo nervioso calma los relámpagos, y en diecinueve minutos la fiebre de Jonah baja, una décima de grado por minuto."

# game/story/ch4_perfect_smile.rpy:814
translate spanish ch4_pod_rerun_bc873e36:

    # "He doesn't look at Calla. She's packing her bag. Leo looks down at his own hands and puts them in his pockets."
    "No mira a Calla. Ella está recogiendo el maletín. Leo se mira las manos y se las mete en los bolsillos."

# game/story/ch4_perfect_smile.rpy:269
translate spanish ch4_milo_finds_9b5aba23:

    # "Elara puts her pen down precisely, the way you put down something you'd like to throw."
    "Elara deja el bolígrafo con precisión, como se deja algo que te gustaría tirar."

# game/story/ch4_perfect_smile.rpy:280
translate spanish ch4_milo_finds_520b4309:

    # "She looks at me for a long moment. Her evidence, her patient, her call. She still wants a witness."
    "Me mira un buen rato. Sus pruebas, su paciente, su decisión. Aun así quiere un testigo."

translate spanish strings:

    # game/story/ch4_perfect_smile.rpy:716
    old "Opens if Calla took Jonah's paper baselines in chapter 2."
    new "Se abre si Calla tomó en papel los valores basales de Jonah en el capítulo 2."

# game/story/ch4_perfect_smile.rpy:374
translate spanish ch4_nanolab_35725c7c:

    # marcus sad "Full confession, 'cause it's that kind of night. Eight years I've been diagnosin' folks from a hammock. ELARA says it, I say it back nicer. Somebody at a conference called me lazy. They weren't wrong."
    marcus sad "Confesión completa, que es una de esas noches. Ocho años llevo diagnosticando a la gente desde una hamaca. ELARA lo dice, yo lo repito más bonito. En un congreso alguien me llamó flojo. No le faltaba razón."

# game/story/ch4_perfect_smile.rpy:318
translate spanish ch4_hold_it_c96dc931:

    # milo worried "Twelve sign-ups a day. By Saturday, that's sixty more people. Sorry! You said to tell you numbers even when they're bad."
    milo worried "Doce inscripciones al día. Para el sábado, serán sesenta personas más. ¡Perdón! Me dijiste que te dijera los números aunque fueran malos."

# game/story/ch4_perfect_smile.rpy:278
translate spanish ch4_milo_finds_86e810b4:

    # elara neutral "And if I say nothing, twelve patients a day consent to his serum on a record I know is false."
    elara neutral "Y si no digo nada, doce pacientes al día dan su consentimiento a su suero sobre un registro que sé que es falso."

# game/story/ch4_perfect_smile.rpy:44
translate spanish ch4_holo_scan_d7c09263:

    # elara "Now my hands go in my lap, and nothing touches you. If you would like to tell Noah about the gap, there is time. If not, there is time for that too."
    elara "Ahora pongo las manos en el regazo, y nada te toca. Si quieres contarle a Noah lo del hueco, hay tiempo. Si no, también hay tiempo para eso."

# game/story/ch4_perfect_smile.rpy:710
translate spanish ch4_rejoin_4814d1d8:

    # calla neutral "Mr. Adair. Seventy-one percent, the suite told us about your mother. Not a hundred, and not zero. Which of us do you trust with him tonight?"
    calla neutral "Noah. Setenta y uno por ciento, nos dijo la unidad sobre tu madre. Ni cien, ni cero. ¿En quién de nosotros confías esta noche para cuidarlo?"

# game/story/ch4_perfect_smile.rpy:272
translate spanish ch4_milo_finds_252e33b8:

    # elara "And Ava is on the ReGrow waiting list, for the gap. She told me so as if it were a joke, Mr. Adair. It was not one."
    elara "Y Ava está en la lista de espera de ReGrow, por el hueco. Me lo contó como si fuera un chiste, señor Adair. No lo era."

# game/story/ch4_perfect_smile.rpy:220
translate spanish ch4_milo_finds_b9690f01:

    # elara neutral "Dr. Liu. The Wall gave you noon and me the slot before the coffee. You are welcome all the same."
    elara neutral "Dr. Liu. El Muro le dio a usted el mediodía y a mí el turno de antes del café. Bienvenido de todos modos."

# game/story/ch4_perfect_smile.rpy:12
translate spanish ch4_holo_scan_888f2413:

    # centered "{size=+16}Monday{/size}\n\nFive days to the Health Wall"
    centered "{size=+16}Lunes{/size}\n\nCinco días para el Muro de la Salud"

# game/story/ch4_perfect_smile.rpy:18
translate spanish ch4_holo_scan_747a21eb:

    # "In my bag: a 5β firmware wand for Dr. Voss's chair reader, and a chip Max burned overnight so her assistant can run the Bridge. The note on it says {i}ugly but it works.{/i}"
    "En mi bolsa: una varita con el firmware 5β para el lector del sillón de la Dra. Voss, y un chip que Max grabó anoche para que su asistente pueda ejecutar el Puente. La nota pegada dice {i}feo pero funciona.{/i}"

# game/story/ch4_perfect_smile.rpy:70
translate spanish ch4_holo_scan_ca913b5b:

    # milo "Rehearsal count: thirty-three! Elara still says \"um\" before the word \"consent\"! Every single time!"
    milo "¡Ensayos: treinta y tres! ¡Elara todavía dice \"eh\" antes de la palabra \"consentimiento\"! ¡Todas y cada una de las veces!"

# game/story/ch4_perfect_smile.rpy:225
translate spanish ch4_milo_finds_a73a8b1e:

    # milo "Dr. Liu's waiting list is four thousand and six people! Ours is Ava! That's four thousand and six to one!"
    milo "¡La lista de espera del doctor Liu es de cuatro mil seis personas! ¡La nuestra es Ava! ¡Cuatro mil seis a una!"

# game/story/ch4_perfect_smile.rpy:580
translate spanish ch4_penthouse_bridge_415e9a0a:

    # mx "It won't braid. It's supposed to be one line. He's two lines. Body says one thing, face says— I can't merge him. It's not the code, it's—"
    mx "No se trenza. Tendría que ser una línea. En él salen dos líneas. El cuerpo dice una cosa, la cara dice— no puedo fusionarlo. No es el código, es—"

# game/story/ch4_perfect_smile.rpy:684
translate spanish ch4_rejoin_a6713c64:

    # calla "Thank you. Open, please."
    calla "Gracias. Abra, por favor."

# game/story/ch4_perfect_smile.rpy:686
translate spanish ch4_rejoin_7769763b:

    # "He opens. Her fingers go to his upper gum, above the veneers, light as reading braille. She stops in three places."
    "Él abre la boca. Los dedos de ella van a su encía superior, por encima de las carillas, ligeros como quien lee braille. Se detienen en tres puntos."

# game/story/ch4_perfect_smile.rpy:812
translate spanish ch4_pod_rerun_afa9e6dc:

    # calla "Patient's self-report unreliable. Weight affect at zero. No baseline on file: the liaison signed without one. Three sites of suspected ectopic growth, upper gum, positions as marked."
    calla "Autoevaluación del paciente no fiable. Ponderar el afecto a cero. Sin valores basales en la ficha: el enlace firmó sin ellos. Tres puntos de sospecha de crecimiento ectópico, encía superior, posiciones según lo marcado."

# game/story/ch4_perfect_smile.rpy:813
translate spanish ch4_pod_rerun_430073dd:

    # "Jolene types that clause too, word for word. She doesn't look at me."
    "Jolene teclea también esa frase, palabra por palabra. No me mira."

# game/story/ch4_perfect_smile.rpy:857
translate spanish ch4_aftermath_58d56584:

    # "Under it, a message from Max, sent at 5:12 a.m.: {i}patch still ready. nobody's asked for it. it's fine. it's not fine.{/i}"
    "Debajo, un mensaje de Max, enviado a las 5:12 de la madrugada: {i}el parche sigue listo. nadie lo ha pedido. todo bien. nada bien.{/i}"

# game/story/ch4_perfect_smile.rpy:864
translate spanish ch4_aftermath_0055ef62:

    # "And one more, from a Tower number with no name on it, sent at 4:40: {i}Mr. Adair. I have read my sister's file four times. Either her numbers are wrong or mine are, and I have not yet decided which I would prefer. M. Voss.{/i}"
    "Y uno más, de un número de la Torre sin nombre, enviado a las 4:40: {i}Señor Adair. He leído cuatro veces el expediente de mi hermana. O sus números están mal o lo están los míos, y todavía no he decidido cuál de las dos cosas preferiría. M. Voss.{/i}"

# game/story/ch4_perfect_smile.rpy:159
translate spanish ch4_no_hands_b24ea1f9:

    # elara sad "Every VTA in this city sends people to my sister. I wanted one thing done by the Dr. Voss they don't send you to."
    elara sad "Todos los AVT de esta ciudad mandan a la gente con mi hermana. Yo quería que una sola cosa la hiciera la Dra. Voss a la que no te mandan."

# game/story/ch4_perfect_smile.rpy:235
translate spanish ch4_milo_finds_9b37b520:

    # "For a second his face does nothing at all. Then the smile finds its way back to it, as a dog finds its way home."
    "Durante un segundo, su cara no hace nada. Luego la sonrisa encuentra el camino de vuelta, como un perro encuentra el camino a casa."

# game/story/ch4_perfect_smile.rpy:310
translate spanish ch4_share_trio_74c69dc7:

    # "It's the smallest thing she can ask her sister without telling her why, and she hates asking it. I can see her hating it."
    "Es lo mínimo que puede pedirle a su hermana sin decirle por qué, y odia pedirlo. Veo cómo lo odia."

# game/story/ch4_perfect_smile.rpy:354
translate spanish ch4_nanolab_cdd56a5c:

    # "My job here is dull and important: fitting the 5β handshake that will link every Mender dispenser in the city to ELARA and the chips. Not one head turns to watch me do it."
    "Mi trabajo aquí es aburrido e importante: instalar el handshake 5β que conectará todos los dispensadores de Menders de la ciudad con ELARA y con los chips. Ni una cabeza se vuelve para mirarme mientras lo hago."

# game/story/ch4_perfect_smile.rpy:394
translate spanish ch4_nanolab_fbad404e:

    # elara_ai "PATIENT VANCE, J. PERFECT SMILE COMPATIBILITY: 99.4 PERCENT. OUTCOME: GUARANTEED."
    elara_ai "PACIENTE VANCE, J. COMPATIBILIDAD CON LA SONRISA PERFECTA: 99,4 POR CIENTO. RESULTADO: GARANTIZADO."

# game/story/ch4_perfect_smile.rpy:522
translate spanish ch4_penthouse_leo_69348e28:

    # "Leo takes the chair by the window, at the polite distance he must keep from nervous patients at Preserve."
    "Leo ocupa la silla junto a la ventana, a la distancia educada que debe de guardar con los pacientes nerviosos en Preserve."

# game/story/ch4_perfect_smile.rpy:599
translate spanish ch4_tower_watch_9dd93e2d:

    # "The pod is a SmarTeeth pod. Their night floor sees more of it than Marcus ever will. And the guest pass Julian gave me for the tour still glows in my wallet."
    "La cápsula es una cápsula de SmarTeeth. Su planta nocturna ve más de ella de lo que Marcus verá nunca. Y el pase de invitado que Julian me dio para la visita todavía brilla en mi cartera."

# game/story/ch4_perfect_smile.rpy:613
translate spanish ch4_tower_watch_c18583a8:

    # julian "Noah. Back again. The tour didn't cure you, then. You look terrible, in the kindest way. Oh, pain, you're carrying all of it on your face."
    julian "Noah. Otra vez por aquí. La visita no te curó, entonces. Te ves fatal, en el sentido más cariñoso. Ay, dolor, lo llevas todo en la cara."

# game/story/ch4_perfect_smile.rpy:723
translate spanish ch4_rejoin_0148a58b:

    # calla neutral "Mr. Adair. You sign for those machines, and you came back to my chair anyway. Which of us do you trust with him tonight?"
    calla neutral "Noah. Tú firmas por esas máquinas, y aun así volviste a mi sillón. ¿En quién de nosotros confías esta noche para cuidarlo?"

# game/story/ch4_perfect_smile.rpy:757
translate spanish ch4_hands_only_1efaa248:

    # "Before she starts, Calla takes the green notebook out of her coat and opens it on the instrument tray, at a page none of us has been shown. She doesn't look at it again. Her hands already know what it says."
    "Antes de empezar, Calla saca el cuaderno verde del abrigo y lo abre sobre la bandeja de instrumentos, en una página que ninguno de nosotros ha visto. No vuelve a mirarlo. Sus manos ya saben lo que dice."

# game/story/ch4_perfect_smile.rpy:773
translate spanish ch4_hands_only_599c3e0b:

    # jolene neutral "Hands. A whole point. No halves."
    jolene neutral "Manos. Un punto entero. Nada de medios."

# game/story/ch4_perfect_smile.rpy:788
translate spanish ch4_calla_jolene_9b5f1ceb:

    # jolene neutral "Scan, touch, scan. Page thirty-one, my way: the suite does Leo's ruler step. Your notebook."
    jolene neutral "Escanear, tocar, escanear. Página treinta y uno, a mi manera: la unidad hace el paso de la regla de Leo. Su cuaderno."

# game/story/ch4_perfect_smile.rpy:792
translate spanish ch4_calla_jolene_49d8fcf3:

    # jolene "Cover to cover. Don't tell anyone."
    jolene "De principio a fin. No se lo diga a nadie."

# game/story/ch4_perfect_smile.rpy:825
translate spanish ch4_pod_rerun_6ae6a29c:

    # "Her green notebook stays shut in her coat pocket. The pod gets her numbers. It doesn't get the margins."
    "Su cuaderno verde se queda cerrado en el bolsillo del abrigo. La cápsula recibe sus números. No recibe los márgenes."

# game/story/ch4_perfect_smile.rpy:873
translate spanish ch4_aftermath_9c388af6:

    # "Under it, still pinned from last week, a SmarTeeth notice: {i}Relay hotfix deployed. Re-identification disabled. We apologise to affected Optimizers.{/i} It came forty hours after my call, as promised. It doesn't say whether the fix made it into the 5β build."
    "Debajo, todavía fijado desde la semana pasada, un aviso de SmarTeeth: {i}Parche urgente del repetidor desplegado. Reidentificación desactivada. Pedimos disculpas a los Optimizadores afectados.{/i} Llegó cuarenta horas después de mi llamada, como prometió. No dice si la corrección ha llegado a la versión 5β."

# game/story/ch4_perfect_smile.rpy:229
translate spanish ch4_milo_finds_0f673cee:

    # elara "Milo counts everything, Dr. Liu. He has never counted who comes back."
    elara "Milo lo cuenta todo, doctor Liu. Nunca ha contado quién vuelve."

# game/story/ch4_perfect_smile.rpy:798
translate spanish ch4_calla_jolene_4e879c0f:

    # calla "And here. Your machine says artefact. My probe is on it, and it's a tooth. Mark it."
    calla "Y aquí. Su máquina dice artefacto. Tengo la sonda encima, y es un diente. Márquelo."

