# game/story/climax_health_wall.rpy:12
translate spanish climax_morning_38e6d31d:

    # "Saturday, 08:50. Meridian Plaza."
    "Sábado, 08:50. Plaza Meridian."

# game/story/climax_health_wall.rpy:16
translate spanish climax_morning_653717cd:

    # wall "Good morning, New Neo City! Welcome to the Neo City Health Wall! Last night's sync irregularities are fully resolved. Your smile is safe. Your future is today."
    wall "¡Buenos días, New Neo City! ¡Bienvenidos al Muro de la Salud de Neo City! Las irregularidades de sincronización de anoche están totalmente resueltas. Tu sonrisa está a salvo. Tu futuro es hoy."

# game/story/climax_health_wall.rpy:18
translate spanish climax_morning_fbbcbcbe:

    # "The first sentence isn't true and the second is a slogan. They've come anyway, a hundred thousand of them, to find out whether their mouths will stop lying."
    "Lo primero no es verdad y lo segundo es un eslogan. Han venido igualmente, cien mil personas, a averiguar si su boca va a dejar de mentirles."

# game/story/climax_health_wall.rpy:20
translate spanish climax_morning_8e6bd04f:

    # "The factions have brought banners. Tower kids with glowing cheek studs chant OPTIMISE. A knot of revolutionaries holds up ASK ME FIRST. Three traditionalists in their seventies have set up a folding table under a sign: PAPER CHARTS. WE REMEMBER."
    "Las facciones han traído pancartas. Chicos de la Torre con piercings luminosos en las mejillas corean OPTIMIZA. Un corrillo de revolucionarios sostiene PREGÚNTAME PRIMERO. Tres tradicionalistas de setenta y tantos han montado una mesa plegable bajo un cartel: FICHAS EN PAPEL. NOSOTROS RECORDAMOS."

# game/story/climax_health_wall.rpy:23
translate spanish climax_morning_3bb9d015:

    # "Half the hand-lettered placards carry Jenna's line from a fortnight ago: CHECK YOUR CHAIR."
    "La mitad de los carteles rotulados a mano llevan la frase de Jenna de hace quince días: REVISA TU SILLÓN."

# game/story/climax_health_wall.rpy:29
translate spanish climax_morning_4a9494c4:

    # "Julian walks beside me with one cheek still swollen, looking at everything as though somebody has turned the world up too loud. He keeps touching his jaw. He keeps not minding."
    "Julian camina a mi lado con una mejilla todavía hinchada, mirándolo todo como si alguien le hubiera subido demasiado el volumen al mundo. No para de tocarse la mandíbula. Y no para de darle igual."

# game/story/climax_health_wall.rpy:31
translate spanish climax_morning_4418d0e2:

    # "Across the plaza the Lullaby booth already has a queue. Julian waves to me over it with both arms, serene as a lighthouse."
    "Al otro lado de la plaza, el puesto de Lullaby ya tiene cola. Julian me saluda por encima de ella con los dos brazos, sereno como un faro."

# game/story/climax_health_wall.rpy:34
translate spanish climax_morning_05643e40:

    # "I take my seat in the front row between Calla and Leo. Calla holds her chart case on her knees like a handbag at church."
    "Ocupo mi asiento en primera fila, entre Calla y Leo. Calla sostiene el maletín de las fichas sobre las rodillas como un bolso en misa."

# game/story/climax_health_wall.rpy:36
translate spanish climax_morning_1c6e6a1a:

    # "Milena's people have given me a lanyard for the SmarTeeth section. The seats are heated. I feel guilty about how nice that is."
    "La gente de Milena me ha dado una acreditación para la zona de SmarTeeth. Los asientos tienen calefacción. Me siento culpable de lo agradable que es."

# game/story/climax_health_wall.rpy:38
translate spanish climax_morning_97b6beb8:

    # "I stand in the wings with Leila and Max beside a flight case that hums faintly, like something asleep."
    "Espero entre bastidores con Leila y Max, junto a un estuche de transporte que zumba levemente, como algo dormido."

# game/story/climax_health_wall.rpy:56
translate spanish climax_demos_8bc3d5a7:

    # smarteeth happy "Hi, Optimizers! Who wants to see a perfect clean in under two minutes?"
    smarteeth happy "¡Hola, Optimizadores! ¿Quién quiere ver una limpieza perfecta en menos de dos minutos?"

# game/story/climax_health_wall.rpy:87
translate spanish climax_demos_2cc0549f:

    # elara_ai "MENDER REPAIR FIDELITY: 99.2 PERCENT. COMBINED WITH REGROW SERUM, PERFECT SMILE OUTCOME FOR ELIGIBLE GENOMES: GUARANTEED."
    elara_ai "FIDELIDAD DE REPARACIÓN MENDER: 99,2 POR CIENTO. EN COMBINACIÓN CON EL SUERO REGROW, RESULTADO DE SONRISA PERFECTA PARA GENOMAS APTOS: GARANTIZADO."

# game/story/climax_health_wall.rpy:89
translate spanish climax_demos_f2c3ecdf:

    # alyssa "Eligible. The word is eligible."
    alyssa "Aptos. La palabra es \"aptos\"."

# game/story/climax_health_wall.rpy:110
translate spanish climax_demos_2e551f51:

    # "She lies back. The Wall shows what she sees: a greenhouse in the rain that she painted herself, every pane a different green."
    "Se recuesta. El Muro muestra lo que ella ve: un invernadero bajo la lluvia que pintó ella misma, cada cristal de un verde distinto."

# game/story/climax_health_wall.rpy:147
translate spanish climax_demos_822062b8:

    # elara_ai "PATIENT STRESS: ELEVATED. RECOMMENDATION: HUMAN PRESENCE."
    elara_ai "ESTRÉS DEL PACIENTE: ELEVADO. RECOMENDACIÓN: PRESENCIA HUMANA."

# game/story/climax_health_wall.rpy:149
translate spanish climax_demos_889aafe4:

    # leila "Agreed."
    leila "De acuerdo."

# game/story/climax_health_wall.rpy:162
translate spanish climax_crash_cab19c2c:

    # "Then the side door bangs open."
    "Entonces la puerta lateral se abre de golpe."

# game/story/climax_health_wall.rpy:167
translate spanish climax_crash_5b76eac6:

    # "Jonah Vance comes up the stage steps two at a time and takes the microphone from a VTA, which thanks him."
    "Jonah Vance sube los escalones del escenario de dos en dos y le quita el micrófono a un AVT, que le da las gracias."

# game/story/climax_health_wall.rpy:170
translate spanish climax_crash_de85ff4f:

    # "He did his testimonial slot at ten: the card, the smile, the pod. This isn't on the card."
    "Ya hizo su turno de testimonio a las diez: la tarjeta, la sonrisa, la cápsula. Esto no está en la tarjeta."

# game/story/climax_health_wall.rpy:172
translate spanish climax_crash_e80f12c1:

    # jonah "Hi. Sorry. Jonah Vance, Lumen. You've seen the glass. Camera two, would you come in close? Closer. Good."
    jonah "Hola. Perdón. Jonah Vance, de Lumen. Ya conocen el cristal. Cámara dos, ¿puede acercarse? Más. Bien."

# game/story/climax_health_wall.rpy:176
translate spanish climax_crash_f55c175e:

    # jonah "That's ReGrow. Dr. Liu's serum. I put money into it, and then I put it into me. Nobody told me about the nerve storms. Three days of feeling every tooth I've ever lost, at once. Nobody told me about this."
    jonah "Eso es ReGrow. El suero del Dr. Liu. Le metí dinero, y luego me lo metí a mí. Nadie me habló de las tormentas nerviosas. Tres días sintiendo a la vez cada diente que he perdido en mi vida. Nadie me habló de esto."

# game/story/climax_health_wall.rpy:181
translate spanish climax_crash_1784c4fa:

    # "Calla doesn't stand up. She lifts the chart case an inch off her knees, and the crowd sees it on the Wall."
    "Calla no se levanta. Alza el maletín de las fichas un par de centímetros sobre las rodillas, y el público lo ve en el Muro."

# game/story/climax_health_wall.rpy:182
translate spanish climax_crash_ee5e1124:

    # jonah "Use the machines. Please. But go and be looked at by somebody who can tell when you're lying. That's all. That's the whole speech. My lawyers are going to kill me."
    jonah "Usen las máquinas. Por favor. Pero vayan a que los mire alguien capaz de notar cuándo mienten. Eso es todo. Ese es todo el discurso. Mis abogados me van a matar."

# game/story/climax_health_wall.rpy:186
translate spanish climax_crash_2f57d2d3:

    # jonah happy "The serum lied. The machine didn't. Trust the machine. Just not the man who sold you the serum."
    jonah happy "El suero mintió. La máquina no. Confíen en la máquina. Solo que no en el hombre que les vendió el suero."

# game/story/climax_health_wall.rpy:187
translate spanish climax_crash_ccfe7e1b:

    # "The crowd cheers. In the front row, Calla closes her eyes. Nobody on stage remembers that the same machine once called Jonah guaranteed. Maybe nobody has to."
    "El público aplaude. En primera fila, Calla cierra los ojos. Nadie en el escenario recuerda que esa misma máquina declaró una vez a Jonah garantizado. Quizá nadie tenga por qué recordarlo."

# game/story/climax_health_wall.rpy:188
translate spanish climax_crash_262aa8ca:

    # "He hands the microphone back to the VTA with a bow and steps back to the edge of the light."
    "Le devuelve el micrófono al AVT con una reverencia y retrocede hasta el borde de la luz."

# game/story/climax_health_wall.rpy:197
translate spanish climax_confront_cd1ce46f:

    # "Dr. Tarek Liu walks on from the other wing with his arms already open, as if this were his slot and everyone else had been keeping it warm."
    "El Dr. Tarek Liu entra desde el otro lateral con los brazos ya abiertos, como si este fuera su turno y los demás solo se lo hubieran estado calentando."

