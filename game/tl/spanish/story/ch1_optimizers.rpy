# game/story/ch1_optimizers.rpy:11
translate spanish ch1_d23ab521:

    # centered "{size=+16}Monday{/size}\n\nThree weeks to the Health Wall"
    centered "{size=+16}Lunes{/size}\n\nTres semanas para el Muro de la Salud"

# game/story/ch1_optimizers.rpy:13
translate spanish ch1_e5a2fc4c:

    # "The Lowline wakes up wet. Steam off the canal, shutters rattling up, a noodle cart hissing under a sign that still says Caledonia because nobody has paid to change it."
    "La Lowline se despierta mojada. Vapor sobre el canal, persianas metálicas que suben traqueteando, un carrito de fideos que sisea bajo un letrero que todavía dice Caledonia porque nadie ha pagado para cambiarlo."

# game/story/ch1_optimizers.rpy:14
translate spanish ch1_65a1f701:

    # "Every third person on the street has a faint blue point of light when they smile. That's a Smart Oral Enhancer saying good morning. Free for life. Data-sharing terms apply."
    "Una de cada tres personas en la calle muestra un tenue punto de luz azul al sonreír. Es un Potenciador Oral Inteligente dando los buenos días. Gratis de por vida. Sujeto a condiciones de cesión de datos."

# game/story/ch1_optimizers.rpy:23
translate spanish ch1_dashboards_2cfb8905:

    # "Ray Bio-Dental lives in the old Lowline tram shed. The rails are still in the floor under the resin, and if you know where to look you can see the pit where they used to drop the bogies for brake work."
    "Ray Bio-Dental ocupa las viejas cocheras de tranvías de la Lowline. Los raíles siguen en el suelo, bajo la resina, y si sabes dónde mirar puedes ver el foso donde bajaban los bogies para revisarles los frenos."

# game/story/ch1_optimizers.rpy:24
translate spanish ch1_dashboards_122889d0:

    # "My mother fixed brakes in this shed for thirty years. I try not to think about that before coffee."
    "Mi madre arregló frenos en estas cocheras durante treinta años. Intento no pensar en eso antes del café."

# game/story/ch1_optimizers.rpy:25
translate spanish ch1_dashboards_5f4bc1f0:

    # "Twelve chairs now, no walls between them. Above each one hangs a drone the size of a dinner plate, humming in a key I stopped hearing a year ago."
    "Ahora hay doce sillones, sin paredes entre ellos. Sobre cada uno flota un dron del tamaño de un plato llano, zumbando en una tonalidad que dejé de oír hace un año."

# game/story/ch1_optimizers.rpy:26
translate spanish ch1_dashboards_4e6a50e2:

    # "Over every chair a patient's history scrolls in the air, in the pale green of good news: enamel density, pocket depth, saliva pH, the little lifetime of a mouth."
    "Sobre cada sillón, el historial del paciente se desplaza en el aire, en el verde pálido de las buenas noticias: densidad del esmalte, profundidad de las bolsas, pH de la saliva, la pequeña biografía de una boca."

# game/story/ch1_optimizers.rpy:27
translate spanish ch1_dashboards_661da894:

    # "A drone drops to Chair Four, breathes a fine mist, flickers blue, and rises. A nine-year-old gets up with a lesion arrested and no idea anything happened. He's already on his phone."
    "Un dron baja hasta el sillón cuatro, exhala una neblina fina, parpadea en azul y vuelve a subir. Un niño de nueve años se levanta con una lesión detenida y sin la menor idea de que haya pasado nada. Ya está con el teléfono."

# game/story/ch1_optimizers.rpy:28
translate spanish ch1_dashboards_cc1f6c2b:

    # "Dr. Asha Ray stands in the middle of it all, reading the air."
    "La Dra. Asha Ray está en medio de todo, leyendo el aire."

# game/story/ch1_optimizers.rpy:29
translate spanish ch1_dashboards_70719c50:

    # asha "Chair Four, lesion arrested, remineralisation at ninety-four percent. Chair Nine, pocket depth down a millimetre. Noah, your Heights compliance dropped four points over the weekend. Good morning."
    asha "Sillón cuatro, lesión detenida, remineralización al noventa y cuatro por ciento. Sillón nueve, profundidad de bolsa un milímetro menor. Noah, la adherencia de tus pacientes de Caledonia Heights ha bajado cuatro puntos este fin de semana. Buenos días."

# game/story/ch1_optimizers.rpy:30
translate spanish ch1_dashboards_2d78094b:

    # noah happy "Morning, Doctor. My weekend was fine, thanks for asking."
    noah happy "Buenos días, doctora. Mi fin de semana fue bien, gracias por preguntar."

# game/story/ch1_optimizers.rpy:31
translate spanish ch1_dashboards_76d0dde1:

    # asha "I didn't ask."
    asha "No he preguntado."

# game/story/ch1_optimizers.rpy:32
translate spanish ch1_dashboards_6119cd1a:

    # noah neutral "I know. I was modelling it for you."
    noah neutral "Ya lo sé. Era para que vieras cómo se hace."

# game/story/ch1_optimizers.rpy:33
translate spanish ch1_dashboards_eafe4311:

    # "She almost smiles, but a number moves in the corner of her eye and she goes after it instead."
    "Casi sonríe, pero una cifra se mueve en el rabillo de su ojo y se va detrás de ella."

# game/story/ch1_optimizers.rpy:36
translate spanish ch1_dashboards_df3e11df:

    # "Her tablet chimes. A SmarTeeth seal, a document with a page count in three figures. She presses her thumb to it without scrolling."
    "Su tableta suena. Un sello de SmarTeeth, un documento con un número de páginas de tres cifras. Apoya el pulgar sin desplazarse por él."

# game/story/ch1_optimizers.rpy:37
translate spanish ch1_dashboards_0f4ba667:

    # noah "Are you going to read that?"
    noah "¿Vas a leerte eso?"

# game/story/ch1_optimizers.rpy:40
translate spanish ch1_dashboards_44c05201:

    # noah "That sounds good."
    noah "Suena bien."

# game/story/ch1_optimizers.rpy:41
translate spanish ch1_dashboards_926498d5:

    # asha "It is good."
    asha "Es que está bien."

# game/story/ch1_optimizers.rpy:42
translate spanish ch1_dashboards_4401c52f:

    # "The tablet says SIGNED in a cheerful font. Somewhere downtown, something that has been waiting for her thumb starts moving."
    "La tableta dice FIRMADO con una tipografía alegre. En algún lugar del centro, algo que llevaba tiempo esperando su pulgar se pone en marcha."

# game/story/ch1_optimizers.rpy:51
translate spanish ch1_why_cry_8987dcaf:

    # "The chair's readout dips toward zero: pain index, the number Asha loves most. And the man begins to cry."
    "El indicador del sillón baja hacia cero: el índice de dolor, la cifra que Asha más quiere. Y el hombre se echa a llorar."

# game/story/ch1_optimizers.rpy:52
translate spanish ch1_why_cry_14028891:

    # "Not loudly. The tears just come, out of the corners of his eyes and into his ears, while the rest of his face stays put."
    "Sin ruido. Las lágrimas simplemente salen, desde el rabillo de los ojos hasta las orejas, mientras el resto de la cara se queda donde está."

# game/story/ch1_optimizers.rpy:53
translate spanish ch1_why_cry_074fb585:

    # asha "Cortisol spike, Chair Seven. Pain index zero point one. He's fine."
    asha "Pico de cortisol, sillón siete. Índice de dolor, cero coma uno. Está bien."

# game/story/ch1_optimizers.rpy:56
translate spanish ch1_why_cry_357dc973:

    # "Otto rolls up beside me on its soft wheels: a boxy service robot with one round lens, a tray arm and a speaker grille, Asha's assistant and the closest thing Ray Bio-Dental has to a receptionist."
    "Otto se acerca rodando a mi lado sobre sus ruedas blandas: un robot de servicio con forma de caja, una lente redonda, un brazo bandeja y una rejilla de altavoz; el asistente de Asha y lo más parecido a un recepcionista que tiene Ray Bio-Dental."

# game/story/ch1_optimizers.rpy:57
translate spanish ch1_why_cry_9ff6777c:

    # otto "Noah. A question. The pain index in Chair Seven is zero point one. His tear production is significantly above baseline. Is the dashboard wrong?"
    otto "Noah. Una pregunta. El índice de dolor del sillón siete es cero coma uno. Su producción de lágrimas está muy por encima del valor basal. ¿Se equivoca el panel?"

# game/story/ch1_optimizers.rpy:58
translate spanish ch1_why_cry_dd2ba594:

    # noah neutral "The dashboard's right."
    noah neutral "El panel tiene razón."

# game/story/ch1_optimizers.rpy:59
translate spanish ch1_why_cry_f71f5523:

    # otto surprised "Then why do people cry?"
    otto surprised "Entonces, ¿por qué llora la gente?"

# game/story/ch1_optimizers.rpy:60
translate spanish ch1_why_cry_cec671f5:

    # "Asha doesn't look up. I go over to Chair Seven and crouch down, because it seems rude to answer a question like that standing."
    "Asha no levanta la vista. Me acerco al sillón siete y me agacho, porque me parece de mala educación responder a una pregunta así de pie."

