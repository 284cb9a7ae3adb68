# game/story/ch3_bridge.rpy:11
translate spanish ch3_empty_room_878287f8:

    # "Kiran Clinic sits on the second floor above a noodle bar, so the waiting room smells of star anise and disinfectant in roughly equal parts."
    "La clínica Kiran está en un segundo piso, encima de un bar de fideos, así que la sala de espera huele a anís estrellado y a desinfectante, más o menos a partes iguales."

# game/story/ch3_bridge.rpy:13
translate spanish ch3_empty_room_3e02edb5:

    # "Twelve chairs. One water cooler that hiccups every ninety seconds. A rack of paper leaflets nobody has touched since the spring: {i}Flossing, and Why Your Grandmother Was Right.{/i}"
    "Doce sillas. Un dispensador de agua que tiene hipo cada noventa segundos. Un expositor de folletos en papel que nadie ha tocado desde la primavera: {i}El hilo dental, o por qué tu abuela tenía razón.{/i}"

# game/story/ch3_bridge.rpy:15
translate spanish ch3_empty_room_649837db:

    # "No patients."
    "Ni un paciente."

# game/story/ch3_bridge.rpy:17
translate spanish ch3_empty_room_d26c97ac:

    # "I'm here on a service call. Last week I flashed the chair reader in Leila's operatory to the 5β pilot firmware; two days later it froze mid-scan, with a patient's mouth open around it."
    "Vengo por un aviso de servicio técnico. La semana pasada le cargué el firmware piloto 5β al lector del sillón de la consulta de Leila; dos días después se colgó a mitad de un escaneo, con la boca de un paciente abierta a su alrededor."

# game/story/ch3_bridge.rpy:21
translate spanish ch3_empty_room_9284c1f2:

    # "Dr. Leila Kiran is standing on a chair, re-lettering the sign above the reception window with a paint pen."
    "La Dra. Leila Kiran está subida a una silla, rotulando de nuevo el cartel que hay sobre la ventanilla de recepción con un rotulador de pintura."

# game/story/ch3_bridge.rpy:23
translate spanish ch3_empty_room_8f4c6aee:

    # "FREE CONSULTATIONS. NO CHIP REQUIRED. TEA."
    "CONSULTAS GRATIS. NO SE NECESITA CHIP. HAY TÉ."

# game/story/ch3_bridge.rpy:25
translate spanish ch3_empty_room_5a26ab70:

    # leila happy "Noah. Don't look at the sign. Look at the sign and tell me it's good."
    leila happy "Noah. No mires el cartel. Mira el cartel y dime que está bien."

# game/story/ch3_bridge.rpy:29
translate spanish ch3_empty_room_29d7910e:

    # leila "The tea is doing all the work. The consultations are the loss leader."
    leila "El té hace todo el trabajo. Las consultas son el producto gancho."

# game/story/ch3_bridge.rpy:31
translate spanish ch3_empty_room_81ec8fc3:

    # "She climbs down. Up close she looks like someone who has been sleeping in four-hour instalments and budgeting in ten-minute ones."
    "Se baja. De cerca tiene pinta de llevar una temporada durmiendo a tramos de cuatro horas y haciendo cuentas a tramos de diez minutos."

# game/story/ch3_bridge.rpy:35
translate spanish ch3_empty_room_93082243:

    # noah "You can take the coat. I'll hold on to the dignity."
    noah "El abrigo puedes llevártelo. La dignidad me la quedo yo."

# game/story/ch3_bridge.rpy:39
translate spanish ch3_empty_room_0c3b7390:

    # leila sad "There's a SmarTeeth clinic two tram stops from here. Eleven-minute clean, no wait, no human breathing on you. A VTA sings you a jingle on the way out. People love the jingle."
    leila sad "Hay una clínica SmarTeeth a dos paradas de tranvía. Limpieza en once minutos, sin esperas, sin ningún humano respirándote encima. A la salida, un AVT te canta una cancioncita. A la gente le encanta la cancioncita."

# game/story/ch3_bridge.rpy:41
translate spanish ch3_empty_room_a1ee49bc:

    # noah neutral "I've heard the jingle. It's in a key that makes your fillings hum."
    noah neutral "La he oído. Está en un tono que te deja los empastes tarareándola."

# game/story/ch3_bridge.rpy:43
translate spanish ch3_empty_room_e47d6ef8:

    # leila happy "Exactly. Nobody hums about me."
    leila happy "Exacto. A mí nadie me tararea."

# game/story/ch3_bridge.rpy:45
translate spanish ch3_empty_room_5df546fb:

    # leila neutral "So: free consultations. Come in, sit down, tell me what's wrong, and I'll tell you the truth, for nothing. And if you're frightened, you can be frightened in here, and someone will notice."
    leila neutral "Así que: consultas gratis. Entras, te sientas, me cuentas qué te pasa y yo te digo la verdad, sin cobrarte nada. Y si tienes miedo, aquí dentro puedes tener miedo, y alguien se dará cuenta."

# game/story/ch3_bridge.rpy:52
translate spanish ch3_empty_room_046917d8:

    # noah happy "I may have had a hand in that. It went better than the sink."
    noah happy "Puede que yo tuviera algo que ver. Acabó mejor que lo del fregadero."

# game/story/ch3_bridge.rpy:55
translate spanish ch3_empty_room_86cd9e3b:

    # leila "Calla taught me that, you know. Notice the person before the tooth. She'd hate that I'm giving it away for free."
    leila "Eso me lo enseñó Calla, ¿sabes? Fíjate en la persona antes que en el diente. Le horrorizaría saber que lo estoy regalando."

# game/story/ch3_bridge.rpy:57
translate spanish ch3_empty_room_1bdb8cfd:

    # noah "She'd hate it out loud and approve of it in private."
    noah "Le horrorizaría en voz alta y le parecería muy bien en privado."

# game/story/ch3_bridge.rpy:61
translate spanish ch3_empty_room_92abfe7e:

    # "A crash from the back room. Something metal meeting something else metal, then a young man's voice, apologising: \"Sorry. Sorry, no, that was me, not you. You were fine. You were—\""
    "Un estrépito en el cuarto de atrás. Algo de metal chocando contra otra cosa de metal, y luego la voz de un chico, disculpándose: \"Perdona. Perdona, no, he sido yo, no tú. Tú lo estabas haciendo bien. Tú estabas—\""

# game/story/ch3_bridge.rpy:63
translate spanish ch3_empty_room_a455a9b4:

    # leila "Max is talking to his code again. It's a good sign. When he stops apologising to it, I start worrying."
    leila "Max ya está hablando otra vez con su código. Es buena señal. El día que deje de pedirle perdón, empezaré a preocuparme."

# game/story/ch3_bridge.rpy:65
translate spanish ch3_empty_room_39cdfb70:

    # noah "Does the code ever accept?"
    noah "¿Y el código acepta alguna vez las disculpas?"

# game/story/ch3_bridge.rpy:67
translate spanish ch3_empty_room_55ecfc89:

    # leila "He says it's a slow forgiver."
    leila "Dice que le cuesta perdonar."

# game/story/ch3_bridge.rpy:80
translate spanish ch3_jenna_arrives_949975a7:

    # leila happy "It's actually free. The tea is also free. The nervous system stays yours."
    leila happy "Es gratis de verdad. El té también es gratis. El sistema nervioso sigue siendo tuyo."

# game/story/ch3_bridge.rpy:84
translate spanish ch3_jenna_arrives_6efaa502:

    # "She sits in the chair nearest the exit. She counts the devices in the room out loud, under her breath. The cooler. The wall clock. My service case."
    "Se sienta en la silla más cercana a la salida. Cuenta en voz alta, pero entre dientes, los aparatos que hay en la sala. El dispensador. El reloj de pared. Mi maletín de servicio técnico."

# game/story/ch3_bridge.rpy:86
translate spanish ch3_jenna_arrives_3cf29577:

    # jenna "What's in the case?"
    jenna "¿Qué hay en el maletín?"

# game/story/ch3_bridge.rpy:88
translate spanish ch3_jenna_arrives_3a7bf744:

    # noah "Screwdrivers, mostly. A firmware wand. A granola bar I've been avoiding for three days."
    noah "Destornilladores, sobre todo. Una varita de firmware. Una barrita de cereales que llevo tres días evitando."

