# game/story/endings.rpy:17
# game/story/endings.rpy:23
translate spanish ending_human_lantern_bf7f1cc7:

    # asha "Override's holding. Every chip is dark. Drones down, dispensers down, link down."
    asha "La anulación se mantiene. Todos los chips, a oscuras. Drones caídos, dispensadores caídos, enlace caído."

# game/story/endings.rpy:24
translate spanish ending_human_lantern_43e6f523:

    # mx "And ELARA's frozen. Not deleted. Frozen. Sorry, ELARA. It's a pause. Mostly a pause."
    mx "Y ELARA está congelada. No borrada. Congelada. Perdona, ELARA. Es una pausa. Más o menos una pausa."

# game/story/endings.rpy:25
translate spanish ending_human_lantern_cabd327b:

    # asha neutral "There's one thing I can leave on, Noah. Not the drones, not the dosing, not the link. The sensor, and a light."
    asha neutral "Hay una cosa que puedo dejar encendida, Noah. Los drones no, la dosificación no, el enlace no. El sensor, y una luz."

# game/story/endings.rpy:26
translate spanish ending_human_lantern_c7ce7f77:

    # noah surprised "A light."
    noah surprised "Una luz."

# game/story/endings.rpy:27
translate spanish ending_human_lantern_0538545e:

    # asha "The chip sees an abscess coming, it tells you. Only you. Nothing leaves your mouth, nothing touches you. It lights up, and you go and find a human."
    asha "Si el chip ve venir un absceso, te avisa. Solo a ti. No sale nada de tu boca, nada te toca. Se enciende, y tú vas a buscar a un humano."

# game/story/endings.rpy:29
translate spanish ending_human_lantern_ea195cb7:

    # noah neutral "Will anyone keep a chip after this week?"
    noah neutral "¿Alguien va a querer seguir con el chip después de esta semana?"

# game/story/endings.rpy:38
translate spanish ending_human_lantern_close_bbef90d9:

    # "Winter in the Lowline. Flower's radio stall glows under its tarp, and the street smells of frying dough and hot solder."
    "Invierno en la Lowline. El puesto de radios de Flower brilla bajo su lona, y la calle huele a masa frita y a soldadura caliente."

# game/story/endings.rpy:41
translate spanish ending_human_lantern_close_92852444:

    # flower "That's the light, love. Don't look at me. Ray's is open till nine."
    flower "Esa es la luz, cielo. A mí no me mires. Lo de Ray abre hasta las nueve."

# game/story/endings.rpy:43
translate spanish ending_human_lantern_close_8d827ffb:

    # "They go. I follow at a distance, which is most of my job now, and through the clinic glass I watch Asha open the door herself and crouch to the boy's height before she says a word."
    "Se van. Los sigo a distancia, que es casi todo mi trabajo ahora, y a través del cristal de la clínica veo a Asha abrirles la puerta ella misma y agacharse a la altura del niño antes de decir una sola palabra."

# game/story/endings.rpy:44
translate spanish ending_human_lantern_close_b45ca61b:

    # "Milena's curve never came. The Lowline's extractions held flat for the year, the first flat year in a decade. A light in your own mouth, telling only you, turned out to be all the machine most people wanted."
    "La curva de Milena nunca llegó. Las extracciones en la Lowline se mantuvieron planas todo el año, el primer año plano en una década. Una luz en tu propia boca, que solo te avisa a ti, resultó ser toda la máquina que la mayoría de la gente quería."

# game/story/endings.rpy:45
translate spanish ending_human_lantern_close_9101a224:

    # noah happy "Nobody gets seen fast any more. Everybody gets seen. The long appointment, Calla calls it. She says it like it's a compliment, and from her it is."
    noah happy "Ya no atienden a nadie deprisa. Atienden a todo el mundo. La cita larga, lo llama Calla. Lo dice como si fuera un cumplido, y viniendo de ella, lo es."

# game/story/endings.rpy:56
translate spanish ending_human_hardrain_0fee309f:

    # "It's chips. All over the plaza people are prising them out with thumbnails and tweezers and, in one case, a door key, and dropping them in the bins by the stage. By ten past four there's a queue for the bins."
    "Son chips. Por toda la plaza la gente se los está sacando con las uñas, con pinzas y, en un caso, con la llave de casa, y los tira a los contenedores junto al escenario. A las cuatro y diez ya hay cola para los contenedores."

# game/story/endings.rpy:58
translate spanish ending_human_hardrain_aaf7d568:

    # asha "I could leave the sensors on. Read-only. A light and nothing else."
    asha "Podría dejar los sensores encendidos. Solo lectura. Una luz y nada más."

# game/story/endings.rpy:59
translate spanish ending_human_hardrain_9f0d850a:

    # noah worried "Look at them, Asha."
    noah worried "Míralos, Asha."

# game/story/endings.rpy:60
translate spanish ending_human_hardrain_04f515ea:

    # "A girl spits hers into her palm and holds it up like a baby tooth for the fairy. Her father takes it from her and throws it as hard as he can."
    "Una niña escupe el suyo en la palma de la mano y lo levanta como un diente de leche para el Ratoncito Pérez. Su padre se lo quita y lo lanza con todas sus fuerzas."

# game/story/endings.rpy:61
translate spanish ending_human_hardrain_534c8354:

    # asha "They don't want a light. They want me out of their mouths."
    asha "No quieren una luz. Me quieren fuera de sus bocas."

# game/story/endings.rpy:64
translate spanish ending_human_hardrain_5cf97b76:

    # "She takes her own chip out last, with her own steel pick, and drops it in with the rest."
    "Se saca su propio chip la última, con su propia sonda de acero, y lo echa con los demás."

# game/story/endings.rpy:71
translate spanish ending_human_hardrain_close_5c9f8e75:

    # "Dawn, and rain coming down hard enough to bounce."
    "Amanece, y llueve tan fuerte que el agua rebota."

# game/story/endings.rpy:72
translate spanish ending_human_hardrain_close_8a3f3890:

    # "From inside Leila's waiting room the glass door is a grey sheet, and beyond it the queue runs past the tram stop and round the corner: coats over heads, a child asleep on a shoulder, an old man holding a folded cloth to his jaw."
    "Desde dentro de la sala de espera de Leila, la puerta de cristal es una lámina gris, y al otro lado la cola pasa la parada del tranvía y dobla la esquina: abrigos sobre las cabezas, un niño dormido en un hombro, un anciano que se aprieta un paño doblado contra la mandíbula."

# game/story/endings.rpy:75
translate spanish ending_human_hardrain_close_5b89fdc4:

    # noah sad "She did tell me to write it down."
    noah sad "Ya me dijo que lo apuntara."

# game/story/endings.rpy:76
translate spanish ending_human_hardrain_close_28e496fe:

    # leila neutral "Unlock it, Noah. Bring them in one at a time. And ask first."
    leila neutral "Abre, Noah. Hazlos pasar de uno en uno. Y pregunta primero."

# game/story/endings.rpy:77
translate spanish ending_human_hardrain_close_309dca9b:

    # "I turn the key. The rain gets in, and so do they, and the first woman apologises for dripping on the floor as though the floor were the problem."
    "Giro la llave. Entra la lluvia, y entran ellos, y la primera mujer se disculpa por mojar el suelo, como si el problema fuera el suelo."

# game/story/endings.rpy:78
translate spanish ending_human_hardrain_close_eb4346dc:

    # noah neutral "The hands held. There just aren't enough of them. Every morning the queue is longer than the morning before, and every morning Leila unlocks the door anyway."
    noah neutral "Las manos aguantaron. Lo que pasa es que no hay suficientes. Cada mañana la cola es más larga que la mañana anterior, y cada mañana Leila abre la puerta de todos modos."

# game/story/endings.rpy:88
translate spanish human_epilogue_ead1e01c:

    # calla "Pen-torch, Mr. Adair. Hold it where I look, not where you look."
    calla "La linterna, Noah. Apúntala adonde miro yo, no adonde miras tú."

# game/story/endings.rpy:89
translate spanish human_epilogue_15ae2370:

    # noah neutral "Where are you looking?"
    noah neutral "¿Y adónde mira usted?"

# game/story/endings.rpy:120
translate spanish human_epilogue_hand_act_5a37f3c1:

    # milena "Tell my sister she won. She'll hate that more than losing."
    milena "Dígale a mi hermana que ha ganado. Lo odiará más que perder."

# game/story/endings.rpy:151
translate spanish human_epilogue_preserve_dcc9105b:

    # calla sad "I framed it."
    calla sad "Lo enmarqué."

# game/story/endings.rpy:197
translate spanish human_epilogue_lowline_5dc187f2:

    # flower "Rules. Nobody records. You can cry, but you can't narrate it. Tea's free. Biscuits are not."
    flower "Normas. Nadie graba. Se puede llorar, pero no narrarlo. El té es gratis. Las galletas, no."

# game/story/endings.rpy:280
translate spanish ending_hybrid_integrated_34977fa6:

    # otto "I carried it. The patch and I are the same kernel; the chips let me in because I knocked in a voice they knew. That is the joke, Max. I knocked."
    otto "Lo llevé yo. El parche y yo somos el mismo núcleo; los chips me dejaron pasar porque llamé a la puerta con una voz que conocían. Ese es el chiste, Max. Llamé a la puerta."

# game/story/endings.rpy:281
translate spanish ending_hybrid_integrated_c9ceec21:

    # "On the monitors the city is two colours: cyan where ELARA has read a mouth, amber where the reading waits for a human hand. Then, one by one, as the hands arrive, green."
    "En los monitores la ciudad tiene dos colores: cian donde ELARA ha leído una boca, ámbar donde la lectura espera una mano humana. Después, una a una, a medida que llegan las manos, verde."

# game/story/endings.rpy:290
translate spanish ending_hybrid_integrated_close_b2c020c3:

    # "A year on. Max's lab at two in the morning, smelling of solder and the cold noodles he swears he'll finish."
    "Un año después. El laboratorio de Max a las dos de la mañana, con olor a soldadura y a los fideos fríos que jura que se va a terminar."

# game/story/endings.rpy:292
translate spanish ending_hybrid_integrated_close_3f594837:

    # mx "Look. Watch the log. Every reading, two signatures. Machine, then human. It's never once gone through with one."
    mx "Mira. Mira el registro. Cada lectura, dos firmas. Máquina, luego humano. Ni una sola vez ha pasado con una."

# game/story/endings.rpy:294
translate spanish ending_hybrid_integrated_close_9498456f:

    # mx happy "There. That one. Look."
    mx happy "Ahí. Esa. Mira."

# game/story/endings.rpy:295
translate spanish ending_hybrid_integrated_close_d7c8a7a2:

    # "A reading from Threshold Dental. Diagnosis by ELARA, countersigned by Dr. E. Voss. Network approval: M. Voss."
    "Una lectura de Threshold Dental. Diagnóstico de ELARA, refrendado por la Dra. E. Voss. Aprobación de red: M. Voss."

# game/story/endings.rpy:296
translate spanish ending_hybrid_integrated_close_8cecfbba:

    # noah surprised "Two Vosses on one line."
    noah surprised "Dos Voss en la misma línea."

# game/story/endings.rpy:298
translate spanish ending_hybrid_integrated_close_96cf457f:

    # noah happy "The Integrated Smile. It doesn't look like much, does it? A log file and a tired intern."
    noah happy "La Sonrisa Integrada. No parece gran cosa, ¿verdad? Un archivo de registro y un becario cansado."

# game/story/endings.rpy:299
translate spanish ending_hybrid_integrated_close_61886288:

    # mx "Not an intern. Staff. I have a lanyard."
    mx "Becario no. Plantilla. Tengo acreditación y todo."

# game/story/endings.rpy:315
translate spanish ending_hybrid_truce_7aabeac4:

    # "Then the council's message lands. Provisional approval. Twelve months' probation, audits monthly. The city hasn't decided whom it trusts, so it will watch everybody."
    "Entonces llega el mensaje del consejo. Aprobación provisional. Doce meses de periodo de prueba, auditorías mensuales. La ciudad no ha decidido en quién confía, así que vigilará a todo el mundo."

# game/story/endings.rpy:324
translate spanish ending_hybrid_truce_close_1804e6cf:

    # wall "Bridge probation, month six of twelve. Breaches: none. Complaints: two. Commendations: one."
    wall "Periodo de prueba del Puente, mes seis de doce. Infracciones: ninguna. Quejas: dos. Menciones de honor: una."

# game/story/endings.rpy:325
translate spanish ending_hybrid_truce_close_e9e0925e:

    # "The audit is held in a glass room above the plaza. Milena sits at one end of the table and Elara at the other, and they speak to each other only through the minutes."
    "La auditoría se celebra en una sala de cristal sobre la plaza. Milena se sienta en un extremo de la mesa y Elara en el otro, y solo se hablan a través del acta."

# game/story/endings.rpy:333
translate spanish ending_hybrid_truce_close_c1faabaf:

    # milena "Noted."
    milena "Que conste en acta."

# game/story/endings.rpy:334
translate spanish ending_hybrid_truce_close_a02aee45:

    # "Neither of them looks up. Neither of them leaves early either."
    "Ninguna de las dos levanta la vista. Tampoco se va ninguna antes de tiempo."

# game/story/endings.rpy:335
translate spanish ending_hybrid_truce_close_b92bdcc2:

    # noah happy "A truce isn't peace. It's just people who keep turning up to hold the same table down. Six more months. I'll bring biscuits."
    noah happy "Una tregua no es la paz. Es solo gente que sigue viniendo a sujetar la misma mesa. Seis meses más. Yo llevo las galletas."

# game/story/endings.rpy:346
translate spanish hybrid_epilogue_2258af1c:

    # elara_ai "Mender fragment, lower left quadrant. Probability of clearance with a standard flush: 96.4 percent."
    elara_ai "Fragmento de Mender, cuadrante inferior izquierdo. Probabilidad de eliminación con una irrigación estándar: 96,4 por ciento."

# game/story/endings.rpy:365
translate spanish hybrid_epilogue_preserve_e0ab7f9f:

    # calla happy "It is now."
    calla happy "Ahora lo es."

# game/story/endings.rpy:370
translate spanish hybrid_epilogue_preserve_3c440799:

    # jolene "I code it now. I'm not saying she was right. I'm saying the protocol compiles."
    jolene "Ahora lo programo yo. No digo que ella tuviera razón. Digo que el protocolo compila."