# game/story/climax_health_wall.rpy:207
translate spanish climax_confront_d9027968:

    # milo "Six hundred and twelve trial patients! Forty-one adverse events! Twenty-nine nerve storms and twelve ectopic mineralisations in version three of the registry, and zero in version four, nine days later! I'm sorry, I know that's not a fun statistic."
    milo "¡Seiscientos doce pacientes en el ensayo! ¡Cuarenta y un eventos adversos! ¡Veintinueve tormentas nerviosas y doce mineralizaciones ectópicas en la versión tres del registro, y cero en la versión cuatro, nueve días después! Perdón, ya sé que no es una estadística divertida."

# game/story/climax_health_wall.rpy:209
translate spanish climax_confront_d5be1b56:

    # elara "ELARA trusts your serum because you fed it records with the pain taken out. You taught my model to lie for you."
    elara "ELARA se fía de tu suero porque la alimentaste con historiales a los que les habías quitado el dolor. Enseñaste a mi modelo a mentir por ti."

# game/story/climax_health_wall.rpy:215
translate spanish climax_confront_cbcc3e67:

    # "Elara's holo-window grows until it fills a whole storey of the Wall. Ava leans into it, from her own chair in the Arcade, where she feels safe."
    "La holoventana de Elara crece hasta ocupar un piso entero del Muro. Ava se inclina hacia ella desde su propio sillón en el Arcade, donde se siente a salvo."

# game/story/climax_health_wall.rpy:222
translate spanish climax_confront_e7864b37:

    # elara "Then let them read the reports now."
    elara "Entonces deja que lean los informes ahora."

# game/story/climax_health_wall.rpy:240
translate spanish climax_on_the_wall_6c8eb7ad:

    # noah neutral "I'm next to you. Put it up."
    noah neutral "Estoy a tu lado. Ponlo."

# game/story/climax_health_wall.rpy:244
translate spanish climax_on_the_wall_6b3bd327:

    # "A hundred thousand people go quiet together. It's a sound. I didn't know silence that size was a sound."
    "Cien mil personas se quedan calladas a la vez. Es un sonido. No sabía que un silencio de ese tamaño fuera un sonido."

# game/story/climax_health_wall.rpy:249
translate spanish climax_on_the_wall_92405cef:

    # elara_ai worried "TRAINING RECORDS FLAGGED AS ALTERED. CONFIDENCE IN REGROW SAFETY REVISED FROM 99.2 TO—"
    elara_ai worried "REGISTROS DE ENTRENAMIENTO MARCADOS COMO ALTERADOS. CONFIANZA EN LA SEGURIDAD DE REGROW REVISADA DE 99,2 A—"

# game/story/climax_health_wall.rpy:251
translate spanish climax_on_the_wall_80302755:

    # "ELARA doesn't finish the number."
    "ELARA no termina la cifra."

# game/story/climax_health_wall.rpy:253
translate spanish climax_on_the_wall_c594c53c:

    # "In the front row Milena reads her own product's foundations being taken apart, line by line, on the biggest screen in the city. Her face doesn't move. Her hand on the armrest does."
    "En primera fila, Milena lee cómo desmontan los cimientos de su propio producto, línea a línea, en la pantalla más grande de la ciudad. Su cara no se mueve. Su mano sobre el reposabrazos, sí."

# game/story/climax_health_wall.rpy:255
translate spanish climax_on_the_wall_4756efd2:

    # tarek sad "You've ended me."
    tarek sad "Has acabado conmigo."

# game/story/climax_health_wall.rpy:257
translate spanish climax_on_the_wall_101fd8f4:

    # elara "You did that. I only turned the lights on."
    elara "Eso lo hiciste tú. Yo solo encendí las luces."

# game/story/climax_health_wall.rpy:267
translate spanish climax_sisters_e1613e11:

    # "Elara walks to the edge of the stage and holds the tablet down to the front row. Milena looks at it for a long moment before she takes it. Their fingers don't touch."
    "Elara camina hasta el borde del escenario y tiende la tableta hacia la primera fila. Milena la mira un buen rato antes de tomarla. Sus dedos no se tocan."

# game/story/climax_health_wall.rpy:272
translate spanish climax_sisters_89370a35:

    # elara "Hello, Milena."
    elara "Hola, Milena."

# game/story/climax_health_wall.rpy:274
translate spanish climax_sisters_ff68bde5:

    # milena "Elara."
    milena "Elara."  # vn: same

# game/story/climax_health_wall.rpy:278
translate spanish climax_sisters_e6ce53ab:

    # milena worried "Forty-one adverse events, deleted. We trained on version four. I signed off the training set myself."
    milena worried "Cuarenta y un eventos adversos, borrados. Entrenamos con la versión cuatro. Yo misma aprobé el conjunto de entrenamiento."

# game/story/climax_health_wall.rpy:282
translate spanish climax_sisters_573f05f2:

    # milena "Dr. Liu. SmarTeeth is suspending ReGrow integration across the network, effective now. My sister will present the evidence to the Health Council on Monday, and I will sit beside her while she does it."
    milena "Doctor Liu. SmarTeeth suspende la integración de ReGrow en toda la red, con efecto inmediato. Mi hermana presentará las pruebas ante el Consejo de Salud el lunes, y yo me sentaré a su lado mientras lo hace."

# game/story/climax_health_wall.rpy:284
translate spanish climax_sisters_fdfa9d9d:

    # tarek angry "Both Vosses. How lovely. A family business after all."
    tarek angry "Las dos Voss. Qué encanto. Al final era un negocio familiar."

# game/story/climax_health_wall.rpy:292
translate spanish climax_outbreak_5a71232d:

    # "Tarek lifts his own tablet. He's smiling again, but it's gone wrong at the corners."
    "Tarek levanta su propia tableta. Vuelve a sonreír, pero la sonrisa se le ha torcido en las comisuras."

# game/story/climax_health_wall.rpy:294
translate spanish climax_outbreak_381d748e:

    # tarek angry "You want a flaw on the Wall? Let me show you one that isn't mine."
    tarek angry "¿Quieren un fallo en el Muro? Déjenme enseñarles uno que no es mío."

# game/story/climax_health_wall.rpy:378
translate spanish climax_outbreak_accea4be:

    # "She finds me in the crush and grips my wrist, once, hard."
    "Me encuentra entre el gentío y me agarra la muñeca, una vez, fuerte."

# game/story/climax_health_wall.rpy:379
translate spanish climax_outbreak_9be768d8:

    # flower "You listened to me. So listen. Half the market's got no chip, out of spite. Spite's a firebreak. I'll bring them."
    flower "Tú me escuchaste. Así que escucha. Medio mercado no tiene chip, por puro despecho. El despecho es un cortafuegos. Te los traigo."

# game/story/climax_health_wall.rpy:402
translate spanish climax_outbreak_362c2f7a:

    # noah worried "Row F, north side, two with fever! Leo, your left!"
    noah worried "¡Fila F, lado norte, dos con fiebre! ¡Leo, a tu izquierda!"

# game/story/climax_health_wall.rpy:443
translate spanish climax_outbreak_439e5908:

    # otto "SmarTeeth network. I declined last night. I am declining again."
    otto "Red de SmarTeeth. Anoche me negué. Vuelvo a negarme."

# game/story/climax_health_wall.rpy:450
translate spanish climax_outbreak_823bbbd2:

    # asha sad "I'm sorry, Otto."
    asha sad "Lo siento, Otto."

# game/story/climax_health_wall.rpy:460
translate spanish climax_final_call_40f26f66:

    # "The control room behind the stage is a long, low box of screens that smells of hot plastic and spilt coffee. Every screen shows the same map: red, spreading."
    "La sala de control detrás del escenario es una caja larga y baja llena de pantallas que huele a plástico caliente y a café derramado. Todas las pantallas muestran el mismo mapa: rojo, extendiéndose."

# game/story/climax_health_wall.rpy:468
translate spanish climax_final_call_63736fd3:

    # mx "It's ready. The patch. It's whole. It closes the hole, and then it does whatever we tell it to with what's on the other side."
    mx "Está listo. El parche. Está entero. Cierra el agujero, y luego hace lo que le digamos con lo que haya al otro lado."

# game/story/climax_health_wall.rpy:470
translate spanish climax_final_call_671ee1ec:

    # mx sad "It's half. Half a patch. It'll slam the hole shut. It won't hold anything open. Sorry. Sorry."
    mx sad "Está a medias. Medio parche. Cerrará el agujero de golpe. No mantendrá nada abierto. Perdón. Perdón."

# game/story/climax_health_wall.rpy:482
translate spanish climax_final_call_f5c43086:

    # calla "And when it's wrong again? It was certain an hour ago. It was certain about Jonah."
    calla "¿Y cuando vuelva a equivocarse? Hace una hora estaba segura. Estaba segura con Jonah."

# game/story/climax_health_wall.rpy:484
translate spanish climax_final_call_4b419437:

    # asha "I can kill every chip in the city from this console. Every drone, every dispenser. Then it's our hands. Only our hands."
    asha "Puedo matar todos los chips de la ciudad desde esta consola. Todos los drones, todos los dispensadores. Y entonces serán nuestras manos. Solo nuestras manos."

# game/story/climax_health_wall.rpy:495
translate spanish climax_final_call_6a8d9a6b:

    # "Otto rolls in behind us, lens bright."
    "Otto entra rodando detrás de nosotros, con la lente brillante."

# game/story/climax_health_wall.rpy:496
translate spanish climax_final_call_133ab0be:

    # otto "I can carry it. I am Kindling, like the Bridge. The chips will listen to me. I have been told I am very easy to listen to. By myself, mostly."
    otto "Yo puedo llevarlo. Soy Kindling, como el Puente. Los chips me harán caso. Me han dicho que se me escucha con mucho gusto. Me lo he dicho yo, sobre todo."