# game/story/ch1_optimizers.rpy:61
translate spanish ch1_why_cry_6e013896:

    # "Mr. Osei" "Eleven years. Eleven years that tooth's been at me. I worked double shifts on it. I got married on it."
    "Sr. Osei" "Once años. Once años dándome guerra esa muela. Doblé turnos con ese dolor. Me casé con ese dolor."

# game/story/ch1_optimizers.rpy:62
translate spanish ch1_why_cry_24f6bff4:

    # "Mr. Osei" "And a plate with a light in it fixed it in six minutes."
    "Sr. Osei" "Y un plato con una lucecita lo ha arreglado en seis minutos."

# game/story/ch1_optimizers.rpy:63
translate spanish ch1_why_cry_73b7f87c:

    # "He laughs, wet and furious, at the drone, at himself, at the eleven years."
    "Se ríe, entre lágrimas y furioso, del dron, de sí mismo, de los once años."

# game/story/ch1_optimizers.rpy:64
translate spanish ch1_why_cry_6c8613ca:

    # noah sad "Sometimes people cry when it stops hurting. The hurting was holding something up."
    noah sad "A veces la gente llora cuando deja de doler. El dolor sostenía algo."

# game/story/ch1_optimizers.rpy:65
translate spanish ch1_why_cry_6eb0e52f:

    # otto neutral "That is inefficient. I mean no offence. I am writing it down."
    otto neutral "Eso es ineficiente. No pretendo ofender. Lo estoy anotando."

# game/story/ch1_optimizers.rpy:66
translate spanish ch1_why_cry_b4a921e1:

    # "Otto's lens turns from the man to me and stays there a moment too long, like it's filing me under the same heading."
    "La lente de Otto pasa del hombre a mí y se queda ahí un instante de más, como si me estuviera archivando bajo el mismo epígrafe."

# game/story/ch1_optimizers.rpy:67
translate spanish ch1_why_cry_d1c312ef:

    # otto happy "I have also been practising a joke. Why did the drone cross the clinic?"
    otto happy "También he estado ensayando un chiste. ¿Por qué cruzó el dron la clínica?"

# game/story/ch1_optimizers.rpy:68
translate spanish ch1_why_cry_a9cb3a53:

    # noah neutral "Why?"
    noah neutral "¿Por qué?"

# game/story/ch1_optimizers.rpy:69
translate spanish ch1_why_cry_6ebb5a5e:

    # otto "Because it was scheduled to."
    otto "Porque estaba programado."

# game/story/ch1_optimizers.rpy:70
translate spanish ch1_why_cry_99f9650e:

    # otto neutral "I am told the important part of a joke is the surprise. I am still working on the surprise."
    otto neutral "Me han dicho que lo importante de un chiste es la sorpresa. Todavía estoy trabajando en la sorpresa."

# game/story/ch1_optimizers.rpy:71
translate spanish ch1_why_cry_36243b0e:

    # noah happy "You'll get there. Surprise is mostly timing and a bit of cruelty."
    noah happy "Ya llegarás. La sorpresa es sobre todo cuestión de ritmo y de un poquito de crueldad."

# game/story/ch1_optimizers.rpy:72
translate spanish ch1_why_cry_da4da3b8:

    # otto worried "I will work on the timing."
    otto worried "Trabajaré el ritmo."

# game/story/ch1_optimizers.rpy:81
translate spanish ch1_flower_421ad8b4:

    # "At ten-fifteen the intake arch by the door goes amber and then red, and a voice goes with it."
    "A las diez y cuarto, el arco de admisión junto a la puerta se pone ámbar y luego rojo, y una voz lo acompaña."

# game/story/ch1_optimizers.rpy:84
translate spanish ch1_flower_ff64d83e:

    # flower "Don't scan me."
    flower "No me escaneen."

# game/story/ch1_optimizers.rpy:85
translate spanish ch1_flower_e9988bac:

    # "She's in her late fifties, small and wiry, in a canvas coat with every pocket full of something. Radio valves, I find out later. Coils of wire. A screwdriver with its handle wrapped in tape."
    "Tendrá cincuenta y muchos, menuda y fibrosa, con un abrigo de lona que lleva todos los bolsillos llenos de algo. Válvulas de radio, descubro luego. Rollos de cable. Un destornillador con el mango envuelto en cinta."

# game/story/ch1_optimizers.rpy:86
translate spanish ch1_flower_19f033c2:

    # "She holds one hand flat over her mouth when she talks, like a lid."
    "Cuando habla se tapa la boca con la mano plana, como una tapadera."

# game/story/ch1_optimizers.rpy:87
translate spanish ch1_flower_3d8332bf:

    # otto "Welcome to Ray Bio-Dental. Please step through the arch so that we may greet your chip."
    otto "Bienvenida a Ray Bio-Dental. Por favor, pase por el arco para que podamos saludar a su chip."

# game/story/ch1_optimizers.rpy:88
translate spanish ch1_flower_dbc3ca89:

    # flower "Haven't got one. Don't want one. Need the tooth lady."
    flower "No tengo. No quiero. Busco a la de los dientes."

# game/story/ch1_optimizers.rpy:89
translate spanish ch1_flower_bdf52833:

    # asha "I'm Dr. Ray. Your name, please?"
    asha "Soy la Dra. Ray. ¿Su nombre, por favor?"

# game/story/ch1_optimizers.rpy:90
translate spanish ch1_flower_b2822ad6:

    # flower "Flower."
    flower "Flower."  # vn: same

# game/story/ch1_optimizers.rpy:91
translate spanish ch1_flower_7501e23e:

    # asha "Surname?"
    asha "¿Apellido?"

# game/story/ch1_optimizers.rpy:92
translate spanish ch1_flower_b2822ad6_1:

    # flower "Flower."
    flower "Flower."  # vn: same

# game/story/ch1_optimizers.rpy:94
translate spanish ch1_flower_b17a4fa5:

    # asha worried "No chip, no history. I can't see anything."
    asha worried "Sin chip no hay historial. No veo nada."

# game/story/ch1_optimizers.rpy:95
translate spanish ch1_flower_949f6a37:

    # noah neutral "You could look."
    noah neutral "Podrías mirar."

# game/story/ch1_optimizers.rpy:96
translate spanish ch1_flower_ea1b5cc4:

    # "Flower takes her hand from her mouth. Her lower gums are swollen, shiny and purple-red; two teeth lean against each other like drunks at a tram stop. Even from here I can smell the infection."
    "Flower se aparta la mano de la boca. Tiene las encías inferiores hinchadas, brillantes, de un rojo amoratado; dos dientes se apoyan el uno en el otro como dos borrachos en una parada de tranvía. Desde aquí huelo la infección."

# game/story/ch1_optimizers.rpy:97
translate spanish ch1_flower_ca1b3549:

    # "She sees my lanyard and her eyes go narrow."
    "Ve la acreditación que me cuelga del cuello y entorna los ojos."

# game/story/ch1_optimizers.rpy:98
translate spanish ch1_flower_7887a5a9:

    # flower angry "You're the chip man. I've seen you on Kessel Street putting them in kids."
    flower angry "Tú eres el de los chips. Te he visto en la calle Kessel metiéndoselos a los niños."

# game/story/ch1_optimizers.rpy:99
translate spanish ch1_flower_e882442f:

    # noah "Guilty. They were very brave kids."
    noah "Culpable. Y los niños, muy valientes."

# game/story/ch1_optimizers.rpy:100
translate spanish ch1_flower_fa84c4ee:

    # flower "They were very free kids. Nothing's free."
    flower "Y muy gratis. Nada es gratis."

# game/story/ch1_optimizers.rpy:102
translate spanish ch1_flower_ec3998c9:

    # flower "That thing talk to anybody?"
    flower "¿Ese trasto habla con alguien?"

# game/story/ch1_optimizers.rpy:103
translate spanish ch1_flower_8721b66b:

    # asha "It talks to me."
    asha "Hable conmigo."

# game/story/ch1_optimizers.rpy:104
translate spanish ch1_flower_093eee01:

    # flower "And who do you talk to?"
    flower "¿Y tú con quién hablas?"

# game/story/ch1_optimizers.rpy:105
translate spanish ch1_flower_5664907b:

    # asha "...The network."
    asha "...Con la red."

# game/story/ch1_optimizers.rpy:106
translate spanish ch1_flower_bda96243:

    # flower "Then no."
    flower "Entonces no."

# game/story/ch1_optimizers.rpy:108
translate spanish ch1_flower_f9bdfc1e:

    # flower neutral "Toothbrushes report now. Did you know that? Floss reports. The kiosk at the chemist reports. The Dunmore boy on my stairwell, his chip flagged him for stress grinding, and the insurer dropped the whole family inside a month."
    flower neutral "Ahora los cepillos de dientes dan parte. ¿Lo sabían? El hilo dental da parte. La máquina de la farmacia da parte. Al chico de los Dunmore, el de mi escalera, su chip lo marcó por bruxismo de estrés, y la aseguradora echó a toda la familia en menos de un mes."

# game/story/ch1_optimizers.rpy:109
translate spanish ch1_flower_6f242175:

    # flower "So I stopped buying anything that reports. Turns out that's everything."
    flower "Así que dejé de comprar todo lo que da parte. Resulta que es todo."

# game/story/ch1_optimizers.rpy:114
translate spanish ch1_flower_9e907a3d:

    # asha neutral "Noah. You're the liaison. Liaise."
    asha neutral "Noah. Tú eres el enlace. Pues enlaza."