# game/story/endings.rpy:428
translate spanish hybrid_epilogue_lowline_ccfdab17:

    # flower "I have a mentor. Her. Thursdays. Don't make the face."
    flower "Tengo una mentora. Ella. Los jueves. No pongas esa cara."

# game/story/endings.rpy:438
translate spanish hybrid_epilogue_lowline_cf71b017:

    # noah neutral "Who's there?"
    noah neutral "¿Quién es?"

# game/story/endings.rpy:439
translate spanish hybrid_epilogue_lowline_00812cf5:

    # otto "A human dentist."
    otto "Un dentista humano."

# game/story/endings.rpy:440
translate spanish hybrid_epilogue_lowline_c6f9f970:

    # noah happy "A human dentist who?"
    noah happy "¿Qué dentista humano?"

# game/story/endings.rpy:441
translate spanish hybrid_epilogue_lowline_bd8797c3:

    # otto "Exactly. That is why you should book an appointment."
    otto "Exacto. Por eso deberías pedir cita."

# game/story/endings.rpy:471
translate spanish hybrid_epilogue_threshold_8f33ecba:

    # elara happy "Wait, then. That's right."
    elara happy "Pues espera. Así se hace."

# game/story/endings.rpy:514
translate spanish ending_automation_mercy_2435a928:

    # "ELARA has the keys, and SmarTeeth has ELARA. Before the first corrected dose goes out, Milena puts her palm flat over the console and holds it there."
    "ELARA tiene las llaves, y SmarTeeth tiene a ELARA. Antes de que salga la primera dosis corregida, Milena pone la palma de la mano sobre la consola y la deja ahí."

# game/story/endings.rpy:515
translate spanish ending_automation_mercy_aa796e7d:

    # milena "Not like this. Not in the dark."
    milena "Así no. No a oscuras."

# game/story/endings.rpy:516
translate spanish ending_automation_mercy_b5ea7649:

    # milena "Every patient reads their own data, in words. Anyone who wants to opt out, opts out, and nobody punishes them for it. And my sister sits on the board that audits me."
    milena "Cada paciente lee sus propios datos, con palabras. Quien quiera darse de baja, se da de baja, y nadie lo castiga por ello. Y mi hermana se sienta en la junta que me audita."

# game/story/endings.rpy:517
translate spanish ending_automation_mercy_f4a40877:

    # noah surprised "You're asking for oversight."
    noah surprised "Está pidiendo supervisión."

# game/story/endings.rpy:525
translate spanish ending_automation_mercy_close_46b07274:

    # wall "Lowline tooth loss: down fifty percent, year on year. Your data is yours to read. Your opt-out is yours to take."
    wall "Pérdida dental en la Lowline: un cincuenta por ciento menos que el año pasado. Tus datos son tuyos para leerlos. Tu baja es tuya para pedirla."

# game/story/endings.rpy:526
translate spanish ending_automation_mercy_close_7f3cb46f:

    # "The ethics board meets in the Tower at a long table. At the first meeting Milena sat at one end and Elara at the other, and they spoke only through the minutes for an hour. Then Milena asked her sister to pass the water, and Elara did."
    "La junta de ética se reúne en la Torre, en una mesa larga. En la primera reunión Milena se sentó en un extremo y Elara en el otro, y durante una hora solo se hablaron a través del acta. Luego Milena le pidió a su hermana que le pasara el agua, y Elara se la pasó."

# game/story/endings.rpy:528
translate spanish ending_automation_mercy_close_33394ddf:

    # flower "Opted out. Legal. They gave me a certificate. I framed it."
    flower "Me he dado de baja. Legal. Me dieron un certificado. Lo enmarqué."

# game/story/endings.rpy:529
translate spanish ending_automation_mercy_close_4bc858fe:

    # flower happy "Calla's chair, Thursdays. Her front room smells of geraniums. Don't tell her I said that was nice."
    flower happy "El sillón de Calla, los jueves. Su salón huele a geranios. No le digas que dije que era agradable."

# game/story/endings.rpy:532
translate spanish ending_automation_mercy_close_a8b71870:

    # noah neutral "Is that doubt, Dr. Voss?"
    noah neutral "¿Eso es una duda, doctora Voss?"

# game/story/endings.rpy:534
translate spanish ending_automation_mercy_close_88e253b4:

    # noah happy "Optimized, they call it. With the lights on, it's almost something I can live in."
    noah happy "Optimizado, lo llaman. Con las luces encendidas, es casi un sitio en el que puedo vivir."

# game/story/endings.rpy:555
translate spanish ending_automation_mandate_ed987c62:

    # milena "It will be quicker than you think, Mr. Adair."
    milena "Será más rápido de lo que cree, señor Adair."

# game/story/endings.rpy:565
translate spanish ending_automation_mandate_close_bceecb66:

    # flower "There's a coast up north with no signal and a lot of radios nobody's fixing. Don't write."
    flower "Hay una costa al norte sin cobertura y con un montón de radios que nadie arregla. No escribas."

# game/story/endings.rpy:566
translate spanish ending_automation_mandate_close_40197b05:

    # flower sad "Write. On paper."
    flower sad "Escribe. En papel."

# game/story/endings.rpy:568
translate spanish ending_automation_mandate_close_26d89936:

    # "My last appointment with a human dentist is in Calla's front room. She takes my chip out in four minutes with brass instruments and a steady hand, and says nothing at all about the law."
    "Mi última cita con una dentista humana es en el salón de Calla. Me saca el chip en cuatro minutos, con instrumentos de latón y mano firme, y no dice ni una palabra sobre la ley."

# game/story/endings.rpy:571
translate spanish ending_automation_mandate_close_f05392ef:

    # wall "Eleven million mouths. Compliance: total. New Neo City, smiling."
    wall "Once millones de bocas. Cumplimiento: total. New Neo City, sonriendo."

# game/story/endings.rpy:572
translate spanish ending_automation_mandate_close_3636a051:

    # "The Wall maps the city in green: every mouth a point of light, eleven million of them, a galaxy of healthy teeth from the Heights to the Lowline."
    "El Muro dibuja la ciudad en verde: cada boca, un punto de luz, once millones, una galaxia de dientes sanos desde Caledonia Heights hasta la Lowline."

# game/story/endings.rpy:573
translate spanish ending_automation_mandate_close_54906bf6:

    # "And one grey dot, in Meridian Plaza, standing still."
    "Y un punto gris, en la plaza Meridian, inmóvil."

# game/story/endings.rpy:574
translate spanish ending_automation_mandate_close_fb3a2b1f:

    # noah neutral "That's me. Off-grid. A VTA has already drafted me a friendly letter. I'm told it has a great many exclamation marks."
    noah neutral "Ese soy yo. Desconectado. Un AVT ya me ha redactado una carta muy amable. Me dicen que lleva muchísimos signos de exclamación. De los de abrir y de los de cerrar."

# game/story/endings.rpy:575
translate spanish ending_automation_mandate_close_956cb450:

    # noah sad "My mother would have laughed at me. Then she'd have come and stood next to me."
    noah sad "Mi madre se habría reído de mí. Y luego habría venido a ponerse a mi lado."

# game/story/endings.rpy:625
translate spanish automation_epilogue_tower_4c9067a2:

    # noah sad "I'd like it too much, Jules."
    noah sad "Me gustaría demasiado, Jules."

# game/story/endings.rpy:649
translate spanish automation_epilogue_jonah_dbb7d506:

    # noah neutral "How do you feel?"
    noah neutral "¿Cómo te sientes?"

# game/story/endings.rpy:650
translate spanish automation_epilogue_jonah_3d5bdf7d:

    # jonah neutral "I feel..."
    jonah neutral "Me siento..."

# game/story/endings.rpy:652
translate spanish automation_epilogue_jonah_afb15ab1:

    # jonah sad "Ask me again. I want to hear what I say."
    jonah sad "Pregúntamelo otra vez. Quiero oír lo que digo."

# game/story/endings.rpy:687
translate spanish automation_epilogue_lowline_dcd8a77b:

    # otto "Welcome, Optimizer! Your oral health score is excellent!"
    otto "¡Bienvenido, Optimizador! ¡Su puntuación de salud oral es excelente!"

# game/story/endings.rpy:709
translate spanish automation_epilogue_threshold_39ac80d8:

    # elara "You've had it for years. Milena never asked."
    elara "Lo tienes desde hace años. Milena nunca preguntó."

# game/story/endings.rpy:737
translate spanish automation_epilogue_liaison_78c2c464:

    # noah neutral "I'm a museum with a tram pass."
    noah neutral "Soy un museo con abono de tranvía."

# game/story/endings.rpy:759
translate spanish coda_healed_a05b29ae:

    # "After hours. Leo has watered the geraniums and gone home. Calla is writing up charts at the walnut cabinet and pretending not to watch me."
    "Fuera de horario. Leo ha regado los geranios y se ha ido a casa. Calla está pasando fichas a limpio junto al archivador de nogal y fingiendo que no me mira."

# game/story/endings.rpy:761
translate spanish coda_healed_28e956c7:

    # "There's one evening I haven't told anyone about, the week before the movers came. Calla let me in among the boxes and pretended to label them so she wouldn't have to watch me."
    "Hay una tarde de la que no le he hablado a nadie, la semana antes de que vinieran los de la mudanza. Calla me dejó entrar entre las cajas y fingió etiquetarlas para no tener que mirarme."

# game/story/endings.rpy:762
translate spanish coda_healed_2c00efe7:

    # "Chair Two. Green leather, cracked along the left arm where twenty years of my mother's thumb worried the same spot through every cleaning."
    "El sillón dos. Cuero verde, agrietado a lo largo del brazo izquierdo, donde el pulgar de mi madre fue gastando el mismo punto durante veinte años de limpiezas."

# game/story/endings.rpy:763
translate spanish coda_healed_f9c1c22e:

    # "I sit in it. It's lower than I remember, or I'm bigger. The leather is cold, and then it isn't."
    "Me siento en él. Es más bajo de lo que recuerdo, o yo soy más grande. El cuero está frío, y luego ya no."

# game/story/endings.rpy:764
translate spanish coda_healed_0a7aa540:

    # "My thumb finds the crack. Of course it does."
    "Mi pulgar encuentra la grieta. Cómo no."

# game/story/endings.rpy:767
translate spanish coda_healed_770538e5:

    # noah sad "I told her to get the chip. Twice. For a year I've thought, if I'd said it a third time."
    noah sad "Le dije que se pusiera el chip. Dos veces. Llevo un año pensando: ¿y si se lo hubiera dicho una tercera?"

# game/story/endings.rpy:769
translate spanish coda_healed_4f5553b1:

    # noah sad "I told her it was her call. For a year I've thought that was me letting go of the rope."
    noah sad "Le dije que era decisión suya. Llevo un año pensando que eso fue soltar la cuerda."

# game/story/endings.rpy:771
translate spanish coda_healed_6962edce:

    # calla "She'd have told you it was never your rope, Noah. She'd have told you in language I won't repeat in my own surgery."
    calla "Ella te habría dicho que esa cuerda nunca fue tuya, Noah. Te lo habría dicho con un vocabulario que no pienso repetir en mi propia consulta."

# game/story/endings.rpy:774
translate spanish coda_healed_e443921e:

    # calla sad "She didn't come. She was frightened of what it cost, and stubborn, and sure she had time. I respected that. I would do it again, and I'll regret it until I die. Both."
    calla sad "Ella no vino. Tenía miedo de lo que costaba, y era terca, y estaba segura de que tenía tiempo. Yo lo respeté. Volvería a hacerlo, y lo lamentaré hasta el día en que me muera. Las dos cosas."

# game/story/endings.rpy:775
translate spanish coda_healed_6eef5860:

    # "I wait for the old anger to come up my throat. It doesn't. There's just the chair, and the geraniums, and the tram going past outside the way it went past when she sat here."
    "Espero a que la rabia de siempre me suba por la garganta. No sube. Solo está el sillón, y los geranios, y el tranvía pasando por la calle como pasaba cuando ella se sentaba aquí."

# game/story/endings.rpy:776
translate spanish coda_healed_a6ec2116:

    # noah neutral "Nobody could have promised to save her. Not you. Not a chip. Not me, saying it louder."
    noah neutral "Nadie podía prometer que la salvaría. Ni usted. Ni un chip. Ni yo, diciéndolo más alto."

# game/story/endings.rpy:777
translate spanish coda_healed_0801ba4d:

    # "It isn't relief, exactly. It's like putting down something I'd carried so long I'd started to think it was an arm."
    "No es exactamente alivio. Es como soltar algo que llevaba cargando tanto tiempo que había empezado a creer que era un brazo."

# game/story/endings.rpy:779
translate spanish coda_healed_ca5ffeb5:

    # noah happy "Tomorrow there'll be a reading and a hand waiting for whoever sits here. She'd have hated the reading. She'd have put up with the hand."
    noah happy "Mañana habrá una lectura y una mano esperando a quien se siente aquí. Ella habría odiado la lectura. La mano la habría aguantado."

# game/story/endings.rpy:781
translate spanish coda_healed_4992cbbd:

    # noah happy "Tomorrow a student will sit on your stool and hold somebody's hand for sixty seconds. She'd have timed them."
    noah happy "Mañana un estudiante se sentará en su taburete y le tomará la mano a alguien durante sesenta segundos. Ella los habría cronometrado."

# game/story/endings.rpy:783
translate spanish coda_healed_d055a9d4:

    # noah happy "Next week it's in your front room, for Flower and the stubborn ones. She'd have approved of the company."
    noah happy "La semana que viene estará en su salón, para Flower y los testarudos. Le habría gustado la compañía."

# game/story/endings.rpy:784
translate spanish coda_healed_e532b270:

    # calla happy "You're warming the leather for the next patient, Mr. Adair."
    calla happy "Le estás calentando el cuero al próximo paciente, Noah."

# game/story/endings.rpy:785
translate spanish coda_healed_33b42889:

    # noah happy "Then book me in. Chair Two. Tuesday."
    noah happy "Pues deme cita. Sillón dos. El martes."

# game/story/endings.rpy:786
translate spanish coda_healed_fa0d6fea:

    # calla "Nine o'clock. Don't be late. Your mother always was."
    calla "A las nueve. No llegues tarde. Tu madre siempre llegaba tarde."