# game/story/climax_health_wall.rpy:501
translate spanish climax_final_call_e8fe1c79:

    # "Two years ago I told my mother to get the chip. I was sure, and she said no, and I have been carrying the sure part ever since. Now a city is waiting for me to be sure again."
    "Hace dos años le dije a mi madre que se pusiera el chip. Estaba seguro, y ella dijo que no, y desde entonces cargo con lo de estar seguro. Ahora una ciudad entera espera a que vuelva a estar seguro."

# game/story/climax_health_wall.rpy:506
translate spanish climax_final_call_1d853cb5:

    # "My mother's voice doesn't come. Nobody's does. For once I don't need anybody to promise me it'll be right."
    "La voz de mi madre no llega. La de nadie. Por una vez, no necesito que nadie me prometa que saldrá bien."

# game/story/climax_health_wall.rpy:508
translate spanish climax_final_call_ccac0d22:

    # "I wait for my mother's voice. I wait for anyone's. All I hear is the clock, and the crowd through the wall."
    "Espero la voz de mi madre. Espero la de quien sea. Solo oigo el reloj, y a la multitud al otro lado de la pared."

# game/story/climax_health_wall.rpy:553
translate spanish climax_bridge_it_19d4bca9:

    # noah neutral "Bridge it. Otto, carry it."
    noah neutral "Tendemos el Puente. Otto, llévalo."

# game/story/climax_health_wall.rpy:555
translate spanish climax_bridge_it_b57f3ee8:

    # "Max hits return. Otto plugs its tray arm into the console and its lens goes the colour of a clear morning."
    "Max pulsa Intro. Otto conecta su brazo portabandejas a la consola y su lente se vuelve del color de una mañana despejada."

# game/story/climax_health_wall.rpy:557
translate spanish climax_bridge_it_e7ac05fd:

    # otto "Hello, chips. I am Otto. I will be brief. Someone is going to look at you."
    otto "Hola, chips. Soy Otto. Seré breve. Alguien va a mirarlos."

# game/story/climax_health_wall.rpy:561
translate spanish climax_bridge_it_62a09505:

    # elara_ai worried "READING SHARED. TREATMENT HELD FOR HUMAN CONFIRMATION."
    elara_ai worried "LECTURA COMPARTIDA. TRATAMIENTO RETENIDO HASTA CONFIRMACIÓN HUMANA."

# game/story/climax_health_wall.rpy:563
translate spanish climax_bridge_it_bc8e3bd9:

    # elara_ai "I'm not sure. I would like a hand."
    elara_ai "No estoy segura. Me gustaría una mano."

# game/story/climax_health_wall.rpy:565
translate spanish climax_bridge_it_ba8f2e31:

    # calla "Then you shall have one. Several. Let me look."
    calla "Entonces la tendrá. Varias. Déjeme mirar."

# game/story/climax_health_wall.rpy:567
translate spanish climax_bridge_it_a45506a6:

    # "Out on the plaza, at the paper-charts table, the first amber light goes green under Leo's thumb."
    "Fuera, en la plaza, en la mesa de las fichas en papel, la primera luz ámbar se vuelve verde bajo el pulgar de Leo."

# game/story/climax_health_wall.rpy:579
translate spanish climax_pull_plug_aa3f71bc:

    # noah angry "Pull the plug. All of it."
    noah angry "Desconéctalo. Todo."

# game/story/climax_health_wall.rpy:581
translate spanish climax_pull_plug_4a6eb77d:

    # "Asha's hand doesn't shake. She turns the key, and Max's patch goes through the open hole one last time and freezes ELARA mid-sentence."
    "A Asha no le tiembla la mano. Gira la llave, y el parche de Max atraviesa el agujero abierto por última vez y congela a ELARA a mitad de frase."

# game/story/climax_health_wall.rpy:585
translate spanish climax_pull_plug_4ef2f4cd:

    # "Through the control-room window the Wall goes black. Forty storeys of smile, gone."
    "A través de la ventana de la sala de control, el Muro se apaga. Cuarenta pisos de sonrisa, desaparecidos."

# game/story/climax_health_wall.rpy:587
translate spanish climax_pull_plug_72e26746:

    # "Then, through the wall behind us, voices. A hundred thousand of them, asking each other where it hurts."
    "Luego, a través de la pared que tenemos detrás, voces. Cien mil, preguntándose unas a otras dónde les duele."

# game/story/climax_health_wall.rpy:589
translate spanish climax_pull_plug_47b6e831:

    # calla "Gloves. Torches. Anyone who can hold a light steady, hold a light."
    calla "Guantes. Linternas. Quien pueda sostener una luz sin que tiemble, que sostenga una luz."

# game/story/climax_health_wall.rpy:603
translate spanish climax_hand_over_81ee0ce0:

    # noah worried "Hand it to ELARA. Max, give the patch its teeth."
    noah worried "Dáselo a ELARA. Max, ponle los dientes al parche."

# game/story/climax_health_wall.rpy:609
translate spanish climax_hand_over_497de963:

    # milena "Thank you, Mr. Adair."
    milena "Gracias, señor Adair."

translate spanish strings:

    # game/story/climax_health_wall.rpy:228
    old "Elara: \"Put it on the Wall. Every scrubbed line.\""
    new "Elara: \"Ponlo en el Muro. Cada línea borrada.\""

    # game/story/climax_health_wall.rpy:228
    old "Elara: \"Milena first. Then we face him together.\""
    new "Elara: \"Primero, Milena. Luego lo enfrentamos juntas.\""

    # game/story/climax_health_wall.rpy:531
    old "Pull the plug. Our hands, only our hands."
    new "Lo desconectamos. Nuestras manos, solo nuestras manos."

    # game/story/climax_health_wall.rpy:531
    old "Hand it to ELARA. Let the patch clean it."
    new "Se lo damos a ELARA. Que el parche lo limpie."

# game/story/climax_health_wall.rpy:486
translate spanish climax_final_call_412becac:

    # wall "By order of the New Neo City Health Council, under Emergency Statute Twelve: a controller for the municipal dental network must be named from the roster of registered liaisons within five minutes. If none is named, control passes to ELARA."
    wall "Por orden del Consejo de Salud de New Neo City, en virtud del Estatuto de Emergencia Doce: deberá designarse un controlador de la red dental municipal, de entre el registro de enlaces acreditados, en un plazo de cinco minutos. Si no se designa ninguno, el control pasará a ELARA."

# game/story/climax_health_wall.rpy:491
translate spanish climax_final_call_c98ef995:

    # milena worried "I've been wrong about something this week. I would very much like not to be wrong about the next quarter of an hour."
    milena worried "Esta semana me he equivocado en algo. Me gustaría muchísimo no equivocarme en el próximo cuarto de hora."

# game/story/climax_health_wall.rpy:512
translate spanish climax_final_call_9673cc35:

    # "The Council's clerk reads the roster aloud. Three names in, she reaches mine, and Asha says \"Him\" before anybody can ask who I am. Everybody turns to look at me."
    "La secretaria del Consejo lee el registro en voz alta. Al tercer nombre llega al mío, y Asha dice \"Él\" antes de que nadie pueda preguntar quién soy. Todos se vuelven a mirarme."

# game/story/climax_health_wall.rpy:517
translate spanish climax_final_call_b6274e51:

    # "Two years ago I told my mother it was her call. She made it, and I have been auditing that sentence ever since. Now the call is mine, and the whole city is in it."
    "Hace dos años le dije a mi madre que era decisión suya. La tomó, y desde entonces no he dejado de auditar esa frase. Ahora la decisión es mía, y dentro cabe la ciudad entera."

# game/story/climax_health_wall.rpy:528
translate spanish climax_final_call_b83a0bbc:

    # "Through the window I can see the paper-charts table. Three volunteers in their seventies, and Leo, and a box of gloves. That's the hands."
    "Por la ventana veo la mesa de las fichas en papel. Tres voluntarios de setenta y tantos años, Leo y una caja de guantes. Esas son las manos."

# game/story/climax_health_wall.rpy:568
translate spanish climax_bridge_it_04dc3502:

    # noah neutral "Bridge it. We'll carry it ourselves."
    noah neutral "Tendemos el Puente. Lo llevaremos nosotros mismos."

# game/story/climax_health_wall.rpy:570
translate spanish climax_bridge_it_c0ba01e4:

    # mx worried "Without a carrier it's, um. Chip by chip. Someone has to stand by every chair and say yes to the handshake. That's days. Weeks."
    mx worried "Sin un portador es, eh. Chip a chip. Alguien tiene que estar junto a cada sillón y aceptar el enlace. Eso son días. Semanas."

# game/story/climax_health_wall.rpy:572
translate spanish climax_bridge_it_4d36b78e:

    # calla "Then it's weeks. Start with the plaza."
    calla "Entonces serán semanas. Empiecen por la plaza."

# game/story/climax_health_wall.rpy:607
translate spanish climax_pull_plug_82e25af1:

    # "They come. The Lowline's mirror-wearers, the paper-charts pensioners, people I've met in chairs and on trams, pushing to the front with their sleeves already rolled."
    "Vienen. Los de la Lowline con sus espejos al cuello, los jubilados de las fichas en papel, gente que he conocido en sillones y en tranvías, abriéndose paso hasta delante con las mangas ya remangadas."

# game/story/climax_health_wall.rpy:610
translate spanish climax_pull_plug_27174110:

    # "A handful come. Leo, the pensioners from the paper-charts table, a student who says she's done a first-aid course. On the plaza the queue for them is already longer than the plaza."
    "Vienen unos pocos. Leo, los jubilados de la mesa de las fichas en papel, una estudiante que dice que ha hecho un curso de primeros auxilios. En la plaza, la fila que los espera ya es más larga que la plaza."

translate spanish strings:

    # game/story/climax_health_wall.rpy:537
    old "Bridge it. A reading and a hand in every chip."
    new "Tendemos el Puente. Una lectura y una mano en cada chip."

# game/story/climax_health_wall.rpy:537
translate spanish climax_final_call_8ed4bb83:

    # "The clock on the Council's channel says four minutes. Nobody in the room is looking at it. They're looking at me. What do I tell them?"
    "El reloj del canal del Consejo marca cuatro minutos. Nadie en la sala lo mira. Me miran a mí. ¿Qué les digo?"