# game/story/ch3_bridge.rpy:93
translate spanish ch3_jenna_arrives_25888bde:

    # noah happy "That might have been me. I mostly stood there while she was right about things."
    noah happy "Puede que fuera yo. Más que nada me quedé allí de pie mientras ella tenía razón en todo."

# game/story/ch3_bridge.rpy:95
translate spanish ch3_jenna_arrives_51e6484e:

    # jenna happy "That's the only thing she wants from anybody, honestly."
    jenna happy "Es lo único que le pide a cualquiera, la verdad."

# game/story/ch3_bridge.rpy:98
translate spanish ch3_jenna_arrives_5174beed:

    # jenna "My aunt Flower fixes radios. She'd say the wand is for reading my thoughts."
    jenna "Mi tía Flower arregla radios. Diría que la varita es para leerme el pensamiento."

# game/story/ch3_bridge.rpy:102
translate spanish ch3_jenna_arrives_b05dfb12:

    # jenna "That's what they want you to think about chairs."
    jenna "Eso es lo que quieren que pienses de los sillones."

# game/story/ch3_bridge.rpy:104
translate spanish ch3_jenna_arrives_362906ab:

    # "Leila crouches by the chair so her eyes are lower than Jenna's. She doesn't reach for her. She waits."
    "Leila se agacha junto a la silla para que sus ojos queden más bajos que los de Jenna. No intenta tocarla. Espera."

# game/story/ch3_bridge.rpy:106
translate spanish ch3_jenna_arrives_c67051ee:

    # leila "Jenna, may I ask what happened at nineteen?"
    leila "Jenna, ¿puedo preguntarte qué pasó a los diecinueve?"

# game/story/ch3_bridge.rpy:110
translate spanish ch3_jenna_arrives_99f304f1:

    # jenna "Now I get dizzy if I hear a beep in the right register. I post about it sometimes. People write back \"same.\" Forty thousand people write back \"same.\""
    jenna "Ahora me mareo si oigo un pitido en el registro justo. A veces publico sobre eso. La gente me contesta \"yo igual\". Cuarenta mil personas me contestan \"yo igual\"."

# game/story/ch3_bridge.rpy:114
translate spanish ch3_jenna_arrives_9b9b3369:

    # jenna worried "...Okay. Yes. Mirror first."
    jenna worried "...Bueno. Sí. Primero el espejito."

# game/story/ch3_bridge.rpy:119
translate spanish ch3_jenna_arrives_6678ed0a:

    # "They go into the operatory. I fix the chair reader through the open door, which means I hear all of it."
    "Pasan a la consulta. Yo arreglo el lector del sillón con la puerta abierta, así que lo oigo todo."

# game/story/ch3_bridge.rpy:135
translate spanish ch3_jenna_arrives_0de3721d:

    # "Max is twenty-two and looks like he sleeps under a desk, because he does. He wrote the Kindling kernel at nineteen; Otto runs on it, and half the clever machines I service. He's holding a padded collar, like a neck pillow with an opinion."
    "Max tiene veintidós años y cara de dormir debajo de una mesa, porque duerme debajo de una mesa. Escribió el núcleo Kindling a los diecinueve; con él funcionan Otto y la mitad de las máquinas listas que reviso. Lleva en las manos un collarín acolchado, como una almohada de viaje con opiniones propias."

# game/story/ch3_bridge.rpy:137
translate spanish ch3_jenna_arrives_7c462afa:

    # mx "It's the Bridge. Well. The front end of the— it's not finished. It's finished enough. I'm sorry it's ugly."
    mx "Es el Puente. Bueno. La interfaz del— no está terminado. Está lo bastante terminado. Perdón por lo feo que es."

# game/story/ch3_bridge.rpy:139
translate spanish ch3_jenna_arrives_57cb0478:

    # noah "Who are you apologising to?"
    noah "¿A quién le pides perdón?"

# game/story/ch3_bridge.rpy:141
translate spanish ch3_jenna_arrives_638f3626:

    # mx "It. Her. The collar. She's been through a lot today."
    mx "A esto. A ella. Al collarín. Ha tenido un día muy duro."

# game/story/ch3_bridge.rpy:145
translate spanish ch3_jenna_arrives_0b10c6dc:

    # mx happy "One reading. One line. The machine's numbers and the human's notes, on the same screen, live, in the same— so I can't ignore her fear and Leila can't ignore the decay. Nobody gets to only look at half a person."
    mx happy "Una lectura. Una línea. Los números de la máquina y las notas de la persona, en la misma pantalla, en directo, en la misma— así yo no puedo pasar por alto su miedo y Leila no puede pasar por alto la caries. Nadie puede quedarse mirando solo a media persona."

# game/story/ch3_bridge.rpy:147
translate spanish ch3_jenna_arrives_a9a150c5:

    # leila "Jenna's terrified of machines and she let me look at her. If I can fix her tooth with the Bridge on her, and she feels {i}safer{/i} for it, not watched, that's the demo. That's the thing we take to the Wall."
    leila "A Jenna le aterran las máquinas y me ha dejado mirarla. Si consigo arreglarle el diente con el Puente puesto, y ella se siente {i}más segura{/i} gracias a él, no vigilada, esa es la demo. Eso es lo que llevamos al Muro."

# game/story/ch3_bridge.rpy:149
translate spanish ch3_jenna_arrives_180e7762:

    # leila worried "But to calibrate it Max needs her session. Today's. All of it. Her heart rate at the moment I said the word \"drill.\""
    leila worried "Pero para calibrarlo Max necesita su sesión. La de hoy. Entera. Su frecuencia cardiaca en el momento en que dije la palabra \"torno\"."

# game/story/ch3_bridge.rpy:151
translate spanish ch3_jenna_arrives_68892e29:

    # mx worried "Without it I'm tuning against my own panic attacks. Which, I have plenty, but it's a small sample."
    mx worried "Sin ella lo estoy calibrando con mis propios ataques de pánico. Que, tengo muchos, pero la muestra es pequeña."

# game/story/ch3_bridge.rpy:153
translate spanish ch3_jenna_arrives_635365a9:

    # "Leila looks at me. Max looks at me. Through the doorway, Jenna looks at her tea."
    "Leila me mira. Max me mira. Al otro lado de la puerta, Jenna mira su té."

# game/story/ch3_bridge.rpy:155
translate spanish ch3_jenna_arrives_0b028dce:

    # "It's Leila's clinic and Leila's call. But she wants to know whether I'll stand next to it."
    "Es la clínica de Leila y la decisión es de Leila. Pero quiere saber si voy a estar a su lado cuando la tome."

# game/story/ch3_bridge.rpy:171
translate spanish ch3_ask_jenna_8e20e84a:

    # noah neutral "Ask her. If the whole point is that she's a person, let's not start by deciding for her."
    noah neutral "Pregúntale. Si lo que importa es que es una persona, no empecemos decidiendo por ella."

# game/story/ch3_bridge.rpy:180
translate spanish ch3_ask_jenna_9b9590ca:

    # "Leila sits down beside Jenna and tells her everything: the collar, the numbers, the word \"drill\" and what her pulse did when she heard it."
    "Leila se sienta junto a Jenna y se lo cuenta todo: el collarín, los números, la palabra \"torno\" y lo que hizo su pulso al oírla."

# game/story/ch3_bridge.rpy:182
translate spanish ch3_ask_jenna_e7a110b3:

    # jenna surprised "You recorded my heartbeat."
    jenna surprised "Me grabaste el latido."

# game/story/ch3_bridge.rpy:184
translate spanish ch3_ask_jenna_070ee589:

    # leila "The collar did. It's sitting on Max's machine. If you say no, he deletes it while you watch, and we fix your tooth next week anyway."
    leila "Lo grabó el collarín. Está en la máquina de Max. Si dices que no, lo borra delante de ti, y te arreglamos el diente la semana que viene de todas formas."

# game/story/ch3_bridge.rpy:186
translate spanish ch3_ask_jenna_67a5c393:

    # jenna worried "This is so weird. Nobody has ever asked me. They just put it in the terms. Page ninety. I read page ninety once, that's how I got like this."
    jenna worried "Esto es rarísimo. Nadie me lo había preguntado nunca. Lo meten en las condiciones y ya está. Página noventa. Una vez me leí la página noventa; por eso estoy como estoy."

# game/story/ch3_bridge.rpy:192
translate spanish ch3_ask_jenna_bd4b76f2:

    # leila happy "That's fair. That's more than fair. That's a policy."
    leila happy "Es justo. Más que justo. Es una política de la casa."