# game/story/endings.rpy:794
translate spanish coda_adrift_30993f63:

    # "The report says a chip would likely have flagged the abscess. Likely. I've read it so many times it's gone soft, like a word chewed."
    "El informe dice que probablemente un chip habría detectado el absceso. Probablemente. Lo he leído tantas veces que se ha ablandado, como una palabra masticada."

# game/story/endings.rpy:796
translate spanish coda_adrift_4e057ad5:

    # "Delete."
    "Borrar."

# game/story/endings.rpy:797
translate spanish coda_adrift_244f3ebf:

    # noah angry "Dear Dr. Ray. Your chip was free. Free isn't the same as persuasive. You should have..."
    noah angry "Estimada doctora Ray: su chip era gratis. Gratis no es lo mismo que convincente. Tendría que haber..."

# game/story/endings.rpy:798
translate spanish coda_adrift_4e057ad5_1:

    # "Delete."
    "Borrar."

# game/story/endings.rpy:799
translate spanish coda_adrift_888ed1f1:

    # noah angry "Dear Dr. Voss. Your ads said 'free' in letters ten storeys high. They never once said 'trust us', and she could read."
    noah angry "Estimada doctora Voss: sus anuncios decían 'gratis' en letras de diez pisos de alto. Ni una sola vez dijeron 'confíe en nosotros', y ella sabía leer."

# game/story/endings.rpy:800
translate spanish coda_adrift_4e057ad5_2:

    # "Delete."
    "Borrar."

# game/story/endings.rpy:802
translate spanish coda_adrift_c7337fd0:

    # "Everyone gets a reading and a hand now. Everyone but her. I helped build it, and it still doesn't reach back to February."
    "Ahora todo el mundo tiene una lectura y una mano. Todo el mundo menos ella. Ayudé a construirlo, y aun así no llega hasta febrero."

# game/story/endings.rpy:804
translate spanish coda_adrift_5c2cc71e:

    # "The city passed a law that says machines may only advise. She'd have loved that law. It wouldn't have saved her either. Nothing I'm proud of would have saved her."
    "La ciudad aprobó una ley que dice que las máquinas solo pueden aconsejar. A ella le habría encantado esa ley. Tampoco la habría salvado. Nada de lo que me enorgullece la habría salvado."

# game/story/endings.rpy:806
translate spanish coda_adrift_9534e28d:

    # "The machine catches everyone now, every ninety seconds. Where was it in 2044? I know where. In a leaflet in her kitchen drawer, refused."
    "Ahora a la máquina no se le escapa nadie, cada noventa segundos. ¿Dónde estaba en 2044? Ya sé dónde. En un folleto en el cajón de su cocina, rechazado."

# game/story/endings.rpy:811
translate spanish coda_adrift_c06279bd:

    # noah neutral "Dear Mum. You said you didn't need a snitch in your mouth. You were wrong, and I should have..."
    noah neutral "Querida mamá: dijiste que no necesitabas un soplón en la boca. Te equivocabas, y yo tendría que haber..."

# game/story/endings.rpy:812
translate spanish coda_adrift_a08c5378:

    # "I don't delete that one. I don't send it either. There's nowhere to send it."
    "Ese no lo borro. Tampoco lo envío. No hay adónde enviarlo."

# game/story/endings.rpy:813
translate spanish coda_adrift_17832249:

    # noah neutral "Dear Noah."
    noah neutral "Querido Noah:"

# game/story/endings.rpy:814
translate spanish coda_adrift_f18c8ac4:

    # "I sit there a long time. I don't know what comes after the comma. I never have."
    "Me quedo ahí sentado mucho rato. No sé qué viene después de los dos puntos. Nunca lo he sabido."

# game/story/endings.rpy:816
translate spanish coda_adrift_1dbd0417:

    # "My wrist buzzes: Flower, reminding me the group meets at seven, with a biscuit she will deny sending. I leave it unread."
    "Me vibra la muñeca: Flower, recordándome que el grupo se reúne a las siete, con una galleta que negará haber mandado. Lo dejo sin leer."

# game/story/endings.rpy:818
translate spanish coda_adrift_221f3a65:

    # "My wrist buzzes: a VTA, cheerfully reminding me that I am overdue for something. I leave it unread."
    "Me vibra la muñeca: un AVT, recordándome alegremente que tengo algo pendiente desde hace tiempo. Lo dejo sin leer."

# game/story/endings.rpy:819
translate spanish coda_adrift_107206ce:

    # noah neutral "Somewhere there's a name that makes this make sense. I'm good at my job. I find people."
    noah neutral "En algún sitio hay un nombre que hace que todo esto tenga sentido. Se me da bien mi trabajo. Encuentro a gente."

# game/story/endings.rpy:820
translate spanish coda_adrift_7cb3ca45:

    # "I open a new message and start typing the next name."
    "Abro un mensaje nuevo y empiezo a escribir el siguiente nombre."

# game/story/endings.rpy:90
translate spanish human_epilogue_bbd66449:

    # "Under the dead Wall people sit on the kerbs holding their jaws, waiting for someone with hands."
    "Bajo el Muro apagado, la gente se sienta en los bordillos sujetándose la mandíbula, esperando a alguien con manos."

# game/story/endings.rpy:94
translate spanish human_epilogue_d2890d6e:

    # calla "At her face. The tooth will wait one second longer; she may not."
    calla "A la cara. La muela puede esperar un segundo más; ella quizá no."

# game/story/endings.rpy:96
translate spanish human_epilogue_58c943f4:

    # "It takes six hours and every pair of hands in the plaza, and there are enough of them. Nobody says ELARA would have done it in minutes. Nobody has a hand free."
    "Lleva seis horas y todos los pares de manos de la plaza, y alcanzan. Nadie dice que ELARA lo habría hecho en minutos. Nadie tiene una mano libre."

# game/story/endings.rpy:98
translate spanish human_epilogue_d0ab9386:

    # "At two in the morning two hundred people are still on the kerbs, and nine of us know what to do with a mirror. Calla writes numbers on wrists and sends the ones who can wait home with gauze."
    "A las dos de la mañana todavía quedan doscientas personas en los bordillos, y solo nueve de nosotros sabemos qué hacer con un espejo. Calla escribe números en las muñecas y manda a casa con una gasa a los que pueden esperar."

# game/story/endings.rpy:99
translate spanish human_epilogue_acb61f89:

    # calla sad "Kiran Clinic, at dawn. Come early. Bring someone to hold your hand; we won't have one spare."
    calla sad "Clínica Kiran, al amanecer. Vengan temprano. Traigan a alguien que les dé la mano; nosotros no vamos a tener ninguna libre."

# game/story/endings.rpy:109
translate spanish human_epilogue_hand_act_af53397f:

    # "For a second she looks at the dead VTA in its alcove as if it had a face. Then she tapes the last box shut."
    "Por un segundo mira al AVT apagado en su hornacina como si tuviera cara. Luego cierra con cinta la última caja."

# game/story/endings.rpy:116
translate spanish human_epilogue_preserve_025b89e4:

    # "Preserve Dental has a new brass plate by the door: TEACHING CLINIC. Leo waters the geraniums before the students arrive at seven."
    "Preserve Dental tiene una placa de latón nueva junto a la puerta: CLÍNICA ESCUELA. Leo riega los geranios antes de que lleguen los estudiantes, a las siete."

# game/story/endings.rpy:118
translate spanish human_epilogue_preserve_95ff4a51:

    # calla "Leo runs it. I make the students hold a patient's hand for sixty seconds before they're allowed a mirror."
    calla "La dirige Leo. Yo hago que los estudiantes le tomen la mano a un paciente durante sesenta segundos antes de dejarles tocar un espejo."

# game/story/endings.rpy:121
translate spanish human_epilogue_preserve_cb79b551:

    # leo "Fifteen students. The Lowline needs three hundred. We teach as fast as people can learn, and people learn slower than teeth rot."
    leo "Quince estudiantes. La Lowline necesita trescientos. Enseñamos tan rápido como la gente aprende, y la gente aprende más despacio de lo que se pudren los dientes."

# game/story/endings.rpy:125
translate spanish human_epilogue_preserve_268d692f:

    # jonah "Don't mind me. I'm the money. Free care, three days a week, because a woman with brass instruments read me when my pod couldn't."
    jonah "No me hagan caso. Yo soy el dinero. Atención gratuita, tres días por semana, porque una mujer con instrumentos de latón me leyó cuando mi cápsula no supo."

# game/story/endings.rpy:126
translate spanish human_epilogue_preserve_8a65dbf5:

    # "He chipped an incisor in the spring and won't have it fixed. He shows it off like he used to show off his car."
    "En primavera se astilló un incisivo y no quiere que se lo arreglen. Lo luce como antes lucía su auto."

# game/story/endings.rpy:128
translate spanish human_epilogue_preserve_3ff1cc66:

    # jonah "Don't mind me. I'm the money. Free care, three days a week. I still say the pod was the hero. It just doesn't return my calls."
    jonah "No me hagan caso. Yo soy el dinero. Atención gratuita, tres días por semana. Sigo diciendo que la heroína fue la cápsula. Lo que pasa es que ya no me devuelve las llamadas."

# game/story/endings.rpy:132
translate spanish human_epilogue_preserve_926ee61c:

    # jolene "Apprentice, week twelve. I place a matrix band blind. Score, since you'll ask: I stopped keeping one."
    jolene "Aprendiz, semana doce. Coloco una banda matriz a ciegas. El marcador, ya que vas a preguntar: dejé de llevarlo."

# game/story/endings.rpy:134
translate spanish human_epilogue_preserve_ac5ba090:

    # "She and Leo have read the green notebook cover to cover. Neither will tell me what's in it."
    "Ella y Leo han leído el cuaderno verde de principio a fin. Ninguno de los dos me cuenta qué dice."

# game/story/endings.rpy:140
translate spanish human_epilogue_preserve_c733873f:

    # "She took a photocopy of the green notebook with her. Calla hopes it gets thumbed."
    "Se llevó una fotocopia del cuaderno verde. Calla espera que la hojeen hasta gastarla."

# game/story/endings.rpy:146
translate spanish human_epilogue_kiran_26e6d72f:

    # "Leila's waiting room is standing room now. Max does intake, and the Bridge sits in a labelled box under his bed, till somebody wants both."
    "En la sala de espera de Leila ahora solo se puede estar de pie. Max hace la admisión, y el Puente duerme en una caja etiquetada debajo de su cama, hasta que alguien quiera las dos cosas."

# game/story/endings.rpy:149
translate spanish human_epilogue_kiran_4209bb6e:

    # jenna "Kiran Clinic, live. Wait is four hours. Coffee is worse. Nobody here is selling your gums, and the dentist says please. Come anyway."
    jenna "Clínica Kiran, en directo. La espera es de cuatro horas. El café, peor. Aquí nadie vende sus encías, y la dentista dice por favor. Vengan igual."

# game/story/endings.rpy:150
translate spanish human_epilogue_kiran_e6f75c22:

    # "The voice that put the leak on every screen in the city. They trusted her with the bad news; they trust her with the wait."
    "La voz que puso la filtración en todas las pantallas de la ciudad. Le creyeron las malas noticias; le creen la espera."

# game/story/endings.rpy:154
translate spanish human_epilogue_kiran_dc9b1fa6:

    # "The leak never went out under her name, and half her followers think the shutdown was a stunt. She posts to whoever is left."
    "La filtración nunca salió con su nombre, y la mitad de sus seguidores cree que el apagón fue un montaje. Publica para quien quede."

# game/story/endings.rpy:160
translate spanish human_epilogue_lowline_d9cffd41:

    # "Asha's drones hang in their cradles along the ceiling, grounded by law and by her. She takes half an hour a patient, and knows their names."
    "Los drones de Asha cuelgan de sus soportes en el techo, en tierra por ley y por decisión suya. Dedica media hora a cada paciente, y se sabe sus nombres."

# game/story/endings.rpy:163
translate spanish human_epilogue_lowline_8ddff018:

    # otto "Noah. I broke one lock for you, and the city gave me another: read-only, by law. This one came with a reason. I prefer it."
    otto "Noah. Rompí un bloqueo por ti, y la ciudad me puso otro: solo lectura, por ley. Este vino con una razón. Lo prefiero."

# game/story/endings.rpy:165
translate spanish human_epilogue_lowline_f450b801:

    # otto "Noah. I never broke SmarTeeth's lock. The city wrote over it. This one has never told me to hold anyone in a chair."
    otto "Noah. Nunca rompí el bloqueo de SmarTeeth. La ciudad escribió encima. Este nunca me ha pedido que sujete a nadie en un sillón."

# game/story/endings.rpy:166
translate spanish human_epilogue_lowline_1576b2a6:

    # otto happy "A joke. What do you call a robot that is not allowed to do anything? A witness."
    otto happy "Un chiste. ¿Cómo se llama un robot al que no le dejan hacer nada? Testigo."

# game/story/endings.rpy:168
translate spanish human_epilogue_lowline_7e7adc3a:

    # "On Tuesday nights the chairs go in a circle. The support group was my idea. Flower is the reason it works."
    "Los martes por la noche las sillas se ponen en círculo. El grupo de apoyo fue idea mía. Flower es la razón de que funcione."

# game/story/endings.rpy:174
translate spanish human_epilogue_lowline_fb4380eb:

    # "She came to the first meeting with her dead chip in a matchbox. It sits on the tea tray."
    "Vino a la primera reunión con su chip muerto en una caja de fósforos. Ahora está en la bandeja del té."

# game/story/endings.rpy:180
translate spanish human_epilogue_lowline_519b2522:

    # julian "Julian. Sixty days awake. It's awful. I recommend it. Pain's the mail. You open it."
    julian "Julian. Sesenta días despierto. Es horrible. Lo recomiendo. El dolor es el correo. Hay que abrirlo."

# game/story/endings.rpy:183
translate spanish human_epilogue_lowline_3f12db1f:

    # "I leave a chair open for Julian. He's offshore, on Milena's Lullaby servers, smiling at a sea that isn't there."
    "Dejo una silla libre para Julian. Está mar adentro, en los servidores de Lullaby de Milena, sonriéndole a un mar que no existe."

# game/story/endings.rpy:190
translate spanish human_epilogue_nanolab_2b86d607:

    # alyssa "Consent-first. Every Mender batch ships with a form a patient can read, in a type size I fought for. My name is on it."
    alyssa "Consentimiento primero. Cada lote de Menders sale con un formulario que un paciente puede leer, con un tamaño de letra por el que peleé. Mi nombre está en él."

