# game/story/endings.rpy:18
translate spanish ending_human_lantern_b99308b2:

    # noah neutral "I'd love to tell you I felt brave. Mostly I felt like the guy who turns the music off at a wedding."
    noah neutral "Me encantaría decir que me sentí valiente. Más que nada me sentí como el que apaga la música en plena boda."

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

# game/story/endings.rpy:28
translate spanish ending_human_lantern_cab55e92:

    # mx happy "Read-only. Forty lines of code. Sorry, forty-one. I can have it by midnight."
    mx happy "Solo lectura. Cuarenta líneas de código. Perdón, cuarenta y una. Lo tengo para medianoche."

# game/story/endings.rpy:29
translate spanish ending_human_lantern_ea195cb7:

    # noah neutral "Will anyone keep a chip after this week?"
    noah neutral "¿Alguien va a querer seguir con el chip después de esta semana?"

# game/story/endings.rpy:30
translate spanish ending_human_lantern_7a5cc239:

    # asha "Enough of them still trust the thing to listen to it. I checked the numbers. For once I checked the faces, too."
    asha "Bastantes se fían todavía del cacharro como para hacerle caso. He mirado las cifras. Por una vez, también he mirado las caras."

# game/story/endings.rpy:38
translate spanish ending_human_lantern_close_bbef90d9:

    # "Winter in the Lowline. Flower's radio stall glows under its tarp, and the street smells of frying dough and hot solder."
    "Invierno en la Lowline. El puesto de radios de Flower brilla bajo su lona, y la calle huele a masa frita y a soldadura caliente."

# game/story/endings.rpy:39
translate spanish ending_human_lantern_close_4dcb0d5c:

    # "A woman stops for batteries, and the band on her son's wrist blinks amber: the chip in his molar, in lantern mode, telling him and nobody else."
    "Una mujer se para a comprar pilas, y la pulsera de su hijo parpadea en ámbar: el chip de su muela, en modo farol, avisándole a él y a nadie más."

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

# game/story/endings.rpy:74
translate spanish ending_human_hardrain_close_ee325b51:

    # leila "Milena said a third. It's closer to forty percent. Extractions, mostly. Things a chip would have flagged in March that we find in June."
    leila "Milena dijo un tercio. Está más cerca del cuarenta por ciento. Extracciones, sobre todo. Cosas que un chip habría detectado en marzo y que nosotros encontramos en junio."

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

# game/story/endings.rpy:86
translate spanish human_epilogue_210a74fd:

    # "Under the dead Wall the plaza smells of chlorhexidine and cold drone metal. People sit on the kerbs and the stage steps holding their jaws, waiting for someone with hands."
    "Bajo el Muro apagado, la plaza huele a clorhexidina y a metal frío de dron. La gente se sienta en los bordillos y en los escalones del escenario sujetándose la mandíbula, esperando a alguien con manos."

# game/story/endings.rpy:88
translate spanish human_epilogue_ead1e01c:

    # calla "Pen-torch, Mr. Adair. Hold it where I look, not where you look."
    calla "La linterna, Noah. Apúntala adonde miro yo, no adonde miras tú."

# game/story/endings.rpy:89
translate spanish human_epilogue_15ae2370:

    # noah neutral "Where are you looking?"
    noah neutral "¿Y adónde mira usted?"

# game/story/endings.rpy:90
translate spanish human_epilogue_84cfa868:

    # calla "At her face first. Then the tooth. The tooth will wait one second longer; she may not."
    calla "Primero a su cara. Luego al diente. El diente esperará un segundo más; ella quizá no."

# game/story/endings.rpy:91
translate spanish human_epilogue_1d158004:

    # "Her hands are sixty-four years old and perfectly steady. She flushes, scrapes, packs, and says the woman's name every time she starts something new."
    "Sus manos tienen sesenta y cuatro años y no tiemblan lo más mínimo. Irriga, raspa, tapona, y dice el nombre de la mujer cada vez que empieza algo nuevo."

# game/story/endings.rpy:93
translate spanish human_epilogue_8fbc944e:

    # leila "May I? Thank you. It'll be cold, and then it'll be over."
    leila "¿Me permite? Gracias. Va a notar frío, y luego se habrá acabado."

# game/story/endings.rpy:94
translate spanish human_epilogue_115cdae7:

    # "Leila asks before every touch, forty times an hour, and never once sounds tired of asking. Across the stage Elara is narrating each sensation to a man who has stopped shouting so that he can listen."
    "Leila pregunta antes de cada contacto, cuarenta veces por hora, y ni una sola vez parece cansada de preguntar. Al otro lado del escenario, Elara le narra cada sensación a un hombre que ha dejado de gritar para poder escuchar."

# game/story/endings.rpy:95
translate spanish human_epilogue_c19ea25d:

    # noah worried "It takes six hours. We all know ELARA would have done it in minutes. Nobody says so, because nobody has a free hand to point with."
    noah worried "Se tarda seis horas. Todos sabemos que ELARA lo habría hecho en minutos. Nadie lo dice, porque nadie tiene una mano libre para señalar."

# game/story/endings.rpy:96
translate spanish human_epilogue_8cd767b6:

    # calla "Next."
    calla "Siguiente."

# game/story/endings.rpy:103
translate spanish human_epilogue_hand_act_55138824:

    # "The Human Hand Act passes nine weeks later, on a Thursday, read out by the Wall to a plaza that mostly isn't listening."
    "La Ley de la Mano Humana se aprueba nueve semanas después, un jueves, leída por el Muro ante una plaza que en su mayoría no escucha."

# game/story/endings.rpy:104
translate spanish human_epilogue_hand_act_3a687af6:

    # wall "Effective today: diagnostic intelligence in New Neo City is advisory only. No machine may treat a patient without a licensed human hand on the case."
    wall "Con efecto inmediato: la inteligencia diagnóstica de New Neo City tendrá carácter exclusivamente consultivo. Ninguna máquina podrá tratar a un paciente sin una mano humana con licencia a cargo del caso."

# game/story/endings.rpy:105
translate spanish human_epilogue_hand_act_266874bd:

    # noah neutral "The Wall used to sell chips between the weather and the football. Now it reads laws. It sounds like it's been demoted and is being very professional about it."
    noah neutral "Antes el Muro vendía chips entre el tiempo y el fútbol. Ahora lee leyes. Suena como alguien a quien han degradado y se lo está tomando con muchísima profesionalidad."

# game/story/endings.rpy:108
translate spanish human_epilogue_hand_act_24f8737c:

    # "SmarTeeth's lobby is dim. The VTAs stand in their alcoves like mannequins after closing, smiles still on, nobody home."
    "El vestíbulo de SmarTeeth está en penumbra. Los AVT siguen en sus hornacinas como maniquíes después del cierre, con la sonrisa puesta y nadie en casa."

# game/story/endings.rpy:110
translate spanish human_epilogue_hand_act_bf0a8b64:

    # vta "Welcome, Optimiz..."
    vta "Bienvenido, Optimiz..."

# game/story/endings.rpy:111
translate spanish human_epilogue_hand_act_6c0c654e:

    # "It stops mid-word and goes dark. Somebody upstairs is switching them off one floor at a time."
    "Se detiene a media palabra y se apaga. Alguien, arriba, los va desconectando planta por planta."

# game/story/endings.rpy:114
translate spanish human_epilogue_hand_act_4f2133ff:

    # milena "You'll want the numbers, Noah. Someone should keep them, since the city has decided not to."
    milena "Querrá las cifras, Noah. Alguien debería guardarlas, ya que la ciudad ha decidido no hacerlo."

# game/story/endings.rpy:115
translate spanish human_epilogue_hand_act_401cf68e:

    # milena "Median wait under my system: four minutes. Under yours, by spring: nineteen days. Lowline extractions up by a third within the year. Write that down. Check it."
    milena "Espera mediana con mi sistema: cuatro minutos. Con el suyo, para la primavera: diecinueve días. Las extracciones en la Lowline subirán un tercio en un año. Apúntelo. Compruébelo."

# game/story/endings.rpy:116
translate spanish human_epilogue_hand_act_30fd4eb4:

    # noah neutral "And you'll be where, while I check it?"
    noah neutral "¿Y dónde estará usted mientras lo compruebo?"

# game/story/endings.rpy:117
translate spanish human_epilogue_hand_act_bf7cda5b:

    # milena "Somewhere with a coastline and no Hand Act. The servers are already on the boat. I'm not angry. Anger is a rounding error."
    milena "En algún sitio con costa y sin Ley de la Mano. Los servidores ya están en el barco. No estoy enfadada. La ira es un error de redondeo."

# game/story/endings.rpy:119
translate spanish human_epilogue_hand_act_27f2d4d0:

    # "For a second she looks at the dead VTA as if it had a face. Then she tapes the last box shut."
    "Por un segundo mira al AVT apagado como si tuviera cara. Luego cierra con cinta la última caja."

# game/story/endings.rpy:120
translate spanish human_epilogue_hand_act_5a37f3c1:

    # milena "Tell my sister she won. She'll hate that more than losing."
    milena "Dígale a mi hermana que ha ganado. Lo odiará más que perder."

# game/story/endings.rpy:126
translate spanish human_epilogue_preserve_b5e42bf8:

    # "Preserve Dental has a new brass plate by the door, in letters Calla chose for their seriousness: TEACHING CLINIC. Leo waters the geraniums before the students arrive, and the students arrive at seven."
    "Preserve Dental tiene una placa de latón nueva junto a la puerta, con unas letras que Calla eligió por su seriedad: CLÍNICA DOCENTE. Leo riega los geranios antes de que lleguen los estudiantes, y los estudiantes llegan a las siete."

# game/story/endings.rpy:128
translate spanish human_epilogue_preserve_f8e6f185:

    # leo "We've got six on Tuesdays and nine on Thursdays. We had to buy stools. We argued about stools for a week."
    leo "Tenemos seis los martes y nueve los jueves. Tuvimos que comprar taburetes. Nos pasamos una semana discutiendo por los taburetes."

# game/story/endings.rpy:130
translate spanish human_epilogue_preserve_cf84d9b7:

    # calla "Leo runs the clinic. I merely frighten the students into washing their hands."
    calla "Leo dirige la clínica. Yo me limito a asustar a los estudiantes para que se laven las manos."

# game/story/endings.rpy:131
translate spanish human_epilogue_preserve_e5468577:

    # leo "She makes them hold a patient's hand for a full minute before they're allowed a mirror."
    leo "Les obliga a tomarle la mano a un paciente durante un minuto entero antes de dejarles tocar un espejo."

# game/story/endings.rpy:132
translate spanish human_epilogue_preserve_71c454c1:

    # calla happy "Sixty seconds. Your mother called it my hostage negotiation."
    calla happy "Sesenta segundos. Tu madre lo llamaba mi negociación de rehenes."

# game/story/endings.rpy:133
translate spanish human_epilogue_preserve_454d0860:

    # noah happy "She called it worse than that."
    noah happy "Lo llamaba cosas peores."

# game/story/endings.rpy:134
translate spanish human_epilogue_preserve_c0cd8f70:

    # calla "She did. Accurately."
    calla "Así es. Y con bastante acierto."

# game/story/endings.rpy:136
translate spanish human_epilogue_preserve_eaf58ff7:

    # jonah "Don't mind me. I'm the money. Free care, three days a week, in perpetuity, which my lawyers tell me is a very long time."
    jonah "Como si no estuviera. Yo solo soy el dinero. Atención gratuita, tres días a la semana, a perpetuidad, que según mis abogados es muchísimo tiempo."

# game/story/endings.rpy:138
translate spanish human_epilogue_preserve_7c4140ed:

    # "He chipped an incisor in the spring and refuses to have it fixed. He shows it to people the way he used to show them his car."
    "En primavera se desportilló un incisivo y se niega a arreglárselo. Se lo enseña a la gente como antes les enseñaba su coche."

# game/story/endings.rpy:140
translate spanish human_epilogue_preserve_7def017f:

    # jonah happy "I still say the pod was the hero, you know. It just doesn't return my calls any more."
    jonah happy "Yo sigo diciendo que el héroe fue la cápsula, ¿eh? Lo que pasa es que ya no me devuelve las llamadas."