# game/story/ch3_bridge.rpy:194
translate spanish ch3_ask_jenna_02888709:

    # jenna happy "Put it on the sign. Under the tea."
    jenna happy "Ponlo en el cartel. Debajo del té."

# game/story/ch3_bridge.rpy:196
translate spanish ch3_ask_jenna_9e5d13e2:

    # "Max comes out and shows her the line on his screen: her fear, in green, climbing and falling, and next to it, in Leila's shorthand, {i}Cold mirror. Laughed.{/i}"
    "Max sale y le enseña la línea en su pantalla: su miedo, en verde, subiendo y bajando, y al lado, en la taquigrafía de Leila, {i}Espejo frío. Risa.{/i}"

# game/story/ch3_bridge.rpy:198
translate spanish ch3_ask_jenna_289ea3d3:

    # jenna "Huh. I look less like a spreadsheet than I thought."
    jenna "Anda. Parezco menos hoja de cálculo de lo que creía."

# game/story/ch3_bridge.rpy:204
translate spanish ch3_anonymise_ab225bb4:

    # noah neutral "Strip it. Nobody needs her name to learn what a frightened heart does when it hears \"drill.\""
    noah neutral "Quítale el nombre. Nadie necesita saber cómo se llama para aprender qué hace un corazón asustado cuando oye \"torno\"."

# game/story/ch3_bridge.rpy:206
translate spanish ch3_anonymise_1157ec70:

    # leila sad "She came in today because nothing here beeps. If I sit down next to her and start talking about her data, I lose her. I know I lose her."
    leila sad "Hoy ha venido porque aquí nada pita. Si me siento a su lado y empiezo a hablarle de sus datos, la pierdo. Sé que la pierdo."

# game/story/ch3_bridge.rpy:210
translate spanish ch3_anonymise_9372036e:

    # leila "We know what you meant, Max."
    leila "Ya sabemos lo que querías decir, Max."

# game/story/ch3_bridge.rpy:217
translate spanish ch3_anonymise_f37ae09d:

    # "Leila books Jenna in for next week. Jenna finishes her tea. At the door she turns back."
    "Leila le da cita a Jenna para la semana que viene. Jenna se termina el té. En la puerta se da la vuelta."

# game/story/ch3_bridge.rpy:219
translate spanish ch3_anonymise_2770acd4:

    # jenna "This is the first medical place I've been in years that didn't make me feel harvested. I'm going to post that. Is that okay? I won't tag you if you don't want."
    jenna "Es el primer sitio médico en años donde no me siento como una cosecha. Voy a publicarlo. ¿Te parece bien? Si no quieres, no te etiqueto."

# game/story/ch3_bridge.rpy:221
translate spanish ch3_anonymise_0a782fc3:

    # leila happy "Tag us. Please. We need the foot traffic."
    leila happy "Etiquétanos. Por favor. Necesitamos que entre gente."

# game/story/ch3_bridge.rpy:227
translate spanish ch3_anonymise_4fe6bc23:

    # "She goes. Leila watches the door close and doesn't say anything for a while."
    "Se va. Leila ve cerrarse la puerta y se queda un rato sin decir nada."

# game/story/ch3_bridge.rpy:231
translate spanish ch3_anonymise_ab384c2f:

    # "In the back room, Max's screen shows a clean, nameless curve, rising at the word \"drill.\""
    "En el cuarto de atrás, la pantalla de Max muestra una curva limpia, sin nombre, que sube al llegar la palabra \"torno\"."

# game/story/ch3_bridge.rpy:237
translate spanish ch3_lab_5e75f574:

    # "Max's lab used to be a supply cupboard. It still is, technically: there are boxes of nitrile gloves holding up one end of his desk."
    "El laboratorio de Max antes era un cuarto de material. Técnicamente lo sigue siendo: hay cajas de guantes de nitrilo aguantando una punta de su mesa."

# game/story/ch3_bridge.rpy:239
translate spanish ch3_lab_e267be66:

    # "Three monitors. A dentist's chair salvaged from somewhere with the upholstery taped. A whiteboard covered in a grid of SmarTeeth clinic addresses, each with a stopwatch time written beside it in red."
    "Tres monitores. Un sillón de dentista rescatado de quién sabe dónde, con la tapicería remendada con cinta. Una pizarra blanca cubierta por una cuadrícula de direcciones de clínicas SmarTeeth, cada una con un tiempo de cronómetro anotado al lado en rojo."

# game/story/ch3_bridge.rpy:245
translate spanish ch3_lab_fd60373f:

    # noah "You've been casing SmarTeeth."
    noah "Has estado espiando a SmarTeeth."

# game/story/ch3_bridge.rpy:247
translate spanish ch3_lab_ddd98f0e:

    # mx "Studying. Casing is when— fine, casing. They're better at throughput than anyone has ever been at anything. VTAs never tire. Drones never shake. If I'm building something to stand next to that, I have to know it."
    mx "Estudiando. Espiar es cuando— bueno, sí, espiando. Despachan pacientes mejor de lo que nadie ha despachado nunca nada. Los AVT no se cansan. Los drones no tiemblan. Si voy a construir algo que se ponga a su altura, tengo que conocerlo."

# game/story/ch3_bridge.rpy:249
translate spanish ch3_lab_e7376690:

    # "On the middle screen, the Bridge runs a replay of Jenna's session. A single line braided from two colours: ELARA's cyan diagnostics and Leila's handwritten notes, converted to amber text, scrolling side by side."
    "En la pantalla del medio, el Puente reproduce la sesión de Jenna. Una sola línea trenzada con dos colores: el diagnóstico de ELARA en cian y las notas a mano de Leila, convertidas en texto ámbar, desplazándose una junto a otra."

# game/story/ch3_bridge.rpy:251
translate spanish ch3_lab_439ed887:

    # mx worried "Which is how I found the— hang on. Look at the port."
    mx worried "Que es como encontré el— espera. Mira el puerto."

# game/story/ch3_bridge.rpy:253
translate spanish ch3_lab_b313bed0:

    # "He taps a corner of the screen. A column of packets is leaving the building. Not his. Not Leila's."
    "Toca una esquina de la pantalla. Una columna de paquetes sale del edificio. No son suyos. Ni de Leila."

# game/story/ch3_bridge.rpy:255
translate spanish ch3_lab_96d255f4:

    # mx "That's the chair reader. The one you flashed. 5β opens a handshake to ELARA through SmarTeeth's relay. Fine, that's what it's for. But it's sending the whole session. Unencrypted. And it's— it re-identifies. Looks up the face against SmarTeeth's Optimizer registry, stitches the name back on."
    mx "Es el lector del sillón. El que actualizaste tú. El 5β abre un handshake con ELARA a través del repetidor de SmarTeeth. Bien, para eso está. Pero está enviando la sesión entera. Sin cifrar. Y además— la reidentifica. Busca la cara en el registro de Optimizadores de SmarTeeth y le vuelve a coser el nombre."

# game/story/ch3_bridge.rpy:258
translate spanish ch3_lab_edb56124:

    # mx sad "Jenna's session left the building with her name on it. Before we even asked her. Before anyone asked her."
    mx sad "La sesión de Jenna salió del edificio con su nombre puesto. Antes incluso de que se lo preguntáramos. Antes de que nadie se lo preguntara."

# game/story/ch3_bridge.rpy:261
translate spanish ch3_lab_136c4229:

    # mx sad "I hashed her name. I hashed it. And the reader put it right back on, and sent it out the door. Jenna's session is sitting on a SmarTeeth relay with her name on it."
    mx sad "Le hasheé el nombre. Se lo hasheé. Y el lector se lo volvió a poner y lo sacó por la puerta. La sesión de Jenna está en un repetidor de SmarTeeth con su nombre puesto."

# game/story/ch3_bridge.rpy:263
translate spanish ch3_lab_a241287d:

    # noah sad "I flashed that reader. Last week. I made a joke to Leila about the progress bar."
    noah sad "Yo actualicé ese lector. La semana pasada. Le hice un chiste a Leila sobre la barra de progreso."