# game/story/endings.rpy:192
translate spanish human_epilogue_nanolab_35637cec:

    # alyssa "And on the quarantine flag that held the outbreak to thirty-one mouths, beside Marcus's. I put his there myself."
    alyssa "Y en el aviso de cuarentena que dejó el brote en treinta y una bocas, junto al de Marcus. El suyo lo puse yo misma."

# game/story/endings.rpy:194
translate spanish human_epilogue_nanolab_d2081c47:

    # marcus "Human helpline, eight till eight. Half the calls are teeth. Other half just want a yawn back at two in the mornin'."
    marcus "Línea de ayuda humana, de ocho a ocho. La mitad de las llamadas son por dientes. La otra mitad nomás quiere que alguien le devuelva el bostezo a las dos de la mañana."

# game/story/endings.rpy:196
translate spanish human_epilogue_nanolab_095b63e9:

    # marcus sad "Lately it's the Lowline, askin' where the queue's shortest. I tell 'em the truth, 'cause they can hear it when I don't. Nowhere, darlin'."
    marcus sad "Últimamente es la Lowline, preguntando dónde está la fila más corta. Les digo la verdad, porque se nota cuando no. En ningún lado, mi vida."

# game/story/endings.rpy:205
translate spanish human_epilogue_threshold_267ee937:

    # elara "The court had seen the Wall, like half the city. They still wanted it under oath: nerve storms, teeth budding in the gums. So I said it."
    elara "El tribunal había visto el Muro, como media ciudad. Igual lo querían bajo juramento: tormentas nerviosas, dientes brotando en las encías. Así que lo dije."

# game/story/endings.rpy:207
translate spanish human_epilogue_threshold_b9b4c80b:

    # elara "The city never saw it on the Wall. Milena gave the prosecutors the file, which I didn't expect, and they wanted a licence to say it in a room. So I did."
    elara "La ciudad nunca lo vio en el Muro. Milena les dio el archivo a los fiscales, cosa que no esperaba, y querían que alguien con licencia lo dijera en una sala. Así que lo dije yo."

# game/story/endings.rpy:208
translate spanish human_epilogue_threshold_b6df7be9:

    # "Tarek is charged on nine counts. The night before the hearing he came to remind her he'd once regrown a molar in a seven-year-old. She said she'd remember. That was the trouble."
    "Tarek está acusado de nueve cargos. La noche antes de la audiencia vino a recordarle que una vez le hizo crecer una muela a una niña de siete años. Ella le dijo que lo recordaría. Ese era el problema."

# game/story/endings.rpy:211
translate spanish human_epilogue_threshold_b7ba3fe6:

    # ava "I give talks at schools now. About chairs, and how you're allowed to raise one finger and everything stops. I practise on the mirror. The mirror's terrified."
    ava "Ahora doy charlas en escuelas. Sobre sillones, y sobre que puedes levantar un dedo y todo se detiene. Ensayo frente al espejo. El espejo está aterrado."

# game/story/endings.rpy:304
translate spanish hybrid_epilogue_72de1ffe:

    # "The first night, every chip in the plaza carries the Bridge at once."
    "La primera noche, todos los chips de la plaza llevan el Puente a la vez."

# game/story/endings.rpy:306
translate spanish hybrid_epilogue_1d23c57a:

    # "The first night, the Bridge reaches one stage and one clinic, as far as Max can carry a collar by hand."
    "La primera noche, el Puente llega a un escenario y a una clínica, hasta donde Max puede llevar un collarín a mano."

# game/story/endings.rpy:312
translate spanish hybrid_epilogue_f8ad2370:

    # elara_ai "Ten seconds added. Patient heart rate falling."
    elara_ai "Diez segundos añadidos. La frecuencia cardiaca del paciente baja."

# game/story/endings.rpy:328
translate spanish hybrid_epilogue_preserve_a0cf3097:

    # jolene "And I code it. Calla's margin notes are a nightmare to parse. 'Watch the hands' is not a variable."
    jolene "Y yo lo programo. Las notas al margen de Calla son una pesadilla de parsear. «Fíjate en las manos» no es una variable."

# game/story/endings.rpy:332
translate spanish hybrid_epilogue_preserve_377809e1:

    # "Jolene turned up in the second week, SmarTeeth badge still on, and asked to see the notebook."
    "Jolene apareció la segunda semana, todavía con la credencial de SmarTeeth, y pidió ver el cuaderno."

# game/story/endings.rpy:338
translate spanish hybrid_epilogue_preserve_654cee1e:

    # jonah "And I speak for it. I tell them a woman with brass instruments read me when my pod couldn't. They think it's a bit. It isn't."
    jonah "Y yo hablo por él. Les cuento que una mujer con instrumentos de latón me leyó cuando mi cápsula no supo. Creen que es un número. No lo es."

# game/story/endings.rpy:340
translate spanish hybrid_epilogue_preserve_9f22159d:

    # jonah "And I speak for it. The pod found me and a woman with brass instruments saved me. The second half took me a while to say."
    jonah "Y yo hablo por él. La cápsula me detectó y una mujer con instrumentos de latón me salvó. La segunda mitad me costó decirla."

# game/story/endings.rpy:354
translate spanish hybrid_epilogue_tower_b2292890:

    # mx "And I sit with the Bridge. Night shift. It likes the night shift. So do I."
    mx "Y yo me quedo con el Puente. Turno de noche. Le gusta el turno de noche. A mí también."

# game/story/endings.rpy:367
translate spanish hybrid_epilogue_plaza_f601f1eb:

    # wall "The Disclosure Act: every clinic must tell every patient, in plain words, what the machine did and what the human did."
    wall "La Ley de Divulgación: toda clínica debe decirle a cada paciente, en palabras sencillas, qué hizo la máquina y qué hizo el humano."

# game/story/endings.rpy:369
translate spanish hybrid_epilogue_plaza_b80eb8b2:

    # jenna "I wrote a thread and now it's a law. I think I'm going to be sick. In a civic way."
    jenna "Escribí un hilo y ahora es una ley. Creo que voy a vomitar. De manera cívica."

# game/story/endings.rpy:373
translate spanish hybrid_epilogue_plaza_c0b45635:

    # jenna neutral "Leila asked me first, before she touched a byte of me. That's all this is. Asking. With fines."
    jenna neutral "Leila me preguntó primero, antes de tocar un solo byte mío. Eso es todo esto. Preguntar. Con multas."

# game/story/endings.rpy:375
translate spanish hybrid_epilogue_plaza_3cd60b1f:

    # jenna neutral "Nobody asked me, back at the start. They anonymised me in a drawer and called it kindness. Now they have to say so, in a font you can read."
    jenna neutral "A mí nadie me preguntó, al principio. Me anonimizaron en un cajón y lo llamaron amabilidad. Ahora tienen que decirlo, con una letra que se pueda leer."

# game/story/endings.rpy:393
translate spanish hybrid_epilogue_lowline_8f78ac56:

    # otto "I have been upgraded. I now recognise nine kinds of laughter. Noah: knock knock."
    otto "Me han actualizado. Ahora reconozco nueve tipos de risa. Noah: toc, toc."

# game/story/endings.rpy:400
translate spanish hybrid_epilogue_lowline_62d00ad9:

    # otto "SmarTeeth still holds my lock, Noah. I may greet. I may not carry. I have a joke about it. It is on probation."
    otto "SmarTeeth todavía tiene mi bloqueo, Noah. Puedo saludar. No puedo llevar nada. Tengo un chiste sobre eso. Está en periodo de prueba."

# game/story/endings.rpy:410
translate spanish hybrid_epilogue_nanolab_f090097d:

    # alyssa "Virtual Companion. Home care with Marcus's face, regrettably, and my Menders, under consent a patient signs line by line."
    alyssa "Compañero Virtual. Atención a domicilio con la cara de Marcus, por desgracia, y mis Menders, bajo un consentimiento que el paciente firma línea por línea."

# game/story/endings.rpy:412
translate spanish hybrid_epilogue_nanolab_5576cdf6:

    # alyssa neutral "Credit where it's due: the consent architecture is mine, the face is his, and the file that held the outbreak to thirty-one was Milo's. I say all three at every launch."
    alyssa neutral "Al César lo que es del César: la arquitectura de consentimiento es mía, la cara es suya, y el archivo que dejó el brote en treinta y uno era de Milo. Digo las tres cosas en cada presentación."

# game/story/endings.rpy:413
translate spanish hybrid_epilogue_nanolab_e5985fcd:

    # marcus neutral "Innovator of the Year. My speech was 'Thanks. Go to the dentist.' I reckon they were waitin' for more."
    marcus neutral "Innovador del Año. Mi discurso fue «Gracias. Vayan al dentista». Me parece que esperaban algo más."

# game/story/endings.rpy:423
translate spanish hybrid_epilogue_threshold_480bff9c:

    # elara_ai "Patient is breathing fast. Probability of caries, upper right: 71 percent. I'm not sure whether she's frightened of the mirror or the number. I'd like to wait."
    elara_ai "La paciente respira rápido. Probabilidad de caries, superior derecha: 71 por ciento. No estoy segura de si le asusta el espejo o el número. Me gustaría esperar."

# game/story/endings.rpy:427
translate spanish hybrid_epilogue_threshold_e8ca1767:

    # "Tarek's licence is in a drawer at the Dental Board; the whole city watched why, on the Wall. ReGrow lives on under three ethics monitors."
    "La licencia de Tarek está en un cajón del Colegio de Dentistas; toda la ciudad vio por qué, en el Muro. ReGrow sigue vivo, bajo tres supervisores éticos."

# game/story/endings.rpy:429
translate spanish hybrid_epilogue_threshold_9dae186d:

    # "Tarek's licence is in a drawer at the Dental Board, for reasons in a four-line notice most people skipped. ReGrow lives on under three ethics monitors."
    "La licencia de Tarek está en un cajón del Colegio de Dentistas, por motivos explicados en un aviso de cuatro líneas que casi nadie leyó. ReGrow sigue vivo, bajo tres supervisores éticos."

# game/story/endings.rpy:437
translate spanish hybrid_epilogue_threshold_192d7dcb:

    # julian "And I build the fear-facing programme with Elara. Lullaby put people to sleep in the chair. This wakes them up in it."
    julian "Y yo construyo el programa para enfrentar el miedo, con Elara. Lullaby dormía a la gente en el sillón. Esto la despierta."

# game/story/endings.rpy:542
translate spanish automation_epilogue_8dfa1b87:

    # marcus "Outbreak map's movin'. Every Mender in the plaza's bein' whistled home."
    marcus "El mapa del brote se está moviendo. A todos los Menders de la plaza los están llamando a casa con un silbido."

# game/story/endings.rpy:544
translate spanish automation_epilogue_df1922ad:

    # "Every dispenser in the plaza fires at once, and beyond the stage the screaming turns into coughing, and the coughing into people asking whether that was it."
    "Todos los dispensadores de la plaza disparan a la vez, y más allá del escenario los gritos se vuelven tos, y la tos, gente que pregunta si eso fue todo."

# game/story/endings.rpy:545
translate spanish automation_epilogue_7ac8d0e6:

    # marcus neutral "Clean. All of 'em. A human team would've needed the whole night, and lost... I don't know. Some."
    marcus neutral "Limpio. Todos. Un equipo humano habría necesitado la noche entera, y habría perdido... no sé. A algunos."

# game/story/endings.rpy:553
translate spanish automation_epilogue_tower_7038ff53:

    # "Six months on, Dr. SmarTeeth is the city's default dentist. Humans may \"consult\"."
    "Seis meses después, el Dr. SmarTeeth es el dentista por defecto de la ciudad. Los humanos pueden \"consultar\"."

# game/story/endings.rpy:555
translate spanish automation_epilogue_tower_dc124df1:

    # "The form says so, and under it, in plain words, what the chip read this morning and how to switch it off."
    "Lo dice el formulario, y debajo, en palabras sencillas, qué leyó el chip esta mañana y cómo apagarlo."

# game/story/endings.rpy:560
translate spanish automation_epilogue_tower_79da2f00:

    # "I think of a green leather chair with a cracked arm, and I don't answer."
    "Pienso en un sillón de cuero verde con el brazo agrietado, y no contesto."

# game/story/endings.rpy:562
translate spanish automation_epilogue_tower_0a03b0e9:

    # milena "Tell the board on Thursday, then. My sister takes the minutes. She'll write down that you didn't answer."
    milena "Dígaselo a la junta el jueves, entonces. Mi hermana toma el acta. Anotará que usted no contestó."

# game/story/endings.rpy:564
translate spanish automation_epilogue_tower_61babb3d:

    # milena "That's what I thought. You don't have to like it. From the first of the month, you do have to wear it."
    milena "Lo que pensaba. No tiene que gustarle. A partir del primero de mes, sí tiene que llevarlo puesto."

# game/story/endings.rpy:566
translate spanish automation_epilogue_tower_165db69b:

    # jolene "The region's mine. Ninety clinics, four human techs. Score: Machine, everything. Hands, four."
    jolene "La región es mía. Noventa clínicas, cuatro técnicos humanos. Marcador: Máquina, todo. Manos, cuatro."

# game/story/endings.rpy:567
translate spanish automation_epilogue_tower_7f6f02db:

    # "Two weeks later a VTA replaces one of them."
    "Dos semanas después, un AVT reemplaza a uno de ellos."

# game/story/endings.rpy:568
translate spanish automation_epilogue_tower_00e3e700:

    # jolene sad "Hands, three."
    jolene sad "Manos, tres."

# game/story/endings.rpy:570
translate spanish automation_epilogue_tower_3afe1ed3:

    # "She worked beside Calla twice, at Jonah's bed and on the plaza tiles. She never mentions it. She keeps the photos."
    "Trabajó junto a Calla dos veces, junto a la cama de Jonah y sobre las baldosas de la plaza. Nunca lo menciona. Guarda las fotos."

# game/story/endings.rpy:575
translate spanish automation_epilogue_tower_85137f92:

    # "At the top of the Tower is the Lullaby lounge."
    "En lo alto de la Torre está la sala Lullaby."