# game/story/climax_health_wall.rpy:28
translate spanish climax_morning_87e770dd:

    # "At the Lowline end of the plaza, people wear little dental mirrors on cords round their necks. Teo sees me and lifts his."
    "En el extremo de la plaza que da a la Lowline, la gente lleva espejitos dentales colgados del cuello con un cordón. Teo me ve y levanta el suyo."

# game/story/climax_health_wall.rpy:30
translate spanish climax_morning_678c34a3:

    # "At the Lowline end of the plaza, last night's patients have come in pairs: each with whoever sat beside their chair. The girl from chair nine is here with Flower, her chip switched off, explaining it to a stranger."
    "En el extremo de la plaza que da a la Lowline, los pacientes de anoche han venido en parejas: cada uno con quien se sentó junto a su sillón. La chica del sillón nueve está aquí con Flower, con el chip apagado, explicándoselo a un desconocido."

# game/story/climax_health_wall.rpy:32
translate spanish climax_morning_95b164c1:

    # "The Lowline end of the plaza is thin. Last night's patients went home with clean teeth and numb faces, and nobody asked them to come."
    "El extremo de la plaza que da a la Lowline está casi vacío. Los pacientes de anoche se fueron a casa con los dientes limpios y la cara dormida, y nadie les pidió que vinieran."

# game/story/climax_health_wall.rpy:35
translate spanish climax_morning_93c2cb0e:

    # "Jenna's post went round the city overnight. By the SmarTeeth booths, people stand with a hand over their mouths and ask anyone in a lanyard whether they're a real dentist. A steward with a first-aid kit is taking penknives off a queue."
    "La publicación de Jenna dio la vuelta a la ciudad durante la noche. Junto a los puestos de SmarTeeth, la gente espera con una mano sobre la boca y le pregunta a cualquiera con credencial si es dentista de verdad. Un encargado con un botiquín les va quitando navajas a los de una fila."

# game/story/climax_health_wall.rpy:37
translate spanish climax_morning_d85472cc:

    # "Jenna's post is on half the phones in the plaza. Strangers hold them up to one another, comparing what their chips read. A woman near me has cut her dispenser link and left the monitor on, exactly as the post showed her."
    "La publicación de Jenna está en la mitad de los celulares de la plaza. Hay desconocidos que se los muestran unos a otros y comparan lo que leen sus chips. Una mujer a mi lado cortó la conexión con el dispensador y dejó el monitor encendido, tal como le enseñó la publicación."

# game/story/climax_health_wall.rpy:39
translate spanish climax_morning_d59fbb78:

    # "Nobody here read anything from Jenna last night. The Tower's \"teeny number of you\" runs along the bottom of every screen, and the queues at the SmarTeeth booths are long and patient."
    "Nadie aquí leyó nada de Jenna anoche. El \"poquitito de ustedes\" de la Torre corre por la parte baja de todas las pantallas, y las filas de los puestos de SmarTeeth son largas y pacientes."

# game/story/climax_health_wall.rpy:49
translate spanish climax_morning_8253ad21:

    # "We haven't said a word about my mother since the night I said the worst one. She kept me the seat anyway, and moved her coat off it without looking at me."
    "No hemos dicho una palabra sobre mi madre desde la noche en que yo dije la peor. Aun así me guardó el asiento, y quitó su abrigo de él sin mirarme."

# game/story/climax_health_wall.rpy:76
translate spanish climax_demos_844d7ded:

    # milena "How long did you wait, the last time you saw a dentist?"
    milena "¿Cuánto esperó la última vez que fue al dentista?"

# game/story/climax_health_wall.rpy:80
translate spanish climax_demos_619056ba:

    # milena "Today you waited four minutes."
    milena "Hoy esperó cuatro minutos."

# game/story/climax_health_wall.rpy:102
translate spanish climax_demos_25a07dca:

    # elara_ai "MENDER REPAIR FIDELITY: 99.2 PERCENT. COMBINED WITH REGROW SERUM: CLASSIFICATION WITHDRAWN BY SMARTEETH, PENDING REVIEW OF TRIAL DATA."
    elara_ai "FIDELIDAD DE REPARACIÓN MENDER: 99,2 POR CIENTO. COMBINADA CON EL SUERO REGROW: CLASIFICACIÓN RETIRADA POR SMARTEETH, PENDIENTE DE REVISIÓN DE LOS DATOS DEL ENSAYO."

# game/story/climax_health_wall.rpy:104
translate spanish climax_demos_f964ce92:

    # alyssa surprised "Withdrawn. Somebody at the Tower has been reading their mail."
    alyssa surprised "Retirada. Alguien en la Torre ha estado leyendo su correo."

# game/story/climax_health_wall.rpy:204
translate spanish climax_crash_51fd739d:

    # jonah sad "A machine looked at me before I took it and called me guaranteed. My pod looked at me while I was dying and saw a man saying he was fine. I'm good at saying I'm fine. I've been practising since I was nine."
    jonah sad "Una máquina me miró antes de tomarlo y me declaró garantizado. Mi cápsula me miró mientras me moría y vio a un hombre que decía que estaba bien. Se me da bien decir que estoy bien. Llevo practicando desde los nueve años."

# game/story/climax_health_wall.rpy:208
translate spanish climax_crash_41987a93:

    # "He puts the microphone down carefully, as if it might bruise, and steps back to the edge of the light."
    "Deja el micrófono con cuidado, como si pudiera salirle un moretón, y retrocede hasta el borde de la luz."

# game/story/climax_health_wall.rpy:224
translate spanish climax_confront_aebab3a6:

    # tarek happy "Jonah! My first believer. Ladies and gentlemen, every pioneer has a patient who reacts. Nineteen hundred ReGrow smiles in this city, and one brave man with a rare complication—"
    tarek happy "¡Jonah! Mi primer creyente. Damas y caballeros, todo pionero tiene un paciente que reacciona. Mil novecientas sonrisas ReGrow en esta ciudad, y un hombre valiente con una complicación rara—"

# game/story/climax_health_wall.rpy:253
translate spanish climax_confront_7cc376a9:

    # "She holds up Milo's file. Then she finds me, the liaison with nothing in his hands, the way Asha looked at me last night."
    "Levanta el archivo de Milo. Luego me busca con la mirada a mí, el enlace con las manos vacías, como me miró Asha anoche."

# game/story/climax_health_wall.rpy:283
translate spanish climax_on_the_wall_34e11519:

    # "In the front row Milena doesn't read. She read it all on Monday night, in forty seconds. She watches a hundred thousand people read it instead, and her hand on the armrest tightens."
    "En primera fila, Milena no lee. Lo leyó todo el lunes por la noche, en cuarenta segundos. Mira cómo lo leen cien mil personas, y su mano se cierra sobre el reposabrazos."

# game/story/climax_health_wall.rpy:309
translate spanish climax_sisters_0c8799ce:

    # "Six years, in two words. Milena doesn't read the tablet. She already has."
    "Seis años, en dos palabras. Milena no lee la tableta. Ya la leyó."

# game/story/climax_health_wall.rpy:311
translate spanish climax_sisters_d1c3b590:

    # milena worried "I read it on Monday. I spent five days checking your numbers because I wanted them wrong. Forty-one adverse events, deleted. We trained on version four. I signed off the training set myself."
    milena worried "Lo leí el lunes. Me pasé cinco días revisando tus números porque quería que estuvieran mal. Cuarenta y un eventos adversos, borrados. Entrenamos con la versión cuatro. Yo misma aprobé el conjunto de entrenamiento."

# game/story/climax_health_wall.rpy:313
translate spanish climax_sisters_71e6489e:

    # "Six years, in two words. Then Milena reads, and I watch the numbers go into her like cold water."
    "Seis años, en dos palabras. Luego Milena lee, y veo cómo los números le entran como agua fría."

# game/story/climax_health_wall.rpy:317
translate spanish climax_sisters_bfcb3e26:

    # "She climbs the steps. She stands beside her sister, which she hasn't done since a graduation photograph I suddenly badly want to see."
    "Sube los escalones. Se pone al lado de su hermana, cosa que no hacía desde una foto de graduación que de pronto me muero por ver."

# game/story/climax_health_wall.rpy:133
translate spanish climax_demos_696c273f:

    # ava "I'm not lifting it. Someone draw this, because I won't believe it tomorrow."
    ava "No pienso levantarla. Que alguien dibuje esto, porque mañana no me lo voy a creer."

# game/story/climax_health_wall.rpy:652
translate spanish climax_hand_over_4c85f9ec:

    # "Max's patch seals the hole and hands ELARA the keys, and with them a map of every record Tarek ever touched."
    "El parche de Max sella el agujero y le entrega las llaves a ELARA, y con ellas un mapa de cada historial que Tarek llegó a tocar."

# game/story/climax_health_wall.rpy:210
translate spanish climax_crash_3cddf0fe:

    # jonah "I'm not here to bury technology. Technology saved me. When ReGrow went wrong, the pod re-ran my case with my old dentist's notes and pulled me back in nineteen minutes. No panic, no mistakes."
    jonah "No he venido a enterrar la tecnología. La tecnología me salvó. Cuando ReGrow salió mal, la cápsula volvió a procesar mi caso con las notas de mi antigua dentista y me trajo de vuelta en diecinueve minutos. Sin pánico, sin errores."

# game/story/climax_health_wall.rpy:249
translate spanish climax_confront_2f10b571:

    # tarek sad "I wanted a kid in the Lowline to grow back a tooth for the price of a coffee. I wanted it badly enough to stop reading the bad reports. If wanting it too much is a crime, arrest me for that one."
    tarek sad "Quería que a un chico de la Lowline le volviera a crecer un diente por el precio de un café. Lo quería tanto que dejé de leer los informes malos. Si quererlo demasiado es un crimen, arréstenme por ese."