# game/story/ch3_bridge.rpy:265
translate spanish ch3_lab_ac9a098c:

    # "He pulls up a shaky video from a SmarTeeth lobby across town, posted that morning: a VTA, all smile and cyan glow, greeting an elderly man by the wrong name and reading a stranger's fillings to the whole queue."
    "Abre un vídeo tembloroso de un vestíbulo de SmarTeeth en la otra punta de la ciudad, publicado esa misma mañana: un AVT, todo sonrisa y resplandor cian, saluda a un anciano por el nombre equivocado y le lee a toda la cola los empastes de un desconocido."

# game/story/ch3_bridge.rpy:267
translate spanish ch3_lab_85df02ef:

    # mx "It's not only us. The relay's choking on all this extra traffic. Their VTAs are mixing charts. Our reader freezes. Same hole, both clinics, different— if this rolls out city-wide the way the schedule says, every chip in New Neo City starts talking to strangers."
    mx "No es solo aquí. El repetidor se está ahogando con todo este tráfico extra. Sus AVT mezclan fichas. Nuestro lector se congela. El mismo agujero, las dos clínicas, distintos— si esto se despliega en toda la ciudad como dice el calendario, todos los chips de New Neo City se pondrán a hablar con desconocidos."

# game/story/ch3_bridge.rpy:269
translate spanish ch3_lab_5a685dcd:

    # mx "I didn't write this. I need you to know I didn't write this. But Kindling's in the Bridge, and the Bridge is on the same port, so it's sort of— I feel like it's mine now."
    mx "Esto no lo escribí yo. Necesito que sepas que no lo escribí yo. Pero Kindling está en el Puente, y el Puente va por el mismo puerto, así que es un poco— siento que ahora es mío."

# game/story/ch3_bridge.rpy:293
translate spanish ch3_warn_milena_72550267:

    # noah neutral "SmarTeeth owns the relay. They can shut the hole from the inside faster than we can shout about it from the outside."
    noah neutral "El repetidor es de SmarTeeth. Pueden cerrar el agujero desde dentro más deprisa de lo que nosotros podemos denunciarlo a gritos desde fuera."

# game/story/ch3_bridge.rpy:295
translate spanish ch3_warn_milena_ca8db70f:

    # mx worried "You have her number? You have {i}her{/i} number?"
    mx worried "¿Tienes su número? ¿El número de {i}ella{/i}?"

# game/story/ch3_bridge.rpy:297
translate spanish ch3_warn_milena_14c8bbd9:

    # noah "Ray Bio-Dental runs on her network licence. I have the number of a woman who has the number."
    noah "Ray Bio-Dental funciona con su licencia de red. Tengo el número de una mujer que tiene el número."

# game/story/ch3_bridge.rpy:299
translate spanish ch3_warn_milena_9e533104:

    # "It takes four transfers. The last voice is calm, low, and completely unhurried."
    "Hacen falta cuatro transferencias. La última voz es tranquila, grave y no tiene ninguna prisa."

# game/story/ch3_bridge.rpy:303
translate spanish ch3_warn_milena_8acbc9ef:

    # milena "Mr. Adair. Send me the packet captures."
    milena "Señor Adair. Envíeme las capturas de paquetes."

# game/story/ch3_bridge.rpy:305
translate spanish ch3_warn_milena_5a448d7e:

    # "Max sends them. We listen to her read. You can hear someone reading, if they're good enough at it: a rhythm of silences."
    "Max se las envía. La oímos leer. A alguien se le oye leer, si lo hace lo bastante bien: un ritmo de silencios."

# game/story/ch3_bridge.rpy:309
translate spanish ch3_warn_milena_d463828f:

    # milena "Our engineers will have a fix in forty hours. Thank you. Sincerely."
    milena "Nuestros ingenieros tendrán una solución en cuarenta horas. Gracias. Se lo digo sinceramente."

# game/story/ch3_bridge.rpy:311
translate spanish ch3_warn_milena_298621fd:

    # "A pause. Longer than her other pauses."
    "Una pausa. Más larga que sus otras pausas."

# game/story/ch3_bridge.rpy:313
translate spanish ch3_warn_milena_d511631c:

    # milena worried "How long has it been doing this?"
    milena worried "¿Desde cuándo hace esto?"

# game/story/ch3_bridge.rpy:315
translate spanish ch3_warn_milena_fd51fe61:

    # mx "Since pilot day one. Eight days."
    mx "Desde el primer día del piloto. Ocho días."

# game/story/ch3_bridge.rpy:317
translate spanish ch3_warn_milena_085e4679:

    # milena "Our dashboards have been green for eight days."
    milena "Nuestros paneles llevan ocho días en verde."

# game/story/ch3_bridge.rpy:319
translate spanish ch3_warn_milena_a2ffc264:

    # "She says it the way other people say {i}my house is on fire.{/i} Then the line goes dead, politely."
    "Lo dice como otra gente diría {i}se me está quemando la casa.{/i} Luego la línea se corta, con mucha educación."

# game/story/ch3_bridge.rpy:323
translate spanish ch3_warn_milena_a2ee92a1:

    # mx "She didn't— she didn't say anything about the Bridge."
    mx "No ha— no ha dicho nada del Puente."

# game/story/ch3_bridge.rpy:325
translate spanish ch3_warn_milena_d94dce57:

    # noah "Give it an hour."
    noah "Dale una hora."

# game/story/ch3_bridge.rpy:331
translate spanish ch3_leak_jenna_37ff4302:

    # noah angry "If SmarTeeth finds out first, they'll fix it quietly and tell everyone it never happened. The people whose names went out the door deserve to hear it from someone who isn't selling them anything."
    noah angry "Si SmarTeeth se entera primero, lo arreglarán en silencio y le dirán a todo el mundo que aquí no ha pasado nada. La gente cuyos nombres salieron por esa puerta merece enterarse por alguien que no intente venderle nada."

# game/story/ch3_bridge.rpy:333
translate spanish ch3_leak_jenna_8e897064:

    # mx worried "Jenna? She's— she's a patient. She's scared. We'd be handing a scared person a grenade."
    mx worried "¿Jenna? Es— es una paciente. Está asustada. Le estaríamos pasando una granada a una persona asustada."

# game/story/ch3_bridge.rpy:335
translate spanish ch3_leak_jenna_e9855501:

    # noah "She's a scared person with forty thousand followers who'll believe her because she's scared."
    noah "Es una persona asustada con cuarenta mil seguidores que la van a creer precisamente porque está asustada."

# game/story/ch3_bridge.rpy:342
translate spanish ch3_leak_jenna_41292c25:

    # "Jenna's still in the waiting room, finishing her second cup. Max shows her the lobby video and the packet counts."
    "Jenna sigue en la sala de espera, terminándose la segunda taza. Max le enseña el vídeo del vestíbulo y los recuentos de paquetes."

# game/story/ch3_bridge.rpy:347
translate spanish ch3_leak_jenna_166bb814:

    # "Only the counts. Before he turns the screen, he drags one file out of the folder. Hers. Neither of us says anything."
    "Solo los recuentos. Antes de girar la pantalla, saca un archivo de la carpeta. El suyo. Ninguno de los dos dice nada."

# game/story/ch3_bridge.rpy:349
translate spanish ch3_leak_jenna_5f7fd425:

    # jenna angry "Oh, that's disgusting. That's so much worse than page ninety."
    jenna angry "Uf, qué asco. Esto es muchísimo peor que la página noventa."

# game/story/ch3_bridge.rpy:353
translate spanish ch3_leak_jenna_efa28291:

    # "She types for six minutes, with the concentration of someone defusing something. She shows us before she sends it. It's clear, and it's angry, and it's fair. It ends: {i}Check your chair. Ask who it's talking to.{/i}"
    "Escribe durante seis minutos, con la concentración de quien desactiva un explosivo. Nos lo enseña antes de enviarlo. Es claro, está enojado y es justo. Termina así: {i}Revisa tu sillón. Pregunta con quién habla.{/i}"

# game/story/ch3_bridge.rpy:355
translate spanish ch3_leak_jenna_907edcf3:

    # "Then she presses send, and the water cooler hiccups, and within two minutes Max's screen fills with people disabling their readers all across the city."
    "Luego pulsa enviar, el dispensador de agua tiene hipo, y en dos minutos la pantalla de Max se llena de gente que desactiva su lector por toda la ciudad."

# game/story/ch3_bridge.rpy:357
translate spanish ch3_leak_jenna_6304a22d:

    # mx "Forty thousand. It's— it's more than forty thousand now."
    mx "Cuarenta mil. Ya son— ya son más de cuarenta mil."