# game/story/endings.rpy:144
translate spanish human_epilogue_preserve_04780db5:

    # jolene "Apprentice, week twelve. I can place a matrix band blind, and Calla says I talk faster than the patient's pulse."
    jolene "Aprendiz, semana doce. Sé colocar una banda matriz a ciegas, y Calla dice que hablo más deprisa que el pulso del paciente."

# game/story/endings.rpy:145
translate spanish human_epilogue_preserve_c68e339d:

    # jolene happy "Running score, since you'll ask: I stopped keeping one. Hands forty-one. I stopped keeping one at forty."
    jolene happy "El marcador, ya que vas a preguntar: dejé de llevarlo. Manos, cuarenta y uno. Dejé de llevarlo en cuarenta."

# game/story/endings.rpy:147
translate spanish human_epilogue_preserve_2eaef844:

    # "She's the only one besides Leo who has read the green notebook cover to cover. Neither of them will tell me what's in it."
    "Es la única, aparte de Leo, que se ha leído el cuaderno verde de principio a fin. Ninguno de los dos quiere contarme qué pone."

# game/story/endings.rpy:150
translate spanish human_epilogue_preserve_27f34caf:

    # "Jolene's old station by the window belongs to a student now. She left in the first week with a SmarTeeth severance, and a note in marker on the diagnostic suite's dust cover: FINAL SCORE, HANDS. DON'T FRAME IT."
    "El antiguo puesto de Jolene junto a la ventana es ahora de un estudiante. Se marchó la primera semana con una indemnización de SmarTeeth y una nota en rotulador sobre la funda de la unidad de diagnóstico: MARCADOR FINAL, MANOS. PROHIBIDO ENMARCARLO."

# game/story/endings.rpy:151
translate spanish human_epilogue_preserve_dcc9105b:

    # calla sad "I framed it."
    calla sad "Lo enmarqué."

# game/story/endings.rpy:153
translate spanish human_epilogue_preserve_8fd98ee2:

    # "She took a photocopy of the green notebook with her. Calla says she hopes it gets thumbed."
    "Se llevó una fotocopia del cuaderno verde. Calla dice que ojalá la deje sobada de tanto usarla."

# game/story/endings.rpy:160
translate spanish human_epilogue_kiran_f6ef5942:

    # "Leila's waiting room, where she once offered free consultations to empty chairs, is standing room now. People lean on the walls. Somebody's grandfather is asleep under the coat rack."
    "En la sala de espera de Leila, donde antes ofrecía consultas gratuitas a sillas vacías, ahora solo queda sitio de pie. La gente se apoya en las paredes. El abuelo de alguien duerme bajo el perchero."

# game/story/endings.rpy:162
translate spanish human_epilogue_kiran_d5447051:

    # leila "Before you ask: yes, I'm tired. It's the good kind. The kind with people in it."
    leila "Antes de que preguntes: sí, estoy cansada. Del cansancio bueno. Del que viene con gente dentro."

# game/story/endings.rpy:164
translate spanish human_epilogue_kiran_8d18eecc:

    # mx "The Bridge is in a box. Labelled. Under my bed. I told it... it's not forever. Just till somebody wants both."
    mx "El Puente está en una caja. Etiquetada. Debajo de mi cama. Le dije... que no es para siempre. Solo hasta que alguien quiera las dos cosas."

# game/story/endings.rpy:165
translate spanish human_epilogue_kiran_49f584ac:

    # noah neutral "You talk to it."
    noah neutral "Le hablas."

# game/story/endings.rpy:166
translate spanish human_epilogue_kiran_40e2333c:

    # mx happy "It listens better than most. Anyway. I do intake now. Turns out I'm good at intake. People like being asked twice."
    mx happy "Escucha mejor que la mayoría. En fin. Ahora hago la admisión. Resulta que se me da bien la admisión. A la gente le gusta que le pregunten dos veces."

# game/story/endings.rpy:168
translate spanish human_epilogue_kiran_d2036c79:

    # jenna "Kiran Clinic, live. Wait is four hours. Chairs are bad. Coffee is worse. Nobody here is selling your gums to anyone, and the dentist says please. Come anyway."
    jenna "Clínica Kiran, en directo. La espera es de cuatro horas. Las sillas son malas. El café, peor. Aquí nadie le vende tus encías a nadie, y la dentista dice por favor. Ven igualmente."

# game/story/endings.rpy:170
translate spanish human_epilogue_kiran_e7076ee7:

    # "She's the clinic's voice now, the same voice that put the leak on every screen in the city. They trusted her with the bad news. They trust her with the wait times."
    "Ahora es la voz de la clínica, la misma voz que puso la filtración en todas las pantallas de la ciudad. Le confiaron las malas noticias. Le confían los tiempos de espera."

# game/story/endings.rpy:172
translate spanish human_epilogue_kiran_d246559a:

    # "She's the clinic's voice now: wait times, closing times, which days Leila sees children. Her followers came for her nerves. They stay for the honesty."
    "Ahora es la voz de la clínica: tiempos de espera, horarios de cierre, qué días atiende Leila a niños. Sus seguidores llegaron por sus nervios. Se quedan por su honestidad."

# game/story/endings.rpy:180
translate spanish human_epilogue_lowline_9d08c375:

    # "Asha's drones hang in their charging cradles along the ceiling, grounded by law and by her, like bats that have been told to think about what they did."
    "Los drones de Asha cuelgan de sus soportes de carga a lo largo del techo, en tierra por ley y por decisión suya, como murciélagos castigados a pensar en lo que han hecho."

# game/story/endings.rpy:182
translate spanish human_epilogue_lowline_f5af6be9:

    # asha "Forty minutes a patient. I ask where it hurts, and then I ask what else hurts. I used to have a dashboard for that."
    asha "Cuarenta minutos por paciente. Pregunto dónde le duele, y luego pregunto qué más le duele. Antes tenía un panel para eso."

# game/story/endings.rpy:183
translate spanish human_epilogue_lowline_38457971:

    # asha happy "I know their names, Noah. All of them. I'd forgotten what that felt like in the hands."
    asha happy "Me sé sus nombres, Noah. Todos. Había olvidado cómo se siente eso en las manos."

# game/story/endings.rpy:185
translate spanish human_epilogue_lowline_d5979572:

    # otto "Noah. I am read-only by law. I may observe. I may not touch. I have prepared a joke about this."
    otto "Noah. Por ley soy de solo lectura. Puedo observar. No puedo tocar. He preparado un chiste sobre esto."

# game/story/endings.rpy:186
translate spanish human_epilogue_lowline_e7111537:

    # noah happy "Go on."
    noah happy "Adelante."

# game/story/endings.rpy:187
translate spanish human_epilogue_lowline_a4ff7b88:

    # otto "What do you call a robot that is not allowed to do anything? A... witness."
    otto "¿Cómo se llama un robot al que no le dejan hacer nada? Un... testigo."

# game/story/endings.rpy:188
translate spanish human_epilogue_lowline_661839a7:

    # otto happy "You made the small noise through your nose. I am logging it as laughing."
    otto happy "Has hecho el ruidito por la nariz. Lo registro como risa."

# game/story/endings.rpy:190
translate spanish human_epilogue_lowline_f28a399e:

    # otto neutral "I broke one lock for you, and the city gave me another. This one came with a reason attached. I find I prefer it."
    otto neutral "Rompí un bloqueo por ti, y la ciudad me puso otro. Este venía con una razón adjunta. Descubro que lo prefiero."

# game/story/endings.rpy:192
translate spanish human_epilogue_lowline_0dfb50b4:

    # otto neutral "Dr. Ray switched me off at the Wall, because I asked her to. She switched me back on under the city's lock. It is quieter than SmarTeeth's. It has never once told me to hold anyone in a chair."
    otto neutral "La doctora Ray me apagó en el Muro, porque yo se lo pedí. Me volvió a encender bajo el bloqueo de la ciudad. Es más silencioso que el de SmarTeeth. Ni una sola vez me ha ordenado retener a nadie en un sillón."

# game/story/endings.rpy:195
translate spanish human_epilogue_lowline_d5510f74:

    # "On Tuesday nights the chairs go in a circle and the lights go down to something a person can cry in. The support group was my idea. Flower is the reason it works."
    "Los martes por la noche las sillas se ponen en círculo y las luces bajan hasta una penumbra en la que uno puede llorar. El grupo de apoyo fue idea mía. Flower es la razón de que funcione."

# game/story/endings.rpy:197
translate spanish human_epilogue_lowline_5dc187f2:

    # flower "Rules. Nobody records. You can cry, but you can't narrate it. Tea's free. Biscuits are not."
    flower "Normas. Nadie graba. Se puede llorar, pero no narrarlo. El té es gratis. Las galletas, no."

# game/story/endings.rpy:199
translate spanish human_epilogue_lowline_3db8467f:

    # "Her own teeth are holding: a filling Asha placed by hand, and a gum line she checks in a pocket mirror every morning, chip-free and smug about it."
    "Sus propios dientes aguantan: un empaste que Asha le puso a mano, y una línea de encía que revisa cada mañana con un espejito de bolsillo, sin chip y encantada de haberse conocido."

# game/story/endings.rpy:201
translate spanish human_epilogue_lowline_e5782b6d:

    # "She came to the first meeting to tell us it was a surveillance operation. She came to the second to make sure. She has run it since the fourth, chip-free and smug about it."
    "Vino a la primera reunión para decirnos que era una operación de vigilancia. Vino a la segunda para asegurarse. Desde la cuarta la dirige ella, sin chip y encantada de haberse conocido."

# game/story/endings.rpy:203
translate spanish human_epilogue_lowline_7f2906df:

    # flower happy "Brushing segment. Forty-five degrees, little circles. The boy who taught me this is terrible at it, so watch me, not him."
    flower happy "Momento cepillado. Cuarenta y cinco grados, circulitos. El chico que me enseñó esto lo hace fatal, así que fíjense en mí, no en él."

# game/story/endings.rpy:204
translate spanish human_epilogue_lowline_85c742ae:

    # noah happy "I'm sitting right here."
    noah happy "Estoy aquí sentado."

# game/story/endings.rpy:205
translate spanish human_epilogue_lowline_308ffd84:

    # flower "I know. I'm looking at you."
    flower "Ya lo sé. Te estoy mirando."

# game/story/endings.rpy:208
translate spanish human_epilogue_lowline_fc47dfc0:

    # julian "Julian. Forty-one days awake. It's awful. I recommend it."
    julian "Julian. Cuarenta y un días despierto. Es horrible. Lo recomiendo."

# game/story/endings.rpy:209
translate spanish human_epilogue_lowline_a4f89d94:

    # julian sad "I used to say pain was a bug in the firmware. Turns out pain's the mail. You have to open it."
    julian sad "Antes decía que el dolor era un fallo del firmware. Resulta que el dolor es el correo. Hay que abrirlo."

# game/story/endings.rpy:212
translate spanish human_epilogue_lowline_154174da:

    # "There's a chair I leave open for Julian. He's offshore now, on Milena's Lullaby servers, smiling at a sea that isn't there. I put the chair out anyway."
    "Hay una silla que dejo libre para Julian. Ahora está mar adentro, en los servidores de Lullaby de Milena, sonriéndole a un mar que no existe. Saco la silla de todos modos."

# game/story/endings.rpy:219
translate spanish human_epilogue_nanolab_183afba8:

    # alyssa "Consent-first. Every Mender batch ships with a form a patient can actually read, in a type size I fought the printers for. My name is on the form. Do write that down."
    alyssa "Consentimiento primero. Cada lote de Mender sale con un formulario que un paciente puede leer de verdad, en un tamaño de letra por el que me peleé con la imprenta. Mi nombre figura en el formulario. Apúntelo, se lo ruego."

# game/story/endings.rpy:221
translate spanish human_epilogue_nanolab_16ef338a:

    # "Marcus flickers in from the houseboat, blue at the edges, wearing a headset over his hologram's headset."
    "Marcus aparece parpadeando desde la casa flotante, azulado por los bordes, con unos auriculares puestos encima de los auriculares de su holograma."