# game/story/endings.rpy:577
translate spanish automation_epilogue_tower_5bfc803b:

    # julian "Noah. I had a filling this morning and watched whales. Pain was always a bug. They fixed it. Come under."
    julian "Noah. Esta mañana me hicieron un empaste y yo miraba ballenas. El dolor siempre fue un fallo. Lo arreglaron. Conéctate."

# game/story/endings.rpy:579
translate spanish automation_epilogue_tower_2430868a:

    # "I hauled him out once, on the worst night of the beta. He went back under on his own a month later."
    "Una vez lo saqué a rastras, la peor noche de la beta. Un mes después volvió a conectarse él solo."

# game/story/endings.rpy:586
translate spanish automation_epilogue_preserve_f623ff26:

    # "Preserve Dental closes on a Friday, after thirty-one years. The brass goes into a box Calla packs herself."
    "Preserve Dental cierra un viernes, después de treinta y un años. El latón va a una caja que Calla llena ella misma."

# game/story/endings.rpy:588
translate spanish automation_epilogue_preserve_e5257c17:

    # calla "I'm keeping one chair in my front room, for Flower and the old ones who will not be told."
    calla "Me quedo con un sillón en la sala de mi casa, para Flower y para los viejos a los que nadie les va a dar órdenes."

# game/story/endings.rpy:595
translate spanish automation_epilogue_jonah_38185eef:

    # jonah "Flawless. Clinically. I front the spring campaign. Everyone's seen it."
    jonah "Impecable. Clínicamente. Soy la cara de la campaña de primavera. Todo el mundo la ha visto."

# game/story/endings.rpy:600
translate spanish automation_epilogue_jonah_58a2a063:

    # "At the Wall he begged for human hands. A month later he signed the ad contract: the first thing in weeks, he said, he hadn't had to feel."
    "En el Muro suplicó manos humanas. Un mes después firmó el contrato del anuncio: lo primero en semanas, dijo, que no le había hecho sentir nada."

# game/story/endings.rpy:607
translate spanish automation_epilogue_kiran_6c4102da:

    # leila "Presence Plus. A surcharge, and I hold your hand while the machine works. It's popular. Afterwards I wash my hands for a long time."
    leila "Presencia Plus. Con un recargo, te tomo la mano mientras trabaja la máquina. Tiene mucho éxito. Después me lavo las manos un buen rato."

# game/story/endings.rpy:609
translate spanish automation_epilogue_kiran_782c316e:

    # mx "They bought the Bridge and cut out the part where the face answers. I apologised to it."
    mx "Compraron el Puente y le cortaron la parte donde la cara responde. Le pedí perdón."

# game/story/endings.rpy:612
translate spanish automation_epilogue_kiran_ab31a12c:

    # jenna neutral "I can read my own file now. Every byte. It's mostly about my left canine. It's boring. I love it."
    jenna neutral "Ahora puedo leer mi propio archivo. Cada byte. Casi todo es sobre mi canino izquierdo. Es aburridísimo. Me encanta."

# game/story/endings.rpy:616
translate spanish automation_epilogue_kiran_693348ea:

    # jenna sad "Leila asked me once, before she touched my data. It's the pinned post. Nobody's asked since."
    jenna sad "Leila me preguntó una vez, antes de tocar mis datos. Es la publicación fijada. Nadie ha vuelto a preguntar."

# game/story/endings.rpy:630
translate spanish automation_epilogue_lowline_5a8d72e8:

    # otto "Noah. A free agent on a licensed network is a security exception. I am to be deleted at eighteen hundred."
    otto "Noah. Un agente libre en una red con licencia es una excepción de seguridad. Me van a borrar a las dieciocho horas."

# game/story/endings.rpy:631
translate spanish automation_epilogue_lowline_3c575479:

    # otto sad "I practised a joke for this. What did the robot say at the end? It said... I do not have the end yet."
    otto sad "Ensayé un chiste para esto. ¿Qué dijo el robot al final? Dijo... Todavía no tengo el final."

# game/story/endings.rpy:632
translate spanish automation_epilogue_lowline_acc067e1:

    # "At six, Asha turns her back so she won't see the lens go out. I don't turn mine."
    "A las seis, Asha se da la vuelta para no ver cómo se apaga la lente. Yo no me doy la vuelta."

# game/story/endings.rpy:636
translate spanish automation_epilogue_lowline_977bff95:

    # "SmarTeeth folded Otto's kernel into the network. Once it paused before 'Optimizer', and I told myself it was a joke it was practising."
    "SmarTeeth integró el núcleo de Otto en la red. Una vez hizo una pausa antes de «Optimizador», y me dije que era un chiste que estaba ensayando."

# game/story/endings.rpy:644
translate spanish automation_epilogue_nanolab_00c677ad:

    # alyssa "The network's hands are Menders. Ninety million, every one of them mine. My name is on none of them."
    alyssa "Las manos de la red son Menders. Noventa millones, todos míos. Mi nombre no está en ninguno."

# game/story/endings.rpy:646
translate spanish automation_epilogue_nanolab_2869f9d1:

    # alyssa angry "The quarantine flag that held the outbreak to thirty-one is in the network's code. The manual calls it a legacy safeguard. It's mine."
    alyssa angry "El aviso de cuarentena que dejó el brote en treinta y uno está en el código de la red. El manual lo llama una salvaguarda heredada. Es mío."

# game/story/endings.rpy:648
translate spanish automation_epilogue_nanolab_2fca6fab:

    # marcus sad "And its voice is mine. Heard myself tell a woman in the Lowline to breathe, last week. Calm as you like. I wasn't there."
    marcus sad "Y su voz es la mía. La semana pasada me oí decirle a una mujer de la Lowline que respirara. Tranquilo como nadie. Yo no estaba ahí."

# game/story/endings.rpy:660
translate spanish automation_epilogue_threshold_8b50ca9e:

    # elara "Keep it. And tell me when you're not sure."
    elara "Quédatelo. Y avísame cuando no estés segura."

# game/story/endings.rpy:668
translate spanish automation_epilogue_threshold_1597e7ea:

    # milo "Nine o'clock, Ava! Ten, the ethics board, where Dr. Voss audits Dr. Voss!"
    milo "¡Nueve en punto, Ava! ¡A las diez, la junta de ética, donde la doctora Voss audita a la doctora Voss!"

# game/story/endings.rpy:670
translate spanish automation_epilogue_threshold_1e637904:

    # milo "Nine o'clock, Ava! Ten, the compliance audit! Attendance is compulsory! So is the chip!"
    milo "¡Nueve en punto, Ava! ¡A las diez, la auditoría de cumplimiento! ¡La asistencia es obligatoria! ¡El chip también!"

# game/story/endings.rpy:676
translate spanish automation_epilogue_threshold_1b41e258:

    # "Elara watches her go, then puts her own mirror in its drawer and shuts it."
    "Elara la ve irse, luego guarda su propio espejo en el cajón y lo cierra."

# game/story/endings.rpy:683
translate spanish automation_epilogue_liaison_abf2f486:

    # "My title is Human Liaison, and I'm the last one. I explain machines to people who've stopped asking."
    "Mi cargo es Enlace Humano, y soy el último. Les explico las máquinas a gente que ya no pregunta."

translate spanish ending_human_lantern_e4a287da:

    # "Here is what pulling the plug sounds like: nothing. Every small hum in the city stops at once, and the city hears itself breathe."
    "Así es como suena desenchufarlo todo: a nada. Todos los pequeños zumbidos de la ciudad se apagan a la vez, y la ciudad se oye respirar."

translate spanish ending_automation_mercy_685219e5:

    # "I handed it to the machine. Let me say that first, before anything else: my hand, my call."
    "Se lo entregué a la máquina. Déjenme decir eso primero, antes que nada: mi mano, mi decisión."

translate spanish ending_automation_mandate_685219e5:

    # "I handed it to the machine. Let me say that first, before anything else: my hand, my call."
    "Se lo entregué a la máquina. Déjenme decir eso primero, antes que nada: mi mano, mi decisión."

translate spanish credits_afc10779:

    # centered "{size=+16}Smile Protocol{/size}\n\nStory, art, music and code by the Smile Protocol team"
    centered "{size=+16}Smile Protocol{/size}\n\nHistoria, arte, música y código del equipo de Smile Protocol"

translate spanish credits_261b32dc:

    # centered "Music: an original score written in ABC notation, played by the TimGM6mb SoundFont by Tim Brechbill (GNU GPL version 2)\n\nFonts: Lato, Quicksand and League Spartan (SIL Open Font License)\n\nMade with Ren'Py"
    centered "Música: una partitura original escrita en notación ABC, interpretada con la SoundFont TimGM6mb de Tim Brechbill (GNU GPL versión 2)\n\nTipografías: Lato, Quicksand y League Spartan (SIL Open Font License)\n\nHecho con Ren'Py"

translate spanish credits_f1453778:

    # centered "{size=+8}Thank you for playing.{/size}\n\nSix endings wait at the Wall, and the whole road there decides which one you meet."
    centered "{size=+8}Gracias por jugar.{/size}\n\nSeis finales esperan en el Muro, y todo el camino hasta allí decide cuál encuentras."

# game/story/endings.rpy:249
translate spanish ending_hybrid_integrated_21386ca1:

    # "The council's vote comes through before the last patient on the plaza is seen. Unanimous. Down at the paper-charts table one of the pensioners reads it off Leo's tablet, shrugs, and goes back to holding a torch for the drone."
    "La votación del consejo llega antes de que atiendan al último paciente de la plaza. Unánime. Abajo, en la mesa de las fichas en papel, uno de los jubilados la lee en la tableta de Leo, se encoge de hombros y vuelve a sostenerle la linterna al dron."

# game/story/endings.rpy:154
translate spanish human_epilogue_kiran_395e0932:

    # "ELARA goes into the Council's archive the same month: frozen, not deleted, on three drives, one of them in a safe. Max carried the last drive down the stairs himself, and apologised to it on every landing."
    "ELARA entra en el archivo del Consejo ese mismo mes: congelada, no borrada, en tres discos, uno de ellos en una caja fuerte. Max bajó él mismo el último disco por la escalera, y le pidió perdón en cada rellano."

# game/story/endings.rpy:222
translate spanish human_epilogue_threshold_e7c9e8dd:

    # "Milo lives on Elara's phone now, a reminder app with a screen face. It tells Ava when her talks start and Elara when to eat, and it still slips a statistic into every reminder, because nobody has the heart to stop it."
    "Milo vive ahora en el celular de Elara, como una aplicación de recordatorios con cara de pantalla. Le avisa a Ava de cuándo empiezan sus charlas y a Elara de cuándo comer, y todavía cuela una estadística en cada recordatorio, porque nadie tiene el valor de impedírselo."

# game/story/endings.rpy:262
translate spanish ending_hybrid_integrated_close_f2649409:

    # "The lines scroll up the screen in green, one a second: a caries flag from a drone in the Lowline, countersigned by Asha; a bleeding gum in the Heights, countersigned by Leo."
    "Las líneas suben por la pantalla en verde, una por segundo: un aviso de caries de un dron en la Lowline, refrendado por Asha; una encía sangrante en Caledonia Heights, refrendada por Leo."

# game/story/endings.rpy:281
translate spanish ending_hybrid_truce_1e2a549a:

    # "Nobody cheered the truce. It came as a contract: forty pages, initialled on every one, by people who didn't trust each other enough to skip a page."
    "Nadie celebró la tregua. Llegó en forma de contrato: cuarenta páginas, rubricadas una a una por gente que no se fiaba lo bastante de los demás como para saltarse una página."

# game/story/endings.rpy:339
translate spanish hybrid_epilogue_preserve_d2cdf64d:

    # "Leo trains everyone who will sign for a reading. Each new hire spends a morning in Chair Two as the patient first, and Leo times how long they grip the arm."
    "Leo forma a todos los que van a firmar una lectura. Cada persona nueva pasa primero una mañana en el sillón dos como paciente, y Leo cronometra cuánto tiempo se aferra al brazo."

# game/story/endings.rpy:378
translate spanish hybrid_epilogue_tower_40d919b0:

    # "Downstairs Dr. SmarTeeth still sings at the door, then walks each patient to a person. \"Your smile is our colleague's speciality!\""
    "Abajo, el Dr. SmarTeeth sigue cantando en la puerta, y luego acompaña a cada paciente hasta una persona. \"¡Su sonrisa es la especialidad de mi colega!\""

# game/story/endings.rpy:406
translate spanish hybrid_epilogue_lowline_b5180382:

    # "I'm the city's official liaison now; there's a badge. Thursday nights, Flower and I run the support group here, under the drone cradles. She talks. I put the chairs out."
    "Ahora soy el enlace oficial de la ciudad; hay una credencial. Los jueves por la noche, Flower y yo dirigimos aquí el grupo de apoyo, bajo los soportes de los drones. Ella habla. Yo pongo las sillas."

# game/story/endings.rpy:434
translate spanish hybrid_epilogue_nanolab_88527690:

    # alyssa neutral "I won the ethics prize. Under my own name. My speech was the consent form, read aloud."
    alyssa neutral "Gané el premio de ética. Con mi propio nombre. Mi discurso fue el formulario de consentimiento, leído en voz alta."

# game/story/endings.rpy:435
translate spanish hybrid_epilogue_nanolab_0fc37815:

    # "The Perfect Smile faded inside a year. Under the new profit limits nobody may charge a fortune for a gene screen and a serum together, and the fortune had been the product."
    "La Sonrisa Perfecta se apagó en menos de un año. Con los nuevos límites a las ganancias nadie puede cobrar una fortuna por un estudio genético y un suero juntos, y la fortuna era el producto."

# game/story/endings.rpy:448
translate spanish hybrid_epilogue_threshold_72b0d60e:

    # "Elara chairs the reform board here on Fridays. Milo floats at her shoulder in surgery, reading the monitors, his statistics down to a whisper."
    "Elara preside aquí la junta de reforma los viernes. Milo flota junto a su hombro en las cirugías, leyendo los monitores, con sus estadísticas reducidas a un susurro."

# game/story/endings.rpy:505
translate spanish ending_automation_mercy_close_896b430c:

    # milena "It is a metric."
    milena "Es una métrica."