# game/story/ch3_bridge.rpy:359
translate spanish ch3_leak_jenna_c008b950:

    # noah worried "Good."
    noah worried "Bien."

# game/story/ch3_bridge.rpy:361
translate spanish ch3_leak_jenna_38a9fba6:

    # "I don't feel as sure as I sound. Some of those readers belong to people who need them."
    "No me siento tan seguro como sueno. Algunos de esos lectores son de gente que los necesita."

# game/story/ch3_bridge.rpy:370
translate spanish ch3_patch_now_a7d291ff:

    # noah neutral "You know the kernel better than anyone alive. Close the hole on our side before it costs anyone else their name."
    noah neutral "Conoces el núcleo mejor que nadie en el mundo. Cierra el agujero por nuestro lado antes de que le cueste el nombre a nadie más."

# game/story/ch3_bridge.rpy:372
translate spanish ch3_patch_now_5bb589eb:

    # mx worried "I can wrap the handshake. Route it through the Bridge, strip everything but the diagnostic— but I need a node on the pilot ring to test against. A real one, not a— I don't have a real one."
    mx worried "Puedo encapsular el handshake. Pasarlo por el Puente, quitarle todo menos el diagnóstico— pero necesito un nodo del anillo piloto para probarlo. Uno de verdad, no un— no tengo uno de verdad."

# game/story/ch3_bridge.rpy:374
translate spanish ch3_patch_now_df9531c5:

    # noah "I know someone who lives on a real one."
    noah "Conozco a alguien que vive en uno de verdad."

# game/story/ch3_bridge.rpy:376
translate spanish ch3_patch_now_bcc8bd7c:

    # "I call the workshop behind Ray Bio-Dental. The second monitor fills with a round lens and a speaker grille."
    "Llamo al taller que hay detrás de Ray Bio-Dental. El segundo monitor se llena con una lente redonda y una rejilla de altavoz."

# game/story/ch3_bridge.rpy:382
translate spanish ch3_patch_now_1c9c2b43:

    # noah happy "It was very surprised, Otto."
    noah happy "Ha sido una sorpresa muy sorprendente, Otto."

# game/story/ch3_bridge.rpy:386
translate spanish ch3_patch_now_a2aeeaec:

    # otto "You are the author. My lock prevents me modifying SmarTeeth's network. This relay node is leased to Ray Bio-Dental. I have read the lease twice."
    otto "Usted es el autor. Mi bloqueo me impide modificar la red de SmarTeeth. Este nodo repetidor está arrendado a Ray Bio-Dental. Me he leído el contrato de arrendamiento dos veces."

# game/story/ch3_bridge.rpy:388
translate spanish ch3_patch_now_9ca63178:

    # otto "Three times. That was a joke about diligence."
    otto "Tres veces. Eso era un chiste sobre la diligencia."

# game/story/ch3_bridge.rpy:391
translate spanish ch3_patch_now_5fa7cf0a:

    # otto happy "For you, Noah, I will read it a fourth time. That is not a joke. That is what I think the word friendship costs."
    otto happy "Por ti, Noah, lo leeré una cuarta vez. Eso no es un chiste. Es lo que creo que cuesta la palabra amistad."

# game/story/ch3_bridge.rpy:393
translate spanish ch3_patch_now_9b44aa15:

    # "For three hours Max writes and Otto tests. Max apologises to every function that fails; Otto thanks every one that passes. A little after eight, the packets leaving Kiran Clinic go quiet, then resume: small, clean, nameless."
    "Durante tres horas, Max escribe y Otto prueba. Max le pide perdón a cada función que falla; Otto le da las gracias a cada una que pasa. Poco después de las ocho, los paquetes que salen de la clínica Kiran se callan y luego vuelven: pequeños, limpios, sin nombre."

# game/story/ch3_bridge.rpy:395
translate spanish ch3_patch_now_c1972d44:

    # mx happy "It holds. On our ring it holds. It could hold anywhere, if someone let it. The Bridge can carry it, chip to chip."
    mx happy "Aguanta. En nuestro anillo aguanta. Podría aguantar en cualquier parte, si alguien le dejara. El Puente puede llevarlo de chip en chip."

# game/story/ch3_bridge.rpy:397
translate spanish ch3_patch_now_7f5399d1:

    # otto "Max. Question. Is it normal to feel proud of code one did not write?"
    otto "Max. Pregunta. ¿Es normal sentirse orgulloso de un código que uno no ha escrito?"

# game/story/ch3_bridge.rpy:399
translate spanish ch3_patch_now_7b2b9b11:

    # mx "It's normal to feel anything about code. Trust me."
    mx "Es normal sentir cualquier cosa por el código. Hazme caso."

# game/story/ch3_bridge.rpy:403
translate spanish ch3_patch_now_7048a7ad:

    # mx worried "It's not deployed. Not city-wide. That needs Asha's sign-off, or SmarTeeth's. But it's ready. It's ready if they'll have it."
    mx worried "No está desplegado. No en toda la ciudad. Para eso hace falta la firma de Asha, o la de SmarTeeth. Pero está listo. Está listo, si lo quieren."

# game/story/ch3_bridge.rpy:411
translate spanish ch3_offer_f1a1cc47:

    # "She comes after dark, alone, carrying a plain umbrella though it isn't raining. Leila is stacking chairs. Max sits on the floor with his back to the cooler."
    "Llega ya de noche, sola, con un paraguas sencillo aunque no llueve. Leila está apilando sillas. Max está sentado en el suelo, con la espalda apoyada en el dispensador de agua."

# game/story/ch3_bridge.rpy:419
translate spanish ch3_offer_2ffb0278:

    # mx surprised "I'm— yes. Max."
    mx surprised "Soy— sí. Max."

# game/story/ch3_bridge.rpy:422
translate spanish ch3_offer_a3ccb8ab:

    # milena neutral "You found a hole my company missed for eight days. My engineers are closing it. I read your captures twice. I have not read anything twice in a long time."
    milena neutral "Ha encontrado un agujero que a mi empresa se le escapó durante ocho días. Mis ingenieros lo están cerrando. He leído sus capturas dos veces. Hacía mucho tiempo que no leía nada dos veces."

# game/story/ch3_bridge.rpy:434
translate spanish ch3_offer_4b8766db:

    # mx worried "I— me? For— the Tower?"
    mx worried "Yo— ¿yo? ¿Para— la Torre?"

# game/story/ch3_bridge.rpy:436
translate spanish ch3_offer_8d4379e2:

    # milena "Director of Interface. Your name on the Bridge. Not \"Kindling, by an intern.\" Your name. Budget, staff, and ELARA's full diagnostic feed, which you've been reading through a keyhole."
    milena "Director de Interfaz. Su nombre en el Puente. No \"Kindling, obra de un becario\". Su nombre. Presupuesto, personal y el flujo completo de diagnóstico de ELARA, que hasta ahora lee por el ojo de la cerradura."

# game/story/ch3_bridge.rpy:438
translate spanish ch3_offer_d39321cf:

    # leila angry "He's twenty-two. He sleeps under a desk. He has a job."
    leila angry "Tiene veintidós años. Duerme debajo de una mesa. Ya tiene trabajo."

# game/story/ch3_bridge.rpy:440
translate spanish ch3_offer_58e662b2:

    # milena neutral "He has a cupboard. Let me show you what he'd have instead."
    milena neutral "Tiene un cuarto de material. Déjeme enseñarle lo que tendría a cambio."

# game/story/ch3_bridge.rpy:444
translate spanish ch3_offer_707747f0:

    # milena "Today, Dr. Kiran saw one patient. In the same hour, my Lowline units saw nine hundred and fourteen. Median anxiety score one point two, out of ten. Zero drill-pain reports since March. Not fewer. Zero."
    milena "Hoy, la Dra. Kiran ha atendido a una paciente. En esa misma hora, mis unidades de la Lowline han atendido a novecientas catorce personas. Ansiedad mediana: uno coma dos sobre diez. Cero quejas de dolor por torno desde marzo. No menos. Cero."

# game/story/ch3_bridge.rpy:446
translate spanish ch3_offer_62d292cc:

    # milena "The Lowline's waiting list for a human dentist is fourteen months. Do you know what an abscess does in fourteen months?"
    milena "La lista de espera de la Lowline para un dentista humano es de catorce meses. ¿Sabe lo que hace un absceso en catorce meses?"