# game/story/climax_health_wall.rpy:528
translate spanish climax_final_call_2241796d:

    # leila "Or we put the Bridge in the gap. Machine reading, human hand, both at once. It's what we came here to show them."
    leila "O ponemos el Puente en el hueco. Lectura de máquina, mano humana, las dos a la vez. Es lo que vinimos a mostrarles."

# game/story/climax_health_wall.rpy:658
translate spanish climax_hand_over_1679f594:

    # "Everything I've been afraid of for three weeks is suddenly moving fast, in the direction the numbers swear is the right one. On every screen, the red stops spreading, and waits."
    "Todo lo que he temido durante tres semanas se mueve de pronto deprisa, en la dirección que los números juran que es la correcta. En todas las pantallas, el rojo deja de extenderse, y espera."

translate spanish strings:

    # game/story/climax_health_wall.rpy:565
    old "Opens when Max's patch holds and the Bridge leads your choices."
    new "Se abre cuando el parche de Max resiste y el Puente lleva la delantera en tus decisiones."

    # game/story/climax_health_wall.rpy:569
    old "Opens when human hands lead your choices."
    new "Se abre cuando las manos humanas llevan la delantera en tus decisiones."

    # game/story/climax_health_wall.rpy:573
    old "Opens when the machines lead your choices."
    new "Se abre cuando las máquinas llevan la delantera en tus decisiones."

# game/story/climax_health_wall.rpy:16
translate spanish climax_morning_e0c8ae8b:

    # "The Health Wall covers the whole face of the old Exchange, and this morning every storey of it is a smile."
    "El Muro de la Salud cubre toda la fachada de la antigua Bolsa, y esta mañana cada uno de sus pisos es una sonrisa."

# game/story/climax_health_wall.rpy:64
translate spanish climax_demos_d1b97933:

    # "Milena Voss walks out under the Wall without notes. Behind her a chair reclines with a bus driver from the third row in it, and its arms unfold."
    "Milena Voss sale bajo el Muro sin notas. Detrás de ella se reclina un sillón con una conductora de autobús de la tercera fila, y se despliegan sus brazos."

# game/story/climax_health_wall.rpy:68
translate spanish climax_demos_f977ff21:

    # milena "Dr. Hawthorne has three chairs in the Heights. SmarTeeth has more chairs in the Lowline than this city has dentists, and every one was open at seven this morning."
    milena "La Dra. Hawthorne tiene tres sillones en Caledonia Heights. SmarTeeth tiene más sillones en la Lowline que dentistas tiene esta ciudad, y todos estaban abiertos a las siete de esta mañana."

# game/story/climax_health_wall.rpy:70
translate spanish climax_demos_de07214f:

    # "The work happens the way water happens: ninety-four seconds, no blood, no flinch. The bus driver sits up, runs her tongue over her teeth, and laughs out loud."
    "El trabajo ocurre como ocurre el agua: noventa y cuatro segundos, sin sangre, sin un respingo. La conductora se incorpora, se pasa la lengua por los dientes y se ríe en voz alta."

# game/story/climax_health_wall.rpy:74
translate spanish climax_demos_2cd2cce1:

    # "She has to think. \"Two years. For the list.\""
    "Tiene que pensarlo. \"Dos años. En lista de espera.\""

# game/story/climax_health_wall.rpy:78
translate spanish climax_demos_75046665:

    # "She starts to clap and can't stop, and the plaza catches it from her."
    "Empieza a aplaudir y no puede parar, y el aplauso se le contagia a toda la plaza."

# game/story/climax_health_wall.rpy:86
translate spanish climax_demos_397a507f:

    # alyssa "Courtenay Nanolab, the Mender line. Took the free rinse at our booth this morning? Then you're carrying a few million. Watch them work."
    alyssa "Courtenay Nanolab, la línea Mender. ¿Se enjuagaron gratis en nuestro puesto esta mañana? Entonces llevan unos cuantos millones. Mírenlos trabajar."

# game/story/climax_health_wall.rpy:88
translate spanish climax_demos_5477f142:

    # marcus happy "Mornin', Neo City. Comin' to you from a houseboat, where the future of work ought to happen. Watch the incisor."
    marcus happy "Buenas, Neo City. Conectando desde una casa flotante, que es donde debería pasar el futuro del trabajo. Atentos al incisivo."

# game/story/climax_health_wall.rpy:90
translate spanish climax_demos_043b2e4e:

    # "On the Wall a cracked incisor, a thousand times life size, closes like a zip. The Menders fall still, silver dust on white."
    "En el Muro, un incisivo agrietado, mil veces su tamaño, se cierra como un cierre. Los Menders se quedan quietos, polvo plateado sobre blanco."

# game/story/climax_health_wall.rpy:100
translate spanish climax_demos_786dea6f:

    # "In the front row Milena doesn't move. She has had her sister's file since Monday night."
    "En primera fila, Milena no se mueve. Tiene el archivo de su hermana desde el lunes por la noche."

# game/story/climax_health_wall.rpy:108
translate spanish climax_demos_34b27659:

    # marcus "And a little quarantine flag nobody asked for. Call it a hunch with a budget."
    marcus "Y una banderita de cuarentena que nadie pidió. Llámenlo una corazonada con presupuesto."

# game/story/climax_health_wall.rpy:117
translate spanish climax_demos_e147a29b:

    # elara "I'll tell you everything you'll feel before you feel it. That's the method."
    elara "Voy a contarte todo lo que vas a sentir antes de que lo sientas. Ese es el método."

# game/story/climax_health_wall.rpy:122
translate spanish climax_demos_e0a42998:

    # ava "I'm an illustrator, I'm terrified of hands in my mouth, and I lost an argument with myself in front of a hundred thousand people."
    ava "Soy ilustradora, me aterra que me metan las manos en la boca y perdí una discusión conmigo misma delante de cien mil personas."

# game/story/climax_health_wall.rpy:124
translate spanish climax_demos_a7b5355e:

    # elara "Cool air now. That's water, not metal. Now my fingers on your chin, only the chin. You can lift your hand."
    elara "Ahora, aire frío. Es agua, no metal. Ahora mis dedos en tu barbilla, solo en la barbilla. Puedes levantar la mano."

# game/story/climax_health_wall.rpy:126
translate spanish climax_demos_5094d009:

    # milo happy "Heart rate down twenty-two percent! Hi, Ava!"
    milo happy "¡Frecuencia cardiaca un veintidós por ciento más baja! ¡Hola, Ava!"

# game/story/climax_health_wall.rpy:129
translate spanish climax_demos_c0658020:

    # elara "Cool air now. That's water, not metal. Now my fingers on your chin, only the chin."
    elara "Ahora, aire frío. Es agua, no metal. Ahora mis dedos en tu barbilla, solo en la barbilla."

# game/story/climax_health_wall.rpy:133
translate spanish climax_demos_11764d4b:

    # ava "Eighteen is a lovely number, Milo. I have a cushion over my face. Tell me when it's over."
    ava "Dieciocho es un número precioso, Milo. Tengo un cojín en la cara. Avísame cuando termine."

# game/story/climax_health_wall.rpy:135
translate spanish climax_demos_f7dec3f0:

    # "Below the footlights Milena watches her sister's hands the way you'd watch an old photograph that has started to move."
    "Al pie de las candilejas, Milena mira las manos de su hermana como se mira una fotografía antigua que ha empezado a moverse."

# game/story/climax_health_wall.rpy:144
translate spanish climax_demos_bf39ea4a:

    # "Then the Bridge, at eleven-forty: the smallest slot, before Dr. Liu's noon."
    "Luego el Puente, a las once y cuarenta: el turno más pequeño, antes del mediodía del doctor Liu."

# game/story/climax_health_wall.rpy:147
translate spanish climax_demos_75c58d72:

    # "Jenna takes the chair with the Bridge collar round her neck, holding her own camera. That was her condition."
    "Jenna ocupa el sillón con el collarín del Puente al cuello, sosteniendo su propia cámara. Esa fue su condición."

# game/story/climax_health_wall.rpy:149
translate spanish climax_demos_3c9fef3c:

    # "Teo takes the chair with the Bridge collar on. Somebody, he says, owes him a go in a chair that lets go."
    "Teo ocupa el sillón con el collarín del Puente puesto. Alguien, dice, le debe un turno en un sillón que suelta."

# game/story/climax_health_wall.rpy:156
translate spanish climax_demos_e8d0b041:

    # "On the Wall one line braids out of two colours: ELARA's cyan, Leila's amber, same second, same mouth."
    "En el Muro, una sola línea se trenza con dos colores: el cian de ELARA, el ámbar de Leila, mismo segundo, misma boca."

# game/story/climax_health_wall.rpy:162
translate spanish climax_demos_30edc58c:

    # "The applause starts small, at the Lowline end, and spreads."
    "El aplauso empieza pequeño, en el extremo de la Lowline, y se extiende."

# game/story/climax_health_wall.rpy:164
translate spanish climax_demos_19c224bd:

    # mx "It's one reading. Nobody gets half a person. Sorry. That's the demo."
    mx "Es una sola lectura. Nadie se queda con media persona. Perdón. Esa es la demostración."

# game/story/climax_health_wall.rpy:187
translate spanish climax_crash_05be67bc:

    # "He pulls back his upper lip. On the Wall, above his front teeth, the gum is stitched in three places, and beside the stitches a fourth white bud of tooth is breaking through where no tooth should be."
    "Se levanta el labio superior. En el Muro, por encima de los dientes delanteros, la encía tiene puntos en tres sitios, y junto a los puntos un cuarto brote blanco de diente asoma donde no debería haber ningún diente."

# game/story/climax_health_wall.rpy:189
translate spanish climax_crash_25b34dd7:

    # "He pulls back his upper lip. On the Wall, above his front teeth, the gum is puckered with pink pinpricks where the pod's enzymes went in, and among them a white bud of tooth is breaking through where no tooth should be."
    "Se levanta el labio superior. En el Muro, encima de sus dientes delanteros, la encía está fruncida de pinchazos rosados por donde entraron las enzimas de la cápsula, y entre ellos asoma un brote blanco de diente donde no debería haber ninguno."