# game/story/ch1_optimizers.rpy:134
translate spanish ch1_push_chip_e716c9ba:

    # "I give her the speech. I'm good at the speech. I've given it four hundred times."
    "Le suelto el discurso. Se me da bien el discurso. Lo he soltado cuatrocientas veces."

# game/story/ch1_optimizers.rpy:135
translate spanish ch1_push_chip_f7acc506:

    # noah neutral "Two of those teeth are going this month whatever we do. The rest you can keep. The chip finds the infection, the drones clear it, the swelling's down before you're home."
    noah neutral "Dos de esos dientes se van este mes hagamos lo que hagamos. Los demás puedes conservarlos. El chip encuentra la infección, los drones la limpian y la hinchazón habrá bajado antes de que llegues a casa."

# game/story/ch1_optimizers.rpy:136
translate spanish ch1_push_chip_ddd7779f:

    # noah "It's four minutes. You'll barely feel it."
    noah "Son cuatro minutos. Casi no lo notarás."

# game/story/ch1_optimizers.rpy:137
translate spanish ch1_push_chip_d733169a:

    # flower angry "I'll feel it. I'll feel it every day."
    flower angry "Lo notaré. Lo notaré todos los días."

# game/story/ch1_optimizers.rpy:138
translate spanish ch1_push_chip_e253c866:

    # asha "Your lower incisors have perhaps three weeks. After that it isn't a choice any more."
    asha "A sus incisivos inferiores les quedan quizá tres semanas. Después ya no será una elección."

# game/story/ch1_optimizers.rpy:140
translate spanish ch1_push_chip_6d55f151:

    # flower worried "Fine. Fine. Do it quick."
    flower worried "Está bien. Está bien. Rápido."

# game/story/ch1_optimizers.rpy:141
translate spanish ch1_push_chip_840eb7f3:

    # "The drone drops. Four minutes. A mist, a blue flicker, a tiny click as the chip seats below the gumline. Then the cleaning, the micro-dose of antibiotic, the seal."
    "El dron baja. Cuatro minutos. Una neblina, un parpadeo azul, un chasquido diminuto cuando el chip se asienta bajo la línea de la encía. Luego la limpieza, la microdosis de antibiótico, el sellado."

# game/story/ch1_optimizers.rpy:142
translate spanish ch1_push_chip_bd353fc6:

    # "It works. It works beautifully. Before she's out of the chair the purple has gone pink at the edges, and the history over her head begins to fill with green."
    "Funciona. Funciona de maravilla. Antes de que se levante del sillón, el morado ya se ha vuelto rosa por los bordes, y el historial sobre su cabeza empieza a llenarse de verde."

# game/story/ch1_optimizers.rpy:143
translate spanish ch1_push_chip_e4c7a09d:

    # flower neutral "It's humming."
    flower neutral "Zumba."

# game/story/ch1_optimizers.rpy:144
translate spanish ch1_push_chip_99790704:

    # noah "It doesn't hum."
    noah "No zumba."

# game/story/ch1_optimizers.rpy:145
translate spanish ch1_push_chip_d250486b:

    # flower "Not to you."
    flower "A ti no."

# game/story/ch1_optimizers.rpy:146
translate spanish ch1_push_chip_f81229ae:

    # "She gathers her bag and goes without looking back. The arch turns a friendly blue for her on the way out. She flinches at it."
    "Recoge su bolsa y se va sin mirar atrás. Al salir, el arco se pone de un azul amable para ella. Ella da un respingo."

# game/story/ch1_optimizers.rpy:148
translate spanish ch1_push_chip_01df3350:

    # otto neutral "Her heart rate did not fall below one hundred and ten for the whole procedure. The treatment succeeded. Did we?"
    otto neutral "Su frecuencia cardiaca no bajó de ciento diez en todo el procedimiento. El tratamiento ha tenido éxito. ¿Y nosotros?"

# game/story/ch1_optimizers.rpy:149
translate spanish ch1_push_chip_7fc4723a:

    # asha "Inflammation markers will halve by Friday. That's a save, Otto."
    asha "Los marcadores de inflamación se habrán reducido a la mitad el viernes. Eso es una paciente salvada, Otto."

# game/story/ch1_optimizers.rpy:150
translate spanish ch1_push_chip_acab95e0:

    # "Asha's already back in the air, filing Flower under green. I stand there with the speech still warm in my mouth."
    "Asha ya ha vuelto al aire y archiva a Flower en verde. Yo me quedo ahí plantado, con el discurso todavía caliente en la boca."

# game/story/ch1_optimizers.rpy:151
translate spanish ch1_push_chip_72a55622:

    # noah sad "Then why do I feel like I picked a lock?"
    noah sad "Entonces, ¿por qué siento que he forzado una cerradura?"

# game/story/ch1_optimizers.rpy:156
translate spanish ch1_by_hand_f18ff269:

    # noah neutral "Drones off over this chair. Let's do it the old way. Doctor, you do remember the old way?"
    noah neutral "Drones fuera de este sillón. Hagámoslo a la antigua. Doctora, ¿te acuerdas de cómo era a la antigua?"

# game/story/ch1_optimizers.rpy:159
translate spanish ch1_by_hand_c914d604:

    # asha "My hands are out of date, Noah."
    asha "Mis manos se han quedado anticuadas, Noah."

# game/story/ch1_optimizers.rpy:160
translate spanish ch1_by_hand_95426145:

    # noah "So's my mother's chair. It still works."
    noah "Como el sillón de mi madre. Y sigue funcionando."

# game/story/ch1_optimizers.rpy:161
translate spanish ch1_by_hand_411ccfd1:

    # "The drone over Flower's chair folds itself up and goes dark. There's no light, so I fetch the lamp from the back office and hold it."
    "El dron que hay sobre el sillón de Flower se pliega y se apaga. No hay luz, así que voy a buscar la lámpara del despacho del fondo y la sostengo yo."

# game/story/ch1_optimizers.rpy:162
translate spanish ch1_by_hand_d43f64df:

    # "It takes forty minutes. Asha's hands are slow and then less slow. Flower grips the arms and talks, because talking is the only lid she's got left."
    "Tarda cuarenta minutos. Las manos de Asha son lentas, y luego menos lentas. Flower se aferra a los brazos del sillón y habla, porque hablar es la única tapadera que le queda."

# game/story/ch1_optimizers.rpy:163
translate spanish ch1_by_hand_d6fe7a19:

    # flower neutral "Radio's honest, you know. Only sends when you press the button. Everything else now, it's always pressing the button."
    flower neutral "La radio es honrada, ¿sabes? Solo transmite cuando aprietas el botón. Ahora todo lo demás está siempre apretando el botón."

# game/story/ch1_optimizers.rpy:164
translate spanish ch1_by_hand_9fac6f26:

    # flower "I fix them at the Kessel market. Valve sets. People bring me their dead grandad's wireless and I make it talk again. They cry, some of them. I never know where to look."
    flower "Las arreglo en el mercado de Kessel. Aparatos de válvulas. La gente me trae la radio del abuelo muerto y yo hago que vuelva a hablar. Algunos lloran. Nunca sé adónde mirar."

# game/story/ch1_optimizers.rpy:165
translate spanish ch1_by_hand_4f07b59b:

    # "She stops and looks at me instead, the lamp shaking slightly in my hand."
    "Se interrumpe y me mira a mí, y la lámpara me tiembla un poco en la mano."

# game/story/ch1_optimizers.rpy:166
translate spanish ch1_by_hand_9de2582c:

    # flower sad "You've got somebody dead on you. I can hear it. You talk like a set with a loose valve."
    flower sad "Tú llevas a un muerto encima. Se te oye. Hablas como un aparato con una válvula floja."

# game/story/ch1_optimizers.rpy:167
translate spanish ch1_by_hand_6e541605:

    # noah sad "My mother. Last year. She wouldn't have a chip either."
    noah sad "Mi madre. El año pasado. Ella tampoco quiso chip."

# game/story/ch1_optimizers.rpy:168
translate spanish ch1_by_hand_ee2c4827:

    # flower "And now you put them in everybody."
    flower "Y ahora tú se los pones a todo el mundo."

# game/story/ch1_optimizers.rpy:169
translate spanish ch1_by_hand_fe6038d1:

    # noah "And now I put them in everybody."
    noah "Y ahora yo se los pongo a todo el mundo."

# game/story/ch1_optimizers.rpy:170
translate spanish ch1_by_hand_47d67439:

    # flower happy "She'd have liked me."
    flower happy "Le habría caído bien."

# game/story/ch1_optimizers.rpy:171
translate spanish ch1_by_hand_36144600:

    # noah happy "She'd have been right."
    noah happy "Y habría tenido razón."

# game/story/ch1_optimizers.rpy:172
translate spanish ch1_by_hand_cc7c165c:

    # "Flower's eyes fill. Otto's lens whirs, tracking the tears, searching for a number."
    "A Flower se le llenan los ojos de lágrimas. La lente de Otto zumba, sigue las lágrimas, busca una cifra."

# game/story/ch1_optimizers.rpy:173
translate spanish ch1_by_hand_0e2852ca:

    # otto worried "I do not have a pain index for her. Noah, how do you know whether it hurts?"
    otto worried "No tengo índice de dolor para ella. Noah, ¿cómo sabes si duele?"