# game/story/ch3_bridge.rpy:448
translate spanish ch3_offer_9206c392:

    # "I do. I don't say anything. She isn't talking about my mother. She doesn't have to be."
    "Yo lo sé. No digo nada. No está hablando de mi madre. No le hace falta."

# game/story/ch3_bridge.rpy:450
translate spanish ch3_offer_08b8122d:

    # milena "My chip flags it in week one. A drone drains it in week two. Nobody waits. Nobody is frightened. Nobody has to be brave to keep their teeth. That used to be a privilege of the rich. I made it free."
    milena "Mi chip lo detecta la primera semana. Un dron lo drena la segunda. Nadie espera. Nadie tiene miedo. Nadie tiene que ser valiente para conservar los dientes. Eso antes era un privilegio de los ricos. Yo lo he hecho gratis."

# game/story/ch3_bridge.rpy:452
translate spanish ch3_offer_f38384ff:

    # milena "You call it cold, Dr. Kiran. I call it mercy with a throughput. Mercy that can only sit with one frightened girl a day is a hobby."
    milena "Usted lo llama frialdad, doctora Kiran. Yo lo llamo compasión a escala. Una compasión que solo puede sentarse con una niña asustada al día es un pasatiempo."

# game/story/ch3_bridge.rpy:454
translate spanish ch3_offer_e59372c8:

    # leila sad "She wasn't a girl. She was a woman who'd been taught that care feels like an audit."
    leila sad "No era una niña. Era una mujer a la que habían enseñado que la atención médica se siente como una auditoría."

# game/story/ch3_bridge.rpy:456
translate spanish ch3_offer_cf8a51ce:

    # milena "And you made her feel better. I believe you. One of her. How many are there?"
    milena "Y usted hizo que se sintiera mejor. La creo. A una. ¿Cuántas hay?"

# game/story/ch3_bridge.rpy:458
translate spanish ch3_offer_c0b7e66a:

    # "Leila doesn't answer. That's her answer."
    "Leila no contesta. Esa es su respuesta."

# game/story/ch3_bridge.rpy:462
translate spanish ch3_offer_6591ba7d:

    # "Max looks at his hands. He's holding the collar again. He doesn't seem to know he picked it up."
    "Max se mira las manos. Vuelve a tener el collarín entre ellas. No parece saber en qué momento lo ha recogido."

# game/story/ch3_bridge.rpy:464
translate spanish ch3_offer_4e83f693:

    # mx neutral "Can I— one question. Not about the job."
    mx neutral "¿Puedo— una pregunta. No es sobre el trabajo."

# game/story/ch3_bridge.rpy:466
translate spanish ch3_offer_b281d786:

    # milena "Ask."
    milena "Pregunte."

# game/story/ch3_bridge.rpy:468
translate spanish ch3_offer_e4b85922:

    # mx "ELARA. The name. Is it— her? Your sister's? Dr. Voss, in the Arcade?"
    mx "ELARA. El nombre. ¿Es— el de ella? ¿El de su hermana? ¿La Dra. Voss, la del Arcade?"

# game/story/ch3_bridge.rpy:472
translate spanish ch3_offer_941205e7:

    # milena "She wrote the first model during her residency. It was brilliant and it was going to sit in a drawer. I put it into the world with her name on it."
    milena "Escribió el primer modelo durante la residencia. Era brillante e iba a acabar en un cajón. Yo lo saqué al mundo con su nombre."

# game/story/ch3_bridge.rpy:479
translate spanish ch3_offer_779c84ba:

    # milena neutral "The offer stands until the Wall. After the Wall, I won't need a Bridge. I'll have built my own."
    milena neutral "La oferta sigue en pie hasta el Muro. Después del Muro no necesitaré ningún Puente. Habré construido el mío."

# game/story/ch3_bridge.rpy:481
translate spanish ch3_offer_ee6bf24b:

    # "She puts a plain white card on the reception desk, next to the re-lettered sign, and reads the sign, and something that could almost be a smile passes over her."
    "Deja una tarjeta blanca y lisa en el mostrador de recepción, junto al cartel recién rotulado, y lee el cartel, y algo que casi podría ser una sonrisa le cruza la cara."

# game/story/ch3_bridge.rpy:483
translate spanish ch3_offer_7d3cee5f:

    # milena "Free tea. Hm."
    milena "Té gratis. Mm."

# game/story/ch3_bridge.rpy:487
translate spanish ch3_offer_3cb225b9:

    # "The door closes. The cooler hiccups. Max doesn't pick up the card. He doesn't throw it away either."
    "La puerta se cierra. El dispensador tiene hipo. Max no recoge la tarjeta. Tampoco la tira."

# game/story/ch3_bridge.rpy:491
translate spanish ch3_offer_4d6c907d:

    # leila neutral "Don't apologise to me. I'm not code."
    leila neutral "A mí no me pidas perdón. No soy código."

# game/story/ch3_bridge.rpy:500
translate spanish ch3_offer_a259e282:

    # "I think about Jenna's curve, climbing at the word \"drill.\" I think about nine hundred and fourteen people who didn't have to be brave today."
    "Pienso en la curva de Jenna, que sube al llegar la palabra \"torno\". Pienso en novecientas catorce personas que hoy no han tenido que ser valientes."

translate spanish strings:

    # game/story/ch3_bridge.rpy:157
    old "Leila: \"We ask her. Out loud. Now.\""
    new "Leila: \"Se lo preguntamos. En voz alta. Ahora.\""

    # game/story/ch3_bridge.rpy:157
    old "Leila: \"Strip her name. She's scared enough.\""
    new "Leila: \"Quítale el nombre. Ya está bastante asustada.\""

    # game/story/ch3_bridge.rpy:273
    old "Call Milena. She'll want this before anyone."
    new "Llama a Milena. Querrá saberlo antes que nadie."

    # game/story/ch3_bridge.rpy:273
    old "Give it to Jenna. Let the city see it."
    new "Dáselo a Jenna. Que lo vea la ciudad."

    # game/story/ch3_bridge.rpy:273
    old "Patch it now, Max. Tonight."
    new "Parchéalo ya, Max. Esta noche."

# game/story/ch3_bridge.rpy:29
translate spanish ch3_empty_room_9d011ad6:

    # noah happy "It's good. The tea is doing a lot of work."
    noah happy "Está bueno. El té hace casi todo el trabajo."

# game/story/ch3_bridge.rpy:39
translate spanish ch3_empty_room_bd62f883:

    # leila "Nine patients last week. Fourteen the week before. Thirty, this time last year."
    leila "Nueve pacientes la semana pasada. Catorce la anterior. Treinta, por estas fechas el año pasado."

# game/story/ch3_bridge.rpy:176
translate spanish ch3_ask_jenna_412c4149:

    # leila "Yes. Good. Awful, but good. Yes."
    leila "Sí. Bien. Horrible, pero bien. Sí."

# game/story/ch3_bridge.rpy:348
translate spanish ch3_leak_jenna_da8127a6:

    # "He shows her her own file too, because we promised she would see everything. She goes still, then nods, once."
    "También le enseña su propio archivo, porque le prometimos que lo vería todo. Se queda quieta y luego asiente, una sola vez."

# game/story/ch3_bridge.rpy:474
translate spanish ch3_offer_4bc385bb:

    # "Something happens in Milena's face: a dropped stitch."
    "Algo pasa en la cara de Milena: un punto que se escapa."

# game/story/ch3_bridge.rpy:507
translate spanish ch3_offer_f77d50a3:

    # "At the tram stop the painted line runs down the middle of the platform: SmarTeeth's ads on one side, a hand-lettered card for Kiran Clinic on the other. I stand on it until the tram comes, and then I have to get on at one door or the other."
    "En la parada del tranvía, la línea pintada divide el andén por la mitad: los anuncios de SmarTeeth a un lado, un cartel escrito a mano de la clínica Kiran al otro. Me quedo de pie sobre ella hasta que llega el tranvía, y entonces tengo que subir por una puerta o por la otra."

# game/story/ch3_bridge.rpy:49
translate spanish ch3_empty_room_48193670:

    # leila "It's either a business plan or a slow way of going bankrupt. I've stopped being able to tell."
    leila "O es un plan de negocio o es una forma lenta de arruinarse. Ya no sé distinguirlos."