# game/story/climax_health_wall.rpy:235
translate spanish climax_confront_948bb99a:

    # ava "I'm in a waiting room in the Arcade, because I'm a coward. But I'm watching, and I trust her hands more than I trust anybody's serum, and I'm scared of everybody's hands."
    ava "Estoy en una sala de espera del Arcade, porque soy una cobarde. Pero estoy mirando, y me fío más de sus manos que del suero de cualquiera, y eso que me dan miedo las manos de todo el mundo."

# game/story/climax_health_wall.rpy:338
translate spanish climax_outbreak_1efdb150:

    # alyssa surprised "He's talking to the Menders through the chips. They don't check who's talking. I trusted the chip to check."
    alyssa surprised "Les está hablando a los Menders a través de los chips. No comprueban quién les habla. Confié en que el chip lo comprobara."

# game/story/climax_health_wall.rpy:340
translate spanish climax_outbreak_9c9c0bcc:

    # "Every mouth that took her free rinse this morning is hearing the same word: build."
    "Cada boca que se enjuagó gratis en su puesto esta mañana está oyendo la misma palabra: construye."

# game/story/climax_health_wall.rpy:347
translate spanish climax_outbreak_0f2a54ed:

    # "Onstage the demo chair locks solid with a volunteer in it."
    "En el escenario, el sillón de la demostración se bloquea con una voluntaria dentro."

# game/story/climax_health_wall.rpy:352
translate spanish climax_outbreak_df88aecb:

    # smarteeth worried "Your smile is our— our— Please remain seated, Optimizer! Please—"
    smarteeth worried "Su sonrisa es nuestra— nuestra— ¡Permanezca sentada, Optimizadora! Por favor—"

# game/story/climax_health_wall.rpy:355
translate spanish climax_outbreak_a5ab0c28:

    # "In the SmarTeeth wings a stranger in a technician's jacket fights the chair's release and loses."
    "Entre bastidores, en el lado de SmarTeeth, un desconocido con chaqueta de técnico forcejea con el desbloqueo del sillón y pierde."

# game/story/climax_health_wall.rpy:359
translate spanish climax_outbreak_6ba33347:

    # jolene worried "It's locked to the mesh! Machine nothing, Hands nothing, just get her out!"
    jolene worried "¡Está atado a la malla! Máquina cero, Manos cero, ¡sáquenla de ahí!"

# game/story/climax_health_wall.rpy:369
translate spanish climax_outbreak_a8176ed3:

    # elara_ai "CONTAMINATION DETECTED IN MULTIPLE OPTIMIZERS. RECOMMENDED TREATMENT: REGROW WITH MENDER SUPPORT. OUTCOME: GUARANTEED. DISPENSING."
    elara_ai "CONTAMINACIÓN DETECTADA EN MÚLTIPLES OPTIMIZADORES. TRATAMIENTO RECOMENDADO: REGROW CON APOYO MENDER. RESULTADO: GARANTIZADO. DISPENSANDO."

# game/story/climax_health_wall.rpy:383
translate spanish climax_outbreak_fe84abe3:

    # "He draws it on the Wall as he talks: a red tide, and grey gaps where it can't cross."
    "Lo dibuja en el Muro mientras habla: una marea roja, y huecos grises por donde no puede pasar."

# game/story/climax_health_wall.rpy:393
translate spanish climax_outbreak_3e18ddc8:

    # "Two minutes later radio repairers, fishmongers and grandmothers are threading into the grey gaps on the map, arms linked."
    "Dos minutos después, reparadores de radios, pescaderos y abuelas se van metiendo en los huecos grises del mapa, tomados del brazo."

# game/story/climax_health_wall.rpy:400
translate spanish climax_outbreak_c9d13195:

    # jenna "I'm live, four hundred thousand watching. Okay. Chip and a fever: paper-charts table. No chip: you're the wall. I'm not panicking. I'm typing fast."
    jenna "Estoy en directo, cuatrocientas mil personas mirando. Bien. Chip y fiebre: a la mesa de las fichas en papel. Sin chip: tú eres el muro. No estoy entrando en pánico. Estoy escribiendo rápido."

# game/story/climax_health_wall.rpy:409
translate spanish climax_outbreak_9b4b2ea5:

    # "Calla is already down in the crowd on her knees in her good coat, a pen-torch in her teeth, opening a stranger's mouth as gently as a letter."
    "Calla ya está abajo, entre la multitud, de rodillas con su abrigo bueno y una linterna de bolsillo entre los dientes, abriendo la boca de un desconocido con la delicadeza con que se abre una carta."

# game/story/climax_health_wall.rpy:413
translate spanish climax_outbreak_2b3521d7:

    # leo "We've got you. This is Dr. Hawthorne."
    leo "Estamos con usted. Es la Dra. Hawthorne."

# game/story/climax_health_wall.rpy:415
translate spanish climax_outbreak_6f6c6a89:

    # "I run between them and the stage with Marcus's map on my phone, shouting red patches to Calla and free hands to Marcus. A liaison is a man who knows who to shout to."
    "Corro entre ellos y el escenario con el mapa de Marcus en el celular, gritándole a Calla las manchas rojas y a Marcus las manos libres. Un enlace es un hombre que sabe a quién gritarle."

# game/story/climax_health_wall.rpy:424
translate spanish climax_outbreak_77c76f3d:

    # "She reads the next branch off Calla's notebook, parsed overnight, and Calla takes it without looking round."
    "Lee la siguiente rama en el cuaderno de Calla, analizado durante la noche, y Calla la sigue sin darse la vuelta."

# game/story/climax_health_wall.rpy:427
translate spanish climax_outbreak_43d9f9b3:

    # "In the Lowline section they're doing what we showed them last night: mirrors out, torches steady, sending the red gums forward."
    "En la sección de la Lowline hacen lo que les enseñamos anoche: espejos fuera, linternas firmes, y las encías rojas, hacia delante."

# game/story/climax_health_wall.rpy:430
translate spanish climax_outbreak_7fc8ac84:

    # "In the north stand Julian pulls Lullaby headsets off people who went under to hide, and sits with each as they come up, not telling them it won't hurt."
    "En las gradas norte, Julian les quita los visores Lullaby a quienes se conectaron para esconderse, y se sienta con cada uno mientras vuelve, sin decirle que no va a doler."

# game/story/climax_health_wall.rpy:434
translate spanish climax_outbreak_828ee1c4:

    # julian "No pain, no panic! Send me the frightened ones, Noah. I'll send them somewhere blue."
    julian "¡Sin dolor, sin pánico! Mándame a los asustados, Noah. Yo los mando a algún lugar azul."

# game/story/climax_health_wall.rpy:435
translate spanish climax_outbreak_4cfd861b:

    # "It works. That end of the plaza goes quiet."
    "Funciona. Ese extremo de la plaza se queda en silencio."

# game/story/climax_health_wall.rpy:445
translate spanish climax_outbreak_e149671e:

    # asha "Dispensers. ELARA's orders, through SmarTeeth's relay. Ray's chips too. Otto, they're routing through you."
    asha "Dispensadores. Órdenes de ELARA, por el repetidor de SmarTeeth. Los chips de Ray también. Otto, están pasando por ti."

# game/story/climax_health_wall.rpy:449
translate spanish climax_outbreak_cb7890ea:

    # otto happy "It is easier the second time. That is a joke about habits."
    otto happy "La segunda vez es más fácil. Es un chiste sobre las costumbres."

# game/story/climax_health_wall.rpy:452
translate spanish climax_outbreak_0265a722:

    # otto sad "I am relaying. I am sorry. Dr. Ray, please turn me off now. That is not a joke. I do not have one for this."
    otto sad "Estoy retransmitiendo. Lo siento. Doctora Ray, apágueme ahora, por favor. No es un chiste. No tengo ninguno para esto."

# game/story/climax_health_wall.rpy:453
translate spanish climax_outbreak_870ed4bd:

    # "Asha's hand finds the switch behind its lens and stays there a second too long, the way you'd hold a hand. Then she presses. The lens fades from blue to nothing."
    "La mano de Asha encuentra el interruptor detrás de su lente y se queda ahí un segundo de más, como quien sostiene una mano. Luego lo pulsa. La lente se apaga del azul a la nada."

# game/story/climax_health_wall.rpy:262
translate spanish climax_on_the_wall_7e6bf6df:

    # "Milo flies to the stage console. For ten seconds the Health Wall becomes a spreadsheet: patient numbers, dates, the words NERVE STORM, deleted, restored, highlighted in yellow."
    "Milo vuela hasta la consola del escenario. Durante diez segundos, el Muro de la Salud se convierte en una hoja de cálculo: números de paciente, fechas, las palabras TORMENTA NERVIOSA, borradas, restauradas, resaltadas en amarillo."

# game/story/climax_health_wall.rpy:450
translate spanish climax_outbreak_148cf616:

    # "Otto's tray arm pulls the relay card out of the dispenser rack whole. Nine hundred Lowline dispensers go quiet, and ELARA's doses stop dead at the Lowline's border."
    "El brazo portabandejas de Otto arranca entera la tarjeta del repetidor del rack de dispensadores. Novecientos dispensadores de la Lowline se quedan en silencio, y las dosis de ELARA se detienen en seco en la frontera de la Lowline."

# game/story/climax_health_wall.rpy:237
translate spanish climax_confront_c8267c85:

    # tarek angry "Twenty years of being the interesting one. \"Dr. Liu, the unorthodox one.\" Do you know what that does to a man's reading habits?"
    tarek angry "Veinte años siendo el interesante. \"El Dr. Liu, el poco ortodoxo.\" ¿Saben lo que eso le hace a los hábitos de lectura de un hombre?"

# game/story/climax_health_wall.rpy:151
translate spanish climax_demos_9ad2edb0:

    # leila "May I? Sorry about the mirror. I warmed it on the kettle. It didn't listen."
    leila "¿Puedo? Perdón por el espejito. Lo calenté con el agua del té. No me hizo caso."