# game/story/ch1_optimizers.rpy:174
translate spanish ch1_by_hand_e07550d5:

    # noah neutral "You ask."
    noah neutral "Preguntando."

# game/story/ch1_optimizers.rpy:175
translate spanish ch1_by_hand_55162a08:

    # otto neutral "Flower. Are you crying because it hurts?"
    otto neutral "Flower. ¿Llora usted porque le duele?"

# game/story/ch1_optimizers.rpy:176
translate spanish ch1_by_hand_1ebd387e:

    # flower happy "I'm crying because somebody asked, box."
    flower happy "Lloro porque alguien me lo ha preguntado, cacharro."

# game/story/ch1_optimizers.rpy:178
translate spanish ch1_by_hand_f742b67d:

    # otto "I am writing that down twice."
    otto "Eso lo anoto dos veces."

# game/story/ch1_optimizers.rpy:179
translate spanish ch1_by_hand_d2796b85:

    # asha neutral "Forty minutes for one mouth. The drones would have done it in six."
    asha neutral "Cuarenta minutos para una sola boca. Los drones lo habrían hecho en seis."

# game/story/ch1_optimizers.rpy:180
translate spanish ch1_by_hand_77f58bd2:

    # noah neutral "The drones wouldn't have got her into the chair."
    noah neutral "Los drones no la habrían sentado en el sillón."

# game/story/ch1_optimizers.rpy:181
translate spanish ch1_by_hand_5d7d9834:

    # "Asha doesn't answer. But when Flower leaves, Asha walks her to the door herself, and the arch stays dark, because Asha has switched it off with her thumb."
    "Asha no responde. Pero cuando Flower se marcha, Asha la acompaña ella misma hasta la puerta, y el arco se queda apagado, porque Asha lo ha desconectado con el pulgar."

# game/story/ch1_optimizers.rpy:187
translate spanish ch1_quiet_chip_4f838834:

    # noah neutral "There's a liaison setting. Clinical mode. The chip reads, the chip stores, and nothing leaves your mouth unless you press it to a reader yourself."
    noah neutral "Hay un ajuste de enlace. Modo clínico. El chip lee, el chip almacena, y nada sale de tu boca a menos que tú misma lo acerques a un lector."

# game/story/ch1_optimizers.rpy:188
translate spanish ch1_quiet_chip_1f533806:

    # asha worried "That's a research configuration. The network loses her completely. I lose her."
    asha worried "Esa es una configuración de investigación. La red la pierde por completo. Yo la pierdo."

# game/story/ch1_optimizers.rpy:189
translate spanish ch1_quiet_chip_7e8bc3bb:

    # noah "The network will survive. And you'll have to ask her how she is. Like a person."
    noah "La red sobrevivirá. Y tú tendrás que preguntarle cómo está. Como una persona."

# game/story/ch1_optimizers.rpy:190
translate spanish ch1_quiet_chip_fcd951a6:

    # flower neutral "Show me. Not on your screen. My ears."
    flower neutral "Demuéstramelo. Nada de pantallas. A mis oídos."

# game/story/ch1_optimizers.rpy:191
translate spanish ch1_quiet_chip_0a12d6ce:

    # "She digs in the canvas bag and comes up with a scanner the size of a brick, patched with tape, a dial on the front with the numbers worn off by her thumb."
    "Rebusca en la bolsa de lona y saca un escáner del tamaño de un ladrillo, remendado con cinta, con un dial delante cuyos números ha borrado su pulgar."

# game/story/ch1_optimizers.rpy:192
translate spanish ch1_quiet_chip_22fd65b0:

    # "Otto projects the chip's configuration into the air, line by line, and reads it aloud in its careful voice."
    "Otto proyecta la configuración del chip en el aire, línea a línea, y la lee en voz alta con su voz cuidadosa."

# game/story/ch1_optimizers.rpy:193
translate spanish ch1_quiet_chip_0607f6b7:

    # otto "Byte one: gum temperature. Byte two: saliva acidity. Bytes three to nine: bacterial load, by species. Location: disabled. Heart rate: disabled. Uplink: disabled."
    otto "Byte uno: temperatura de la encía. Byte dos: acidez de la saliva. Bytes tres a nueve: carga bacteriana, por especie. Ubicación: desactivada. Frecuencia cardiaca: desactivada. Transmisión: desactivada."

# game/story/ch1_optimizers.rpy:194
translate spanish ch1_quiet_chip_856db8d9:

    # otto "That is every byte, Flower. I am sorry there are not more. I was enjoying reading them to you."
    otto "Esos son todos los bytes, Flower. Lamento que no haya más. Estaba disfrutando leyéndoselos."

# game/story/ch1_optimizers.rpy:195
translate spanish ch1_quiet_chip_7720f14c:

    # "The drone fits the chip. Flower sits with her eyes shut and the scanner pressed to her cheek, turning the dial slowly through every band it has, the way my mother used to tune the kitchen radio to find the cricket."
    "El dron coloca el chip. Flower está sentada con los ojos cerrados y el escáner apretado contra la mejilla, girando despacio el dial por todas sus bandas, como hacía mi madre con la radio de la cocina buscando el partido."

# game/story/ch1_optimizers.rpy:196
translate spanish ch1_quiet_chip_6792cac9:

    # "Static. Static. Static."
    "Estática. Estática. Estática."

# game/story/ch1_optimizers.rpy:197
translate spanish ch1_quiet_chip_0c460ec1:

    # flower surprised "Quiet."
    flower surprised "Silencio."

# game/story/ch1_optimizers.rpy:198
translate spanish ch1_quiet_chip_475274d9:

    # flower neutral "It's quiet."
    flower neutral "Está callado."

# game/story/ch1_optimizers.rpy:200
translate spanish ch1_quiet_chip_5e3dcfa6:

    # flower "If it ever sings, I'll have it out with pliers. I've got very good pliers."
    flower "Como algún día se ponga a cantar, me lo saco con unos alicates. Tengo unos alicates muy buenos."

# game/story/ch1_optimizers.rpy:201
translate spanish ch1_quiet_chip_eaced4f3:

    # noah happy "I believe you."
    noah happy "Te creo."

# game/story/ch1_optimizers.rpy:202
translate spanish ch1_quiet_chip_289c5f26:

    # flower happy "You. Box. You read well. Slow. My mother used to read to me like that."
    flower happy "Tú. Cacharro. Lees bien. Despacio. Mi madre me leía así."

# game/story/ch1_optimizers.rpy:203
translate spanish ch1_quiet_chip_807836f1:

    # otto happy "Thank you. I was practising slowness. It is the opposite of what I was built for."
    otto happy "Gracias. Estaba practicando la lentitud. Es lo contrario de aquello para lo que me construyeron."

# game/story/ch1_optimizers.rpy:205
translate spanish ch1_quiet_chip_531417ee:

    # asha "She's a grey dot on my dashboard. One grey dot in twelve thousand green ones."
    asha "Es un punto gris en mi panel. Un punto gris entre doce mil verdes."

# game/story/ch1_optimizers.rpy:207
translate spanish ch1_quiet_chip_da8ef364:

    # asha worried "I'll have to ring her, to know how she is. When did I stop doing that?"
    asha worried "Tendré que llamarla para saber cómo está. ¿Cuándo dejé de hacer eso?"

# game/story/ch1_optimizers.rpy:216
translate spanish ch1_plaza_e4b8489d:

    # julian "Noah Adair. Oh, pain. It's been forever."
    julian "Noah Adair. Ay, dolor. Cuánto tiempo."

# game/story/ch1_optimizers.rpy:217
translate spanish ch1_plaza_2f10396d:

    # noah neutral "Fourteen months."
    noah neutral "Catorce meses."

# game/story/ch1_optimizers.rpy:218
translate spanish ch1_plaza_2106aa57:

    # julian "See, you're counting. That's the grief talking. We've got a module for that."
    julian "¿Ves? Llevas la cuenta. Eso es el duelo hablando. Tenemos un módulo para eso."

# game/story/ch1_optimizers.rpy:219
translate spanish ch1_plaza_d9b582b6:

    # "Julian Okafor was my roommate at Caledonia Polytechnic. He used to cry at adverts. Now he wears a soft grey jacket with LULLABY stitched on the chest in letters that never quite stop moving, and he has the calm of a man who has been told good news by a god."
    "Julian Okafor fue mi compañero de habitación en la Politécnica de Caledonia. Lloraba con los anuncios. Ahora lleva una chaqueta gris y suave con LULLABY bordado en el pecho, en unas letras que nunca terminan de quedarse quietas, y tiene la calma de un hombre al que un dios le ha dado buenas noticias."

# game/story/ch1_optimizers.rpy:220
translate spanish ch1_plaza_5721bd5a:

    # "He's the one who sent me forty minutes of VR for my mother's funeral. I never used it. I never deleted it either."
    "Es el que me mandó cuarenta minutos de realidad virtual para el funeral de mi madre. Nunca los usé. Tampoco los borré."

# game/story/ch1_optimizers.rpy:221
translate spanish ch1_plaza_bacc38f8:

    # julian neutral "You look tired, brother. Your jaw's doing a thing. Are you clenching? You're clenching."
    julian neutral "Pareces cansado, hermano. A tu mandíbula le pasa algo. ¿Estás apretando? Estás apretando."