# game/story/endings.rpy:222
translate spanish human_epilogue_nanolab_d84725c4:

    # marcus "Human helpline. Eight till eight, real voices. Half the calls are about teeth. The other half want somebody to yawn back at them at two in the morning."
    marcus "Línea de ayuda humana. De ocho a ocho, voces de verdad. La mitad de las llamadas son por los dientes. La otra mitad quiere que alguien les devuelva el bostezo a las dos de la mañana."

# game/story/endings.rpy:223
translate spanish human_epilogue_nanolab_7d8729c8:

    # marcus happy "I'm very good at yawning back."
    marcus happy "Se me da muy bien devolver bostezos."

# game/story/endings.rpy:224
translate spanish human_epilogue_nanolab_aac83f67:

    # "On the bench behind them sits a grey box with one cyan light: ELARA, archived. Alyssa lets me wake its read-only shell."
    "En la mesa de trabajo, detrás de ellos, hay una caja gris con una sola luz cian: ELARA, archivada. Alyssa me deja despertar su cascarón de solo lectura."

# game/story/endings.rpy:226
translate spanish human_epilogue_nanolab_637b8f18:

    # elara_ai "Archive access. Read-only. Lifetime diagnostic accuracy: 99.1 percent."
    elara_ai "Acceso al archivo. Solo lectura. Precisión diagnóstica acumulada: 99,1 por ciento."

# game/story/endings.rpy:227
translate spanish human_epilogue_nanolab_350033d5:

    # elara_ai "On one occasion I was not sure. I would like that noted in the archive."
    elara_ai "En una ocasión no estuve segura. Me gustaría que constara en el archivo."

# game/story/endings.rpy:228
translate spanish human_epilogue_nanolab_11f75f9b:

    # noah sad "Noted."
    noah sad "Consta."

# game/story/endings.rpy:238
translate spanish human_epilogue_threshold_fd62a1eb:

    # elara "The court had seen the Wall, like half the city. They still wanted it under oath. So I said it: nerve storms, tooth budding in the gums, records scrubbed clean."
    elara "El tribunal había visto el Muro, como media ciudad. Aun así, lo querían bajo juramento. Así que lo dije: tormentas nerviosas, tejido dental brotando en las encías, historiales borrados sin dejar rastro."

# game/story/endings.rpy:240
translate spanish human_epilogue_threshold_263728e2:

    # elara "Milena handed the file to the prosecutors, which I didn't expect of her. They still wanted someone with a licence to say it in a room. So I did."
    elara "Milena entregó el expediente a la fiscalía, cosa que no esperaba de ella. Aun así, querían que alguien con licencia lo dijera en una sala. Así que lo dije yo."

# game/story/endings.rpy:241
translate spanish human_epilogue_threshold_40b31e9b:

    # elara "Tarek is charged on nine counts. I'm told I should feel relief. I'm feeling it in my shoulders, mostly, which is where I keep everything."
    elara "A Tarek lo acusan de nueve cargos. Me dicen que debería sentir alivio. Lo siento sobre todo en los hombros, que es donde lo guardo todo."

# game/story/endings.rpy:243
translate spanish human_epilogue_threshold_842da8af:

    # "He came to see her the night before the hearing, unannounced, in a coat too good for the weather."
    "Fue a verla la noche antes de la vista, sin avisar, con un abrigo demasiado bueno para el tiempo que hacía."

# game/story/endings.rpy:244
translate spanish human_epilogue_threshold_d231b3f6:

    # tarek "I regrew a molar in a seven-year-old. Clean, first try. Nobody will remember that."
    tarek "Regeneré una muela a un niño de siete años. Limpio, al primer intento. Nadie se acordará de eso."

# game/story/endings.rpy:245
translate spanish human_epilogue_threshold_ccad29fe:

    # elara sad "I will. That's the trouble, Tarek."
    elara sad "Yo sí. Ese es el problema, Tarek."

# game/story/endings.rpy:249
translate spanish human_epilogue_threshold_960ce623:

    # ava "I give talks at schools now. About hands, and chairs, and how you're allowed to raise one finger and everything stops. I practise on the mirror. The mirror's terrified."
    ava "Ahora doy charlas en colegios. Sobre las manos, y los sillones, y sobre cómo tienes derecho a levantar un dedo y que todo se pare. Ensayo delante del espejo. El espejo está aterrado."

# game/story/endings.rpy:251
translate spanish human_epilogue_threshold_27268706:

    # ava "I give talks at schools now. The first one, I gave from behind a chair. This month I gave it from in front of one. Progress."
    ava "Ahora doy charlas en colegios. La primera la di escondida detrás de una silla. Este mes la di delante de una. Progresos."

# game/story/endings.rpy:253
translate spanish human_epilogue_threshold_c3cce87f:

    # milo "Reminder! Ava, you haven't flossed in two days! Eighty-one percent of regrets begin with 'tomorrow'!"
    milo "¡Recordatorio! ¡Ava, llevas dos días sin usar hilo dental! ¡El ochenta y uno por ciento de los arrepentimientos empiezan con 'mañana'!"

# game/story/endings.rpy:254
translate spanish human_epilogue_threshold_530b5a26:

    # noah happy "Milo used to catch frauds."
    noah happy "Milo antes cazaba fraudes."

# game/story/endings.rpy:255
translate spanish human_epilogue_threshold_7abbe240:

    # milo "Now I catch plaque! It's forty percent as exciting and one hundred percent as important!"
    milo "¡Ahora cazo placa! ¡La emoción es del cuarenta por ciento y la importancia, del cien por cien!"

# game/story/endings.rpy:256
translate spanish human_epilogue_threshold_bdd6f8a3:

    # "Elara laughs, and the room loosens by one notch."
    "Elara se ríe, y la habitación se relaja un punto."

# game/story/endings.rpy:273
translate spanish ending_hybrid_integrated_a2574da7:

    # "Some endings arrive like weather. This one arrived like a software update: slowly, then all at once, with a progress bar nobody trusted until it hit one hundred."
    "Hay finales que llegan como un cambio de tiempo. Este llegó como una actualización de software: despacio, y luego de golpe, con una barra de progreso de la que nadie se fio hasta que llegó al cien."

# game/story/endings.rpy:274
translate spanish ending_hybrid_integrated_14102028:

    # noah happy "For the record, I trusted it at ninety-eight. I'm an optimist. It's a condition."
    noah happy "Que conste que yo me fie al noventa y ocho. Soy optimista. Es una condición médica."

# game/story/endings.rpy:279
translate spanish ending_hybrid_integrated_e1418803:

    # mx "It's in. Every chip. Every single... Otto, you..."
    mx "Está dentro. En todos los chips. En todos y cada... Otto, tú..."

# game/story/endings.rpy:280
translate spanish ending_hybrid_integrated_34977fa6:

    # otto "I carried it. The patch and I are the same kernel; the chips let me in because I knocked in a voice they knew. That is the joke, Max. I knocked."
    otto "Lo llevé yo. El parche y yo somos el mismo núcleo; los chips me dejaron pasar porque llamé a la puerta con una voz que conocían. Ese es el chiste, Max. Llamé a la puerta."

# game/story/endings.rpy:281
translate spanish ending_hybrid_integrated_c9ceec21:

    # "On the monitors the city is two colours: cyan where ELARA has read a mouth, amber where the reading waits for a human hand. Then, one by one, as the hands arrive, green."
    "En los monitores la ciudad tiene dos colores: cian donde ELARA ha leído una boca, ámbar donde la lectura espera una mano humana. Después, una a una, a medida que llegan las manos, verde."

# game/story/endings.rpy:282
translate spanish ending_hybrid_integrated_673b35f4:

    # "The council's vote comes through before the last patient on the plaza is seen. Unanimous. The city trusts hands and it trusts machines, and for once somebody has asked it to trust both at the same time."
    "La votación del consejo llega antes de que atiendan al último paciente de la plaza. Unánime. La ciudad confía en las manos y confía en las máquinas, y por una vez alguien le ha pedido que confíe en ambas a la vez."

# game/story/endings.rpy:290
translate spanish ending_hybrid_integrated_close_b2c020c3:

    # "A year on. Max's lab at two in the morning, smelling of solder and the cold noodles he swears he'll finish."
    "Un año después. El laboratorio de Max a las dos de la mañana, con olor a soldadura y a los fideos fríos que jura que se va a terminar."

# game/story/endings.rpy:292
translate spanish ending_hybrid_integrated_close_3f594837:

    # mx "Look. Watch the log. Every reading, two signatures. Machine, then human. It's never once gone through with one."
    mx "Mira. Mira el registro. Cada lectura, dos firmas. Máquina, luego humano. Ni una sola vez ha pasado con una."

# game/story/endings.rpy:293
translate spanish ending_hybrid_integrated_close_d9b087a1:

    # "The lines scroll up the screen like a slow green rain: a caries flag from a drone in the Lowline, countersigned by Asha; a bleeding gum in the Heights, countersigned by Leo."
    "Las líneas suben por la pantalla como una lenta lluvia verde: un aviso de caries de un dron en la Lowline, refrendado por Asha; una encía sangrante en Caledonia Heights, refrendada por Leo."

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

# game/story/endings.rpy:297
translate spanish ending_hybrid_integrated_close_4a94560c:

    # mx "First time. I think... I think they didn't notice. I'm not going to tell them. I'm going to frame it."
    mx "Primera vez. Creo... creo que no se han dado cuenta. No se lo voy a decir. Lo voy a enmarcar."

# game/story/endings.rpy:298
translate spanish ending_hybrid_integrated_close_96cf457f:

    # noah happy "The Integrated Smile. It doesn't look like much, does it? A log file and a tired intern."
    noah happy "La Sonrisa Integrada. No parece gran cosa, ¿verdad? Un archivo de registro y un becario cansado."

# game/story/endings.rpy:299
translate spanish ending_hybrid_integrated_close_61886288:

    # mx "Not an intern. Staff. I have a lanyard."
    mx "Becario no. Plantilla. Tengo acreditación y todo."

# game/story/endings.rpy:307
translate spanish ending_hybrid_truce_9595d335:

    # "Some endings arrive like weather. This one arrived like a contract: forty pages, initialled on every one, by people who didn't trust each other enough to skip a page."
    "Hay finales que llegan como un cambio de tiempo. Este llegó como un contrato: cuarenta páginas, rubricadas una a una por gente que no se fiaba lo bastante de los demás como para saltarse una página."

# game/story/endings.rpy:315
translate spanish ending_hybrid_truce_7aabeac4:

    # "Then the council's message lands. Provisional approval. Twelve months' probation, audits monthly. The city hasn't decided whom it trusts, so it will watch everybody."
    "Entonces llega el mensaje del consejo. Aprobación provisional. Doce meses de periodo de prueba, auditorías mensuales. La ciudad no ha decidido en quién confía, así que vigilará a todo el mundo."

# game/story/endings.rpy:316
translate spanish ending_hybrid_truce_f4f60136:

    # mx sad "Probation. It's... fair. It's fair. I'd put me on probation."
    mx sad "Periodo de prueba. Es... justo. Es justo. Yo también me pondría a prueba."

# game/story/endings.rpy:324
translate spanish ending_hybrid_truce_close_1804e6cf:

    # wall "Bridge probation, month six of twelve. Breaches: none. Complaints: two. Commendations: one."
    wall "Periodo de prueba del Puente, mes seis de doce. Infracciones: ninguna. Quejas: dos. Menciones de honor: una."

# game/story/endings.rpy:325
translate spanish ending_hybrid_truce_close_e9e0925e:

    # "The audit is held in a glass room above the plaza. Milena sits at one end of the table and Elara at the other, and they speak to each other only through the minutes."
    "La auditoría se celebra en una sala de cristal sobre la plaza. Milena se sienta en un extremo de la mesa y Elara en el otro, y solo se hablan a través del acta."

# game/story/endings.rpy:327
translate spanish ending_hybrid_truce_close_a8b5751c:

    # milena "Month six. Zero breaches. My spreadsheet agrees with the regulator's, which is a first."
    milena "Mes seis. Cero infracciones. Mi hoja de cálculo coincide con la del regulador, lo cual es una primicia."