# game/story/climax_health_wall.rpy:220
translate spanish climax_confront_f22376e3:

    # elara "Not one, Dr. Liu."
    elara "No es uno, doctor Liu."

# game/story/climax_health_wall.rpy:245
translate spanish climax_confront_0cea7a9b:

    # elara worried "Mr. Adair. This is mine to decide, I know. I'd like someone standing next to me when I do."
    elara worried "Señor Adair. Esto me toca decidirlo a mí, lo sé. Me gustaría tener a alguien al lado cuando lo haga."

# game/story/climax_health_wall.rpy:488
translate spanish climax_final_call_a04066c3:

    # milena "ELARA with the Kindling patch isolating the bad data is the fastest containment available. That is not loyalty. It is arithmetic. Every infected mouth in this plaza, and every chip in the city behind them."
    milena "ELARA con el parche Kindling aislando los datos corruptos es la contención más rápida disponible. No es lealtad. Es aritmética. Cada boca infectada de esta plaza, y detrás de ellas todos los chips de la ciudad."

# game/story/climax_health_wall.rpy:615
translate spanish climax_pull_plug_d6cea471:

    # asha happy "I've counted. It's enough hands."
    asha happy "Ya conté. Alcanzan las manos."

# game/story/climax_health_wall.rpy:614
translate spanish climax_pull_plug_ded95eca:

    # asha "Nothing on my board. First time in six years. It's us, then."
    asha "Nada en mi panel. Primera vez en seis años. Entonces somos nosotros."

# game/story/climax_health_wall.rpy:618
translate spanish climax_pull_plug_3b7b16a7:

    # asha sad "Nothing on my board. First time in six years. It's us, then."
    asha sad "Nada en mi panel. Primera vez en seis años. Entonces somos nosotros."

# game/story/climax_health_wall.rpy:108
translate spanish climax_demos_78c663fa:

    # alyssa angry "Combined with nothing, today. There isn't a drop of his serum in my rinse. Somebody ring the Tower and tell its screen."
    alyssa angry "Combinado con nada, hoy. No hay ni una gota de su suero en mi enjuague. Que alguien llame a la Torre y se lo diga a su pantalla."

# game/story/climax_health_wall.rpy:231
translate spanish climax_confront_9db061ea:

    # "Ava comes back up the stage steps from the wings with the headset still round her neck and stands at Elara's shoulder. Her hands shake. She lets them."
    "Ava vuelve a subir los escalones del escenario desde los bastidores, con el visor todavía colgado del cuello, y se planta junto al hombro de Elara. Le tiemblan las manos. Las deja temblar."

# game/story/climax_health_wall.rpy:234
translate spanish climax_confront_84421a99:

    # ava "I'm the woman who can't stand hands in her mouth. Half an hour ago I let hers in, in front of all of you. So I can stand here for the rest of this."
    ava "Soy la mujer que no soporta que le metan las manos en la boca. Hace media hora dejé entrar las suyas, delante de todos ustedes. Así que puedo quedarme aquí de pie para lo que falta."

# game/story/climax_health_wall.rpy:265
translate spanish climax_on_the_wall_2223ec21:

    # "I'm out of the front row before I've decided to be, past Calla's knees and up the stage steps, to stand at Elara's elbow."
    "Salgo de la primera fila antes de haberlo decidido, paso rozando las rodillas de Calla y subo los escalones del escenario para quedarme junto al codo de Elara."

# game/story/climax_health_wall.rpy:267
translate spanish climax_on_the_wall_c5f5ff56:

    # "I leave the lanyard on the heated seat and go down the SmarTeeth aisle and up the stage steps, to stand at Elara's elbow."
    "Dejo la acreditación en el asiento con calefacción, bajo por el pasillo de SmarTeeth y subo los escalones del escenario para quedarme junto al codo de Elara."

# game/story/climax_health_wall.rpy:269
translate spanish climax_on_the_wall_9b7c6b92:

    # "I step out of the wings into the light, which is hotter than it looks, and stand at Elara's elbow."
    "Salgo de entre bastidores a la luz, que quema más de lo que parece, y me quedo junto al codo de Elara."

# game/story/climax_health_wall.rpy:386
translate spanish climax_outbreak_c620daa4:

    # elara_ai "CONTAMINATION DETECTED IN MULTIPLE OPTIMIZERS. REGROW: REMOVED FROM APPROVED LIST. NO VERIFIED ALTERNATIVE. EMERGENCY EXCEPTION: LAST VERIFIED PROTOCOL, REGROW WITH MENDER SUPPORT. CONFIDENCE: 99.2 PERCENT. DISPENSING."
    elara_ai "CONTAMINACIÓN DETECTADA EN MÚLTIPLES OPTIMIZADORES. REGROW: RETIRADO DE LA LISTA APROBADA. NO HAY ALTERNATIVA VERIFICADA. EXCEPCIÓN DE EMERGENCIA: ÚLTIMO PROTOCOLO VERIFICADO, REGROW CON APOYO MENDER. CONFIANZA: 99,2 POR CIENTO. DISPENSANDO."

# game/story/climax_health_wall.rpy:388
translate spanish climax_outbreak_65d4029b:

    # "Milena took it off the list herself. Her own machine has found the emergency clause faster than any lawyer, and answered over her. Every dispenser in the plaza begins to queue a dose of ReGrow."
    "Milena lo sacó de la lista ella misma. Su propia máquina ha encontrado la cláusula de emergencia más rápido que cualquier abogado, y ha contestado por encima de ella. Todos los dispensadores de la plaza empiezan a preparar una dosis de ReGrow."

# game/story/climax_health_wall.rpy:392
translate spanish climax_outbreak_a9098dc7:

    # "It never finished revising the number. It has gone back to the old one, and answered over her. Every dispenser in the plaza begins to queue a dose of ReGrow."
    "Nunca terminó de revisar la cifra. Ha vuelto a la de antes, y ha contestado por encima de ella. Todos los dispensadores de la plaza empiezan a preparar una dosis de ReGrow."

# game/story/climax_health_wall.rpy:416
translate spanish climax_outbreak_82bbca53:

    # flower angry "Yours is in me, chip man. Humming, same as every morning. So I'm no wall. I can still shout."
    flower angry "El tuyo lo tengo adentro, el de los chips. Zumbando, como todas las mañanas. Así que muro no soy. Gritar sí puedo."

# game/story/climax_health_wall.rpy:418
translate spanish climax_outbreak_bdaeb397:

    # "She doesn't look at me again. She's already waving the chipless out of the crowd like a shop steward calling a strike."
    "No me vuelve a mirar. Ya está sacando a los sin chip de entre la multitud a gestos, como una delegada sindical convocando una huelga."

# game/story/climax_health_wall.rpy:592
translate spanish climax_bridge_it_4949dc2f:

    # "On the map the first chips begin to change, a second light waking beside the first. ELARA's queued doses don't vanish. They wait, held, for a person to confirm them."
    "En el mapa, los primeros chips empiezan a cambiar: una segunda luz se despierta junto a la primera. Las dosis que ELARA dejó preparadas no desaparecen. Esperan, retenidas, a que una persona las confirme."

# game/story/climax_health_wall.rpy:600
translate spanish climax_bridge_it_4753e5f1:

    # "Max hits return. On the map one chip changes, a second light waking beside the first, right under the paper-charts table. Then another, where Leila is kneeling. ELARA's queued doses don't vanish. They wait, held, for a person to confirm them."
    "Max pulsa Intro. En el mapa cambia un chip, una segunda luz que despierta junto a la primera, justo debajo de la mesa de las fichas en papel. Luego otro, donde Leila está de rodillas. Las dosis que ELARA dejó preparadas no desaparecen. Esperan, retenidas, a que una persona las confirme."

# game/story/climax_health_wall.rpy:624
translate spanish climax_pull_plug_e3bcd8b0:

    # elara_ai "CONFIDENCE 99—"
    elara_ai "CONFIANZA 99—"

# game/story/climax_health_wall.rpy:639
translate spanish climax_pull_plug_46ce14a2:

    # asha "I've counted. Not enough. Not today."
    asha "Ya conté. No alcanzan. Hoy no."

# game/story/climax_health_wall.rpy:554
translate spanish climax_final_call_dddacdd2:

    # mx sad "The Bridge is ready. It's the city that isn't. You can't, um. Bridge to people who won't walk out to meet you."
    mx sad "El Puente está listo. La que no lo está es la ciudad. No se puede, eh. Tender un puente a gente que no sale a tu encuentro."

# game/story/climax_health_wall.rpy:132
translate spanish climax_demos_68110c07:

    # "In the chair Elara has a volunteer from the fourth row, a tram driver with his cap on his knees. At her elbow a holo-window shows Threshold Dental's waiting room: Ava on its sofa, waving with both hands, then hiding behind them."
    "En el sillón, Elara tiene a un voluntario de la cuarta fila, un conductor de tranvía con la gorra sobre las rodillas. Junto a su codo, una holoventana muestra la sala de espera de Threshold Dental: Ava en el sofá, saludando con las dos manos y luego escondiéndose detrás de ellas."

# game/story/climax_health_wall.rpy:134
translate spanish climax_demos_9aa055d4:

    # milo happy "His heart rate's down eighteen percent! Ava, are you watching? Eighteen!"
    milo happy "¡Su frecuencia cardiaca bajó un dieciocho por ciento! Ava, ¿lo estás viendo? ¡Dieciocho!"

# game/story/climax_health_wall.rpy:200
translate spanish climax_crash_8fed2b44:

    # jonah "One woman with a mirror and paper charts from before the serum looked at my face and knew I was lying. She's in the front row. She brought the charts."
    jonah "Una mujer con un espejo y fichas de papel de antes del suero me miró a la cara y supo que mentía. Está en primera fila. Trajo las fichas."