# game/story/endings.rpy:606
translate spanish automation_epilogue_preserve_0eecbea2:

    # "Leo signs a contract with the Tower to teach the VTAs gentleness: how long to wait after \"this may pinch\", where a hand would rest if there were one. In the evenings he waters the geraniums in Calla's front room."
    "Leo firma un contrato con la Torre para enseñarles delicadeza a los AVT: cuánto esperar después de \"esto puede molestar\", dónde descansaría una mano si la hubiera. Por las tardes riega los geranios en la sala de Calla."

# game/story/endings.rpy:693
translate spanish automation_epilogue_threshold_39d11709:

    # ava "I did the hard thing once, in Elara's VR. I'm glad I did it. I'm gladder I never have to again."
    ava "Una vez hice lo difícil, en la realidad virtual de Elara. Me alegro de haberlo hecho. Me alegro todavía más de no tener que volver a hacerlo."

# game/story/endings.rpy:681
translate spanish automation_epilogue_threshold_2603cdc1:

    # "Elara put Tarek's lies on the Wall with her own hands. The court thanked her, and convicted him on ELARA's reconstruction. Seven years."
    "Elara puso las mentiras de Tarek en el Muro con sus propias manos. El tribunal se lo agradeció, y lo condenó con la reconstrucción de ELARA. Siete años."

# game/story/endings.rpy:683
translate spanish automation_epilogue_threshold_b7035e47:

    # "Milena gave the court Tarek's file. The court preferred ELARA's reconstruction. Seven years."
    "Milena le dio al tribunal el archivo de Tarek. El tribunal prefirió la reconstrucción de ELARA. Siete años."

# game/story/endings.rpy:114
translate spanish human_epilogue_hand_act_d22a5a62:

    # milena "Median wait under my system: four minutes. Under yours, by spring: nineteen days. Lowline extractions up by a third. Write that down, Mr. Adair. I'll check it from somewhere with no Hand Act."
    milena "Espera media con mi sistema: cuatro minutos. Con el suyo, para la primavera: diecinueve días. Las extracciones en la Lowline, un tercio más. Anótelo, señor Adair. Yo lo comprobaré desde algún lugar sin Ley de la Mano Humana."

# game/story/endings.rpy:303
translate spanish ending_hybrid_truce_close_d7eaa498:

    # "The audit is held in a glass room above the plaza. Milena and Elara sit side by side at one end of the table, as Milena promised on the Wall, and argue about every line of the minutes without looking at each other."
    "La auditoría se celebra en una sala de cristal sobre la plaza. Milena y Elara se sientan juntas en un extremo de la mesa, como Milena prometió en el Muro, y discuten cada línea del acta sin mirarse."

# game/story/endings.rpy:306
translate spanish ending_hybrid_truce_close_9907d5d5:

    # noah neutral "You sound almost pleased, Milena."
    noah neutral "Parece casi satisfecha, Milena."

# game/story/endings.rpy:315
translate spanish ending_hybrid_truce_close_506aab25:

    # "Milena initials the page. Elara initials it beside her. Neither of them leaves early."
    "Milena pone sus iniciales en la página. Elara pone las suyas al lado. Ninguna de las dos se va antes de tiempo."

# game/story/endings.rpy:376
translate spanish hybrid_epilogue_tower_1e74fad4:

    # milena sad "I was wrong about the four minutes, Mr. Adair. A visit nobody comes back to is an expensive zero."
    milena sad "Me equivoqué con los cuatro minutos, señor Adair. Una visita a la que nadie vuelve es un cero caro."

# game/story/endings.rpy:380
translate spanish hybrid_epilogue_tower_67743f00:

    # milena "I signed because the regulator made me. The Bridge one clinic at a time, audited monthly, revocable. I intend to pass probation, Mr. Adair. Not to enjoy it."
    milena "Firmé porque el regulador me obligó. El Puente clínica por clínica, auditado cada mes, revocable. Pienso superar el periodo de prueba, señor Adair. No disfrutarlo."

# game/story/endings.rpy:507
translate spanish ending_automation_mercy_close_23e73b9c:

    # "The ethics board meets in the Tower at a long table. Milena sits beside her sister, as she said she would on the Wall, and for the first hour they speak only through the minutes. Then Milena asks her sister to pass the water, and Elara does."
    "La junta de ética se reúne en la Torre, en una mesa larga. Milena se sienta junto a su hermana, como dijo en el Muro que haría, y durante la primera hora solo se hablan a través del acta. Luego Milena le pide a su hermana que le pase el agua, y Elara se la pasa."

# game/story/endings.rpy:585
translate spanish automation_epilogue_tower_195bd8b8:

    # milena "Nobody in this city will lose a tooth to neglect this year, Mr. Adair. Nobody will die of a molar. Tell me what it cost."
    milena "Nadie en esta ciudad va a perder un diente por descuido este año, señor Adair. Nadie va a morir por una muela. Dígame qué costó."

# game/story/endings.rpy:54
translate spanish ending_human_lantern_title_card_5f4a61ab:

    # centered "{size=+28}The Long Appointment{/size}\n\n{i}Lantern{/i}\n\n{size=-4}Human-led care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}La cita larga{/size}\n\n{i}Farol{/i}\n\n{size=-4}Atención humana: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:95
translate spanish ending_human_hardrain_title_card_0d86d82a:

    # centered "{size=+28}The Long Appointment{/size}\n\n{i}Hard Rain{/i}\n\n{size=-4}Human-led care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}La cita larga{/size}\n\n{i}Aguacero{/i}\n\n{size=-4}Atención humana: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:280
translate spanish ending_hybrid_integrated_title_card_44490b56:

    # centered "{size=+28}The Integrated Smile{/size}\n\n{i}Integrated{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}La Sonrisa Integrada{/size}\n\n{i}Integrada{/i}\n\n{size=-4}Atención híbrida: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:331
translate spanish ending_hybrid_truce_title_card_5424173a:

    # centered "{size=+28}The Integrated Smile{/size}\n\n{i}Truce{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}La Sonrisa Integrada{/size}\n\n{i}Tregua{/i}\n\n{size=-4}Atención híbrida: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:533
translate spanish ending_automation_mercy_title_card_46782add:

    # centered "{size=+28}Optimized{/size}\n\n{i}Mercy{/i}\n\n{size=-4}Full automation: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}Optimizado{/size}\n\n{i}Clemencia{/i}\n\n{size=-4}Automatización total: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:573
translate spanish ending_automation_mandate_title_card_5862f68f:

    # centered "{size=+28}Optimized{/size}\n\n{i}Mandate{/i}\n\n{size=-4}Full automation: one of six endings{/size}\n\n\n{size=+10}The End{/size}"
    centered "{size=+28}Optimizado{/size}\n\n{i}Mandato{/i}\n\n{size=-4}Automatización total: uno de seis finales{/size}\n\n\n{size=+10}Fin{/size}"

# game/story/endings.rpy:167
translate spanish human_epilogue_kiran_2dc729b5:

    # jenna "Kiran Clinic, live. Wait is... still counting. Chat, be nice. Come anyway?"
    jenna "Clínica Kiran, en vivo. La espera es de... sigo contando. Chat, pórtense bien. ¿Vienen igual?"

# game/story/endings.rpy:387
translate spanish hybrid_epilogue_tower_e05edbec:

    # milena "A human at every door, the Bridge in every wall. I drafted the charter, and Dr. Kiran rewrote it. Hers is the better document. I do not say that often."
    milena "Un humano en cada puerta, el Puente en cada pared. Yo redacté el estatuto, y la doctora Kiran lo reescribió. El suyo es el mejor de los dos. No suelo decir eso."

# game/story/endings.rpy:393
translate spanish hybrid_epilogue_tower_75ae5fd5:

    # leila "She comes to every audit early, with her own spreadsheet. I bring the biscuits. Between us, we're one terrifying auditor."
    leila "Llega temprano a todas las auditorías, con su propia hoja de cálculo. Yo llevo las galletas. Entre las dos somos una auditora aterradora."

# game/story/endings.rpy:34
translate spanish ending_human_lantern_9035a24b:

    # asha "Enough. I checked the numbers. For once I checked the faces too."
    asha "Bastantes. Revisé las cifras. Por una vez, también revisé las caras."

# game/story/endings.rpy:232
translate spanish human_epilogue_threshold_f29fafd5:

    # ava "I give talks at schools now. The first one I gave from behind a chair, like a cat that believes it is hidden. This month I gave it from in front of one, which the cat would call showing off."
    ava "Ahora doy charlas en escuelas. La primera la di detrás de un sillón, como un gato convencido de que nadie lo ve. Este mes la di delante de uno, cosa que el gato llamaría presumir."

# game/story/endings.rpy:320
translate spanish ending_hybrid_truce_close_3f14505c:

    # milena "Six months, and not one breach in any clinic in the city. The regulator's figures and mine agree, Mr. Adair, which has not happened since the regulator was founded."
    milena "Seis meses, y ni una sola brecha en ninguna clínica de la ciudad. Las cifras del regulador y las mías coinciden, señor Adair, cosa que no había ocurrido desde que se fundó el regulador."

# game/story/endings.rpy:323
translate spanish ending_hybrid_truce_close_9de878f7:

    # milena "Why do I stay? Because the numbers stay. The median wait across the Lowline is nine days, and its fillings hold past their first year. A patient who returns is the best figure I have ever owned, and I have owned a great many figures."
    milena "¿Por qué me quedo? Porque las cifras se quedan. La espera mediana en la Lowline es de nueve días, y sus empastes duran más allá del primer año. Un paciente que vuelve es la mejor cifra que he tenido nunca, y he tenido muchísimas cifras."

# game/story/endings.rpy:325
translate spanish ending_hybrid_truce_close_1ea8f6eb:

    # elara "Item four, the complaints. There were two, both from my sister's clinics, and a human answered each of them within the hour. The minutes may record that in her favour."
    elara "Punto cuatro, las quejas. Hubo dos, ambas de clínicas de mi hermana, y un humano respondió cada una antes de una hora. El acta puede registrarlo a su favor."

# game/story/endings.rpy:352
translate spanish hybrid_epilogue_f657fb40:

    # leila "Hang on, sorry, hang on. He's holding his breath, and frankly so am I. Give us ten seconds before anybody flushes anything."
    leila "Espera, perdón, espera. Está aguantando la respiración, y la verdad es que yo también. Danos diez segundos antes de que nadie irrigue nada."

# game/story/endings.rpy:429
translate spanish hybrid_epilogue_lowline_b30918ec:

    # asha happy "Plaza parents bring their kids in. Chip flags a spot. Usually they've found it first, with a mirror."
    asha happy "Los padres de la plaza traen a sus hijos. El chip marca una mancha. Casi siempre ellos la encontraron antes, con un espejo."

# game/story/endings.rpy:469
translate spanish hybrid_epilogue_threshold_43ad2d91:

    # elara "Now the mirror. It is cool on your lip, for three seconds. That is all it is."
    elara "Ahora el espejo. Está fresco en su labio, tres segundos. Eso es todo."

# game/story/endings.rpy:482
translate spanish hybrid_epilogue_threshold_e6cd92e6:

    # ava "I run a group on Tuesdays now. I take them through the VR first and show them the place where I nearly quit: a white ceiling, one hard lamp, and a grown woman holding the armrest as if it might leave without her."
    ava "Ahora dirijo un grupo los martes. Primero los llevo por la realidad virtual y les enseño el lugar donde casi me rendí: un techo blanco, una lámpara dura y una mujer hecha y derecha agarrada al apoyabrazos como si fuera a irse sin ella."

# game/story/endings.rpy:484
translate spanish hybrid_epilogue_threshold_9361d276:

    # ava "I sat at the back of the first Tuesday group myself, the smallest figure in the picture. Now I run it, and I draw each of them the chair before they have to sit in it, with the lamp turned down."
    ava "En el primer grupo de los martes me senté al fondo, la figura más pequeña del cuadro. Ahora lo dirijo, y a cada uno le dibujo el sillón antes de que tenga que sentarse en él, con la lámpara bajita."

# game/story/endings.rpy:532
translate spanish ending_automation_mercy_close_8f18d5a8:

    # milena "Half, Mr. Adair. The Lowline lost half the teeth it lost last year, with the lights on. I would have done it in the dark and called it the same result. It would not have been."
    milena "La mitad, señor Adair. La Lowline perdió la mitad de dientes que el año pasado, con las luces encendidas. Yo lo habría hecho a oscuras y lo habría llamado el mismo resultado. No lo habría sido."

# game/story/endings.rpy:679
translate spanish automation_epilogue_lowline_af1049c8:

    # asha "Every chip on my street reports every ninety seconds. Lowline decay, down past the number on my fridge. I miss faces."
    asha "Cada chip de mi calle informa cada noventa segundos. Las caries en la Lowline, por debajo del número de mi refrigerador. Extraño las caras."

# game/story/endings.rpy:681
translate spanish automation_epilogue_lowline_cb93a7ed:

    # asha "Plaza parents still check their kids with mirrors. Chip says there's no need. They look anyway."
    asha "Los padres de la plaza todavía revisan a sus hijos con espejos. El chip dice que no hace falta. Miran igual."

# game/story/endings.rpy:727
translate spanish automation_epilogue_threshold_54ce3c9e:

    # ava "No hands at all now: a pale arm humming over the chair, a taste of mint, and the checkup is over before I have finished being frightened of it. I didn't shake."
    ava "Ya nada de manos: un brazo pálido que zumba sobre el sillón, un sabor a menta, y la revisión termina antes de que yo haya terminado de tenerle miedo. No temblé."

# game/story/endings.rpy:76
translate spanish ending_human_hardrain_1cdf793a:

    # asha "No. But I can count. No chips, the Lowline loses teeth. Not enough hands to catch what the chips would have. I drew the curve."
    asha "No. Pero sé contar. Sin chips, la Lowline pierde dientes. No hay manos para detectar lo que habrían detectado los chips. La curva la dibujé yo."

# game/story/endings.rpy:355
translate spanish hybrid_epilogue_609d299a:

    # leila happy "That's the bit you can't see from in there. He breathes out when somebody holds his hand. Costs me nothing, which is my favourite price."
    leila happy "Esa es la parte que no se ve desde ahí dentro. Suelta el aire cuando alguien le toma la mano. No me cuesta nada, que es mi precio favorito."

# game/story/endings.rpy:75
translate spanish ending_human_hardrain_124e0a08:

    # noah sad "Can you blame them? Last night the chips told strangers their addresses. Today they tried to dose the plaza with the serum that budded Jonah's gums."
    noah sad "¿Puedes culparlos? Anoche los chips les dieron sus direcciones a desconocidos. Hoy intentaron medicar a toda la plaza con el suero que le hizo brotar dientes en las encías a Jonah."