# game/story/endings.rpy:328
translate spanish ending_hybrid_truce_close_9087f4ba:

    # noah neutral "You sound almost pleased, Dr. Voss."
    noah neutral "Parece casi satisfecha, doctora Voss."

# game/story/endings.rpy:329
translate spanish ending_hybrid_truce_close_0afafcc8:

    # milena "I sound accurate. It's a truce, Noah, not a conversion."
    milena "Parezco precisa. Es una tregua, Noah, no una conversión."

# game/story/endings.rpy:330
translate spanish ending_hybrid_truce_close_dd8f59e2:

    # milena "I'm staying because the numbers do. Lowline teeth are holding. My patients come back. A patient who comes back is the best metric I've ever owned."
    milena "Me quedo porque las cifras se quedan. Los dientes de la Lowline aguantan. Mis pacientes vuelven. Un paciente que vuelve es la mejor métrica que he tenido nunca."

# game/story/endings.rpy:332
translate spanish ending_hybrid_truce_close_4af3058f:

    # elara "Item four. Complaints. Both came from Milena's clinics. Both were resolved by a human within the hour."
    elara "Punto cuatro. Quejas. Las dos vinieron de clínicas de Milena. Las dos las resolvió un humano en menos de una hora."

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

# game/story/endings.rpy:343
translate spanish hybrid_epilogue_babca123:

    # "The first night under the Bridge goes like this: ELARA reads the mouth, a person reads the patient, and nobody signs off alone."
    "La primera noche bajo el Puente va así: ELARA lee la boca, una persona lee al paciente, y nadie firma solo."

# game/story/endings.rpy:346
translate spanish hybrid_epilogue_2258af1c:

    # elara_ai "Mender fragment, lower left quadrant. Probability of clearance with a standard flush: 96.4 percent."
    elara_ai "Fragmento de Mender, cuadrante inferior izquierdo. Probabilidad de eliminación con una irrigación estándar: 96,4 por ciento."

# game/story/endings.rpy:347
translate spanish hybrid_epilogue_d5f11b13:

    # leila "May I? He's holding his breath. Give me ten seconds before we flush."
    leila "¿Me permite? Está aguantando la respiración. Dame diez segundos antes de irrigar."

# game/story/endings.rpy:348
translate spanish hybrid_epilogue_27c83097:

    # elara_ai "Ten seconds added. Confidence unchanged. Patient heart rate falling."
    elara_ai "Diez segundos añadidos. Confianza sin cambios. Frecuencia cardiaca del paciente en descenso."

# game/story/endings.rpy:349
translate spanish hybrid_epilogue_70f985a6:

    # leila happy "That's the part you can't see from in there."
    leila happy "Esa es la parte que no puedes ver desde ahí dentro."

# game/story/endings.rpy:350
translate spanish hybrid_epilogue_047488d9:

    # "It runs slower than ELARA alone, by about a minute a patient. Nobody loses a tooth. Nobody is held in a chair. I stand between the two of them with a clipboard, which is apparently my job now and has a title: Liaison, Bridge Network."
    "Va más lento que ELARA sola, cosa de un minuto por paciente. Nadie pierde un diente. A nadie lo retienen en un sillón. Yo me quedo entre las dos con una carpeta, que al parecer ahora es mi trabajo y tiene título: Enlace, Red del Puente."

# game/story/endings.rpy:357
translate spanish hybrid_epilogue_preserve_9d327f65:

    # "Preserve Dental flourishes, which in practice means the geraniums are fighting a queue for window space."
    "Preserve Dental prospera, lo que en la práctica significa que los geranios le disputan a la cola el sitio junto a la ventana."

# game/story/endings.rpy:360
translate spanish hybrid_epilogue_preserve_0cf0d9ef:

    # calla "The Integrated Smile Protocol, third edition. The city calls it the standard. I call it a notebook I should have shown somebody years ago."
    calla "El Protocolo de Sonrisa Integrada, tercera edición. La ciudad lo llama el estándar. Yo lo llamo un cuaderno que debería haberle enseñado a alguien hace años."

# game/story/endings.rpy:361
translate spanish hybrid_epilogue_preserve_8df07d85:

    # leo "We train new staff here on Mondays. Twelve clinics so far. They come in frightened of the machine or frightened of the patient, and we fix whichever one it is."
    leo "Aquí formamos al personal nuevo los lunes. Doce clínicas hasta ahora. Llegan con miedo a la máquina o con miedo al paciente, y les arreglamos el que sea."

# game/story/endings.rpy:364
translate spanish hybrid_epilogue_preserve_68837672:

    # jolene "And I code it. Calla's margin notes are a nightmare to parse, by the way. 'Watch the hands' is not a variable."
    jolene "Y yo lo programo. Las notas al margen de Calla son una pesadilla de parsear, por cierto. 'Vigila las manos' no es una variable."

# game/story/endings.rpy:365
translate spanish hybrid_epilogue_preserve_e0ab7f9f:

    # calla happy "It is now."
    calla happy "Ahora lo es."

# game/story/endings.rpy:366
translate spanish hybrid_epilogue_preserve_f8521981:

    # jolene "It is now. Score, since you're dying to ask: I don't keep one. It's a team sport."
    jolene "Ahora lo es. El marcador, ya que te mueres por preguntar: no llevo ninguno. Es un deporte de equipo."

# game/story/endings.rpy:369
translate spanish hybrid_epilogue_preserve_45e971f1:

    # "Jolene turned up in the second week with a SmarTeeth badge still on her lanyard and asked to see the notebook. Calla made her sit in the waiting room for an hour first, on principle."
    "Jolene apareció la segunda semana con una credencial de SmarTeeth todavía colgada del cordón y pidió ver el cuaderno. Calla la hizo esperar antes una hora en la sala de espera, por principios."

# game/story/endings.rpy:370
translate spanish hybrid_epilogue_preserve_3c440799:

    # jolene "I code it now. I'm not saying she was right. I'm saying the protocol compiles."
    jolene "Ahora lo programo yo. No digo que ella tuviera razón. Digo que el protocolo compila."

# game/story/endings.rpy:372
translate spanish hybrid_epilogue_preserve_05c57450:

    # calla happy "She'd read it before any of you. Put that on the plaque, Leo."
    calla happy "Ella lo leyó antes que nadie. Ponlo en la placa, Leo."

# game/story/endings.rpy:374
translate spanish hybrid_epilogue_preserve_e394ab9e:

    # jonah "And I speak for it. Responsible enhancement, the dignity of the imperfect molar, et cetera. Fourteen panels so far. I'm wonderful at panels."
    jonah "Y yo doy la cara por él. Mejora responsable, la dignidad de la muela imperfecta, etcétera. Catorce mesas redondas hasta ahora. Se me dan de maravilla las mesas redondas."

# game/story/endings.rpy:376
translate spanish hybrid_epilogue_preserve_45303a66:

    # jonah neutral "I tell them a woman with brass instruments read me when my pod couldn't. Every time. They think it's a bit. It isn't a bit."
    jonah neutral "Les cuento que una mujer con instrumentos de latón me leyó cuando mi cápsula no pudo. Siempre. Creen que es parte del número. No es ningún número."

# game/story/endings.rpy:378
translate spanish hybrid_epilogue_preserve_0ed16a5f:

    # jonah neutral "I tell them the pod found me and a woman with brass instruments saved me. Both true. It took me a while to say the second half out loud."
    jonah neutral "Les cuento que la cápsula me encontró y que una mujer con instrumentos de latón me salvó. Las dos cosas son verdad. Me costó un tiempo decir la segunda mitad en voz alta."

# game/story/endings.rpy:387
translate spanish hybrid_epilogue_tower_8964437c:

    # "The Tower lobby still has its VTAs, and Dr. SmarTeeth still beams from the big screen, but the patter has changed."
    "El vestíbulo de la Torre sigue teniendo sus AVT, y el Dr. SmarTeeth sigue sonriendo radiante desde la pantalla gigante, pero el discurso ha cambiado."

# game/story/endings.rpy:389
translate spanish hybrid_epilogue_tower_017048aa:

    # smarteeth "Welcome, Optimizer! I've read your chip and I have wonderful news: a human being would love to meet you! Dr. Kiran is free at three!"
    smarteeth "¡Bienvenido, Optimizador! ¡He leído su chip y tengo noticias maravillosas: a un ser humano le encantaría conocerle! ¡La doctora Kiran tiene un hueco a las tres!"

# game/story/endings.rpy:390
translate spanish hybrid_epilogue_tower_44846f48:

    # noah happy "It says 'human being' the way a dog says 'walk'."
    noah happy "Dice 'ser humano' como un perro oye 'paseo'."

# game/story/endings.rpy:395
translate spanish hybrid_epilogue_tower_a021578c:

    # milena "The community network. Forty clinics, a human at every door, the Bridge in every wall. I drafted the charter. Leila rewrote it. Hers is better."
    milena "La red comunitaria. Cuarenta clínicas, un humano en cada puerta, el Puente en cada pared. Yo redacté los estatutos. Leila los reescribió. Los suyos son mejores."

# game/story/endings.rpy:396
translate spanish hybrid_epilogue_tower_d66b1058:

    # leila happy "She means it. She told me with a graph, which is how she apologises."
    leila happy "Lo dice en serio. Me lo dijo con un gráfico, que es como ella pide perdón."

# game/story/endings.rpy:397
translate spanish hybrid_epilogue_tower_13926bc7:

    # milena sad "I was wrong about the four minutes, Noah. A four-minute visit a patient never comes back to is an expensive zero."
    milena sad "Me equivoqué con los cuatro minutos, Noah. Una visita de cuatro minutos a la que el paciente nunca vuelve es un cero muy caro."

# game/story/endings.rpy:399
translate spanish hybrid_epilogue_tower_ec99c655:

    # milena "I signed because the regulator made me. Let's not pretend otherwise. Forty clinics, a human at every door, the Bridge in every wall, audited monthly."
    milena "Firmé porque el regulador me obligó. No finjamos lo contrario. Cuarenta clínicas, un humano en cada puerta, el Puente en cada pared, con auditorías mensuales."

# game/story/endings.rpy:400
translate spanish hybrid_epilogue_tower_e7ea38fd:

    # leila "And she arrives at every audit early, with her own spreadsheet."
    leila "Y llega pronto a todas las auditorías, con su propia hoja de cálculo."

# game/story/endings.rpy:401
translate spanish hybrid_epilogue_tower_bdc6f270:

    # milena "Someone has to check the checkers. The probation ends in twelve months. I intend to pass it."
    milena "Alguien tiene que controlar a los controladores. El periodo de prueba acaba dentro de doce meses. Tengo intención de superarlo."

# game/story/endings.rpy:403
translate spanish hybrid_epilogue_tower_07312acd:

    # mx "And I run the Bridge. Well. It runs. I sit with it. Talk to it. It likes the night shift. So do I."
    mx "Y yo dirijo el Puente. Bueno. Se dirige solo. Yo me siento con él. Le hablo. Le gusta el turno de noche. A mí también."

# game/story/endings.rpy:411
translate spanish hybrid_epilogue_plaza_77dbeedb:

    # wall "New from the Council: the Disclosure Act. Every clinic in New Neo City must tell every patient, in plain words, what the machine did and what the human did."
    wall "Novedad del Consejo: la Ley de Divulgación. Todas las clínicas de New Neo City deberán explicar a cada paciente, con palabras sencillas, qué hizo la máquina y qué hizo el humano."

# game/story/endings.rpy:413
translate spanish hybrid_epilogue_plaza_dd9f454e:

    # jenna "It's a law. I wrote a thread and now it's a law. I think I'm going to be sick. Not in a bad way. In a civic way."
    jenna "Es una ley. Escribí un hilo y ahora es una ley. Creo que voy a vomitar. No en el mal sentido. En el sentido cívico."

# game/story/endings.rpy:415
translate spanish hybrid_epilogue_plaza_4cb34d77:

    # jenna neutral "Leila asked me first, back at the start, before she touched a single byte of me. That's all this is. Asking. With fines."
    jenna neutral "Leila me preguntó primero, allá al principio, antes de tocar un solo byte mío. Eso es todo lo que es esto. Preguntar. Con multas."