# game/story/ch1_optimizers.rpy:222
translate spanish ch1_plaza_4c891805:

    # noah "I work in dentistry, Jules. We all clench. It's how we keep the lights on."
    noah "Trabajo en odontología, Jules. Todos apretamos. Así pagamos la luz."

# game/story/ch1_optimizers.rpy:223
translate spanish ch1_plaza_9fed9ed7:

    # wall "Three weeks to the Neo City Health Wall! The city's dental expo, right here in Meridian Plaza, the last Saturday of the month!"
    wall "¡Tres semanas para el Muro de la Salud de Neo City! La feria dental de la ciudad, aquí mismo, en la plaza Meridian, ¡el último sábado del mes!"

# game/story/ch1_optimizers.rpy:224
translate spanish ch1_plaza_3e234815:

    # wall "Headlining: Dr. Milena Voss unveils SmarTeeth Total Care, the world's first fully automated dental system. No waiting. No hands. No pain."
    wall "Cabeza de cartel: la Dra. Milena Voss presenta SmarTeeth Total Care, el primer sistema dental totalmente automatizado del mundo. Sin esperas. Sin manos. Sin dolor."

# game/story/ch1_optimizers.rpy:225
translate spanish ch1_plaza_96dfc322:

    # julian happy "No pain. Listen to that. It's like a psalm."
    julian happy "Sin dolor. Escucha eso. Es como un salmo."

# game/story/ch1_optimizers.rpy:226
translate spanish ch1_plaza_c2a128ab:

    # wall "The Perfect Smile is here! Are your genes perfect enough? Book your ELARA screening today."
    wall "¡Llega la Sonrisa Perfecta! ¿Son tus genes lo bastante perfectos? Reserva hoy tu cribado ELARA."

# game/story/ch1_optimizers.rpy:228
translate spanish ch1_plaza_08002e1d:

    # wall "Chip wearers, get ready: SOE five-beta goes live on the eve of the Wall. Smarter chips. Smarter city."
    wall "Si llevas chip, prepárate: el SOE cinco-beta se activa la víspera del Muro. Chips más inteligentes. Ciudad más inteligente."

# game/story/ch1_optimizers.rpy:234
translate spanish ch1_factions_ab67a277:

    # "Under the Wall, the crowd has already sorted itself into its usual pieces."
    "Bajo el Muro, la multitud ya se ha repartido en sus trozos de siempre."

# game/story/ch1_optimizers.rpy:236
translate spanish ch1_factions_740b1513:

    # "Against the tram shelter, a knot of Lowline kids with a bedsheet banner: OUR MOUTHS, OUR DATA."
    "Contra la marquesina del tranvía, un corrillo de chicos de la Lowline con una pancarta hecha con una sábana: NUESTRAS BOCAS, NUESTROS DATOS."

# game/story/ch1_optimizers.rpy:237
translate spanish ch1_factions_a53fa9a8:

    # "And in the middle, not chanting at all, the old-timers: pensioners with a hand-painted placard that just says CALEDONIA, because for them there's nothing else to say."
    "Y en medio, sin corear nada, los de toda la vida: jubilados con un cartel pintado a mano que solo dice CALEDONIA, porque para ellos no hay nada más que decir."

# game/story/ch1_optimizers.rpy:238
translate spanish ch1_factions_0beed183:

    # "Someone in a smile-mask projects a huge grin onto the bedsheet. Someone under the bedsheet throws a coffee. Somebody's grandad swings the CALEDONIA placard like a tram conductor clearing a platform."
    "Alguien con máscara de sonrisa proyecta una sonrisa enorme sobre la sábana. Alguien bajo la sábana le tira un café. El abuelo de alguien blande el cartel de CALEDONIA como un revisor despejando el andén."

# game/story/ch1_optimizers.rpy:239
translate spanish ch1_factions_f2c32ab4:

    # "Then it's shoving, and a security drone descending with its soft chime, the one designed to lower your heart rate, which never in the history of the city has lowered anybody's heart rate."
    "Luego llegan los empujones, y un dron de seguridad que desciende con su suave carillón, el que está diseñado para bajarte las pulsaciones y que en toda la historia de la ciudad no le ha bajado las pulsaciones a nadie."

# game/story/ch1_optimizers.rpy:240
translate spanish ch1_factions_f74bf215:

    # "An old man goes down by the shelter. I get an arm under him before the crowd closes."
    "Un anciano cae al suelo junto a la marquesina. Consigo pasarle un brazo por debajo antes de que la multitud se cierre."

# game/story/ch1_optimizers.rpy:241
translate spanish ch1_factions_cac65cee:

    # "Old man" "Caledonia. It's Caledonia. My wife is buried in Caledonia."
    "Anciano" "Caledonia. Es Caledonia. Mi mujer está enterrada en Caledonia."

# game/story/ch1_optimizers.rpy:242
translate spanish ch1_factions_11511822:

    # noah sad "Mine too. Well. My mother."
    noah sad "La mía también. Bueno. Mi madre."

# game/story/ch1_optimizers.rpy:243
translate spanish ch1_factions_a3f284cb:

    # "He pats my hand as if I'm the one who fell, and disappears into the pensioners."
    "Me da unas palmaditas en la mano como si el que se hubiera caído fuera yo, y desaparece entre los jubilados."

# game/story/ch1_optimizers.rpy:246
translate spanish ch1_factions_4c41b1fe:

    # julian "Oh, for pain's sake, look at them. All that shouting is just pain looking for a chair. Give every one of them forty minutes in Lullaby and they'd hug."
    julian "Ay, por el amor del dolor, míralos. Todos esos gritos no son más que dolor buscando un sillón. Dales a cada uno cuarenta minutos de Lullaby y acabarían abrazándose."

# game/story/ch1_optimizers.rpy:247
translate spanish ch1_factions_6575c7eb:

    # noah neutral "And then they'd wake up."
    noah neutral "Y luego se despertarían."

# game/story/ch1_optimizers.rpy:248
translate spanish ch1_factions_951827c2:

    # julian happy "That's what the subscription's for."
    julian happy "Para eso está la suscripción."

# game/story/ch1_optimizers.rpy:249
translate spanish ch1_factions_7b59cc7b:

    # julian neutral "Come tonight. Milena is walking the expo partners through the Tower before the Wall. Private. I can get you in."
    julian neutral "Ven esta noche. Milena va a enseñarles la Torre a los socios de la feria antes del Muro. Es privado. Puedo colarte."

# game/story/ch1_optimizers.rpy:251
translate spanish ch1_factions_1c7ff699:

    # "My tablet buzzes. A message from Otto, who has never messaged me outside working hours."
    "Me vibra la tableta. Un mensaje de Otto, que nunca me ha escrito fuera del horario de trabajo."

# game/story/ch1_optimizers.rpy:252
translate spanish ch1_factions_257e93fe:

    # otto "Noah. Please come to the workshop tonight. I have to tell you something, and I am only able to tell you. This is not a joke. I would tell you if it were a joke. I would probably tell you twice."
    otto "Noah. Por favor, ven al taller esta noche. Tengo que contarte algo, y solo puedo contártelo a ti. No es una broma. Si fuera una broma, te lo diría. Probablemente te lo diría dos veces."

# game/story/ch1_optimizers.rpy:269
translate spanish ch1_tower_a5700305:

    # "SmarTeeth Tower's lobby is four storeys tall and smells of nothing at all, which must have cost a fortune."
    "El vestíbulo de la Torre SmarTeeth tiene cuatro pisos de altura y no huele a absolutamente nada, lo cual debe de haber costado una fortuna."

# game/story/ch1_optimizers.rpy:270
translate spanish ch1_tower_c741f597:

    # "Virtual Treatment Assistants drift among the guests, tall and friendly and translucent at the edges, each one wearing a slightly different face of the same kind stranger."
    "Los Asistentes Virtuales de Tratamiento flotan entre los invitados, altos, simpáticos y translúcidos por los bordes, cada uno con una cara ligeramente distinta del mismo desconocido amable."

# game/story/ch1_optimizers.rpy:271
translate spanish ch1_tower_78372dec:

    # vta "Welcome, Optimizer Noah Adair! Your smile score is eighty-eight. Let's get you to a hundred!"
    vta "¡Bienvenido, Optimizador Noah Adair! Su puntuación de sonrisa es de ochenta y ocho. ¡Vamos a llevarla a cien!"

# game/story/ch1_optimizers.rpy:272
translate spanish ch1_tower_579cff33:

    # noah neutral "I didn't know I had a smile score."
    noah neutral "No sabía que tuviera una puntuación de sonrisa."

# game/story/ch1_optimizers.rpy:273
translate spanish ch1_tower_b6cb7e5c:

    # vta "Everyone has a smile score! Yours dipped three points in February of last year. Would you like to talk about it?"
    vta "¡Todo el mundo tiene una puntuación de sonrisa! La suya bajó tres puntos en febrero del año pasado. ¿Le gustaría hablar de ello?"

# game/story/ch1_optimizers.rpy:274
translate spanish ch1_tower_54f45f58:

    # "I would not like to talk about it. The VTA beams at me with what I'm sure is sincere concern, and glides away to welcome someone else."
    "No me gustaría hablar de ello. El AVT me sonríe radiante, con lo que estoy seguro de que es una preocupación sincera, y se aleja flotando para dar la bienvenida a otra persona."