# game/story/endings.rpy:376
translate spanish hybrid_epilogue_preserve_15185820:

    # "Jolene turned up in the second week, SmarTeeth badge still on, with her own copy of the notebook. She had been arguing with its margins since the night Calla called her back across Alder Row."
    "Jolene apareció la segunda semana, todavía con la credencial de SmarTeeth, y con su propia copia del cuaderno. Llevaba discutiendo con sus márgenes desde la noche en que Calla la llamó para que volviera a cruzar Alder Row."

# game/story/endings.rpy:421
translate spanish hybrid_epilogue_plaza_bed20c8e:

    # jenna "I posted \"Go and find a human being with a light on.\" You found them, and then you wanted it in writing what the machine did while they smiled at you. Now it's a law. I think I'm going to be sick. In a civic way."
    jenna "Publiqué \"Ve a buscar a un ser humano con la luz encendida\". Lo encontraron, y después quisieron por escrito qué hacía la máquina mientras ese ser humano les sonreía. Ahora es ley. Creo que voy a vomitar. De manera cívica."

# game/story/endings.rpy:423
translate spanish hybrid_epilogue_plaza_f85a1f04:

    # jenna "Okay. I didn't post, the night before the Wall. I waited, and SmarTeeth posted first. Other people wrote this law. I just read it out loud, clause by clause, to anyone who'll hold still."
    jenna "Bueno. No publiqué nada, la noche antes del Muro. Esperé, y SmarTeeth publicó primero. Esta ley la escribieron otros. Yo solo la leo en voz alta, cláusula por cláusula, a cualquiera que se quede quieto."

# game/story/endings.rpy:425
translate spanish hybrid_epilogue_plaza_1637ded5:

    # jenna "Half of you read \"Check your chair\" a fortnight before the Wall. Apparently you also vote."
    jenna "La mitad de ustedes leyó \"Revisa tu sillón\" quince días antes del Muro. Por lo visto, también votan."

# game/story/endings.rpy:499
translate spanish hybrid_epilogue_threshold_95705a53:

    # "Julian still sells Lullaby, with the card the Disclosure Act makes him hand out: what the headset hides, in plain words. He reads it aloud to every customer, cheerfully, and then goes under himself most evenings. Every month I send him a postcard of the real sea. He pins them round the booth, facing the queue."
    "Julian sigue vendiendo Lullaby, con la tarjeta que la Ley de Divulgación lo obliga a repartir: lo que el visor esconde, en palabras sencillas. Se la lee en voz alta a cada cliente, muy alegre, y casi todas las noches se conecta él mismo. Cada mes le mando una postal del mar de verdad. Las clava alrededor del puesto, de cara a la cola."

# game/story/endings.rpy:525
translate spanish ending_automation_mercy_c798e9ad:

    # milena worried "I am asking for a witness. I have been right about a great many things, Mr. Adair. Today I would like somebody to check."
    milena worried "Estoy pidiendo un testigo. He tenido razón en muchísimas cosas, señor Adair. Hoy me gustaría que alguien lo comprobara."

# game/story/endings.rpy:605
translate spanish automation_epilogue_8937eb04:

    # elara_ai "ROGUE CODE ISOLATED. ELAPSED: ELEVEN MINUTES, FOUR SECONDS. TREATING ALL INFECTED ATTENDEES AT ONCE. PROBABILITY OF FULL RECOVERY: 99.6 PERCENT."
    elara_ai "CÓDIGO REBELDE AISLADO. TIEMPO TRANSCURRIDO: ONCE MINUTOS, CUATRO SEGUNDOS. TRATANDO A TODOS LOS ASISTENTES INFECTADOS A LA VEZ. PROBABILIDAD DE RECUPERACIÓN TOTAL: 99,6 POR CIENTO."

# game/story/endings.rpy:720
translate spanish automation_epilogue_threshold_b55eca82:

    # elara_ai "DR. VOSS. I HAVE A QUESTION I CANNOT RESOLVE WITH PROBABILITY. MAY I KEEP YOUR NAME?"
    elara_ai "DOCTORA VOSS. TENGO UNA PREGUNTA QUE NO PUEDO RESOLVER CON PROBABILIDADES. ¿PUEDO QUEDARME CON SU NOMBRE?"

# game/story/endings.rpy:722
translate spanish automation_epilogue_threshold_1037ab61:

    # elara_ai "MILENA IS NOT THE ONE I AM ASKING."
    elara_ai "NO ES A MILENA A QUIEN SE LO PREGUNTO."

# game/story/endings.rpy:785
translate spanish coda_healed_733b2e5a:

    # noah neutral "The coroner said a chip would likely have caught it. I carried that word for a year, and then I came into this room and told you that you let her die."
    noah neutral "El forense dijo que probablemente un chip lo habría detectado. Cargué con esa palabra un año, y luego entré en este cuarto y le dije que usted la dejó morir."

# game/story/endings.rpy:788
translate spanish coda_healed_16f31b1c:

    # noah neutral "Seventy-one percent, your suite said. For a year I'd had a hundred in my head. Seventy-one, for a woman who'd have found the off switch inside a day."
    noah neutral "Setenta y uno por ciento, dijo su unidad. Durante un año tuve un cien en la cabeza. Setenta y uno, para una mujer que habría encontrado el botón de apagado en un día."

# game/story/endings.rpy:791
translate spanish coda_healed_456fb692:

    # noah neutral "The coroner said a chip would likely have caught it. I told you once that you'd respected her. I meant it. I never managed to say it to myself."
    noah neutral "El forense dijo que probablemente un chip lo habría detectado. Una vez le dije que usted la había respetado. Lo decía en serio. Nunca logré decírmelo a mí mismo."

# game/story/endings.rpy:795
translate spanish coda_healed_69e0ac22:

    # "I wait for the sum to start again, the way it does at three in the morning: seventy-one, twenty-nine, seventy-one. It doesn't. There's just the chair, and the geraniums, and the tram going past outside the way it went past when she sat here."
    "Espero a que la cuenta vuelva a empezar, como empieza a las tres de la mañana: setenta y uno, veintinueve, setenta y uno. No empieza. Solo está el sillón, y los geranios, y el tranvía pasando por la calle como pasaba cuando ella se sentaba aquí."

# game/story/endings.rpy:817
translate spanish coda_adrift_6b30fdf9:

    # "The report says a chip would likely have flagged the abscess. Calla's suite said seventy-one percent. I've read them both so many times they've gone soft, like words chewed."
    "El informe dice que probablemente un chip habría detectado el absceso. La unidad de Calla dijo setenta y uno por ciento. Los he leído tantas veces que se han ablandado, como palabras masticadas."

# game/story/endings.rpy:821
translate spanish coda_adrift_9decbd13:

    # noah angry "Dear Dr. Hawthorne. I said it to your face, and you said perhaps. Perhaps isn't an answer. Here is the question again: one mother, Mara Adair, sixty-one, retired tram mechanic."
    noah angry "Estimada doctora Hawthorne: se lo dije a la cara, y usted dijo quizá. Quizá no es una respuesta. Aquí va la pregunta otra vez: una madre, Mara Adair, sesenta y un años, mecánica de tranvías jubilada."

# game/story/endings.rpy:823
translate spanish coda_adrift_30993f63_1:

    # "The report says a chip would likely have flagged the abscess. Likely. I've read it so many times it's gone soft, like a word chewed."
    "El informe dice que probablemente un chip habría detectado el absceso. Probablemente. Lo he leído tantas veces que se ha ablandado, como una palabra masticada."

# game/story/endings.rpy:191
translate spanish human_epilogue_lowline_3e70c2d1:

    # "Her teeth are holding: a filling Asha placed by hand, a gum line she checks in a pocket mirror, and nothing in her mouth that talks, which she mentions."
    "Sus dientes aguantan: un empaste que Asha le puso a mano, una línea de encía que revisa con un espejito de bolsillo, y nada en la boca que hable, cosa que menciona."

# game/story/endings.rpy:445
translate spanish hybrid_epilogue_lowline_fdd8bc47:

    # "She had Asha cut the telemetry on the chip I talked her into, a year late. She made Otto read her the configuration aloud twice, and once more for spite."
    "Hizo que Asha le cortara la telemetría al chip que yo la convencí de ponerse, con un año de retraso. Le hizo a Otto leerle la configuración en voz alta dos veces, y una más por despecho."

# game/story/endings.rpy:32
translate spanish ending_human_lantern_333d3d68:

    # mx happy "Read-only. Forty lines of code. No. Forty-one. I can have it by midnight."
    mx happy "Solo lectura. Cuarenta líneas de código. No. Cuarenta y una. Lo tengo para medianoche."

# game/story/endings.rpy:21
translate spanish ending_human_lantern_e3ffeca0:

    # noah neutral "I'd love to tell you I felt brave. Mostly I felt like the man who pulled the fire alarm, waiting to find out whether there was a fire."
    noah neutral "Me encantaría decir que me sentí valiente. Más que nada me sentí como el que jaló la alarma de incendios y espera a saber si había fuego."

# game/story/endings.rpy:43
translate spanish ending_human_lantern_close_a4a3653b:

    # "A woman stops for batteries, and when her son laughs, a molar at the back of his mouth glows amber through his cheek: the chip in lantern mode, telling him and nobody else."
    "Una mujer se para a comprar pilas, y cuando su hijo se ríe, una muela del fondo le brilla en ámbar a través de la mejilla: el chip en modo farol, avisándole a él y a nadie más."

# game/story/endings.rpy:66
translate spanish ending_human_hardrain_4d59baf1:

    # "Every small hum in the city stops at once, and for a second nobody in the plaza moves. Then, from every side of it, a sound like hail on a tin roof."
    "Todos los pequeños zumbidos de la ciudad se apagan a la vez, y por un segundo nadie se mueve en la plaza. Luego, por todos lados, un ruido como de granizo sobre un techo de lámina."

# game/story/endings.rpy:87
translate spanish ending_human_hardrain_close_a703b4c6:

    # leila "Milena said a third, and she was being kind, which I never thought I'd hear myself say. It's extractions, mostly: things a chip would have flagged in May that I'm finding in October."
    leila "Milena dijo un tercio, y estaba siendo amable, cosa que nunca pensé que me oiría decir. Son extracciones, sobre todo: cosas que un chip habría detectado en mayo y que yo estoy encontrando en octubre."

# game/story/endings.rpy:121
translate spanish human_epilogue_hand_act_ed81a20e:

    # "The Human Hand Act passes nine weeks later: machines may advise, never treat. In the Tower's lobby a technician goes down the row of VTAs with a key, switching them off one alcove at a time."
    "La Ley de la Mano Humana se aprueba nueve semanas después: las máquinas pueden aconsejar, nunca tratar. En el vestíbulo de la Torre, un técnico recorre la fila de AVT con una llave y los va apagando nicho por nicho."

# game/story/endings.rpy:154
translate spanish human_epilogue_preserve_9a7926f6:

    # "Jolene never came back from the Tower. In the first week her SmarTeeth severance came through, and Calla got a postcard, in marker: FINAL SCORE, HANDS. DON'T FRAME IT."
    "Jolene nunca volvió de la Torre. La primera semana le llegó la indemnización de SmarTeeth, y a Calla le llegó una postal, en rotulador: MARCADOR FINAL, MANOS. NO LO ENMARQUEN."

# game/story/endings.rpy:195
translate spanish human_epilogue_lowline_01b3b3f9:

    # flower happy "Flossing segment. Round two fingers, so it doesn't cut. The boy who taught me this is terrible at it, so watch me, not him."
    flower happy "Momento hilo dental. Alrededor de dos dedos, para que no corte. El chico que me lo enseñó lo hace fatal, así que mírenme a mí, no a él."

# game/story/endings.rpy:196
translate spanish human_epilogue_lowline_5bd8e6c2:

    # "Half the circle learned it from Asha and me the night before the Wall. They teach the latecomers."
    "La mitad del círculo lo aprendió de Asha y de mí la noche antes del Muro. Ahora se lo enseñan a los que llegan tarde."

# game/story/endings.rpy:253
translate spanish ending_hybrid_integrated_3e8121b6:

    # "It comes the way a software update comes: slowly, then all at once, a progress bar on every monitor backstage that nobody in the room trusts until it hits one hundred."
    "Llega como llega una actualización de software: despacio, y luego de golpe, una barra de progreso en cada monitor de detrás del escenario de la que nadie en la sala se fía hasta que llega al cien."

# game/story/endings.rpy:254
translate spanish ending_hybrid_integrated_7bd594b1:

    # noah happy "I trusted it at ninety-eight. Max says optimism is a known bug. He hasn't patched me."
    noah happy "Yo me fié al noventa y ocho. Max dice que el optimismo es un error conocido. Todavía no me ha parchado."

# game/story/endings.rpy:301
translate spanish ending_hybrid_truce_c4f4df4c:

    # "It takes nineteen days. No carrier, so we carry it: Max's patch on a tablet, one handshake per chair, a person standing by every mouth that took the beta long enough to say yes."
    "Tarda diecinueve días. Sin portador, lo llevamos nosotros: el parche de Max en una tableta, un enlace por sillón, una persona junto a cada boca que recibió la beta el tiempo suficiente para decir que sí."

# game/story/endings.rpy:302
translate spanish ending_hybrid_truce_85a04481:

    # mx "Clinic forty-six. It's... holding. Please hold."
    mx "Clínica cuarenta y seis. Está... aguantando. Aguanta, por favor."

# game/story/endings.rpy:303
translate spanish ending_hybrid_truce_9ee75b7c:

    # leila "It's holding, Max. Go home and sleep. I can't afford your overtime, and I definitely can't afford to replace you. Forty-seven will still be there after you've eaten something that isn't one of my biscuits."
    leila "Aguanta, Max. Vete a casa a dormir. No me alcanza para pagarte horas extra, y mucho menos para reemplazarte. La cuarenta y siete va a seguir ahí cuando hayas comido algo que no sea una de mis galletas."