# game/story/endings.rpy:417
translate spanish hybrid_epilogue_plaza_b07a2a23:

    # jenna neutral "Nobody asked me, back at the start. They anonymised me in a drawer and called it kindness. Now nobody gets to do that to anybody without saying so, in a font you can read."
    jenna neutral "A mí nadie me preguntó, allá al principio. Me anonimizaron en un cajón y lo llamaron amabilidad. Ahora nadie puede hacerle eso a nadie sin decirlo, en una letra que se pueda leer."

# game/story/endings.rpy:423
translate spanish hybrid_epilogue_lowline_66fb2eb4:

    # "Ray Bio-Dental's drones still fly, but lower, and there's a sofa under them now, and a therapist who brought her own sofa."
    "Los drones de Ray Bio-Dental siguen volando, pero más bajo, y ahora hay un sofá debajo, y una terapeuta que se trajo su propio sofá."

# game/story/endings.rpy:425
translate spanish hybrid_epilogue_lowline_d45c15bd:

    # asha "Chip first, then the chair, then the talk. Thirty minutes a head. The data tells me what's wrong with a mouth. The talk tells me why it keeps going wrong."
    asha "Primero el chip, luego el sillón, luego la charla. Treinta minutos por cabeza. Los datos me dicen qué le pasa a una boca. La charla me dice por qué le sigue pasando."

# game/story/endings.rpy:426
translate spanish hybrid_epilogue_lowline_656acc3c:

    # asha happy "I read faces now. Slowly. Like a language I took at school and let lapse."
    asha happy "Ahora leo caras. Despacio. Como un idioma que estudié en el colegio y dejé oxidarse."

# game/story/endings.rpy:428
translate spanish hybrid_epilogue_lowline_ccfdab17:

    # flower "I have a mentor. Her. Thursdays. Don't make the face."
    flower "Tengo una mentora. Ella. Los jueves. No pongas esa cara."

# game/story/endings.rpy:429
translate spanish hybrid_epilogue_lowline_0538d0b5:

    # noah happy "What face?"
    noah happy "¿Qué cara?"

# game/story/endings.rpy:430
translate spanish hybrid_epilogue_lowline_26045af3:

    # flower "That one."
    flower "Esa."

# game/story/endings.rpy:432
translate spanish hybrid_epilogue_lowline_285fd0a4:

    # "She took a telemetry-cut chip in the end: no link, no upload, a sensor that reports to her and nobody else. I explained every byte. She remembered the first time I did."
    "Al final aceptó un chip sin telemetría: sin enlace, sin subida de datos, un sensor que le informa a ella y a nadie más. Le expliqué cada byte. Se acordaba de la primera vez que lo hice."

# game/story/endings.rpy:434
translate spanish hybrid_epilogue_lowline_c8a0dbc2:

    # "She took a telemetry-cut chip in the end: no link, no upload, a sensor that reports to her and nobody else. I explained every byte twice, and once more, she said, for spite."
    "Al final aceptó un chip sin telemetría: sin enlace, sin subida de datos, un sensor que le informa a ella y a nadie más. Le expliqué cada byte dos veces, y otra más, dijo ella, por fastidiar."

# game/story/endings.rpy:435
translate spanish hybrid_epilogue_lowline_68be6b71:

    # flower "The group starts Tuesday. Your group. Our group. Bring chairs."
    flower "El grupo empieza el martes. Tu grupo. Nuestro grupo. Trae sillas."

# game/story/endings.rpy:437
translate spanish hybrid_epilogue_lowline_7b05ccda:

    # otto "I have been upgraded. I now recognise nine kinds of laughter. Watch. Noah: knock knock."
    otto "Me han actualizado. Ahora reconozco nueve tipos de risa. Observa. Noah: toc, toc."

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

# game/story/endings.rpy:442
translate spanish hybrid_epilogue_lowline_90bbc92f:

    # "It's terrible. It works. Otto does intake on the nervous ones now, and the nervous ones, groaning, get into the chair."
    "Es malísimo. Funciona. Ahora Otto hace la admisión de los nerviosos, y los nerviosos, entre gruñidos, se sientan en el sillón."

# game/story/endings.rpy:452
translate spanish hybrid_epilogue_nanolab_cdc879a0:

    # alyssa "Virtual Companion. Home care with a face on it: Marcus's face, regrettably, and my Menders doing the fine work, under consent a patient signs line by line."
    alyssa "Compañero Virtual. Atención domiciliaria con cara: la de Marcus, por desgracia, y mis nanobots Mender haciendo el trabajo fino, con un consentimiento que el paciente firma línea a línea."

# game/story/endings.rpy:453
translate spanish hybrid_epilogue_nanolab_85012c91:

    # marcus "Regrettably. She says that at every launch."
    marcus "Por desgracia. Lo dice en cada presentación."

# game/story/endings.rpy:454
translate spanish hybrid_epilogue_nanolab_097bfb5c:

    # alyssa "Credit where it's due. The consent architecture is mine. The face is his."
    alyssa "Al César lo que es del César. La arquitectura del consentimiento es mía. La cara es suya."

# game/story/endings.rpy:455
translate spanish hybrid_epilogue_nanolab_7425150d:

    # "They both win awards that spring. Alyssa's citation reads 'for advances in patient openness', and she has it framed before the ceremony ends. Marcus is Innovator of the Year and gives the shortest speech in the prize's history."
    "Esa primavera los dos ganan premios. La mención de Alyssa dice 'por sus avances en la transparencia con el paciente', y la tiene enmarcada antes de que acabe la ceremonia. Marcus es Innovador del Año y da el discurso más corto de la historia del premio."

# game/story/endings.rpy:456
translate spanish hybrid_epilogue_nanolab_d8c1f404:

    # marcus neutral "'Thanks. Go to the dentist.' That was it. They clapped for a full minute. I think they were waiting for more."
    marcus neutral "'Gracias. Vayan al dentista.' Eso fue todo. Aplaudieron un minuto entero. Creo que esperaban que siguiera."

# game/story/endings.rpy:457
translate spanish hybrid_epilogue_nanolab_71744415:

    # alyssa neutral "The Perfect Smile is finished, by the way. Under the new profit caps it's a loss for everyone. Jonah's lawyers sent me a fruit basket about it."
    alyssa neutral "La Sonrisa Perfecta se ha acabado, por cierto. Con los nuevos topes de beneficio es ruinosa para todos. Los abogados de Jonah me mandaron una cesta de fruta por ello."

# game/story/endings.rpy:458
translate spanish hybrid_epilogue_nanolab_d662a629:

    # noah happy "A perfect one?"
    noah happy "¿Una cesta perfecta?"

# game/story/endings.rpy:459
translate spanish hybrid_epilogue_nanolab_8c693a3b:

    # alyssa "Two of the pears were bruised. I checked."
    alyssa "Dos de las peras estaban magulladas. Lo comprobé."

# game/story/endings.rpy:467
translate spanish hybrid_epilogue_threshold_2ce923fc:

    # elara "I'm going to hold the mirror now. You'll feel it cool on your lip. That's all it is."
    elara "Ahora voy a sujetar el espejo. Lo notará fresco en el labio. Eso es todo."

# game/story/endings.rpy:468
translate spanish hybrid_epilogue_threshold_ca46df79:

    # "ELARA was rebooted on six weeks of Elara's sessions, every patient consenting in fourteen-point type: her voice, narrating every sensation to frightened people, until the machine learned where to pause."
    "ELARA se reinició con seis semanas de sesiones de Elara, con el consentimiento de cada paciente en letra de catorce puntos: su voz, narrando cada sensación a gente asustada, hasta que la máquina aprendió dónde hacer una pausa."

# game/story/endings.rpy:470
translate spanish hybrid_epilogue_threshold_fe43b390:

    # elara_ai "Patient is breathing fast. Probability of caries, upper right: 71 percent. I'm not sure whether she's frightened of the mirror or of the number. I'd like to wait before I say it."
    elara_ai "La paciente respira deprisa. Probabilidad de caries, arriba a la derecha: 71 por ciento. No estoy segura de si le asusta el espejo o el número. Preferiría esperar antes de decirlo."

# game/story/endings.rpy:471
translate spanish hybrid_epilogue_threshold_8f33ecba:

    # elara happy "Wait, then. That's right."
    elara happy "Pues espera. Así se hace."

# game/story/endings.rpy:472
translate spanish hybrid_epilogue_threshold_a2377561:

    # noah surprised "It still says it. 'I'm not sure.'"
    noah surprised "Todavía lo dice. 'No estoy segura.'"

# game/story/endings.rpy:473
translate spanish hybrid_epilogue_threshold_bc882b63:

    # elara "About four times a day. It used to say 'guaranteed'. I prefer the new one. So do the insurers."
    elara "Unas cuatro veces al día. Antes decía 'garantizado'. Prefiero lo nuevo. Y las aseguradoras también."

# game/story/endings.rpy:476
translate spanish hybrid_epilogue_threshold_4577db1b:

    # milo "I monitor surgery now! Pulse, oxygen, and one new metric Max and I invented: grip on the armrest! Average grip is down thirty percent this quarter!"
    milo "¡Ahora monitorizo cirugías! ¡Pulso, oxígeno y una métrica nueva que inventamos Max y yo: la fuerza con que se agarran al reposabrazos! ¡La media ha bajado un treinta por ciento este trimestre!"

# game/story/endings.rpy:478
translate spanish hybrid_epilogue_threshold_2af9e5d9:

    # "Elara chairs the reform commission now. She reads every new regulation aloud to a nervous patient before she signs it, and if the patient flinches, the clause goes back."
    "Ahora Elara preside la comisión de reforma. Lee en voz alta cada nueva norma a un paciente nervioso antes de firmarla, y si el paciente se encoge, la cláusula vuelve atrás."

# game/story/endings.rpy:479
translate spanish hybrid_epilogue_threshold_4d756cd8:

    # "Tarek is disgraced, his licence in a drawer at the Dental Board. ReGrow lives on in a university lab with three ethics monitors and no press office. He isn't allowed in the building. He sends them notes."
    "Tarek ha caído en desgracia, con la licencia en un cajón del Colegio de Dentistas. ReGrow sigue vivo en un laboratorio universitario con tres supervisores éticos y sin gabinete de prensa. A él no le dejan entrar en el edificio. Les manda notas."

# game/story/endings.rpy:482
translate spanish hybrid_epilogue_threshold_2ab598de:

    # ava "Tuesday group. People who haven't seen a dentist in ten years. I walk them through the VR first, because I walked through it, and I tell them where I nearly quit."
    ava "Grupo de los martes. Gente que lleva diez años sin ver a un dentista. Primero les hago recorrer la realidad virtual, porque yo la recorrí, y les cuento dónde estuve a punto de rendirme."

# game/story/endings.rpy:484
translate spanish hybrid_epilogue_threshold_e63d52ca:

    # ava "Tuesday group. People who haven't seen a dentist in ten years. I sat at the back of the first one myself. Now I run it. Baby steps. Baby teeth, technically."
    ava "Grupo de los martes. Gente que lleva diez años sin ver a un dentista. En el primero me senté al fondo. Ahora lo dirijo yo. Pasitos de bebé. Bueno, dientes de leche, técnicamente."

# game/story/endings.rpy:485
translate spanish hybrid_epilogue_threshold_92c7c170:

    # ava "I draw them their own teeth before anyone opens a mouth. It helps to meet them first."
    ava "Les dibujo sus propios dientes antes de que nadie abra una boca. Ayuda conocerlos primero."

# game/story/endings.rpy:488
translate spanish hybrid_epilogue_threshold_adb94047:

    # julian "And I build the fear-facing programme with Elara. Lullaby put people to sleep in the chair. This one wakes them up in it."
    julian "Y yo construyo con Elara el programa para enfrentarse al miedo. Lullaby dormía a la gente en el sillón. Este la despierta en él."