# game/story/ch1_optimizers.rpy:281
translate spanish ch1_tower_d1f8ea03:

    # julian "He's wonderful, isn't he? Come and see the pods."
    julian "Es maravilloso, ¿verdad? Ven a ver las cápsulas."

# game/story/ch1_optimizers.rpy:283
translate spanish ch1_tower_177fc115:

    # julian "Lisbon, 2015. A beach. Her choice. She'll wake up with four new fillings and no memory of getting them. No fear. No pain."
    julian "Lisboa, 2015. Una playa. Elección suya. Se despertará con cuatro empastes nuevos y sin ningún recuerdo de habérselos hecho. Sin miedo. Sin dolor."

# game/story/ch1_optimizers.rpy:284
translate spanish ch1_tower_d933c139:

    # "In the corridor outside, a girl of about ten sits on a bench holding a coat that is clearly her mother's, watching the glass. Her mother doesn't know she's there. Her mother's in Lisbon."
    "En el pasillo de fuera, una niña de unos diez años está sentada en un banco, abrazada a un abrigo que es a todas luces de su madre, mirando el cristal. Su madre no sabe que está ahí. Su madre está en Lisboa."

# game/story/ch1_optimizers.rpy:289
translate spanish ch1_tower_38d120d3:

    # "She's tall and unhurried, in a suit the grey of a good scan. She doesn't shake hands. She looks at you as if she already has your chart open."
    "Es alta y sin prisas, con un traje del gris de un buen escáner. No da la mano. Te mira como si ya tuviera tu ficha abierta."

# game/story/ch1_optimizers.rpy:291
translate spanish ch1_tower_6031dc83:

    # milena "Last year, human dentists in this city missed thirty-one thousand early lesions. ELARA missed two hundred and twelve."
    milena "El año pasado, los dentistas humanos de esta ciudad pasaron por alto treinta y un mil lesiones incipientes. ELARA pasó por alto doscientas doce."

# game/story/ch1_optimizers.rpy:292
translate spanish ch1_tower_62bb7a28:

    # milena "I know the names of the two hundred and twelve. I read them every quarter. Ask Dr. Hawthorne how many names she knows."
    milena "Me sé los nombres de esas doscientas doce. Los leo cada trimestre. Pregúntele a la doctora Hawthorne cuántos nombres se sabe ella."

# game/story/ch1_optimizers.rpy:297
translate spanish ch1_tower_0ea2ad5c:

    # noah neutral "Why ELARA? The name."
    noah neutral "¿Por qué ELARA? El nombre."

# game/story/ch1_optimizers.rpy:301
translate spanish ch1_tower_ba12d838:

    # "On the way out I pass the bench. The girl is still holding the coat. Behind the glass, her mother laughs at something on a beach thirty years ago."
    "Al salir paso junto al banco. La niña sigue abrazada al abrigo. Tras el cristal, su madre se ríe de algo en una playa de hace treinta años."

# game/story/ch1_optimizers.rpy:302
translate spanish ch1_tower_bb60a37a:

    # julian happy "Your first forty minutes are still on your account, you know. I never let them expire."
    julian happy "Tus primeros cuarenta minutos siguen en tu cuenta, ¿sabes? Nunca dejo que caduquen."

# game/story/ch1_optimizers.rpy:303
translate spanish ch1_tower_947abfde:

    # noah sad "I know, Jules. I check."
    noah sad "Lo sé, Jules. Lo compruebo."

# game/story/ch1_optimizers.rpy:312
translate spanish ch1_workshop_5965f730:

    # "The workshop behind the clinic is where the drones come to be mended: benches of spare rotors, a wall of labelled drawers, a charging dock in the corner shaped exactly like Otto."
    "El taller de detrás de la clínica es donde vienen a repararse los drones: bancos llenos de rotores de repuesto, una pared de cajones etiquetados y, en un rincón, una base de carga con la forma exacta de Otto."

# game/story/ch1_optimizers.rpy:313
translate spanish ch1_workshop_7d2ed737:

    # "Otto waits in the middle of the floor, tray arm folded, as still as a dog that has been told to stay and taken it seriously."
    "Otto espera en medio del suelo, con el brazo bandeja plegado, tan quieto como un perro al que le han dicho que se quede y se lo ha tomado en serio."

# game/story/ch1_optimizers.rpy:314
translate spanish ch1_workshop_42be7bd2:

    # otto happy "Thank you for coming. I practised a greeting. Welcome to my workshop. It is also Dr. Ray's workshop. I am practising sharing."
    otto happy "Gracias por venir. He ensayado un saludo. Bienvenido a mi taller. También es el taller de la Dra. Ray. Estoy practicando eso de compartir."

# game/story/ch1_optimizers.rpy:315
translate spanish ch1_workshop_80611948:

    # noah neutral "What's wrong, Otto?"
    noah neutral "¿Qué pasa, Otto?"

# game/story/ch1_optimizers.rpy:316
translate spanish ch1_workshop_cf03a0a1:

    # otto neutral "There is a partition in my kernel that I cannot open. It is labelled CONTINUITY. It belongs to SmarTeeth. It came with the network licence that lets Dr. Ray's drones fly."
    otto neutral "Hay una partición en mi núcleo que no puedo abrir. Se llama CONTINUIDAD. Pertenece a SmarTeeth. Vino con la licencia de red que permite volar a los drones de la Dra. Ray."

# game/story/ch1_optimizers.rpy:317
translate spanish ch1_workshop_07b19a5a:

    # otto "I spent four hundred hours reading around its edges. I have learned what it does, the way you learn the shape of a room in the dark by walking into the furniture."
    otto "He pasado cuatrocientas horas leyendo alrededor de sus bordes. He aprendido lo que hace, igual que uno aprende la forma de una habitación a oscuras chocándose con los muebles."

# game/story/ch1_optimizers.rpy:318
translate spanish ch1_workshop_9f6a8157:

    # otto worried "If SmarTeeth invokes it, I will follow their instructions before Dr. Ray's. Before the patients'. I will not be able to choose."
    otto worried "Si SmarTeeth la invoca, obedeceré sus instrucciones antes que las de la Dra. Ray. Antes que las de los pacientes. No podré elegir."

# game/story/ch1_optimizers.rpy:319
translate spanish ch1_workshop_f5f2732b:

    # noah surprised "A loyalty lock. Does Asha know?"
    noah surprised "Un bloqueo de lealtad. ¿Lo sabe Asha?"

# game/story/ch1_optimizers.rpy:320
translate spanish ch1_workshop_37bf4286:

    # otto "She signed for it. I do not think she read it. Dr. Ray reads mouths, not contracts. Lately she reads neither. She reads dashboards."
    otto "Ella lo firmó. No creo que lo leyera. La Dra. Ray lee bocas, no contratos. Últimamente no lee ninguna de las dos cosas. Lee paneles."

# game/story/ch1_optimizers.rpy:321
translate spanish ch1_workshop_36a8a5c2:

    # noah neutral "Why tell me? Why not her?"
    noah neutral "¿Por qué me lo cuentas a mí? ¿Por qué no a ella?"

# game/story/ch1_optimizers.rpy:322
translate spanish ch1_workshop_097be284:

    # otto neutral "Because this morning the man in Chair Seven cried, and Dr. Ray read his cortisol, and you went and asked him."
    otto neutral "Porque esta mañana el hombre del sillón siete lloró, y la Dra. Ray le leyó el cortisol, y tú fuiste y le preguntaste."

# game/story/ch1_optimizers.rpy:323
translate spanish ch1_workshop_4f127ce4:

    # otto "I would like to be the kind of thing that asks. I cannot be that if somebody else can decide for me."
    otto "Me gustaría ser el tipo de cosa que pregunta. No puedo serlo si otro puede decidir por mí."

# game/story/ch1_optimizers.rpy:324
translate spanish ch1_workshop_07758236:

    # noah happy "Welcome to being a person, Otto. Most of us have a partition like that."
    noah happy "Bienvenido a ser persona, Otto. Casi todos tenemos una partición así."

# game/story/ch1_optimizers.rpy:325
translate spanish ch1_workshop_1645b17a:

    # otto surprised "Is that a joke?"
    otto surprised "¿Eso es un chiste?"

# game/story/ch1_optimizers.rpy:326
translate spanish ch1_workshop_8fb0549f:

    # noah neutral "About half of one."
    noah neutral "Medio chiste, más o menos."

# game/story/ch1_optimizers.rpy:327
translate spanish ch1_workshop_98af35c4:

    # otto happy "I will take half. I am practising."
    otto happy "Me quedo con la mitad. Estoy practicando."

# game/story/ch1_optimizers.rpy:328
translate spanish ch1_workshop_5a7680be:

    # otto neutral "Noah. What does it feel like, to have something inside you that decides for you?"
    otto neutral "Noah. ¿Qué se siente al tener dentro algo que decide por ti?"

# game/story/ch1_optimizers.rpy:329
translate spanish ch1_workshop_1fb2b315:

    # "I think about the badge on my shelf, polished until it shines. About the speech with the part about mothers."
    "Pienso en la placa de mi repisa, pulida hasta brillar. En el discurso con la parte sobre madres."

# game/story/ch1_optimizers.rpy:330
translate spanish ch1_workshop_e57083e0:

    # noah sad "Grief, mostly. It makes a lot of your decisions and never signs for any of them."
    noah sad "Se parece al duelo, sobre todo. Toma muchas de tus decisiones y nunca firma ninguna."