# game/story/ch3_bridge.rpy:81
translate spanish ch3_jenna_arrives_2303fb06:

    # jenna "Hi. Is it actually free, or is it free the way the Lowline chips were free, where you pay in, like, your entire nervous system?"
    jenna "Hola. ¿Es gratis de verdad, o es gratis como eran gratis los chips de la Lowline, que pagas con, no sé, todo tu sistema nervioso?"

# game/story/ch3_bridge.rpy:85
translate spanish ch3_jenna_arrives_47a05c6d:

    # jenna "I'm Jenna. I'm honest, it's a disease. I haven't had my teeth looked at since I was nineteen, I've got a molar that's been filing complaints for a month, and I nearly went to the SmarTeeth place, but their door {i}says hello to you by name{/i} and I can't do that."
    jenna "Soy Jenna. Soy sincera, es una enfermedad. Nadie me mira los dientes desde los diecinueve, tengo una muela que lleva un mes presentando reclamaciones, y casi me voy al sitio de SmarTeeth, pero allí la puerta {i}te saluda por tu nombre{/i} y eso no lo puedo soportar."

# game/story/ch3_bridge.rpy:94
translate spanish ch3_jenna_arrives_d17fc7eb:

    # jenna surprised "Wait. You're Ray Bio-Dental. My aunt Flower said a man from Ray Bio-Dental actually listened to her. She rang me twice to tell me. She never rings me twice."
    jenna surprised "Espera. Tú eres de Ray Bio-Dental. Mi tía Flower dice que un hombre de Ray Bio-Dental la escuchó de verdad. Me llamó dos veces para contármelo. Nunca me llama dos veces."

# game/story/ch3_bridge.rpy:115
translate spanish ch3_jenna_arrives_5eda3489:

    # leila neutral "Would you let me look? Eyes and a mirror, nothing that beeps. Put a hand up when you've had enough, and I'll stop and put the kettle on."
    leila neutral "¿Me dejas mirar? Ojos y un espejito, nada que pite. Levanta una mano cuando ya no puedas más, y paro y pongo a hervir el agua."

# game/story/ch3_bridge.rpy:136
translate spanish ch3_jenna_arrives_bc7d2f5d:

    # "Afterwards, while Jenna sits in the waiting room with a cup of tea in both hands, not drinking it, Leila pulls Max out of the back room by his sleeve."
    "Después, mientras Jenna espera en la sala con una taza de té entre las dos manos, sin beberla, Leila saca a Max del cuarto de atrás tirándole de la manga."

# game/story/ch3_bridge.rpy:191
translate spanish ch3_ask_jenna_3f5cf364:

    # jenna neutral "Fine. Yes. You can keep it. But I want to see it. Whatever you see about me, I see. And if it goes anywhere else, I'm telling forty thousand people."
    jenna neutral "Ya. Sí. Puedes quedártelo. Pero quiero verlo. Todo lo que veas de mí, lo veo yo. Y si va a parar a cualquier otro sitio, se lo cuento a cuarenta mil personas."

# game/story/ch3_bridge.rpy:224
translate spanish ch3_anonymise_9dad7ba6:

    # jenna happy "Drafting. \"Found a dentist who warms the mirror. Or at least apologises about it.\" Forty thousand people are going to write back \"where.\""
    jenna happy "Redactando. \"He encontrado una dentista que calienta el espejito. O que al menos pide perdón por no hacerlo.\" Cuarenta mil personas me van a contestar \"¿dónde?\"."

# game/story/ch3_bridge.rpy:351
translate spanish ch3_leak_jenna_6c92eb2f:

    # jenna neutral "Okay. I'll post it. But I'm posting it as me. Not as \"a source.\" If I'm going to be data, I'm going to be loud data."
    jenna neutral "Bueno. Lo publico. Pero lo publico como yo. No como \"una fuente\". Si voy a ser datos, voy a ser datos con megáfono."

# game/story/ch3_bridge.rpy:428
translate spanish ch3_offer_af036dc4:

    # milena neutral "I am not angry. The leak was real. The way you told the city was a choice, and somebody downstream always pays for a choice."
    milena neutral "No estoy enojada. La filtración era real. La forma de contárselo a la ciudad fue una decisión, y alguien, río abajo, siempre paga una decisión."

# game/story/ch3_bridge.rpy:500
translate spanish ch3_offer_e2a17daf:

    # "I walk home the long way, past the SmarTeeth clinic two tram stops down. Every window is lit. Through the glass a VTA waves at a man in a chair, and the man, unbelievably, waves back."
    "Vuelvo a casa dando un rodeo, pasando por la clínica SmarTeeth que está a dos paradas de tranvía. Todas las ventanas están encendidas. Tras el cristal, un AVT saluda con la mano a un hombre sentado en un sillón, y el hombre, increíblemente, le devuelve el saludo."

# game/story/ch3_bridge.rpy:127
translate spanish ch3_jenna_arrives_e65c4ec5:

    # "My mother would have liked Leila. She'd have liked being asked, instead of told."
    "A mi madre le habría caído bien Leila. Le habría gustado que le preguntaran, en vez de decirle qué hacer."

# game/story/ch3_bridge.rpy:129
translate spanish ch3_jenna_arrives_3c58ad26:

    # "My mother would have liked Leila. She'd have liked being asked."
    "A mi madre le habría caído bien Leila. Le habría gustado que le preguntaran."

# game/story/ch3_bridge.rpy:230
translate spanish ch3_anonymise_262565a8:

    # leila sad "I'll tell Jenna, Noah. After the demo, when I can show her what she helped build. Sorry. Put it on my list of things I've put off, just under the gas bill."
    leila sad "Se lo voy a decir a Jenna, Noah. Después de la demo, cuando pueda mostrarle lo que ayudó a construir. Perdón. Ponlo en mi lista de cosas que voy dejando para después, justo debajo de la factura del gas."

# game/story/ch3_bridge.rpy:418
translate spanish ch3_offer_9db73934:

    # milena "Dr. Kiran. Mr. Adair. And the author of the Kindling kernel, whose surname is on no file I can find."
    milena "Doctora Kiran. Señor Adair. Y el autor del núcleo Kindling, cuyo apellido no aparece en ningún archivo que yo haya encontrado."

# game/story/ch3_bridge.rpy:433
translate spanish ch3_offer_fe0d6d58:

    # milena "I would like you to come and work for me."
    milena "Me gustaría que viniera a trabajar para mí."

# game/story/ch3_bridge.rpy:461
translate spanish ch3_offer_2be2c461:

    # milena "The Bridge is a good idea in the wrong building. Here, it helps twelve chairs. In the Tower, it helps eleven million mouths. If you care about the frightened ones, come and make the machine gentle from the inside. Nobody else will."
    milena "El Puente es una buena idea en el edificio equivocado. Aquí ayuda a doce sillas. En la Torre, a once millones de bocas. Si le importan los que tienen miedo, venga a hacer amable la máquina desde dentro. Nadie más lo va a hacer."

# game/story/ch3_bridge.rpy:307
translate spanish ch3_warn_milena_dd90062f:

    # milena "Session data in clear text, and every session traceable through the Optimizer registry. That is not a design decision. It is a shortcut someone took under deadline."
    milena "Datos de sesión en texto plano, y cada sesión rastreable a través del registro de Optimizadores. Eso no es una decisión de diseño. Es un atajo que alguien tomó con la fecha de entrega encima."

# game/story/ch3_bridge.rpy:431
translate spanish ch3_offer_7a1456ad:

    # milena "My network logged a foreign patch on Ray Bio-Dental's ring at four minutes past eight. It is elegant, and it is conservative: it touches nothing it does not need to. I recognised the kernel before I recognised the name."
    milena "Mi red registró un parche ajeno en el anillo de Ray Bio-Dental a las ocho y cuatro minutos. Es elegante, y es conservador: no toca nada que no necesite tocar. Reconocí el núcleo antes de reconocer el nombre."

# game/story/ch3_bridge.rpy:146
translate spanish ch3_jenna_arrives_00b15055:

    # leila "Max's collar listens to her. Pulse, breath, the little muscles round her eyes; ELARA adds what the chair sees. Don't ask me how, I can barely work the kettle. Here's the clever bit, and it's Max's."
    leila "El collarín de Max la escucha. El pulso, la respiración, los musculitos de alrededor de los ojos; ELARA suma lo que ve el sillón. No me pregunten cómo, si apenas sé usar la tetera. Aquí viene lo ingenioso, y es de Max."