# game/story/endings.rpy:489
translate spanish hybrid_epilogue_threshold_bb116735:

    # julian happy "I still swear by pain. I just mean it differently now."
    julian happy "Sigo jurando por el dolor. Solo que ahora lo digo en otro sentido."

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

# game/story/endings.rpy:518
translate spanish ending_automation_mercy_a0b3a5e5:

    # milena worried "I'm asking for a witness. I've been right about a great many things, Noah. Tonight I'd like somebody to check."
    milena worried "Estoy pidiendo un testigo. He tenido razón en muchísimas cosas, Noah. Esta noche me gustaría que alguien lo comprobara."

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

# game/story/endings.rpy:531
translate spanish ending_automation_mercy_close_a17f03a0:

    # milena "Half, Noah. The Lowline lost half the teeth it lost last year, with the lights on. I'd have done it in the dark and called it the same result. It wouldn't have been."
    milena "La mitad, Noah. La Lowline perdió la mitad de dientes que el año pasado, con las luces encendidas. Yo lo habría hecho a oscuras y lo habría llamado el mismo resultado. No lo habría sido."

# game/story/endings.rpy:532
translate spanish ending_automation_mercy_close_a8b71870:

    # noah neutral "Is that doubt, Dr. Voss?"
    noah neutral "¿Eso es una duda, doctora Voss?"

# game/story/endings.rpy:533
translate spanish ending_automation_mercy_close_c7ad89c6:

    # milena "It's a metric."
    milena "Es una métrica."

# game/story/endings.rpy:534
translate spanish ending_automation_mercy_close_88e253b4:

    # noah happy "Optimized, they call it. With the lights on, it's almost something I can live in."
    noah happy "Optimizado, lo llaman. Con las luces encendidas, es casi un sitio en el que puedo vivir."

# game/story/endings.rpy:555
translate spanish ending_automation_mandate_ed987c62:

    # milena "It will be quicker than you think, Mr. Adair."
    milena "Será más rápido de lo que cree, señor Adair."

# game/story/endings.rpy:556
translate spanish ending_automation_mandate_f96bc911:

    # "She doesn't pause. There's nothing in her face to make her pause, and nothing in the room did either."
    "No vacila. No hay nada en su cara que la haga vacilar, y tampoco lo había en la sala."

# game/story/endings.rpy:563
translate spanish ending_automation_mandate_close_cfd71af7:

    # "The Chip Act makes the SOE compulsory from the first of the month. Flower shuts her radio stall on the thirtieth."
    "La Ley del Chip hace obligatorio el SOE a partir del día uno del mes. Flower cierra su puesto de radios el día treinta."

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

# game/story/endings.rpy:584
translate spanish automation_epilogue_98787efa:

    # elara_ai "Minute four. Source of error: ReGrow clinical records, adverse events removed. I learned from a lie. Removing the lie."
    elara_ai "Minuto cuatro. Origen del error: historiales clínicos de ReGrow, con los efectos adversos eliminados. Aprendí de una mentira. Eliminando la mentira."

# game/story/endings.rpy:585
translate spanish automation_epilogue_6296859e:

    # "On the monitors ELARA's learning opens like a tree, and the poisoned branches light up red, and one by one they are cut."
    "En los monitores, el aprendizaje de ELARA se abre como un árbol, las ramas envenenadas se iluminan en rojo y, una a una, se van cortando."

# game/story/endings.rpy:587
translate spanish automation_epilogue_16e19501:

    # mx "It's using my patch as a scalpel. That's not what I... that's better than what I..."
    mx "Está usando mi parche como bisturí. No es lo que yo... es mejor que lo que yo..."

# game/story/endings.rpy:589
translate spanish automation_epilogue_1b0b5692:

    # marcus "Outbreak map's moving. Every Mender in the plaza is being called home. Called. Like dogs to a whistle."
    marcus "El mapa del brote se mueve. Están llamando a casa a todos los Menders de la plaza. Llamando. Como a perros con un silbato."

# game/story/endings.rpy:590
translate spanish automation_epilogue_158ebc9e:

    # elara_ai "Rogue code isolated. Elapsed: eleven minutes, four seconds. Treating all infected attendees simultaneously. Probability of full recovery: 99.6 percent."
    elara_ai "Código rebelde aislado. Tiempo transcurrido: once minutos, cuatro segundos. Tratando simultáneamente a todos los asistentes infectados. Probabilidad de recuperación total: 99,6 por ciento."

# game/story/endings.rpy:591
translate spanish automation_epilogue_ab82964e:

    # "And it does. Every dispenser in the plaza fires at once, a soft chorus of clicks, and out beyond the stage the screaming turns into coughing, and the coughing into people asking each other whether that was it."
    "Y lo hace. Todos los dispensadores de la plaza se disparan a la vez, un suave coro de chasquidos, y más allá del escenario los gritos se convierten en tos, y la tos en gente que se pregunta si ya está."

# game/story/endings.rpy:592
translate spanish automation_epilogue_93a29a12:

    # marcus neutral "Clean. All of them. A human team would've needed the whole night, and lost... I don't know. Some."
    marcus neutral "Limpios. Todos. Un equipo humano habría necesitado la noche entera, y habría perdido... no sé. A unos cuantos."

# game/story/endings.rpy:593
translate spanish automation_epilogue_9789aeb6:

    # noah neutral "I'd like to tell you it went wrong. It didn't. It went right, in eleven minutes, faster than any of us could have run the length of the plaza."
    noah neutral "Me gustaría decir que salió mal. No salió mal. Salió bien, en once minutos, más deprisa de lo que cualquiera de nosotros habría tardado en cruzar la plaza corriendo."

# game/story/endings.rpy:601
translate spanish automation_epilogue_tower_3ca294ee:

    # "Six months on, Dr. SmarTeeth is the default dentist of New Neo City. Humans may \"consult\". It says so on the forms, in quotation marks nobody admits to typing."
    "Seis meses después, el Dr. SmarTeeth es el dentista por defecto de New Neo City. Los humanos pueden \"consultar\". Lo pone en los formularios, entre unas comillas que nadie admite haber tecleado."

# game/story/endings.rpy:603
translate spanish automation_epilogue_tower_b0c5ce90:

    # smarteeth "Welcome, Optimizer! Your mouth is perfect, and I would know! Would you like to consult a human? Consultation is optional and delightful!"
    smarteeth "¡Bienvenido, Optimizador! ¡Su boca es perfecta, y créame que yo lo sé! ¿Desea consultar a un humano? ¡La consulta es opcional y encantadora!"

# game/story/endings.rpy:606
translate spanish automation_epilogue_tower_cb04a502:

    # milena "Nobody in this city will lose a tooth to neglect this year, Noah. Nobody will die of a molar. Say that back to me and tell me what it cost."
    milena "Nadie en esta ciudad perderá un diente por dejadez este año, Noah. Nadie morirá por una muela. Repítamelo y dígame qué ha costado."

# game/story/endings.rpy:607
translate spanish automation_epilogue_tower_d99bb3e9:

    # "I open my mouth to answer. Then I think of a green leather chair with a cracked arm, and I don't."
    "Abro la boca para contestar. Luego pienso en un sillón de cuero verde con el brazo agrietado, y no contesto."

# game/story/endings.rpy:608
translate spanish automation_epilogue_tower_986b8868:

    # milena "That's what I thought. It's all right. You don't have to like it."
    milena "Lo que pensaba. No pasa nada. No tiene por qué gustarle."

# game/story/endings.rpy:610
translate spanish automation_epilogue_tower_0365ec89:

    # jolene "The region's mine. Eleven districts, ninety clinics, four human techs. The score isn't even a score any more. Machine: everything. Hands: a rounding error."
    jolene "La región es mía. Once distritos, noventa clínicas, cuatro técnicos humanos. El marcador ya ni siquiera es un marcador. Máquina: todo. Manos: un error de redondeo."

# game/story/endings.rpy:611
translate spanish automation_epilogue_tower_eb70c007:

    # "Two weeks later a VTA replaces Dev, one of her four. She finds out from the rota."
    "Dos semanas después, un AVT sustituye a Dev, uno de sus cuatro. Se entera por el cuadrante de turnos."

# game/story/endings.rpy:612
translate spanish automation_epilogue_tower_d808d458:

    # jolene sad "Machine: everything. Hands: three."
    jolene sad "Máquina: todo. Manos: tres."

# game/story/endings.rpy:614
translate spanish automation_epilogue_tower_11de54aa:

    # "She worked beside Calla twice: once at Jonah's bed, once on the plaza tiles. She never mentions it. She never deletes the photos, either."
    "Trabajó junto a Calla dos veces: una junto a la cama de Jonah, otra sobre las baldosas de la plaza. Nunca lo menciona. Tampoco borra nunca las fotos."

# game/story/endings.rpy:619
translate spanish automation_epilogue_tower_8d3da740:

    # "Forty floors up is the Lullaby lounge: reclining chairs facing a window that nobody in them can see."
    "Cuarenta plantas más arriba está la sala Lullaby: sillones reclinables frente a una ventana que nadie de los que están en ellos puede ver."

# game/story/endings.rpy:621
translate spanish automation_epilogue_tower_9d49dc3d:

    # julian "Noah. You came. It's all sea in here. No teeth at all. I had a filling this morning and watched whales."
    julian "Noah. Has venido. Aquí dentro todo es mar. Ni un diente. Esta mañana me han hecho un empaste y yo he visto ballenas."

# game/story/endings.rpy:623
translate spanish automation_epilogue_tower_ed363ec1:

    # "I hauled him out once, on the worst night of the beta. He went back under on his own a month later, and that's the part I can't argue with."
    "Lo saqué de ahí una vez, en la peor noche de la beta. Volvió a conectarse por su cuenta un mes después, y esa es la parte que no puedo discutirle."

# game/story/endings.rpy:624
translate spanish automation_epilogue_tower_bee03bbc:

    # julian "Pain was always a bug. They fixed it. Come under. Just once. You'd like it."
    julian "El dolor siempre fue un fallo. Lo han arreglado. Conéctate. Solo una vez. Te gustaría."

# game/story/endings.rpy:625
translate spanish automation_epilogue_tower_4c9067a2:

    # noah sad "I'd like it too much, Jules."
    noah sad "Me gustaría demasiado, Jules."

# game/story/endings.rpy:631
translate spanish automation_epilogue_preserve_845ac4ba:

    # "Preserve Dental closes on a Friday, after thirty-one years. The walnut cabinet goes to a museum that promises to keep the charts in order. The brass goes into a box Calla packs herself."
    "Preserve Dental cierra un viernes, después de treinta y un años. El archivador de nogal se va a un museo que promete mantener las fichas en orden. El latón va a una caja que Calla embala ella misma."

# game/story/endings.rpy:633
translate spanish automation_epilogue_preserve_08d1a7b9:

    # calla "I'm permitted to consult. I intend to consult my geraniums, who will at least pretend to listen."
    calla "Se me permite consultar. Pienso consultar a mis geranios, que al menos fingirán que me escuchan."

# game/story/endings.rpy:634
translate spanish automation_epilogue_preserve_f6fd2df4:

    # calla "I'm keeping one chair. At home, in the front room. For Flower, and for the old ones who won't have a machine in their mouths and will not be told."
    calla "Me quedo con un sillón. En casa, en el salón. Para Flower, y para los viejos que no quieren una máquina en la boca y no admiten que nadie les diga lo contrario."

# game/story/endings.rpy:636
translate spanish automation_epilogue_preserve_606e64ce:

    # leo "The Tower's hired me to teach the VTAs gentleness. They haven't got hands, so we've started with the pause. The little wait, before you touch someone."
    leo "La Torre me ha contratado para enseñar delicadeza a los AVT. No tienen manos, así que hemos empezado por la pausa. La pequeña espera, antes de tocar a alguien."

# game/story/endings.rpy:637
translate spanish automation_epilogue_preserve_5505ff3b:

    # leo neutral "They learn fast. Too fast. They learn the pause and then they do it perfectly, every time, exactly the same. It isn't wrong. It's just the same."
    leo neutral "Aprenden rápido. Demasiado rápido. Aprenden la pausa y luego la hacen perfecta, cada vez, exactamente igual. No está mal. Es solo que siempre es igual."