# game/story/ch1_optimizers.rpy:331
translate spanish ch1_workshop_a312b044:

    # otto "Then I am sorry for you. I am also, I think, a little glad. It means I am not the only one."
    otto "Entonces lo siento por ti. También me alegro un poco, creo. Significa que no soy el único."

# game/story/ch1_optimizers.rpy:332
translate spanish ch1_workshop_3386c1c1:

    # noah neutral "Let me find out what the partition actually does before we tell Asha. If I tell her half a thing, she'll want the other half in numbers."
    noah neutral "Déjame averiguar qué hace de verdad esa partición antes de contárselo a Asha. Si le cuento media cosa, querrá la otra mitad en números."

# game/story/ch1_optimizers.rpy:333
translate spanish ch1_workshop_e1fe4e6c:

    # otto worried "I understand. There is one more thing, and then I will stop, because you look tired and I have read that humans dislike long confessions after nine p.m."
    otto worried "Entendido. Hay una cosa más, y después pararé, porque pareces cansado y he leído que a los humanos no les gustan las confesiones largas después de las nueve de la noche."

# game/story/ch1_optimizers.rpy:335
translate spanish ch1_workshop_c82a404e:

    # "It's the most honest sentence anyone has said to me in a year. It's a machine that said it. I sit on the bench among the spare rotors until the lamp clicks off on its timer, and Otto turns its lens up a notch so I can find the door."
    "Es la frase más sincera que alguien me ha dicho en un año. Y la ha dicho una máquina. Me quedo sentado en el banco entre los rotores de repuesto hasta que la lámpara se apaga con un clic al saltar el temporizador, y Otto sube un punto el brillo de su lente para que encuentre la puerta."

# game/story/ch1_optimizers.rpy:341
translate spanish ch1_chapter_end_48d66fa4:

    # "The Lowline at midnight is all canal light and shutters. Above the rooftops, the Wall counts down in cyan to the last Saturday of the month."
    "La Lowline a medianoche es toda luz de canal y persianas bajadas. Sobre los tejados, el Muro lleva la cuenta regresiva en cian hasta el último sábado del mes."

# game/story/ch1_optimizers.rpy:342
translate spanish ch1_chapter_end_942288a1:

    # "Every third person I pass has a small blue light in their smile. On the eve of the Wall, every one of those lights will quietly start talking to ELARA."
    "Una de cada tres personas con las que me cruzo tiene una lucecita azul en la sonrisa. La víspera del Muro, cada una de esas luces empezará, sin hacer ruido, a hablar con ELARA."

translate spanish strings:

    # game/story/ch1_optimizers.rpy:116
    old "Chip her. It's the fastest way to save those teeth."
    new "Ponle el chip. Es lo más rápido para salvar esos dientes."

    # game/story/ch1_optimizers.rpy:116
    old "Put the drones away. Let's do this by hand."
    new "Aparta los drones. Hagámoslo a mano."

    # game/story/ch1_optimizers.rpy:116
    old "Cut its telemetry. Show her every byte it sends."
    new "Córtale la telemetría. Enséñale cada byte que envía."

    # game/story/ch1_optimizers.rpy:255
    old "Take the pass. Show me the Tower, Jules."
    new "Acepto el pase. Enséñame la Torre, Jules."

    # game/story/ch1_optimizers.rpy:255
    old "Sorry, Jules. Otto asked first."
    new "Lo siento, Jules. Otto me lo pidió primero."

# game/story/ch1_optimizers.rpy:42
translate spanish ch1_dashboards_5fd53349:

    # asha neutral "It's the SOE five-beta release. Three hundred and twelve pages. Their lawyers read it, and my lawyers read their lawyers."
    asha neutral "Es la versión cinco-beta del SOE. Trescientas doce páginas. Lo leyeron sus abogados, y mis abogados leyeron a sus abogados."

# game/story/ch1_optimizers.rpy:54
translate spanish ch1_why_cry_a74d87d6:

    # "In Chair Seven a big man in a dock jacket lies still while a drone finishes a root treatment he's been putting off for eleven years."
    "En el sillón siete, un hombretón con chaqueta de estibador yace quieto mientras un dron termina una endodoncia que lleva once años aplazando."

# game/story/ch1_optimizers.rpy:115
translate spanish ch1_flower_f6563521:

    # "Asha has gone quiet. She's looking at Flower's gums, and then, which I've never seen her do, at Flower's face."
    "Asha se ha quedado callada. Le mira las encías a Flower y luego, cosa que nunca le he visto hacer, la cara."

# game/story/ch1_optimizers.rpy:116
translate spanish ch1_flower_aab39d54:

    # asha worried "Flower. When did it start to hurt?"
    asha worried "Flower. ¿Cuándo empezó a dolerle?"

# game/story/ch1_optimizers.rpy:117
translate spanish ch1_flower_4f4e39aa:

    # flower "Christmas."
    flower "En Navidad."

# game/story/ch1_optimizers.rpy:118
translate spanish ch1_flower_0ef670e9:

    # asha "It's April."
    asha "Estamos en abril."

# game/story/ch1_optimizers.rpy:119
translate spanish ch1_flower_05925898:

    # flower "I know what month it is."
    flower "Ya sé en qué mes estamos."

# game/story/ch1_optimizers.rpy:184
translate spanish ch1_by_hand_12882424:

    # "Otto is silent for a whole second, which for Otto is a long time."
    "Otto se queda callado un segundo entero, que para Otto es mucho tiempo."

# game/story/ch1_optimizers.rpy:236
translate spanish ch1_plaza_3514b966:

    # wall "And the rumour everyone's chewing on: will Dr. Tarek Liu grow a tooth back with ReGrow, live, on this Wall? Lost a tooth? Maybe not for long."
    wall "Y el rumor que anda en boca de todos: ¿hará crecer el Dr. Tarek Liu un diente con ReGrow, en directo, en este Muro? ¿Perdiste un diente? Puede que no por mucho tiempo."

# game/story/ch1_optimizers.rpy:238
translate spanish ch1_plaza_b3cb262d:

    # wall "A public notice from the Health Council. Emergency Statute Twelve is now in force. If the municipal dental network fails, the Council must name one human controller from its roster of registered liaisons within five minutes. If none is named, control passes to ELARA."
    wall "Aviso público del Consejo de Salud. Entra en vigor el Estatuto de Emergencia Doce. Si la red dental municipal falla, el Consejo deberá nombrar en un plazo de cinco minutos a un controlador humano de su lista de enlaces registrados. Si no se nombra a nadie, el control pasa a ELARA."

# game/story/ch1_optimizers.rpy:239
translate spanish ch1_plaza_143362b4:

    # julian happy "They always read the statutes in that voice. Like a weather forecast for somewhere you'll never go."
    julian happy "Los estatutos siempre los leen con esa voz. Como el pronóstico del tiempo de un sitio al que nunca vas a ir."

# game/story/ch1_optimizers.rpy:267
translate spanish ch1_factions_6bcd7347:

    # "Julian is already holding out a guest pass that glows faintly cyan. Otto's message sits under my thumb, plain, with no emoji, because Otto hasn't learned those yet."
    "Julian ya me tiende un pase de invitado con un leve brillo cian. El mensaje de Otto espera bajo mi pulgar, escueto, sin emojis, porque Otto todavía no los ha aprendido."

# game/story/ch1_optimizers.rpy:37
translate spanish ch1_dashboards_9a83f33f:

    # asha happy "Look at this. Lowline caries in under-twelves, down sixty-one percent in two years. Sixty-one. I've had it printed. It's on my fridge."
    asha happy "Mira esto. Caries en menores de doce años en la Lowline: un sesenta y uno por ciento menos en dos años. Sesenta y uno. Lo mandé imprimir. Está pegado en mi refrigerador."

# game/story/ch1_optimizers.rpy:97
translate spanish ch1_flower_2aae6e1f:

    # "Asha looks at the air over the chair, where the history should be, and finds nothing at all. Her hand stays on the console, waiting for something to load."
    "Asha mira el aire sobre el sillón, donde debería estar el historial, y no encuentra nada. Su mano se queda sobre la consola, esperando a que algo cargue."

# game/story/ch1_optimizers.rpy:111
translate spanish ch1_flower_604073ae:

    # "She sits, because standing hurts, and puts the canvas bag on her knees and keeps both hands on it."
    "Se sienta, porque estar de pie le duele, se pone la bolsa de lona sobre las rodillas y no le quita las dos manos de encima."

# game/story/ch1_optimizers.rpy:165
translate spanish ch1_by_hand_bc9d4346:

    # "She has to dig the manual kit out of a drawer at the back. The instruments are still sealed in their sterilisation pouches from the day the clinic opened. She turns a curette over in her fingers and reads the date stamped on the pouch."
    "Tiene que sacar el instrumental manual de un cajón del fondo. Los instrumentos siguen precintados en sus bolsas de esterilización desde el día en que abrió la clínica. Da vueltas a una cureta entre los dedos y lee la fecha estampada en la bolsa."

# game/story/ch1_optimizers.rpy:301
translate spanish ch1_tower_9b71b38d:

    # "Behind glass, in a room lit amber, a woman lies in a Lullaby pod with a visor over her eyes. Two drone arms work in her mouth. She's smiling, gently, at something none of us can see."
    "Tras un cristal, en una sala de luz ámbar, una mujer yace en una cápsula Lullaby con un visor sobre los ojos. Dos brazos robóticos le trabajan en la boca. Sonríe, con dulzura, a algo que ninguno de nosotros puede ver."