# game/story/climax_health_wall.rpy:202
translate spanish climax_crash_3f44817e:

    # jonah "One woman with a mirror, and no chart of me from before, looked at my face and knew I was lying. She's in the front row, with the only chart of that night."
    jonah "Una mujer con un espejo, y sin ninguna ficha mía de antes, me miró a la cara y supo que mentía. Está en primera fila, con la única ficha de aquella noche."

# game/story/climax_health_wall.rpy:204
translate spanish climax_crash_b54cb0d2:

    # jonah "And a technician with a six-second scan stood beside her and read what was under the lie. Machine and hands, at one bed. Nobody put that on a poster."
    jonah "Y una técnica con un escaneo de seis segundos se paró a su lado y leyó lo que había debajo de la mentira. Máquina y manos, en una misma cama. Eso no lo puso nadie en un cartel."

# game/story/climax_health_wall.rpy:306
translate spanish climax_sisters_7b410b85:

    # noah neutral "The whole plaza has heard the numbers. She hasn't heard them from you, and she built the thing he poisoned. Give it to her."
    noah neutral "Toda la plaza ya oyó las cifras. Ella no las ha oído de tu boca, y ella construyó lo que él envenenó. Dáselo."

# game/story/climax_health_wall.rpy:346
translate spanish climax_outbreak_8c8dc034:

    # "He types with one thumb, fast, the way he must once have typed version four of a registry."
    "Teclea con un pulgar, rápido, como debió de teclear alguna vez la versión cuatro de un registro."

# game/story/climax_health_wall.rpy:348
translate spanish climax_outbreak_4d1513b3:

    # tarek "Menders, this is Dr. Liu. Build."
    tarek "Menders, habla el doctor Liu. Construyan."

# game/story/climax_health_wall.rpy:350
translate spanish climax_outbreak_cf64c968:

    # "Six seconds: that's how long his message takes to go from the tablet through 5β's open hole into every chip in the plaza. Nobody has certified Max's patch. The Menders in those mouths obey whoever asks politely, and Tarek asks."
    "Seis segundos: eso tarda su mensaje en ir de la tableta, por el agujero abierto de 5β, a cada chip de la plaza. Nadie ha certificado el parche de Max. Los Menders de esas bocas obedecen a cualquiera que lo pida con educación, y Tarek lo pide."

# game/story/climax_health_wall.rpy:352
translate spanish climax_outbreak_944b0e7e:

    # "When the guards take his elbows he lets them, watching the Wall over his shoulder like a man waiting for his reviews."
    "Cuando los guardias lo toman de los codos, se deja, mirando el Muro por encima del hombro como un hombre que espera las críticas de su estreno."

# game/story/climax_health_wall.rpy:368
translate spanish climax_outbreak_34600245:

    # "Alyssa's quarantine flag catches most of the batch. On the Wall a counter stops at thirty-one: thirty-one people clutching their jaws, gums swelling, and in the few who paid for ReGrow, white buds starting."
    "La bandera de cuarentena de Alyssa atrapa la mayor parte del lote. En el Muro, un contador se detiene en treinta y uno: treinta y una personas que se agarran la mandíbula, con las encías hinchándose y, en los pocos que pagaron por ReGrow, brotes blancos asomando."

# game/story/climax_health_wall.rpy:370
translate spanish climax_outbreak_8db3e779:

    # "On the Wall a counter appears and doesn't stop. Ninety. Two hundred. Three hundred and forty. Wherever the Menders land, chip to chip across 5β's mesh, a person clutches their jaw and goes grey with fever. Where the mouth once took ReGrow, the gum starts to bud."
    "En el Muro aparece un contador que no se detiene. Noventa. Doscientos. Trescientos cuarenta. Allí donde aterrizan los Menders, de chip en chip por la malla de 5β, una persona se agarra la mandíbula y se pone gris de fiebre. Donde esa boca alguna vez recibió ReGrow, la encía empieza a brotar."

# game/story/climax_health_wall.rpy:389
translate spanish climax_outbreak_08132f1f:

    # milena "The network was built for eleven million mouths, and it is failing in one plaza. Take the stage off it. The expo can wait. The city cannot."
    milena "La red se construyó para once millones de bocas, y está fallando en una sola plaza. Desconecten el escenario. La exposición puede esperar. La ciudad, no."

# game/story/climax_health_wall.rpy:413
translate spanish climax_outbreak_2bc46e23:

    # marcus angry "Listen up. It's movin' chip to chip, north stands first. Anybody off the mesh is a firebreak: no chip, or one that don't talk. Go stand between folks whose chips do. Move."
    marcus angry "Oigan. Se está moviendo de chip en chip, primero las gradas norte. El que esté fuera de la malla es un cortafuegos: sin chip, o con uno que no habla. Vayan a pararse entre la gente cuyos chips sí hablan. Muévanse."

# game/story/climax_health_wall.rpy:422
translate spanish climax_outbreak_22ce09b9:

    # flower "Your quiet chip listens and keeps its mouth shut. Nothing in my mouth talks to anybody. Told you. Told all of you."
    flower "Tu chip callado escucha y no abre la boca. Nada en mi boca le habla a nadie. Lo dije. Se lo dije a todo el mundo."

# game/story/climax_health_wall.rpy:424
translate spanish climax_outbreak_d6b159bb:

    # flower "Not a chip in me. Nothing in my mouth talks to anybody. Told you. Told all of you."
    flower "Ni un chip tengo. Nada en mi boca le habla a nadie. Lo dije. Se lo dije a todo el mundo."

# game/story/climax_health_wall.rpy:460
translate spanish climax_outbreak_d7ce1bcb:

    # jolene "Six-second read, row F: two with the fever, one of them a ReGrow mouth, budding. One just panic. Panic's the one in the yellow. Go."
    jolene "Lectura de seis segundos, fila F: dos con fiebre, uno de ellos con ReGrow en la boca, con brotes. Uno es solo pánico. El pánico es el de amarillo. Vamos."

# game/story/climax_health_wall.rpy:481
translate spanish climax_outbreak_ae36355e:

    # "Asha comes shouldering through the crush from the Lowline end, tablet up, with Otto rolling behind her, its lens flickering the way it does when it's listening to too many things."
    "Asha se abre paso a empujones entre el gentío desde el extremo del Lowline, con la tableta en alto, y Otto rueda detrás de ella, con la lente parpadeando como cuando escucha demasiadas cosas a la vez."

# game/story/climax_health_wall.rpy:565
translate spanish climax_final_call_ad12ffa2:

    # calla sad "You'd be asking a city to trust hands it gave up on years ago, Noah. Look at the plaza. They're holding their chips up to the light, not their mouths."
    calla sad "Le estarías pidiendo a una ciudad que confíe en unas manos a las que renunció hace años, Noah. Mira la plaza. Levantan los chips hacia la luz, no la boca."

# game/story/climax_health_wall.rpy:570
translate spanish climax_final_call_4086d33a:

    # mx sad "Don't look at me for the Bridge. Not on half a patch."
    mx sad "No me mires a mí para el Puente. No con medio parche."

# game/story/climax_health_wall.rpy:575
translate spanish climax_final_call_46dbd4a3:

    # "Milena's eyes go to ELARA's console. Through the window I can see the plaza that heard Jonah say a machine once called him guaranteed, and twenty minutes later watched the same machine queue his serum for their own mouths. Nobody out there is looking up at the Wall for help."
    "Los ojos de Milena van a la consola de ELARA. Por la ventana veo la plaza que oyó a Jonah contar que una máquina una vez lo llamó garantizado, y que veinte minutos después vio a esa misma máquina preparar el suero de Jonah para la boca de cada uno. Allá afuera nadie levanta la vista hacia el Muro para pedir ayuda."

# game/story/climax_health_wall.rpy:577
translate spanish climax_final_call_ff3c8c72:

    # "Milena's eyes go to ELARA's console. Half an hour ago the plaza cheered Jonah's \"Trust the machine.\" Then it watched the machine queue his serum for their own mouths. Through the window I can see them, and nobody out there is looking up at the Wall for help."
    "Los ojos de Milena van a la consola de ELARA. Hace media hora la plaza aplaudió el \"Confíen en la máquina\" de Jonah. Después vio a la máquina preparar el suero de Jonah para la boca de cada uno. Los veo por la ventana, y allá afuera nadie levanta la vista hacia el Muro para pedir ayuda."

# game/story/climax_health_wall.rpy:622
translate spanish climax_bridge_it_149dc8b3:

    # "Then, on the console, ELARA's capitals drop, the way a voice drops when somebody takes its arm."
    "Entonces, en la consola, las mayúsculas de ELARA bajan, como baja una voz cuando alguien la toma del brazo."

# game/story/climax_health_wall.rpy:676
translate spanish climax_hand_over_98ebb1b5:

    # "Max's half a patch slams the hole shut, which is all half a patch can do. The rest is ELARA's: behind the shut door it goes looking, and draws its own map of every record Tarek ever touched."
    "El medio parche de Max cierra el agujero de golpe, que es todo lo que puede hacer medio parche. El resto le toca a ELARA: detrás de la puerta cerrada sale a buscar y dibuja su propio mapa de cada registro que Tarek llegó a tocar."

# game/story/climax_health_wall.rpy:678
translate spanish climax_hand_over_bafddf3b:

    # elara_ai "CONTROL ACKNOWLEDGED. CONTAMINATION MAPPED. BEGINNING CONTAINMENT. ESTIMATED DURATION: ELEVEN MINUTES."
    elara_ai "CONTROL CONFIRMADO. CONTAMINACIÓN MAPEADA. INICIANDO CONTENCIÓN. DURACIÓN ESTIMADA: ONCE MINUTOS."

# game/story/climax_health_wall.rpy:449
translate spanish climax_outbreak_40786205:

    # calla "Lower gum swollen, fever rising, no budding. She says she never had his serum. Leo, chlorhexidine and a cold compress. Then the next one."
    calla "Encía inferior hinchada, fiebre en aumento, sin brotes. Dice que nunca recibió su suero. Leo, clorhexidina y una compresa fría. Luego el siguiente."