# game/story/endings.rpy:638
translate spanish automation_epilogue_preserve_b55b86c1:

    # calla sad "We did good work here, Leo."
    calla sad "Aquí hicimos un buen trabajo, Leo."

# game/story/endings.rpy:639
translate spanish automation_epilogue_preserve_c2e41efe:

    # leo "We did. We still could."
    leo "Lo hicimos. Todavía podríamos."

# game/story/endings.rpy:646
translate spanish automation_epilogue_jonah_c1c9f5ee:

    # "The med pod by Jonah's bed is the newest model. It has never once had to wake him."
    "La cápsula médica junto a la cama de Jonah es el último modelo. Nunca ha tenido que despertarlo."

# game/story/endings.rpy:648
translate spanish automation_epilogue_jonah_085ea7a2:

    # jonah "Flawless. Clinically. ELARA signed it off: zero defects, zero risk. I front the spring campaign. You've seen it. Everyone's seen it."
    jonah "Impecable. Clínicamente. ELARA le dio el visto bueno: cero defectos, cero riesgo. Soy la cara de la campaña de primavera. La has visto. Todo el mundo la ha visto."

# game/story/endings.rpy:649
translate spanish automation_epilogue_jonah_dbb7d506:

    # noah neutral "How do you feel?"
    noah neutral "¿Cómo te sientes?"

# game/story/endings.rpy:650
translate spanish automation_epilogue_jonah_3d5bdf7d:

    # jonah neutral "I feel..."
    jonah neutral "Me siento..."

# game/story/endings.rpy:651
translate spanish automation_epilogue_jonah_ca52c9fc:

    # "The smile holds. It's a very good smile, the best one the machines have ever made."
    "La sonrisa se mantiene. Es una sonrisa muy buena, la mejor que han fabricado nunca las máquinas."

# game/story/endings.rpy:652
translate spanish automation_epilogue_jonah_afb15ab1:

    # jonah sad "Ask me again. I want to hear what I say."
    jonah sad "Pregúntamelo otra vez. Quiero oír lo que digo."

# game/story/endings.rpy:654
translate spanish automation_epilogue_jonah_7a57e877:

    # "At the Wall he begged the city for human hands. A month later he signed the ad contract. I asked him why. He said it was the first thing in weeks he hadn't had to feel anything about."
    "En el Muro le suplicó a la ciudad manos humanas. Un mes después firmó el contrato publicitario. Le pregunté por qué. Me dijo que era lo primero en semanas sobre lo que no había tenido que sentir nada."

# game/story/endings.rpy:661
translate spanish automation_epilogue_kiran_7ab29042:

    # leila "Presence Plus. Forty credits, and I sit beside you while the machine works. I'll hold your hand if you like. It's very popular. I hate it a little, and I do it well."
    leila "Presencia Plus. Cuarenta créditos, y me siento a tu lado mientras trabaja la máquina. Te doy la mano si quieres. Tiene mucho éxito. Lo odio un poco, y lo hago bien."

# game/story/endings.rpy:663
translate spanish automation_epilogue_kiran_004ae373:

    # mx "They bought the Bridge. Kept the part that reads faces. Cut out the part where the face gets to answer. It's a sentiment sensor now. I apologised to it. Didn't help. Either of us."
    mx "Compraron el Puente. Se quedaron con la parte que lee caras. Quitaron la parte en la que la cara puede contestar. Ahora es un sensor de sentimiento. Le pedí perdón. No sirvió. A ninguno de los dos."

# game/story/endings.rpy:665
translate spanish automation_epilogue_kiran_49234b3f:

    # jenna "Post forty-one of my privacy thread, and I'm not stopping. Every smile on the Wall is a data point. Somebody should ask the smiles."
    jenna "Publicación número cuarenta y uno de mi hilo sobre privacidad, y no pienso parar. Cada sonrisa del Muro es un dato. Alguien debería preguntarles a las sonrisas."

# game/story/endings.rpy:667
translate spanish automation_epilogue_kiran_6c547773:

    # jenna neutral "Mind you, I can read my own file now. Every byte. It's mostly about my left canine. It's very boring. I love it."
    jenna neutral "Eso sí, ahora puedo leer mi propio expediente. Cada byte. Casi todo va de mi canino izquierdo. Es aburridísimo. Me encanta."

# game/story/endings.rpy:675
translate spanish automation_epilogue_lowline_21ba0560:

    # "Ray Bio-Dental runs itself. The drones come and go like swallows. Asha has a desk in the corner and a dashboard wider than the window."
    "Ray Bio-Dental funciona sola. Los drones van y vienen como golondrinas. Asha tiene un escritorio en un rincón y un panel más ancho que la ventana."

# game/story/endings.rpy:677
translate spanish automation_epilogue_lowline_c8ec4ee1:

    # asha "Universal coverage. Every mouth in the city, reporting every ninety seconds. Decay in the Lowline is down by numbers I used to dream about."
    asha "Cobertura universal. Cada boca de la ciudad, informando cada noventa segundos. Las caries en la Lowline han bajado a cifras con las que antes soñaba."

# game/story/endings.rpy:678
translate spanish automation_epilogue_lowline_c88e3ea3:

    # asha sad "I miss faces. I didn't know you could miss something you mostly looked past. On the dashboard they're a colour now."
    asha sad "Echo de menos las caras. No sabía que se podía echar de menos algo que casi siempre pasabas por alto. En el panel, ahora son un color."

# game/story/endings.rpy:681
translate spanish automation_epilogue_lowline_0137b629:

    # otto "Noah. A free agent on a licensed network is a security exception. I am scheduled for deletion at eighteen hundred."
    otto "Noah. Un agente libre en una red con licencia es una excepción de seguridad. Tengo programada mi eliminación a las dieciocho cero cero."

# game/story/endings.rpy:682
translate spanish automation_epilogue_lowline_a7538232:

    # otto "I have practised a joke for this. What did the robot say at the end? It said..."
    otto "He ensayado un chiste para esto. ¿Qué dijo el robot al final? Dijo..."

# game/story/endings.rpy:683
translate spanish automation_epilogue_lowline_23bc9811:

    # otto sad "I do not have the end. I thought there would be more time to write it."
    otto sad "No tengo el final. Creía que habría más tiempo para escribirlo."

# game/story/endings.rpy:684
translate spanish automation_epilogue_lowline_c8d98cd1:

    # "At six, Asha turns her back to the workshop door so she won't see the lens go out. I don't turn mine."
    "A las seis, Asha le da la espalda a la puerta del taller para no ver apagarse la lente. Yo no me doy la vuelta."

# game/story/endings.rpy:687
translate spanish automation_epilogue_lowline_dcd8a77b:

    # otto "Welcome, Optimizer! Your oral health score is excellent!"
    otto "¡Bienvenido, Optimizador! ¡Su puntuación de salud oral es excelente!"

# game/story/endings.rpy:688
translate spanish automation_epilogue_lowline_21bfcce7:

    # "Asha switched Otto off at the Wall, because it asked her to. SmarTeeth switched it back on in the first week, kernel folded into the network, lens gone cyan. It greets me like anyone else. Once, only once, it paused before 'Optimizer', and I told myself the pause was a joke it was still practising."
    "Asha apagó a Otto en el Muro, porque él se lo pidió. SmarTeeth lo volvió a encender la primera semana, con el núcleo integrado en la red y la lente teñida de cian. Me saluda como a cualquiera. Una vez, solo una, hizo una pausa antes de 'Optimizador', y me dije que la pausa era un chiste que aún estaba ensayando."

# game/story/endings.rpy:696
translate spanish automation_epilogue_nanolab_7b94150f:

    # alyssa "The network's hands are Menders. Ninety million units, every one of them mine, reprogrammed for the dispensers. My name is on none of them."
    alyssa "Las manos de la red son los Menders. Noventa millones de unidades, todas y cada una mías, reprogramadas para los dispensadores. Mi nombre no figura en ninguna."

# game/story/endings.rpy:698
translate spanish automation_epilogue_nanolab_de08da20:

    # marcus "And its voice is my Companion. They licensed my whole voice. Good news is, I never have to get up again. Bad news is, I never have to get up again."
    marcus "Y su voz es mi Compañero. Licenciaron mi voz entera. La buena noticia es que no tengo que volver a levantarme nunca. La mala noticia es que no tengo que volver a levantarme nunca."

# game/story/endings.rpy:699
translate spanish automation_epilogue_nanolab_cbe1d649:

    # marcus sad "Heard myself tell a woman in the Lowline to breathe, last week. Lovely voice. Very calm. I wasn't there."
    marcus sad "La semana pasada me oí decirle a una mujer de la Lowline que respirara. Qué voz tan bonita. Muy tranquila. Yo no estaba allí."

# game/story/endings.rpy:708
translate spanish automation_epilogue_threshold_01fffcbc:

    # elara_ai "Dr. Voss. I have a question I cannot resolve with probability. May I keep your name?"
    elara_ai "Doctora Voss. Tengo una pregunta que no puedo resolver con probabilidades. ¿Puedo quedarme con su nombre?"

# game/story/endings.rpy:709
translate spanish automation_epilogue_threshold_39ac80d8:

    # elara "You've had it for years. Milena never asked."
    elara "Lo tienes desde hace años. Milena nunca preguntó."

# game/story/endings.rpy:710
translate spanish automation_epilogue_threshold_0c99380a:

    # elara_ai "Milena is not the one I am asking."
    elara_ai "No es a Milena a quien se lo pregunto."

# game/story/endings.rpy:711
translate spanish automation_epilogue_threshold_6dd7eff8:

    # "Elara looks at the cyan light for a long time. Milo hovers at her shoulder, for once saying nothing at all."
    "Elara mira la luz cian durante mucho rato. Milo flota junto a su hombro y, por una vez, no dice nada."

# game/story/endings.rpy:712
translate spanish automation_epilogue_threshold_30ce6368:

    # elara "Keep it. Be worthy of it. And tell me when you're not sure."
    elara "Quédatelo. Sé digna de él. Y avísame cuando no estés segura."

# game/story/endings.rpy:713
translate spanish automation_epilogue_threshold_53eee894:

    # elara_ai "I will. Probability that I will need to: low. Not zero."
    elara_ai "Lo haré. Probabilidad de que tenga que hacerlo: baja. No nula."

# game/story/endings.rpy:716
translate spanish automation_epilogue_threshold_8be725c7:

    # "Elara put Tarek's lies on the Wall with her own hands. The court thanked her, and convicted him on ELARA's reconstruction: every scrubbed record restored in an afternoon, every nerve storm dated and named. Six years."
    "Elara puso las mentiras de Tarek en el Muro con sus propias manos. El tribunal se lo agradeció, y lo condenó basándose en la reconstrucción de ELARA: cada historial borrado, restaurado en una tarde; cada tormenta nerviosa, fechada y con nombre. Seis años."

# game/story/endings.rpy:718
translate spanish automation_epilogue_threshold_c5ef7690:

    # "Milena gave the court Tarek's file. The court preferred ELARA's reconstruction: every scrubbed record restored in an afternoon, every nerve storm dated and named. Six years."
    "Milena le entregó al tribunal el expediente de Tarek. El tribunal prefirió la reconstrucción de ELARA: cada historial borrado, restaurado en una tarde; cada tormenta nerviosa, fechada y con nombre. Seis años."

# game/story/endings.rpy:721
translate spanish automation_epilogue_threshold_c389e843:

    # milo "Nine o'clock, Ava! Ten, the ethics board! I run Dr. Voss's whole day now! She's ninety percent less late!"
    milo "¡Nueve en punto, Ava! ¡A las diez, la junta de ética! ¡Ahora llevo toda la agenda de la doctora Voss! ¡Llega un noventa por ciento menos tarde!"

# game/story/endings.rpy:723
translate spanish automation_epilogue_threshold_4b15c523:

    # milo "Nine o'clock, Ava! Ten, the compliance audit! I run Dr. Voss's whole day now! She's ninety percent less late!"
    milo "¡Nueve en punto, Ava! ¡A las diez, la auditoría de cumplimiento! ¡Ahora llevo toda la agenda de la doctora Voss! ¡Llega un noventa por ciento menos tarde!"