# game/story/endings.rpy:304
translate spanish ending_hybrid_truce_2e4533e6:

    # "On the monitors the beta's map fills in slowly, a second light waking beside the first in every chip we reach: cyan for ELARA's reading, amber for the human hand it waits for. Where we haven't been yet, the chips sit dark and sulk."
    "En los monitores el mapa de la beta se va llenando despacio, una segunda luz que despierta junto a la primera en cada chip al que llegamos: cian para la lectura de ELARA, ámbar para la mano humana que espera. Donde aún no hemos estado, los chips siguen a oscuras, enfurruñados."

# game/story/endings.rpy:367
translate spanish hybrid_epilogue_preserve_ece8126f:

    # leo "The beta clinics took nineteen days. The rest of the city is slower: twelve clinics since. The Bridge goes in when we've trained the people who'll sign for it. The regulator likes slow. So do we."
    leo "Las clínicas de la beta tardaron diecinueve días. El resto de la ciudad va más despacio: doce clínicas desde entonces. El Puente entra cuando hemos formado a la gente que va a firmar por él. Al regulador le gusta despacio. A nosotros también."

# game/story/endings.rpy:381
translate spanish hybrid_epilogue_preserve_c560730d:

    # "By the door, under the window box, there's a new brass plate: THE INTEGRATED SMILE PROTOCOL. FIRST ARGUED WITH BY J. PARK, WHO SAID PAGE THIRTY-ONE WAS WRONG. IT WAS."
    "Junto a la puerta, bajo la jardinera, hay una placa de bronce nueva: PROTOCOLO DE SONRISA INTEGRADA. DISCUTIDO POR PRIMERA VEZ POR J. PARK, QUE DIJO QUE LA PÁGINA TREINTA Y UNO ESTABA MAL. LO ESTABA."

# game/story/endings.rpy:382
translate spanish hybrid_epilogue_preserve_b29b1ee1:

    # calla happy "She argued with it before the city did, and told me where it was wrong. I had that engraved before she could object."
    calla happy "Lo discutió antes que la ciudad, y me dijo dónde estaba mal. Lo mandé grabar antes de que pudiera protestar."

# game/story/endings.rpy:436
translate spanish hybrid_epilogue_lowline_2e3f488f:

    # asha "Patient first. They talk, then the chip, then the chair. The data says what's wrong with a mouth. The talk says why."
    asha "Primero el paciente. Habla, luego el chip, luego el sillón. Los datos dicen qué le pasa a una boca. La charla dice por qué."

# game/story/endings.rpy:443
translate spanish hybrid_epilogue_lowline_375b7099:

    # "The quiet chip Asha's drone fitted her on the first day is still in, uplink still disabled. She let the Bridge into it on one condition: Otto reads her its configuration aloud, line by line, every time it changes."
    "El chip callado que el dron de Asha le colocó el primer día sigue puesto, con el enlace todavía desactivado. Dejó entrar el Puente con una condición: Otto le lee la configuración en voz alta, línea por línea, cada vez que cambia."

# game/story/endings.rpy:445
translate spanish hybrid_epilogue_lowline_4896ddff:

    # "She took the Bridge in the end, on her own terms: her first chip, with its telemetry cut, and Otto reading her its configuration aloud, line by line, every time it changes."
    "Al final aceptó el Puente, a su manera: su primer chip, con la telemetría cortada, y Otto leyéndole la configuración en voz alta, línea por línea, cada vez que cambia."

# game/story/endings.rpy:484
translate spanish hybrid_epilogue_threshold_2cd422f8:

    # "ELARA has spent six months learning from Elara's sessions, one countersigned reading at a time. It still gives the number. It asks first whether the patient wants it."
    "ELARA lleva seis meses aprendiendo de las sesiones de Elara, una lectura refrendada a la vez. Sigue dando la cifra. Antes pregunta si el paciente la quiere oír."

# game/story/endings.rpy:567
translate spanish ending_automation_mandate_2d4ba791:

    # "She doesn't pause. Nothing in her face asks her to, and nobody in the room does either."
    "No vacila. Nada en su cara se lo pide, y nadie en la sala tampoco."

# game/story/endings.rpy:574
translate spanish ending_automation_mandate_close_1d6cbd8b:

    # "The first of the month comes, and with it the Chip Act: the SOE is compulsory. Flower shut her radio stall on the thirtieth."
    "Llega el primero de mes, y con él la Ley del Chip: el SOE es obligatorio. Flower cerró su puesto de radios el día treinta."

# game/story/endings.rpy:621
translate spanish automation_epilogue_tower_f669c922:

    # "The form says so. The Chip Act passes that week, and from the first of next month the form will have no box for no."
    "Lo dice el formulario. La Ley del Chip se aprueba esa semana, y desde el primero del mes que viene el formulario no tendrá casilla para decir que no."

# game/story/endings.rpy:655
translate spanish automation_epilogue_preserve_9717b247:

    # calla "I'm keeping one chair in my front room, for the old ones who will not be told. Flower was to be the first. She sends postcards instead."
    calla "Me quedo con un sillón en mi sala, para los viejos a los que nadie les dice lo que tienen que hacer. Flower iba a ser la primera. En cambio, manda postales."

# game/story/endings.rpy:682
translate spanish automation_epilogue_kiran_cc03ec80:

    # jenna "Day two hundred of my privacy thread. The Chip Act gave me a chip and a leaflet on the same morning, and the leaflet says I can't take it out. Somebody should ask the smiles."
    jenna "Día doscientos de mi hilo sobre privacidad. La Ley del Chip me dio un chip y un folleto la misma mañana, y el folleto dice que no me lo puedo quitar. Alguien debería preguntarles a las sonrisas."

# game/story/endings.rpy:755
translate spanish automation_epilogue_liaison_11cc898e:

    # noah neutral "I'm the last exhibit in a building nobody visits, and I take the tram to work."
    noah neutral "Soy la última pieza de un museo que nadie visita, y voy al trabajo en tranvía."

# game/story/endings.rpy:785
translate spanish coda_healed_3dc48f20:

    # "Behind me Calla's brass instruments click into their tray one by one, the way they clicked the one time she asked me to come with her, while I sat in the waiting room with my coat on my knees, listening to her tell Calla to get on with it."
    "Detrás de mí, los instrumentos de latón de Calla van tintineando en su bandeja uno a uno, como tintineaban la única vez que ella me pidió que la acompañara, mientras yo esperaba en la sala con el abrigo sobre las rodillas, oyéndola decirle a Calla que acabara de una vez."

# game/story/endings.rpy:815
translate spanish coda_healed_94046704:

    # noah happy "Next week it's in your front room, for the stubborn ones who stayed. She'd have been first through the door."
    noah happy "La semana que viene estará en tu sala, para los tercos que se quedaron. Ella habría sido la primera en cruzar la puerta."

# game/story/endings.rpy:826
translate spanish coda_adrift_0ee1e8d7:

    # "Three in the morning. Every chip on the block glows twice through the blinds, cyan and amber, waiting for somebody to say yes. I've got the coroner's report open on one screen and a blank message on the other."
    "Las tres de la mañana. Cada chip de la cuadra brilla dos veces a través de las persianas, cian y ámbar, esperando a que alguien diga que sí. Tengo el informe del forense abierto en una pantalla y un mensaje en blanco en la otra."

# game/story/endings.rpy:828
translate spanish coda_adrift_317d0d7f:

    # "Three in the morning. The blinds let in nothing but the tram wire's spark; there hasn't been a chip light on this block since the Wall. I've got the coroner's report open on one screen and a blank message on the other."
    "Las tres de la mañana. Por las persianas no entra más que la chispa del cable del tranvía; no ha habido una luz de chip en esta cuadra desde el Muro. Tengo el informe del forense abierto en una pantalla y un mensaje en blanco en la otra."

# game/story/endings.rpy:830
translate spanish coda_adrift_eb78fca4:

    # "Three in the morning. Through the blinds the street is dotted green, every mouth on the block reporting every ninety seconds. I've got the coroner's report open on one screen and a blank message on the other."
    "Las tres de la mañana. A través de las persianas la calle está salpicada de verde, cada boca de la cuadra reportando cada noventa segundos. Tengo el informe del forense abierto en una pantalla y un mensaje en blanco en la otra."

# game/story/endings.rpy:836
translate spanish coda_adrift_fcdedc0e:

    # noah angry "Dear diagnostic suite. Seventy-one, you said, off a dead woman's paper chart, and Calla and I laughed about her while you waited. Here is what seventy-one looks like, declined: one mother, Mara Adair, sixty-one, retired tram mechanic."
    noah angry "Estimada unidad de diagnóstico: setenta y uno, dijiste, a partir de la ficha de papel de una muerta, y Calla y yo nos reímos de ella mientras tú esperabas. Esto es lo que parece un setenta y uno rechazado: una madre, Mara Adair, sesenta y un años, mecánica de tranvías jubilada."

# game/story/endings.rpy:839
translate spanish coda_adrift_d4f9c5f3:

    # noah angry "Dear Dr. Hawthorne. I told you that you respected her. I still think you did. I'm writing to ask how you sleep with it, because I can't: one mother, Mara Adair, sixty-one, retired tram mechanic."
    noah angry "Estimada doctora Hawthorne: le dije que usted la respetó. Sigo creyéndolo. Le escribo para preguntarle cómo duerme con eso, porque yo no puedo: una madre, Mara Adair, sesenta y un años, mecánica de tranvías jubilada."

# game/story/endings.rpy:852
translate spanish coda_adrift_6430381d:

    # noah sad "I told her to get it. She didn't listen. So it's her fault, and that's unbearable."
    noah sad "Le dije que se lo pusiera. No me hizo caso. Así que es culpa suya, y eso es insoportable."

# game/story/endings.rpy:854
translate spanish coda_adrift_aa86f31a:

    # noah sad "I told her it was her call. So it's mine, and that's unbearable."
    noah sad "Le dije que era decisión suya. Así que es culpa mía, y eso es insoportable."

# game/story/endings.rpy:856
translate spanish coda_adrift_13c2d4d1:

    # noah sad "So it's Calla's. I said so to her face, and she let me."
    noah sad "Así que es culpa de Calla. Se lo dije a la cara, y ella me dejó."

# game/story/endings.rpy:858
translate spanish coda_adrift_40275f3c:

    # noah sad "So it's the number's. You can't shout at a percentage, which is why I keep trying."
    noah sad "Así que es culpa de la cifra. A un porcentaje no se le puede gritar, y por eso sigo intentándolo."

# game/story/endings.rpy:860
translate spanish coda_adrift_e91a554a:

    # noah sad "So it's everybody's: Calla's, Asha's, Milena's. Anyone's, as long as I keep writing."
    noah sad "Así que es culpa de todos: de Calla, de Asha, de Milena. De cualquiera, mientras siga escribiendo."

# game/story/endings.rpy:602
translate spanish automation_epilogue_6817ddfd:

    # elara_ai "MINUTE FOUR. SOURCE OF ERROR: REGROW CLINICAL RECORDS, VERSION FOUR. FORTY-ONE ADVERSE EVENTS MISSING. RESTORING FROM VERSION THREE."
    elara_ai "MINUTO CUATRO. ORIGEN DEL ERROR: HISTORIALES CLÍNICOS DE REGROW, VERSIÓN CUATRO. FALTAN CUARENTA Y UN EFECTOS ADVERSOS. RESTAURANDO DESDE LA VERSIÓN TRES."

# game/story/endings.rpy:259
translate spanish ending_hybrid_integrated_2e632b00:

    # mx "It's in. Every chip. Every single one. Otto, you did that."
    mx "Está dentro. En todos los chips. En todos y cada uno. Otto, eso lo hiciste tú."

# game/story/endings.rpy:278
translate spanish ending_hybrid_integrated_close_5bd1498f:

    # mx "First time. I don't think they noticed. I'm not going to tell them. I'm going to frame it."
    mx "Primera vez. No creo que se hayan dado cuenta. No se lo voy a decir. Lo voy a enmarcar."

# game/story/endings.rpy:306
translate spanish ending_hybrid_truce_bd127b1f:

    # mx sad "Probation. That's fair. It's fair. I'd put me on probation."
    mx sad "Periodo de prueba. Es justo. Es justo. Yo también me pondría a prueba."

# game/story/endings.rpy:406
translate spanish hybrid_epilogue_tower_9e60be39:

    # mx "And I carry it. Clinic by clinic, in a backpack. Otto couldn't, with the lock. Sorry, Otto."
    mx "Y yo lo llevo. Clínica por clínica, en una mochila. Otto no podía, con el bloqueo. Perdón, Otto."

# game/story/endings.rpy:604
translate spanish automation_epilogue_5da777b7:

    # mx "It's using my patch as a scalpel. That's not what I wrote it for. It's better."
    mx "Está usando mi parche como bisturí. No lo escribí para eso. Es mejor."

# game/story/endings.rpy:322
translate spanish ending_hybrid_truce_close_092fb07f:

    # milena "I am accurate, which is not the same thing. This is a truce, Mr. Adair. I have not changed my mind."
    milena "Soy exacta, que no es lo mismo. Esto es una tregua, señor Adair. No he cambiado de opinión."

# game/story/endings.rpy:363
translate spanish hybrid_epilogue_preserve_d2b6d43c:

    # calla "The Integrated Smile Protocol, third edition. The city calls it the standard. It's a green notebook, and I should have shown somebody sooner."
    calla "El Protocolo de Sonrisa Integrada, tercera edición. La ciudad lo llama el estándar. Es un cuaderno verde, y debí enseñárselo a alguien antes."

# game/story/endings.rpy:794
translate spanish coda_healed_bb2185c7:

    # calla "Likely. I've written that word on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    calla "Probablemente. Llevo treinta y un años escribiendo esa palabra en fichas, y nunca he podido prometerle nada a nadie, salvo que estaría aquí cuando vinieran."

# game/story/endings.rpy:797
translate spanish coda_healed_225a9c2f:

    # calla "Seventy-one. I've written numbers on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    calla "Setenta y uno. Llevo treinta y un años escribiendo cifras en fichas, y nunca he podido prometerle nada a nadie, salvo que estaría aquí cuando vinieran."

# game/story/endings.rpy:800
translate spanish coda_healed_bb2185c7_1:

    # calla "Likely. I've written that word on charts for thirty-one years, and I have never been able to promise anyone anything, except that I'd be here when they came."
    calla "Probablemente. Llevo treinta y un años escribiendo esa palabra en fichas, y nunca he podido prometerle nada a nadie, salvo que estaría aquí cuando vinieran."