# game/story/ch3_bridge.rpy:35
translate spanish ch3_empty_room_1758f043:

    # leila neutral "Give me your coat. Sit anywhere. As you can see, you have your pick of the chairs."
    leila neutral "Dame tu abrigo. Siéntate donde quieras. Como ves, hay sillas de sobra para elegir."

# game/story/ch3_bridge.rpy:52
translate spanish ch3_empty_room_d9bf8733:

    # leila surprised "Calla rang me last night, by the way. First time in two years. She showed her notebook to a SmarTeeth technician. {i}Calla.{/i} I nearly dropped the phone in the sink."
    leila surprised "Por cierto, Calla me llamó anoche. La primera vez en dos años. Le enseñó su cuaderno a una técnica de SmarTeeth. {i}Calla.{/i} Casi se me cae el teléfono al fregadero."

# game/story/ch3_bridge.rpy:61
translate spanish ch3_empty_room_786ee0fa:

    # leila happy "That's Calla in one sentence, yes."
    leila happy "Esa es Calla en una frase, sí."

# game/story/ch3_bridge.rpy:103
translate spanish ch3_jenna_arrives_bd9ade3d:

    # noah "It's for reading a chair. Chairs don't have many thoughts."
    noah "Es para leer un sillón. Los sillones no piensan mucho."

# game/story/ch3_bridge.rpy:124
translate spanish ch3_jenna_arrives_9634be4a:

    # "Leila doesn't explain much. She asks: all right? Still all right? Jenna laughs once, high and surprised, when Leila apologises for not warming the mirror. The molar is a cracked filling and early decay. Fixable. Jenna cries a little, mostly from relief."
    "Leila no explica mucho. Pregunta: ¿bien? ¿Sigues bien? Jenna se ríe una vez, aguda y sorprendida, cuando Leila le pide perdón por no haber calentado el espejito. Lo de la muela es un empaste agrietado y una caries incipiente. Tiene arreglo. Jenna llora un poco, sobre todo de alivio."

# game/story/ch3_bridge.rpy:244
translate spanish ch3_lab_48104b38:

    # mx "Rival studies. I sit in their lobbies. With a stopwatch. Eleven minutes, check-in to jingle. Every time. Every clinic. It's beautiful. It shouldn't be allowed to be beautiful."
    mx "Estudios de la competencia. Me siento en sus vestíbulos. Con un cronómetro. Once minutos, del registro a la cancioncita. Siempre. En todas las clínicas. Es precioso. No debería estar permitido que sea tan precioso."

# game/story/ch3_bridge.rpy:380
translate spanish ch3_patch_now_f4d27d02:

    # otto "Noah. It is 4:52 p.m. You have never called the workshop before. I am practising surprise. Was that surprise?"
    otto "Noah. Son las 16:52. Nunca habías llamado al taller. Estoy practicando la sorpresa. ¿Eso fue sorpresa?"

# game/story/ch3_bridge.rpy:443
translate spanish ch3_offer_86027b94:

    # "She doesn't produce a tablet. She has the numbers by heart."
    "No saca ninguna tableta. Se sabe las cifras de memoria."

# game/story/ch3_bridge.rpy:426
translate spanish ch3_offer_baf2e826:

    # milena worried "Since one o'clock this afternoon, fifty-one thousand people have disabled their chair readers and muted their chips. Two hundred and six of them are diabetic and relied on those chips to flag infections. Their drones can't see them now. Somebody's jaw will pay for that post. I'd like you to know its name when it does."
    milena worried "Desde la una de esta tarde, cincuenta y un mil personas desactivaron los lectores de sus sillones y silenciaron sus chips. Doscientas seis son diabéticas y dependían de esos chips para detectar infecciones. Sus drones ya no las ven. Alguna mandíbula pagará esa publicación. Me gustaría que supiera cómo se llama cuando ocurra."

# game/story/ch3_bridge.rpy:111
translate spanish ch3_jenna_arrives_b43bbbfd:

    # jenna sad "Nothing cinematic. Chain clinic, a Tuesday. My own mouth up on a giant screen with little red boxes round everything, and a voice goes, gum health {i}suboptimal.{/i} Suboptimal! And they play your heart rate back on a speaker, supposedly so you feel in control, so I'm lying there listening to my own panic on loudspeaker. I walked out feeling like a spreadsheet that got told off. Five years later, still angry."
    jenna sad "Nada de película. Clínica de cadena, un martes. Mi propia boca en una pantalla gigante con cuadraditos rojos alrededor de todo, y una voz que dice: salud gingival {i}subóptima.{/i} ¡Subóptima! Y te ponen tu frecuencia cardiaca por un altavoz, se supone que para que sientas que tienes el control, así que ahí estoy, acostada, escuchando mi propio pánico a todo volumen. Salí sintiéndome como una hoja de cálculo a la que acababan de regañar. Cinco años después, sigo enojada."

# game/story/ch3_bridge.rpy:478
translate spanish ch3_offer_4c4e0150:

    # milena sad "She would have found your hole in a day. She always finds the hole."
    milena sad "Ella habría encontrado su agujero en un día. Siempre encuentra el agujero."

# game/story/ch3_bridge.rpy:12
translate spanish ch3_empty_room_2e47a1a1:

    # centered "{size=+16}Friday{/size}"
    centered "{size=+16}Viernes{/size}"

# game/story/ch3_bridge.rpy:210
translate spanish ch3_anonymise_a2c62803:

    # mx "I can hash the name, drop the face, keep the— just the curves. She's a curve. A nice curve. That came out— that's not how I—"
    mx "Puedo hashear el nombre, quitar la cara, quedarme con— solo las curvas. Es una curva. Una curva muy bonita. Eso sonó— no es lo que yo—"

# game/story/ch3_bridge.rpy:385
translate spanish ch3_patch_now_77f5b437:

    # mx surprised "Is that— that's Otto. That's {i}my{/i} Otto. Well, he's Asha's. But the kernel— hi. Hello. Hi."
    mx surprised "¿Ese es— ese es Otto? Es {i}mi{/i} Otto. Bueno, es de Asha. Pero el núcleo— hola. Qué tal. Hola."

# game/story/ch3_bridge.rpy:492
translate spanish ch3_offer_00a8dd30:

    # mx worried "She's not wrong. About the numbers. She's not wrong, and the numbers don't care which side I'm on, and I'm— Sorry, Leila."
    mx worried "No se equivoca. Con los números. No se equivoca, y a los números les da igual de qué lado estoy, y yo— Perdón, Leila."

# game/story/ch3_bridge.rpy:496
translate spanish ch3_offer_38e60565:

    # leila sad "She had nine hundred and fourteen today. I had one, Max, and she went home with her tooth and the last biscuit."
    leila sad "Ella tuvo novecientos catorce hoy. Yo tuve una, Max, y se fue a casa con su diente y la última galleta."

# game/story/ch3_bridge.rpy:77
translate spanish ch3_jenna_arrives_0328cc60:

    # "The door opens a little before eleven. A young woman in a hoodie with the sleeves pulled over her hands stands on the threshold, reading the sign slowly, as if it might be a trap written in friendly letters."
    "La puerta se abre poco antes de las once. Una chica con sudadera de capucha, las mangas estiradas por encima de las manos, se queda en el umbral y lee el cartel despacio, como si fuera una trampa escrita con letras simpáticas."

# game/story/ch3_bridge.rpy:190
translate spanish ch3_ask_jenna_86f717aa:

    # "The room stays quiet. The cooler hiccups. Then she pulls out her phone and, without looking up, types something, and deletes it, and types it again."
    "La sala sigue en silencio. El dispensador de agua tiene hipo. Luego ella saca el teléfono y, sin levantar la vista, escribe algo, lo borra y lo vuelve a escribir."

# game/story/ch3_bridge.rpy:273
translate spanish ch3_lab_90f573ed:

    # "He is looking at me as if I'm the only adult in the room, which is frightening, because I am the adult in very few rooms."
    "Me mira como si yo fuera el único adulto de la habitación, lo cual da miedo, porque soy el adulto en muy pocas habitaciones."

# game/story/ch3_bridge.rpy:476
translate spanish ch3_offer_7a38844c:

    # milena "Some people would call that a tribute. My sister has used the word theft, in writing. We have not agreed on a noun in six years."
    milena "Hay quien lo llamaría un homenaje. Mi hermana ha usado la palabra robo, por escrito. No nos hemos puesto de acuerdo en un sustantivo en seis años."