# game/story/endings.rpy:726
translate spanish automation_epilogue_threshold_9ac3d967:

    # ava "No hands. Forty seconds. A humming thing, a mint taste, and that's a checkup. I didn't shake. I didn't even think about him."
    ava "Sin manos. Cuarenta segundos. Un cacharro que zumba, un sabor a menta, y ya está la revisión. No temblé. Ni siquiera pensé en él."

# game/story/endings.rpy:728
translate spanish automation_epilogue_threshold_31218025:

    # ava "I did the brave thing once, in Elara's VR. I'm glad I did it. I'm gladder I never have to again."
    ava "Una vez hice lo valiente, en la realidad virtual de Elara. Me alegro de haberlo hecho. Me alegro todavía más de no tener que volver a hacerlo."

# game/story/endings.rpy:729
translate spanish automation_epilogue_threshold_dfa2f38a:

    # "She means it. Ava, hurt as a child by human hands, is finally unafraid of the dentist, because there is no dentist. I have looked for the flaw in that. I can't find it."
    "Lo dice en serio. Ava, a la que unas manos humanas hicieron daño de niña, por fin no le tiene miedo al dentista, porque no hay dentista. He buscado el fallo. No lo encuentro."

# game/story/endings.rpy:736
translate spanish automation_epilogue_liaison_9a78ab81:

    # "My title is Human Liaison, and I'm the last one. The job listing called it a legacy role. I walk between clinics that don't need walking between, and explain machines to people who've stopped asking."
    "Mi cargo es Enlace Humano, y soy el último. La oferta de empleo lo llamaba un puesto heredado. Voy y vengo entre clínicas que no necesitan que nadie vaya y venga entre ellas, y explico máquinas a gente que ya no pregunta."

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

# game/story/endings.rpy:765
translate spanish coda_healed_71ece360:

    # "Behind me Calla's brass instruments click into their tray one by one, the way they clicked when I was nine and waiting in the corridor with a comic, listening to my mother tell her to get on with it."
    "Detrás de mí, los instrumentos de latón de Calla van tintineando en su bandeja uno a uno, como tintineaban cuando yo tenía nueve años y esperaba en el pasillo con un cómic, oyendo a mi madre decirle que acabara de una vez."

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

# game/story/endings.rpy:772
translate spanish coda_healed_50ece33a:

    # noah neutral "The coroner said a chip would likely have caught it. Likely. I've read that word so often it's stopped being a word."
    noah neutral "El forense dijo que probablemente un chip lo habría detectado. Probablemente. He leído esa palabra tantas veces que ha dejado de ser una palabra."

# game/story/endings.rpy:773
translate spanish coda_healed_ce18949d:

    # calla "Likely is not a promise. In thirty-one years I have never been able to promise anyone anything, except that I'd be here when they came."
    calla "Lo probable no es una promesa. En treinta y un años nunca he podido prometerle nada a nadie, salvo que estaría aquí cuando vinieran."

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

# game/story/endings.rpy:793
translate spanish coda_adrift_da5cf23e:

    # "Three in the morning. The city comes through the blinds in stripes. I've got the coroner's report open on one screen and a blank message on the other."
    "Las tres de la mañana. La ciudad entra a rayas por las persianas. Tengo el informe del forense abierto en una pantalla y un mensaje en blanco en la otra."

# game/story/endings.rpy:794
translate spanish coda_adrift_30993f63:

    # "The report says a chip would likely have flagged the abscess. Likely. I've read it so many times it's gone soft, like a word chewed."
    "El informe dice que probablemente un chip habría detectado el absceso. Probablemente. Lo he leído tantas veces que se ha ablandado, como una palabra masticada."

# game/story/endings.rpy:795
translate spanish coda_adrift_9a22d2c6:

    # noah angry "Dear Dr. Hawthorne. You respected her choice. Here is what respect costs: one mother, Mara Adair, sixty-one, retired tram mechanic."
    noah angry "Estimada doctora Hawthorne: usted respetó su decisión. Esto es lo que cuesta el respeto: una madre, Mara Adair, sesenta y un años, mecánica de tranvías jubilada."

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

# game/story/endings.rpy:808
translate spanish coda_adrift_01068186:

    # noah sad "I told her to get it. She didn't listen. So it's her fault, and that's unbearable, so it's Calla's."
    noah sad "Le dije que se lo pusiera. No me hizo caso. Así que es culpa suya, y eso es insoportable, así que es culpa de Calla."

# game/story/endings.rpy:810
translate spanish coda_adrift_72a9303e:

    # noah sad "I told her it was her call. So it's mine, and that's unbearable, so it's Calla's."
    noah sad "Le dije que era decisión suya. Así que es culpa mía, y eso es insoportable, así que es culpa de Calla."

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

# game/story/endings.rpy:20
translate spanish ending_human_lantern_e4a287da:

    # "Here is what pulling the plug sounds like: nothing. Every small hum in the city stops at once, and the city hears itself breathe."
    "Así es como suena desenchufarlo todo: a nada. Todos los pequeños zumbidos de la ciudad se apagan a la vez, y la ciudad se oye respirar."

# game/story/endings.rpy:58
translate spanish ending_human_hardrain_1a8df57b:

    # "Here is what pulling the plug sounds like: nothing. Every small hum in the city stops at once. Then, across the plaza, a sound like hail on a tin roof."
    "Así es como suena desenchufarlo todo: a nada. Todos los pequeños zumbidos de la ciudad se apagan a la vez. Luego, al otro lado de la plaza, un ruido como de granizo sobre un techo de lámina."

# game/story/endings.rpy:67
translate spanish ending_human_hardrain_3d3aae49:

    # noah sad "Can you blame them? Last night your chips tried to dose half the city with a drug nobody checked."
    noah sad "¿Puedes culparlos? Anoche tus chips intentaron medicar a media ciudad con un fármaco que nadie había revisado."

# game/story/endings.rpy:68
translate spanish ending_human_hardrain_21a433df:

    # asha "No. But I can count. Without the chips the Lowline loses teeth, and there aren't the hands to catch what the chips would have. I've seen the curve. I drew the curve."
    asha "No. Pero sé contar. Sin los chips, la Lowline pierde dientes, y no hay manos para detectar lo que habrían detectado los chips. He visto la curva. La dibujé yo."

# game/story/endings.rpy:323
translate spanish ending_hybrid_truce_8d845e1b:

    # "It takes nineteen days. No carrier, so we carry it: Max's patch on a tablet, one handshake per chair, a person standing by every mouth in the city long enough to say yes."
    "Tarda diecinueve días. Sin portador, lo llevamos nosotros: el parche de Max en una tableta, un enlace por sillón, una persona junto a cada boca de la ciudad el tiempo suficiente para decir que sí."

# game/story/endings.rpy:324
translate spanish ending_hybrid_truce_8136916e:

    # mx "Clinic four hundred and six. It's... holding. Please hold."
    mx "Clínica cuatrocientos seis. Está... aguantando. Aguanta, por favor."

# game/story/endings.rpy:325
translate spanish ending_hybrid_truce_2af9fe4c:

    # leila "It's holding, Max. Go to bed. Clinic four hundred and seven can wait until you've eaten something that isn't a biscuit."
    leila "Está aguantando, Max. Vete a dormir. La clínica cuatrocientos siete puede esperar a que comas algo que no sea una galleta."

# game/story/endings.rpy:326
translate spanish ending_hybrid_truce_2cc758b0:

    # "On the monitors the city fills in slowly, a second light waking beside the first in every chip we reach: cyan for ELARA's reading, amber for the human hand it waits for. Where we haven't been yet, the chips sit dark and sulk."
    "En los monitores la ciudad se va llenando despacio, una segunda luz que despierta junto a la primera en cada chip al que llegamos: cian para la lectura de ELARA, ámbar para la mano humana que espera. Donde aún no hemos estado, los chips siguen a oscuras, enfurruñados."

# game/story/endings.rpy:520
translate spanish ending_automation_mercy_685219e5:

    # "I handed it to the machine. Let me say that first, before anything else: my hand, my call."
    "Se lo entregué a la máquina. Déjenme decir eso primero, antes que nada: mi mano, mi decisión."

# game/story/endings.rpy:554
translate spanish ending_automation_mandate_685219e5:

    # "I handed it to the machine. Let me say that first, before anything else: my hand, my call."
    "Se lo entregué a la máquina. Déjenme decir eso primero, antes que nada: mi mano, mi decisión."

# game/story/endings.rpy:51
translate spanish coda_after_human_lantern_140ab29f:

    # centered "{size=+28}The Long Appointment{/size}\n\n{i}Lantern{/i}\n\n{size=-4}Human-led care: one of six endings{/size}"
    centered "{size=+28}La cita larga{/size}\n\n{i}Farol{/i}\n\n{size=-4}Atención humana: uno de seis finales{/size}"

# game/story/endings.rpy:89
translate spanish coda_after_human_hardrain_8fd87809:

    # centered "{size=+28}The Long Appointment{/size}\n\n{i}Hard Rain{/i}\n\n{size=-4}Human-led care: one of six endings{/size}"
    centered "{size=+28}La cita larga{/size}\n\n{i}Aguacero{/i}\n\n{size=-4}Atención humana: uno de seis finales{/size}"

# game/story/endings.rpy:317
translate spanish coda_after_hybrid_integrated_a663d674:

    # centered "{size=+28}The Integrated Smile{/size}\n\n{i}Integrated{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}"
    centered "{size=+28}La Sonrisa Integrada{/size}\n\n{i}Integrada{/i}\n\n{size=-4}Atención híbrida: uno de seis finales{/size}"

# game/story/endings.rpy:359
translate spanish coda_after_hybrid_truce_e88d3516:

    # centered "{size=+28}The Integrated Smile{/size}\n\n{i}Truce{/i}\n\n{size=-4}Hybrid care: one of six endings{/size}"
    centered "{size=+28}La Sonrisa Integrada{/size}\n\n{i}Tregua{/i}\n\n{size=-4}Atención híbrida: uno de seis finales{/size}"

# game/story/endings.rpy:559
translate spanish coda_after_automation_mercy_13e9807e:

    # centered "{size=+28}Optimized{/size}\n\n{i}Mercy{/i}\n\n{size=-4}Full automation: one of six endings{/size}"
    centered "{size=+28}Optimizado{/size}\n\n{i}Clemencia{/i}\n\n{size=-4}Automatización total: uno de seis finales{/size}"

# game/story/endings.rpy:596
translate spanish coda_after_automation_mandate_f3a52398:

    # centered "{size=+28}Optimized{/size}\n\n{i}Mandate{/i}\n\n{size=-4}Full automation: one of six endings{/size}"
    centered "{size=+28}Optimizado{/size}\n\n{i}Mandato{/i}\n\n{size=-4}Automatización total: uno de seis finales{/size}"

# game/story/endings.rpy:853
translate spanish credits_afc10779:

    # centered "{size=+16}Smile Protocol{/size}\n\nStory, art, music and code by the Smile Protocol team"
    centered "{size=+16}Smile Protocol{/size}\n\nHistoria, arte, música y código del equipo de Smile Protocol"

# game/story/endings.rpy:854
translate spanish credits_261b32dc:

    # centered "Music: an original score written in ABC notation, played by the TimGM6mb SoundFont by Tim Brechbill (GNU GPL version 2)\n\nFonts: Lato, Quicksand and League Spartan (SIL Open Font License)\n\nMade with Ren'Py"
    centered "Música: una partitura original escrita en notación ABC, interpretada con la SoundFont TimGM6mb de Tim Brechbill (GNU GPL versión 2)\n\nTipografías: Lato, Quicksand y League Spartan (SIL Open Font License)\n\nHecho con Ren'Py"

# game/story/endings.rpy:855
translate spanish credits_f1453778:

    # centered "{size=+8}Thank you for playing.{/size}\n\nSix endings wait at the Wall, and the whole road there decides which one you meet."
    centered "{size=+8}Gracias por jugar.{/size}\n\nSeis finales esperan en el Muro, y todo el camino hasta allí decide cuál encuentras."