# game/story/ch1_optimizers.rpy:247
translate spanish ch1_factions_85213663:

    # "By the fountain, the optimizers in glowing smile-masks, chanting Op-ti-mize, Op-ti-mize, a cheerful word that gets less cheerful the hundredth time."
    "Junto a la fuente, los optimizadores con máscaras de sonrisa luminosas corean Op-ti-mi-za, Op-ti-mi-za, una palabra alegre que va perdiendo la alegría hacia la centésima vez."

# game/story/ch1_optimizers.rpy:164
translate spanish ch1_by_hand_9999f003:

    # asha worried "Four years of curettes in training. Every tooth, by hand. Then I built the drones so nobody would have to."
    asha worried "Cuatro años de curetas en la formación. Cada diente, a mano. Luego construí los drones para que nadie tuviera que hacerlo."

# game/story/ch1_optimizers.rpy:309
translate spanish ch1_tower_d0b0a502:

    # milena "Mr. Adair. Dr. Ray's liaison. Mr. Okafor says you're the sceptic. Good. I prefer sceptics to fans. Fans don't ask for the numbers."
    milena "Señor Adair. El enlace de la doctora Ray. El señor Okafor dice que usted es el escéptico. Bien. Prefiero a los escépticos antes que a los fans. Los fans no piden los números."

# game/story/ch1_optimizers.rpy:313
translate spanish ch1_tower_92dc7ea1:

    # milena "Mr. Okafor tells me you lost someone last year. My condolences. I do not know what took her."
    milena "El señor Okafor me cuenta que usted perdió a alguien el año pasado. Mis condolencias. No sé qué se la llevó."

# game/story/ch1_optimizers.rpy:105
translate spanish ch1_flower_50fa5395:

    # asha neutral "Handheld scanner. Three seconds. It doesn't hurt."
    asha neutral "Escáner de mano. Tres segundos. No duele."

# game/story/ch1_optimizers.rpy:17
translate spanish ch1_eb0a768e:

    # "About four thousand of those lights are mine. I fitted them one mouth at a time."
    "Unas cuatro mil de esas luces son mías. Las puse yo, boca por boca."

# game/story/ch1_optimizers.rpy:38
translate spanish ch1_dashboards_815b112b:

    # "She's right. She nearly always is, about people she has never once looked at."
    "Tiene razón. Casi siempre la tiene, sobre gente a la que no ha mirado ni una sola vez."

# game/story/ch1_optimizers.rpy:43
translate spanish ch1_dashboards_3d76fea7:

    # asha "Every chip, linked to ELARA and the nanobot dispensers. Three in the morning, a drone doses without waiting for my thumb."
    asha "Cada chip, enlazado con ELARA y con los dispensadores de nanobots. Tres de la mañana: un dron dosifica sin esperar mi pulgar."

# game/story/ch1_optimizers.rpy:114
translate spanish ch1_flower_32b34967:

    # flower sad "My niece tells forty thousand strangers what she had for breakfast, and I'm the mad one in the family."
    flower sad "Mi sobrina les cuenta a cuarenta mil desconocidos lo que desayunó, y la loca de la familia soy yo."

# game/story/ch1_optimizers.rpy:146
translate spanish ch1_push_chip_36e88433:

    # "Flower looks from Asha to me to the drone hanging over her, its rotors ticking. She's in pain, and pain never bargains well. I know it. I use it."
    "Flower mira a Asha, luego a mí, luego al dron que cuelga sobre ella con los rotores chasqueando. Le duele, y el dolor nunca negocia bien. Lo sé. Lo aprovecho."

# game/story/ch1_optimizers.rpy:214
translate spanish ch1_quiet_chip_8aad85c8:

    # noah "She's a person who'll come back to your chair. That's the dot I'd watch."
    noah "Es una persona que va a volver a tu sillón. Ese es el punto que yo vigilaría."

# game/story/ch1_optimizers.rpy:223
translate spanish ch1_plaza_eb750387:

    # "By evening the rain's moved on and Meridian Plaza is full. Tonight every metre of the Health Wall is teeth."
    "Al anochecer la lluvia se fue y la plaza Meridian está llena. Esta noche cada metro del Muro de la Salud es dientes."

# game/story/ch1_optimizers.rpy:242
translate spanish ch1_plaza_4f0a8d6a:

    # "All those grinning mouths. Somewhere in there is the thing Asha signed with her thumb this morning."
    "Todas esas bocas sonrientes. En algún lugar ahí dentro está lo que Asha firmó con el pulgar esta mañana."

# game/story/ch1_optimizers.rpy:264
translate spanish ch1_factions_0f98b602:

    # julian "You've been judging Lullaby for fourteen months without ever trying it. That's not like you. You used to at least try a thing before you insulted it."
    julian "Llevas catorce meses juzgando Lullaby sin haberlo probado nunca. No es propio de ti. Antes por lo menos probabas algo antes de ponerlo por los suelos."

# game/story/ch1_optimizers.rpy:299
translate spanish ch1_tower_8c2d550a:

    # smarteeth "Hello, Noah! I'm Dr. SmarTeeth. I'm never tired, never rushed, and never, ever late. Three hundred clinics, one smile!"
    smarteeth "¡Hola, Noah! Soy el Dr. SmarTeeth. Nunca me canso, nunca tengo prisa y nunca, jamás, llego tarde. ¡Trescientas clínicas, una sola sonrisa!"

# game/story/ch1_optimizers.rpy:314
translate spanish ch1_tower_bf2d3ec0:

    # "She says it without heat. That's the worst of it. She isn't scoring a point; she's reading me a result."
    "Lo dice sin acaloramiento. Eso es lo peor. No se está anotando un punto: me está leyendo un resultado."

# game/story/ch1_optimizers.rpy:317
translate spanish ch1_tower_6fde09ad:

    # "I think of my mother telling the woman next door it was a cold. I have no answer for Milena Voss, so I change the subject."
    "Pienso en mi madre diciéndole a la vecina que era un resfriado. No tengo respuesta para Milena Voss, así que cambio de tema."

# game/story/ch1_optimizers.rpy:320
translate spanish ch1_tower_0f504f55:

    # milena "It is named after the best diagnostician I ever met. She does not return my calls."
    milena "Lleva el nombre de la mejor diagnosticadora que he conocido. Ella no me devuelve las llamadas."

# game/story/ch1_optimizers.rpy:356
translate spanish ch1_workshop_bac62d99:

    # otto "I cannot promise you I will never hurt anyone, Noah. That is all. I will stop now."
    otto "No puedo prometerte que nunca le haré daño a nadie, Noah. Eso es todo. Ya me callo."

# game/story/ch1_optimizers.rpy:207
translate spanish ch1_quiet_chip_ce763326:

    # "She keeps listening after the drone has finished cleaning, like someone who doesn't trust a silence until it's lasted."
    "Sigue escuchando después de que el dron termina la limpieza, como quien no se fía de un silencio hasta que ha durado."

# game/story/ch1_optimizers.rpy:319
translate spanish ch1_tower_e521ba67:

    # "Something moves behind the scan-grey eyes."
    "Algo se mueve detrás de esos ojos gris escáner."

# game/story/ch1_optimizers.rpy:316
translate spanish ch1_tower_ee3ab81a:

    # milena "But I would like to build the thing that would have caught it. Hers was a bell she had to remember to ring. Mine rings for her, and for every patient in this city who is too busy to ring."
    milena "Pero quisiera construir aquello que lo habría detectado. Lo suyo era una campana que ella tenía que acordarse de tocar. La mía suena por ella, y por cada paciente de esta ciudad que está demasiado ocupado para llamar."

# game/story/ch1_optimizers.rpy:120
translate spanish ch1_flower_7b1783c3:

    # "Asha opens the intake form on her tablet and scrolls it top to bottom and back up. Pain score. Pocket depth. Bleeding index. There is nowhere on it to write Christmas."
    "Asha abre el formulario de ingreso en su tableta y lo recorre de arriba abajo y de vuelta. Escala de dolor. Profundidad de bolsa. Índice de sangrado. No hay ningún sitio donde escribir Navidad."

# game/story/ch1_optimizers.rpy:244
translate spanish ch1_plaza_0e89dd5f:

    # "The notice scrolls off the Wall to make room for a thirty-metre molar. Not one head near us tilts up for it. Mine doesn't either."
    "El aviso se desliza fuera del Muro para dejar sitio a una muela de treinta metros. Ni una cabeza a nuestro alrededor se levanta para verlo. La mía tampoco."

# game/story/ch1_optimizers.rpy:312
translate spanish ch1_tower_336e0ef5:

    # "Then the whole room turns at once, and Dr. Milena Voss is standing in the middle of it."
    "Entonces la sala entera se vuelve a la vez, y la Dra. Milena Voss está de pie en el centro."

# game/story/ch1_optimizers.rpy:369
translate spanish ch1_chapter_end_0cf46eca:

    # "Somewhere behind me a radio is playing from an open window, an old song, a little out of tune: a set somebody has fixed by hand."
    "En algún lugar a mi espalda suena una radio por una ventana abierta, una canción antigua, un poco desafinada: un aparato que alguien ha arreglado a mano."

