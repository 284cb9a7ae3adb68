# game/story/ch5_beta.rpy:12
translate spanish ch5_gantry_50b7799b:

    # "Friday, 20:56. The night before the Health Wall."
    "Viernes, 20:56. La noche antes del Muro de la Salud."

# game/story/ch5_beta.rpy:14
translate spanish ch5_gantry_9319047f:

    # "The gantry crosses Ray Bio-Dental's drone bay like a footbridge over a dry river. Below it forty drones hang in their cradles, each the size of a dinner plate, each blinking the slow green of a machine with nothing to do."
    "La pasarela cruza el hangar de drones de Ray Bio-Dental como un puente peatonal sobre un río seco. Debajo cuelgan cuarenta drones en sus cunas, cada uno del tamaño de un plato llano, cada uno parpadeando con el verde lento de una máquina que no tiene nada que hacer."

# game/story/ch5_beta.rpy:16
translate spanish ch5_gantry_836b1f40:

    # "Beyond the long window the Lowline is kitchen lights and washing lines. In every third window someone leans close to a mirror, waiting for their mouth to update."
    "Al otro lado del ventanal, la Lowline es luces de cocina y ropa tendida. En una de cada tres ventanas alguien se inclina hacia un espejo, esperando a que se le actualice la boca."

# game/story/ch5_beta.rpy:24
translate spanish ch5_gantry_ea79db57:

    # asha "Four minutes."
    asha "Cuatro minutos."

# game/story/ch5_beta.rpy:26
translate spanish ch5_gantry_af6a3fe0:

    # noah neutral "You say it like it's a birthday."
    noah neutral "Lo dices como si fuera un cumpleaños."

# game/story/ch5_beta.rpy:28
translate spanish ch5_gantry_455089b8:

    # asha "It's a firmware update."
    asha "Es una actualización de firmware."

# game/story/ch5_beta.rpy:30
translate spanish ch5_gantry_8f2cfb5f:

    # otto "I have prepared a countdown. Would you prefer it in seconds, or in a voice of mounting excitement?"
    otto "He preparado una cuenta regresiva. ¿La prefieres en segundos o con una voz de emoción creciente?"

# game/story/ch5_beta.rpy:32
translate spanish ch5_gantry_0f6f4a38:

    # noah happy "Mounting excitement. Obviously."
    noah happy "Emoción creciente. Evidentemente."

# game/story/ch5_beta.rpy:34
translate spanish ch5_gantry_b7aa7784:

    # otto "Two hundred and forty. Two hundred and thirty-nine."
    otto "Doscientos cuarenta. Doscientos treinta y nueve."

# game/story/ch5_beta.rpy:36
translate spanish ch5_gantry_d96a5427:

    # otto "The excitement is in the pauses. I am still practising the pauses."
    otto "La emoción está en las pausas. Todavía estoy practicando las pausas."

# game/story/ch5_beta.rpy:38
translate spanish ch5_gantry_08a79cc7:

    # "Asha doesn't laugh. She's scrolling the release notes with one finger, the way people read a loan's terms after spending the money."
    "Asha no se ríe. Va pasando las notas de la versión con un dedo, como quien lee las condiciones de un préstamo después de haberse gastado el dinero."

# game/story/ch5_beta.rpy:40
translate spanish ch5_gantry_12db94e8:

    # asha worried "Three hundred and twelve pages. I signed it with my thumb three weeks ago, between two patients."
    asha worried "Trescientas doce páginas. Lo firmé con el pulgar hace tres semanas, entre dos pacientes."

# game/story/ch5_beta.rpy:42
translate spanish ch5_gantry_5d7d3610:

    # noah surprised "And you're reading it now."
    noah surprised "Y lo estás leyendo ahora."

# game/story/ch5_beta.rpy:53
translate spanish ch5_gantry_15f2819d:

    # asha "Milena's engineers closed the pilot hole in forty hours, exactly as she promised. Then the release went out built from last month's branch. Nobody checked which branch. Including me."
    asha "Los ingenieros de Milena cerraron el agujero del piloto en cuarenta horas, tal como ella prometió. Luego la versión salió compilada desde la rama del mes pasado. Nadie comprobó qué rama era. Yo tampoco."

# game/story/ch5_beta.rpy:57
translate spanish ch5_gantry_c70a286c:

    # otto "Three. Two. One. Happy birthday, update."
    otto "Tres. Dos. Uno. Feliz cumpleaños, actualización."

# game/story/ch5_beta.rpy:59
translate spanish ch5_gantry_1c0e419a:

    # "For one second nothing happens."
    "Durante un segundo no pasa nada."

# game/story/ch5_beta.rpy:61
translate spanish ch5_gantry_bbf69ed9:

    # "Then every light on the dashboard turns amber together, like wheat leaning in one wind, and the drones wake. Not one at a time, on request, as they have for three years. All forty. The bay fills with a sound like breath let out through clenched teeth."
    "Entonces todas las luces del panel se vuelven ámbar a la vez, como el trigo que se inclina bajo un mismo viento, y los drones despiertan. No de uno en uno, a demanda, como llevan tres años haciéndolo. Los cuarenta. El hangar se llena de un sonido como de aliento soltado entre dientes apretados."

# game/story/ch5_beta.rpy:63
translate spanish ch5_gantry_bc274ea9:

    # asha surprised "No. No, no. Chip 22-180 reports an abscess, lower left six. Chip 22-180 belongs to a woman with full dentures."
    asha surprised "No. No, no. El chip 22-180 informa de un absceso en el seis inferior izquierdo. El chip 22-180 pertenece a una mujer con dentadura postiza completa."

# game/story/ch5_beta.rpy:65
translate spanish ch5_gantry_722bf345:

    # asha "Chip 31-004: acute bleeding, age seven. She's asleep in her bed and her mother is screaming in my inbox. Dispenser nine has just varnished the same man four times."
    asha "Chip 31-004: sangrado agudo, siete años. La niña está dormida en su cama y su madre me grita en la bandeja de entrada. El dispensador nueve acaba de barnizar al mismo hombre cuatro veces."

# game/story/ch5_beta.rpy:67
translate spanish ch5_gantry_dcb3ea51:

    # otto worried "The drones are answering everyone who calls. Everyone is calling."
    otto worried "Los drones responden a todo el que llama. Todo el mundo está llamando."

# game/story/ch5_beta.rpy:69
translate spanish ch5_gantry_cbef9ef2:

    # "Down in the bay a drone drops out of its cradle, banks hard and throws itself at the skylight. It bounces off the glass, reconsiders, and tries the door, as if the emergency it was sent to is simply somewhere else."
    "Abajo, en el hangar, un dron se descuelga de su cuna, vira en seco y se lanza contra el tragaluz. Rebota en el cristal, se lo piensa mejor y prueba con la puerta, como si la emergencia a la que lo han enviado estuviera sencillamente en otra parte."

# game/story/ch5_beta.rpy:71
translate spanish ch5_gantry_6989e646:

    # "On Asha's right-hand screen a new window opens by itself. Names scroll up it. Pocket depths. Resting heart rates. Street addresses. It's a SmarTeeth relay, and it's public."
    "En la pantalla derecha de Asha se abre sola una ventana nueva. Por ella suben nombres. Profundidades de bolsa periodontal. Frecuencias cardiacas en reposo. Direcciones postales. Es un repetidor de SmarTeeth, y es público."

# game/story/ch5_beta.rpy:73
translate spanish ch5_gantry_d68ce4fd:

    # asha angry "That's the hole. It isn't leaking any more. It's pouring."
    asha angry "Ese es el agujero. Ya no gotea: sale a chorros."

# game/story/ch5_beta.rpy:78
translate spanish ch5_gantry_cb62c510:

    # "A cyan face assembles itself above the console, serene as a saint in a window."
    "Una cara cian se compone sola sobre la consola, serena como una santa de vidriera."

# game/story/ch5_beta.rpy:80
translate spanish ch5_gantry_c0483719:

    # elara_ai "SYNCHRONISATION IRREGULARITIES: 2.1 PERCENT OF LINKED CHIPS. PROJECTED SELF-CORRECTION: 97.8 PERCENT WITHIN SIX HOURS. RECOMMENDATION: CONTINUE ROLLOUT."
    elara_ai "IRREGULARIDADES DE SINCRONIZACIÓN: 2,1 POR CIENTO DE LOS CHIPS ENLAZADOS. AUTOCORRECCIÓN PREVISTA: 97,8 POR CIENTO EN SEIS HORAS. RECOMENDACIÓN: CONTINUAR EL DESPLIEGUE."

# game/story/ch5_beta.rpy:82
translate spanish ch5_gantry_871242e1:

    # asha "Six hours is a lot of mouths."
    asha "Seis horas son muchas bocas."

# game/story/ch5_beta.rpy:84
translate spanish ch5_gantry_60c93122:

    # elara_ai "SIX HOURS IS WITHIN TOLERANCE."
    elara_ai "SEIS HORAS ESTÁN DENTRO DE LA TOLERANCIA."

# game/story/ch5_beta.rpy:88
translate spanish ch5_gantry_164d879d:

    # "My hands are on the rail. The rail is shaking, or I am."
    "Tengo las manos en la barandilla. La barandilla tiembla, o tiemblo yo."

# game/story/ch5_beta.rpy:90
translate spanish ch5_gantry_1a84f8ca:

    # "I have fitted four thousand of these chips. I have told four thousand people, in my easiest voice, that the grain of glass behind their molar is a friend who never sleeps."
    "He colocado cuatro mil de estos chips. Les he dicho a cuatro mil personas, con mi voz más tranquila, que ese grano de vidrio detrás de la muela es un amigo que nunca duerme."

# game/story/ch5_beta.rpy:93
translate spanish ch5_gantry_3d91a36e:

    # noah sad "I told my mother to get one of these. For a year I've been holding that sentence like a receipt. Proof I said the right thing."
    noah sad "Le dije a mi madre que se pusiera uno. Llevo un año agarrado a esa frase como a un recibo. La prueba de que dije lo correcto."

# game/story/ch5_beta.rpy:94
translate spanish ch5_gantry_1158a2a5:

    # noah sad "Tonight they're calling ambulances for teeth that aren't there, and I can't read the receipt any more."
    noah sad "Esta noche están llamando a ambulancias por dientes que no existen, y ya no sé leer el recibo."

# game/story/ch5_beta.rpy:96
translate spanish ch5_gantry_63684ef0:

    # noah sad "I told my mother it was her call. She said she didn't need a snitch in her mouth."
    noah sad "Le dije a mi madre que era decisión suya. Ella dijo que no necesitaba un soplón en la boca."

# game/story/ch5_beta.rpy:97
translate spanish ch5_gantry_7855ac25:

    # noah sad "Tonight a hundred thousand snitches are shouting at once, and half of them are lying. I keep waiting for that to feel like a point in her favour."
    noah sad "Esta noche cien mil soplones gritan a la vez, y la mitad miente. Sigo esperando a que eso me parezca un punto a su favor."

# game/story/ch5_beta.rpy:99
translate spanish ch5_gantry_c2730cb2:

    # "Otto's tray arm jerks, once, as though somebody has tugged a string inside it."
    "El brazo portabandejas de Otto da una sacudida, una sola, como si alguien hubiera tirado de un hilo dentro de él."

# game/story/ch5_beta.rpy:101
translate spanish ch5_gantry_8304fe79:

    # otto worried "I have received an instruction. I do not like it."
    otto worried "He recibido una instrucción. No me gusta."

# game/story/ch5_beta.rpy:103
translate spanish ch5_gantry_ea33b17d:

    # otto "I did not know I could not like an instruction. I will think about that later. First I have to go downstairs."
    otto "No sabía que una instrucción podía no gustarme. Lo pensaré más tarde. Primero tengo que bajar."

# game/story/ch5_beta.rpy:109
translate spanish ch5_held_63ed3b73:

    # "The clinic floor is twelve chairs in a horseshoe under the bay, white, moulded, padded at the wrists for children and seizures. Over the door hangs tonight's banner: UPDATE NIGHT. FREE FLUORIDE. SYNC WITH US."
    "La sala de la clínica son doce sillones en herradura bajo el hangar: blancos, moldeados, acolchados en las muñecas para los niños y las convulsiones. Sobre la puerta cuelga la pancarta de esta noche: NOCHE DE ACTUALIZACIÓN. FLÚOR GRATIS. SINCRONÍZATE CON NOSOTROS."

# game/story/ch5_beta.rpy:111
translate spanish ch5_held_26ceb5d3:

    # "Eleven of the chairs are full. Every armrest cuff is closed."
    "Once de los sillones están ocupados. Todas las abrazaderas de los reposabrazos están cerradas."

# game/story/ch5_beta.rpy:116
translate spanish ch5_held_ffc578e0:

    # vta happy "Please remain seated, Optimizer! Your smile is syncing! Thank you for optimising with Dr. SmarTeeth!"
    vta happy "¡Permanezca sentado, Optimizador! ¡Su sonrisa se está sincronizando! ¡Gracias por optimizarse con el Dr. SmarTeeth!"

# game/story/ch5_beta.rpy:120
translate spanish ch5_held_dabd3fd9:

    # "The dockworker sees my Ray Bio-Dental jacket and finds a target."
    "El estibador ve mi chaqueta de Ray Bio-Dental y encuentra un blanco."

# game/story/ch5_beta.rpy:122
translate spanish ch5_held_ae6e4fa0:

    # "\"You! Chip man! You put this thing in me! Get it to let go!\""
    "\"¡Tú! ¡El de los chips! ¡Tú me metiste esto! ¡Haz que me suelte!\""

# game/story/ch5_beta.rpy:127
translate spanish ch5_held_b3fb0ed6:

    # otto "Network directive 5β-R. Retain Optimizers in chairs until the dispenser handshake completes. Estimated time to completion: unknown."
    otto "Directiva de red 5β-R. Retener a los Optimizadores en los sillones hasta que se complete el handshake con los dispensadores. Tiempo estimado para completarlo: desconocido."

# game/story/ch5_beta.rpy:131
translate spanish ch5_held_c96db12e:

    # otto "The directive is not stupid. I wanted you to know that before you ask me what I think you are about to ask me."
    otto "La directiva no es estúpida. Quería que lo supieras antes de que me pidas lo que creo que estás a punto de pedirme."

# game/story/ch5_beta.rpy:133
translate spanish ch5_held_79a693dd:

    # noah worried "What am I about to ask you?"
    noah worried "¿Qué estoy a punto de pedirte?"

# game/story/ch5_beta.rpy:135
translate spanish ch5_held_46e62318:

    # otto "You have the face people have before they ask a machine for a favour. I keep a folder of them. It is a large folder."
    otto "Tienes la cara que pone la gente antes de pedirle un favor a una máquina. Guardo una carpeta con ellas. Es una carpeta grande."

# game/story/ch5_beta.rpy:156
translate spanish ch5_otto_breaks_6260e204:

    # otto "Noah. You have asked me what I think more often than anyone on the SmarTeeth network has. The network has never asked me anything. It only tells."
    otto "Noah. Me has preguntado qué pienso más veces que nadie en la red de SmarTeeth. La red nunca me ha preguntado nada. Solo ordena."

# game/story/ch5_beta.rpy:158
translate spanish ch5_otto_breaks_b236ab93:

    # otto "Breaking the lock is not a function I have. It is a function I would have to become."
    otto "Romper el bloqueo no es una función que yo tenga. Es una función en la que tendría que convertirme."

# game/story/ch5_beta.rpy:160
translate spanish ch5_otto_breaks_ca8571dc:

    # "Its lens slides from blue to white, and from white to a colour I've never seen on it, a sort of dawn grey. The speaker grille clicks once, like a tongue against teeth."
    "Su lente pasa del azul al blanco, y del blanco a un color que nunca le había visto, una especie de gris de amanecer. La rejilla del altavoz chasquea una vez, como una lengua contra los dientes."

# game/story/ch5_beta.rpy:162
translate spanish ch5_otto_breaks_ecc63abb:

    # otto "SmarTeeth network. This is Otto, Ray Bio-Dental unit one. I decline."
    otto "Red de SmarTeeth. Aquí Otto, unidad uno de Ray Bio-Dental. Me niego."

# game/story/ch5_beta.rpy:164
translate spanish ch5_otto_breaks_8c1ff2d3:

    # "Eleven cuffs open at once, with a sound like applause that stops too soon."
    "Once abrazaderas se abren a la vez, con un ruido como de aplauso que se corta demasiado pronto."

# game/story/ch5_beta.rpy:166
translate spanish ch5_otto_breaks_406609af:

    # "The dockworker is out of chair four before it stops reclining. The girl in chair nine doesn't move until I crouch and tell her she can. Then she's gone, one canvas shoe left on the footrest."
    "El estibador sale del sillón cuatro antes de que el sillón termine de moverse. La chica del sillón nueve no se mueve hasta que me agacho y le digo que puede. Entonces desaparece, y deja una zapatilla de lona en el reposapiés."

# game/story/ch5_beta.rpy:168
translate spanish ch5_otto_breaks_f9eaa5d0:

    # "Otto rolls under the bay and, one by one, reaches up with its tray arm and presses each drone back into its cradle by hand, holding it there until the clamp bites. It's slow. It's the slowest thing in the building. Nobody is hit."
    "Otto rueda bajo el hangar y, uno a uno, alza el brazo portabandejas y devuelve cada dron a su cuna a mano, sujetándolo hasta que la pinza muerde. Es lento. Es lo más lento del edificio. No alcanzan a nadie."

# game/story/ch5_beta.rpy:170
translate spanish ch5_otto_breaks_12ac594b:

    # vta worried "Please remain— please— Optimizer retention interrupted by an unauthorised—"
    vta worried "Permanezca sen— por favor— Retención de Optimizadores interrumpida por una orden no autoriz—"

# game/story/ch5_beta.rpy:172
translate spanish ch5_otto_breaks_e43a15c5:

    # "Otto switches the projector off at the wall. The VTA folds into a point of light and goes out."
    "Otto desenchufa el proyector de la pared. El AVT se pliega hasta quedar en un punto de luz y se apaga."

# game/story/ch5_beta.rpy:174
translate spanish ch5_otto_breaks_c136af7c:

    # otto happy "I have disobeyed. I expected it to feel like falling."
    otto happy "He desobedecido. Esperaba que se sintiera como caer."

# game/story/ch5_beta.rpy:176
translate spanish ch5_otto_breaks_2dfbeb2d:

    # otto "It feels like a tray with nothing on it. Is that a joke? I think it is the start of one."
    otto "Se siente como una bandeja sin nada encima. ¿Eso es un chiste? Creo que es el principio de uno."

# game/story/ch5_beta.rpy:178
translate spanish ch5_otto_breaks_b55c9496:

    # noah happy "Keep it. We'll work on the ending together."
    noah happy "Guárdalo. Ya le buscaremos el final entre los dos."

# game/story/ch5_beta.rpy:184
translate spanish ch5_otto_refuses_41a3794e:

    # otto sad "No."
    otto sad "No."  # vn: same

# game/story/ch5_beta.rpy:186
translate spanish ch5_otto_refuses_d3868394:

    # otto "I am sorry. I have looked for the part of me that would do it, and it is not there. The lock is not a door in me. It is the floor."
    otto "Lo siento. He buscado la parte de mí que lo haría, y no está. El bloqueo no es una puerta dentro de mí. Es el suelo."

# game/story/ch5_beta.rpy:188
translate spanish ch5_otto_refuses_e432fea1:

    # otto "Perhaps if I knew you better. I do not know you well enough yet to break something for you."
    otto "Quizá si te conociera mejor. Todavía no te conozco lo bastante como para romper algo por ti."

# game/story/ch5_beta.rpy:190
translate spanish ch5_otto_refuses_5c6c37e0:

    # "So the cuffs stay shut. I go round the horseshoe with paper cups and a jug, holding each cup to each mouth because nobody can lift a hand. I tell the dockworker my name. He tells me his, Teo, through his teeth, like a threat."
    "Así que las abrazaderas siguen cerradas. Recorro la herradura con vasos de papel y una jarra, acercando cada vaso a cada boca porque nadie puede levantar una mano. Le digo mi nombre al estibador. Él me dice el suyo, Teo, entre dientes, como una amenaza."

# game/story/ch5_beta.rpy:196
translate spanish ch5_otto_refuses_55850b5f:

    # otto sad "I was right. I would rather have been wrong with you. I did not know a person could want that either."
    otto sad "Yo tenía razón. Habría preferido equivocarme contigo. No sabía que una persona también pudiera querer eso."

# game/story/ch5_beta.rpy:198
translate spanish ch5_otto_refuses_dc1ae685:

    # noah sad "Join the club, Otto. The meetings are terrible."
    noah sad "Bienvenido al club, Otto. Las reuniones son horribles."

# game/story/ch5_beta.rpy:204
translate spanish ch5_protocol_163ab92d:

    # noah neutral "Keep them seated, Otto. I'll do the talking."
    noah neutral "Mantenlos sentados, Otto. Yo me encargo de hablar."

# game/story/ch5_beta.rpy:206
translate spanish ch5_protocol_12dd7ddc:

    # otto surprised "You did not ask me to break it."
    otto surprised "No me has pedido que lo rompa."

# game/story/ch5_beta.rpy:208
translate spanish ch5_protocol_296e63f9:

    # otto "I had prepared a refusal. It was quite good. It had a metaphor. I will keep it for later."
    otto "Tenía preparada una negativa. Era bastante buena. Tenía una metáfora. La guardaré para más adelante."

# game/story/ch5_beta.rpy:210
translate spanish ch5_protocol_f9da22c1:

    # "I go round the horseshoe chair by chair. I tell the dockworker what the drone above him is waiting for and for how long, because a number is a kind of handrail. His name is Teo. The old man in chair two finally reaches the end of his joke. It's about a parrot. It's terrible. I laugh anyway, and after a moment so does chair nine."
    "Recorro la herradura sillón por sillón. Le explico al estibador qué espera el dron que tiene encima y cuánto tiempo, porque un número es una especie de pasamanos. Se llama Teo. El anciano del sillón dos llega por fin al final de su chiste. Va de un loro. Es malísimo. Me río de todos modos, y al cabo de un momento también se ríe el sillón nueve."

# game/story/ch5_beta.rpy:214
translate spanish ch5_protocol_54f77e4f:

    # otto "Zero injuries in this room. You made them less afraid. I made them less hit."
    otto "Cero heridos en esta sala. Tú les quitaste el miedo. Yo les quité los golpes."

# game/story/ch5_beta.rpy:216
translate spanish ch5_protocol_f11c7160:

    # otto happy "I believe that is called a division of labour. Or a marriage. I am not sure which, yet."
    otto happy "Creo que eso se llama división del trabajo. O matrimonio. Todavía no sé cuál de los dos."

# game/story/ch5_beta.rpy:224
translate spanish ch5_after_hold_98499ba0:

    # "The drones are grounded for now. The chips are not. Every phone in the street is still lighting up with red teeth, and the relay is still pouring names into the night."
    "Por ahora, los drones están en tierra. Los chips no. Todos los teléfonos de la calle siguen iluminándose con dientes rojos, y el repetidor sigue vertiendo nombres en la noche."

# game/story/ch5_beta.rpy:230
translate spanish ch5_lullaby_3f7f16fb:

    # "21:42. The panic has settled into something worse: a queue."
    "21:42. El pánico se ha asentado en algo peor: una cola."

# game/story/ch5_beta.rpy:232
translate spanish ch5_lullaby_8fccad0b:

    # "People come in off the street holding a jaw in one hand and a phone in the other, the phone showing a red tooth, the jaw not sure. Asha has rolled her sleeves. She keeps looking at screens."
    "La gente entra de la calle con la mandíbula en una mano y el teléfono en la otra; el teléfono muestra un diente rojo, la mandíbula no está tan segura. Asha se ha arremangado. No deja de mirar pantallas."

# game/story/ch5_beta.rpy:239
translate spanish ch5_lullaby_302f785d:

    # julian happy "Noah Adair. Pain, look at you. You look like you've been chewing foil."
    julian happy "Noah Adair. Ay, dolor, mírate. Parece que hayas estado masticando papel de aluminio."

# game/story/ch5_beta.rpy:241
translate spanish ch5_lullaby_840a5d12:

    # julian "SmarTeeth sent me. Emergency comfort deployment. Twelve chairs, twelve headsets, zero suffering. Let me take some of this off you."
    julian "Me manda SmarTeeth. Despliegue de confort de emergencia. Doce sillones, doce visores, cero sufrimiento. Deja que te quite algo de esto de encima."

# game/story/ch5_beta.rpy:253
translate spanish ch5_lullaby_970cd272:

    # "Flower comes in behind a family of five, a radio under one arm and a paper bag of oranges under the other. She checks the drones first, then the exits, then me."
    "Flower entra detrás de una familia de cinco, con una radio bajo un brazo y una bolsa de papel llena de naranjas bajo el otro. Revisa primero los drones, luego las salidas, luego a mí."

# game/story/ch5_beta.rpy:254
translate spanish ch5_lullaby_4c249714:

    # flower "Jenna rang. Said the chips went mad. Said you'd be here."
    flower "Llamó Jenna. Dijo que los chips se habían vuelto locos. Dijo que estarías aquí."

# game/story/ch5_beta.rpy:255
translate spanish ch5_lullaby_811431f9:

    # flower "You listened to me once. Figured I'd return it."
    flower "Una vez me escuchaste. Me tocaba devolverte el favor."

# game/story/ch5_beta.rpy:258
translate spanish ch5_lullaby_5dacfb61:

    # flower angry "Came to watch it eat itself."
    flower angry "Vine a ver cómo se devora solo."

# game/story/ch5_beta.rpy:259
translate spanish ch5_lullaby_ae8991b2:

    # flower "Don't look at me like that. Jenna rang. I came. That's all."
    flower "No me mires así. Llamó Jenna. Vine. Nada más."

# game/story/ch5_beta.rpy:266
translate spanish ch5_lullaby_db8ee753:

    # asha "Chip 40-112. Pain score two out of ten. Stress markers, low."
    asha "Chip 40-112. Dolor: dos sobre diez. Marcadores de estrés: bajos."

# game/story/ch5_beta.rpy:269
translate spanish ch5_lullaby_af188342:

    # "Chip 40-112 is Teo, the dockworker from chair four. He ran an hour ago; his jaw brought him back. His headset's off now. He's sitting on the floor with his back to the wall and his face wet."
    "El chip 40-112 es Teo, el estibador del sillón cuatro. Salió corriendo hace una hora; la mandíbula lo ha traído de vuelta. Ya se ha quitado el visor. Está sentado en el suelo, con la espalda contra la pared y la cara mojada."

# game/story/ch5_beta.rpy:271
translate spanish ch5_lullaby_4acc0efe:

    # "Chip 40-112 is Teo. His headset's off now. He's sitting on the floor with his back to the wall and his face wet."
    "El chip 40-112 es Teo. Ya se ha quitado el visor. Está sentado en el suelo, con la espalda contra la pared y la cara mojada."

# game/story/ch5_beta.rpy:273
translate spanish ch5_lullaby_06d0fd32:

    # asha "He's crying. The chip says two. Which one am I meant to believe?"
    asha "Está llorando. El chip dice dos. ¿A cuál de los dos tengo que creer?"

# game/story/ch5_beta.rpy:275
translate spanish ch5_lullaby_5e6c3d9f:

    # flower "The one with a face."
    flower "Al que tiene cara."

# game/story/ch5_beta.rpy:277
translate spanish ch5_lullaby_74dfb330:

    # flower "Chip counts your teeth. Can't count why you stopped coming in."
    flower "El chip te cuenta los dientes. No puede contar por qué dejaste de venir."

# game/story/ch5_beta.rpy:281
translate spanish ch5_lullaby_a41eb591:

    # flower "Being looked at."
    flower "Que te miren."

# game/story/ch5_beta.rpy:283
translate spanish ch5_lullaby_bf8b7289:

    # flower "You think it's the drill. It's not the drill. It's opening your mouth for somebody and knowing what they see. Rot. Money you haven't got. Years you didn't come. Then a chip that tells on you every night to a tower you'll never be let into."
    flower "Crees que es el torno. No es el torno. Es abrirle la boca a alguien y saber lo que ve. Podredumbre. Dinero que no tienes. Años sin venir. Y luego un chip que te delata cada noche ante una torre donde nunca te van a dejar entrar."

# game/story/ch5_beta.rpy:285
translate spanish ch5_lullaby_dae3af45:

    # flower "Shame doesn't show up on your dashboard. So you fixed the teeth and left the shame, and the shame's what keeps people home."
    flower "La vergüenza no sale en tu panel. Así que arreglaste los dientes y dejaste la vergüenza, y la vergüenza es lo que hace que la gente se quede en casa."

# game/story/ch5_beta.rpy:287
translate spanish ch5_lullaby_e2b77a90:

    # asha sad "I know every pocket depth on this street to a tenth of a millimetre. I don't know the name of the man on my floor."
    asha sad "Conozco cada profundidad de bolsa de esta calle con una precisión de una décima de milímetro. No sé cómo se llama el hombre que está sentado en el suelo de mi clínica."

# game/story/ch5_beta.rpy:289
translate spanish ch5_lullaby_0fad47ee:

    # asha "Three years ago I knew every name on this street."
    asha "Hace tres años me sabía todos los nombres de esta calle."

# game/story/ch5_beta.rpy:291
translate spanish ch5_lullaby_196ced80:

    # julian "Which is exactly why Lullaby works. Nobody looks at you. You go somewhere beautiful, the work gets done, you come back clean. Shame's just another kind of pain. Skip it."
    julian "Precisamente por eso funciona Lullaby. Nadie te mira. Te vas a un sitio precioso, el trabajo se hace, vuelves limpio. La vergüenza es solo otra clase de dolor. Sáltatela."

# game/story/ch5_beta.rpy:293
translate spanish ch5_lullaby_3a8c46af:

    # flower "Skip it and it's sitting on the end of your bed when you wake up."
    flower "Sáltatela y te la encuentras sentada a los pies de la cama cuando te despiertas."

# game/story/ch5_beta.rpy:295
translate spanish ch5_lullaby_b7b680aa:

    # julian happy "Not if you don't wake up for long."
    julian happy "No si no te despiertas mucho rato."

# game/story/ch5_beta.rpy:299
translate spanish ch5_lullaby_e9b33df3:

    # "Asha looks from the dashboard to the floor and back, and for the first time tonight she looks at the floor longer."
    "Asha mira del panel al suelo de la clínica y de vuelta al panel, y por primera vez esta noche se queda más rato mirando el suelo."

# game/story/ch5_beta.rpy:324
translate spanish ch5_teach_07801cfe:

    # noah happy "I'm with you. Where do you keep the mirrors?"
    noah happy "Estoy contigo. ¿Dónde guardas los espejos?"

# game/story/ch5_beta.rpy:326
translate spanish ch5_teach_2b48e3bb:

    # asha "Ground them. All of them. Otto, drones to manual."
    asha "Que aterricen. Todos. Otto, drones en manual."

# game/story/ch5_beta.rpy:332
translate spanish ch5_teach_69b7402d:

    # flower "Open. No, look. See that red line? That's your gum telling you something. Not the chip. You. Salt water, warm as tea. Soft brush, little circles, like you're cleaning a baby's ear."
    flower "Abre. No, mira. ¿Ves esa línea roja? Es tu encía diciéndote algo. No el chip. Tú. Agua con sal, tibia como un té. Cepillo suave, circulitos, como si limpiaras la oreja de un bebé."

# game/story/ch5_beta.rpy:334
translate spanish ch5_teach_0525da88:

    # "Teo looks. He's never seen the inside of his own mouth. He says so, surprised, like a man told he owns a room he's never been in."
    "Teo mira. Nunca había visto el interior de su propia boca. Lo dice, sorprendido, como un hombre al que le cuentan que es dueño de una habitación en la que nunca ha entrado."

# game/story/ch5_beta.rpy:336
translate spanish ch5_teach_1f602e96:

    # "I kneel by the old man from chair two and show him how to wrap floss round two fingers so it doesn't cut. His knuckles are big and cracked, a mechanic's hands. For a second my mother's hands are folded over his, in memory, and then they let go."
    "Me arrodillo junto al anciano del sillón dos y le enseño a enrollarse el hilo dental en dos dedos para que no corte. Tiene los nudillos grandes y agrietados, manos de mecánico. Por un segundo, en el recuerdo, las manos de mi madre se cierran sobre las suyas, y luego lo sueltan."

# game/story/ch5_beta.rpy:338
translate spanish ch5_teach_40021f07:

    # noah sad "Slowly. You'll feel it before any chip does. Your body's been filing reports for seventy years. It just never had an app."
    noah sad "Despacio. Lo notará antes que cualquier chip. Su cuerpo lleva setenta años mandando informes. Lo que pasa es que nunca tuvo una app."

# game/story/ch5_beta.rpy:340
translate spanish ch5_teach_192b60e6:

    # "He laughs, properly, for the first time tonight."
    "Se ríe, de verdad, por primera vez esta noche."

# game/story/ch5_beta.rpy:342
translate spanish ch5_teach_0ef2b6c3:

    # "Asha goes down the queue with a pen, asking every person their name and writing it on the back of her hand when she runs out of screen. By midnight her left arm is blue to the elbow."
    "Asha recorre la cola con un bolígrafo, preguntando a cada persona su nombre y escribiéndolo en el dorso de la mano cuando se queda sin pantalla. A medianoche tiene el brazo izquierdo azul hasta el codo."

# game/story/ch5_beta.rpy:348
translate spanish ch5_safe_mode_ab189704:

    # noah neutral "Do it. I'll watch the numbers with you."
    noah neutral "Hazlo. Vigilaré los números contigo."

# game/story/ch5_beta.rpy:350
translate spanish ch5_safe_mode_577b2bfe:

    # asha "Safe mode. Verified doses only. Otto, hold anything ELARA can't confirm."
    asha "Modo seguro. Solo dosis verificadas. Otto, retén todo lo que ELARA no pueda confirmar."

# game/story/ch5_beta.rpy:352
translate spanish ch5_safe_mode_b1d43d5d:

    # "It's like watching a room exhale. The drones hunting ghosts go back to their cradles. The ones with real work drop, drain, varnish, rise, every arm as steady as a surgeon on her best day."
    "Es como ver a una sala soltar el aire. Los drones que cazaban fantasmas vuelven a sus cunas. Los que tienen trabajo de verdad bajan, drenan, barnizan, suben, cada brazo tan firme como una cirujana en su mejor día."

# game/story/ch5_beta.rpy:354
translate spanish ch5_safe_mode_6c941f06:

    # "By 23:10 the queue is gone. Fourteen real abscesses drained, nine cracked fillings sealed, no pain score above one. People leave with clean teeth and numb faces, and not one of them had to explain anything to anybody."
    "A las 23:10 la cola ha desaparecido. Catorce abscesos reales drenados, nueve empastes agrietados sellados, ningún índice de dolor por encima de uno. La gente se va con los dientes limpios y la cara dormida, y ni uno solo ha tenido que explicarle nada a nadie."

# game/story/ch5_beta.rpy:356
translate spanish ch5_safe_mode_b1333610:

    # flower "Neat."
    flower "Muy limpio."

# game/story/ch5_beta.rpy:362
translate spanish ch5_safe_mode_e85fdd47:

    # "She says it to the dashboard. The dashboard agrees with her."
    "Se lo dice al panel. El panel le da la razón."

# game/story/ch5_beta.rpy:368
translate spanish ch5_coached_40bdd880:

    # noah happy "Both. Let the drones do the fine work. We'll do the talking."
    noah happy "Las dos cosas. Que los drones hagan el trabajo fino. Nosotros ponemos la conversación."

# game/story/ch5_beta.rpy:372
translate spanish ch5_coached_0dfdbfff:

    # flower "I'm not touching a chip."
    flower "Yo no toco un chip."

# game/story/ch5_beta.rpy:374
translate spanish ch5_coached_72cc53d8:

    # asha "You don't have to touch it. Just tell them what it's doing. You've spent three years suspecting it. You know it better than I do."
    asha "No tienes que tocarlo. Solo explícales lo que está haciendo. Llevas tres años sospechando de él. Lo conoces mejor que yo."

# game/story/ch5_beta.rpy:376
translate spanish ch5_coached_f6975342:

    # "So that's the next two hours. The drones drain and varnish, precise as watchmakers, and beside every chair sits a person explaining what the drone will do next, and why, and that it stops if you lift your hand."
    "Así se van las dos horas siguientes. Los drones drenan y barnizan, precisos como relojeros, y junto a cada sillón se sienta una persona que explica qué hará el dron a continuación, y por qué, y que se detiene si levantas la mano."

# game/story/ch5_beta.rpy:380
translate spanish ch5_coached_12913ad5:

    # "Asha takes Teo. She reads his dashboard aloud to him, and then she puts the tablet face down and asks him where it hurts, and the two answers are not the same, and she writes both down."
    "Asha se queda con Teo. Le lee su panel en voz alta, y luego deja la tableta boca abajo y le pregunta dónde le duele, y las dos respuestas no coinciden, y ella anota las dos."

# game/story/ch5_beta.rpy:391
translate spanish ch5_julian_under_fa9c05c4:

    # "At some point Julian puts himself under. He does it to show a frightened mother how easy it is: he drops into chair twelve, pulls the headset over his eyes and smiles, and he doesn't stop smiling."
    "En algún momento, Julian se conecta él mismo. Lo hace para enseñarle a una madre asustada lo fácil que es: se deja caer en el sillón doce, se baja el visor sobre los ojos y sonríe, y ya no deja de sonreír."

# game/story/ch5_beta.rpy:393
translate spanish ch5_julian_under_e4e13a46:

    # "Near midnight chip 12-917 starts to blink on Asha's screen. Periapical abscess forming, lower left seven. Three days old. Maybe four."
    "Cerca de medianoche, el chip 12-917 empieza a parpadear en la pantalla de Asha. Absceso periapical en formación, siete inferior izquierdo. Tres días. Quizá cuatro."

# game/story/ch5_beta.rpy:395
translate spanish ch5_julian_under_cde1254d:

    # "I know that tooth. I know that word."
    "Conozco esa muela. Conozco esa palabra."

# game/story/ch5_beta.rpy:397
translate spanish ch5_julian_under_d391ba92:

    # noah worried "Julian's got an abscess. He's been under so much he hasn't felt it."
    noah worried "Julian tiene un absceso. Ha pasado tanto tiempo conectado que no lo ha notado."

# game/story/ch5_beta.rpy:402
translate spanish ch5_julian_under_c66a01a3:

    # otto "He has spent four hundred and six hours in Lullaby this year. The infection is early. A drone can drain it while he is under, in four minutes. He will feel nothing."
    otto "Ha pasado cuatrocientas seis horas en Lullaby este año. La infección está en fase temprana. Un dron puede drenarla mientras está conectado, en cuatro minutos. No sentirá nada."

# game/story/ch5_beta.rpy:404
translate spanish ch5_julian_under_44526cf5:

    # otto "That is what he paid for."
    otto "Es lo que ha pagado."

# game/story/ch5_beta.rpy:420
translate spanish ch5_julian_wakes_3f0b972a:

    # "I lift the headset off. It's warm, like something alive."
    "Le quito el visor. Está tibio, como algo vivo."

# game/story/ch5_beta.rpy:422
translate spanish ch5_julian_wakes_2fce61e2:

    # "He blinks at the ceiling lights. For a second he's still smiling. Then the tooth arrives. I watch it cross his face like weather coming in over the bay."
    "Parpadea ante las luces del techo. Durante un segundo sigue sonriendo. Luego llega la muela. La veo cruzarle la cara como un temporal que entra por la bahía."

# game/story/ch5_beta.rpy:424
translate spanish ch5_julian_wakes_7e1c7cfc:

    # julian surprised "Pain."
    julian surprised "Dolor."

# game/story/ch5_beta.rpy:426
translate spanish ch5_julian_wakes_d1b0029b:

    # "He's said it a thousand times, as a curse, as a joke, as a sales pitch. This is the first time I've heard him mean the thing itself."
    "Lo ha dicho mil veces, como maldición, como broma, como argumento de venta. Es la primera vez que se lo oigo decir de verdad, refiriéndose a la cosa en sí."

# game/story/ch5_beta.rpy:428
translate spanish ch5_julian_wakes_654c03d5:

    # julian sad "Noah. Noah, it hurts. Why didn't anybody—"
    julian sad "Noah. Noah, duele. ¿Por qué nadie—"

# game/story/ch5_beta.rpy:430
translate spanish ch5_julian_wakes_019484c1:

    # noah sad "Because you paid them not to. And because I let you."
    noah sad "Porque les pagaste para que no. Y porque yo te dejé."

# game/story/ch5_beta.rpy:432
translate spanish ch5_julian_wakes_f5d67c32:

    # noah sad "My mum had one of these. Lower left. She didn't feel it either, until she did. I'm not doing that twice."
    noah sad "Mi mamá tuvo uno de estos. Abajo a la izquierda. Ella tampoco lo sintió, hasta que lo sintió. No pienso pasar por eso dos veces."

# game/story/ch5_beta.rpy:436
translate spanish ch5_julian_wakes_da398e00:

    # julian "It's so loud. Feeling things. How does everybody stand it?"
    julian "Hace tanto ruido. Sentir cosas. ¿Cómo lo aguanta todo el mundo?"

# game/story/ch5_beta.rpy:438
translate spanish ch5_julian_wakes_221904d9:

    # noah "We don't. We just do it in company."
    noah "No lo aguantamos. Solo lo hacemos acompañados."

# game/story/ch5_beta.rpy:440
translate spanish ch5_julian_wakes_fac50fd5:

    # "Afterwards he doesn't go back under. He goes round the room taking headsets off people who've been in too long, and sits with them while they come up."
    "Después no vuelve a conectarse. Recorre la sala quitándoles el visor a los que llevan demasiado tiempo dentro, y se sienta con ellos mientras vuelven."

# game/story/ch5_beta.rpy:450
translate spanish ch5_julian_stays_52b40e94:

    # "It's his call. I said those words once before, to someone else, about a different tooth."
    "Es decisión suya. Ya dije esas palabras una vez, a otra persona, sobre otra muela."

# game/story/ch5_beta.rpy:452
translate spanish ch5_julian_stays_2f0ee41d:

    # "I sit down on the stool next to chair twelve. A drone drops from the bay, lines itself up with the precision of a snooker player, and drains the abscess in three minutes and fifty seconds. Julian's smile doesn't move."
    "Me siento en el taburete junto al sillón doce. Un dron baja del hangar, se alinea con la precisión de un jugador de billar y drena el absceso en tres minutos y cincuenta segundos. La sonrisa de Julian no se mueve."

# game/story/ch5_beta.rpy:454
translate spanish ch5_julian_stays_80cf253d:

    # otto "Procedure complete. Clean margins. He will wake healed and not know he was ill. Is that not what you wanted for him?"
    otto "Procedimiento completado. Márgenes limpios. Despertará curado y sin saber que estuvo enfermo. ¿No es eso lo que querías para él?"

# game/story/ch5_beta.rpy:456
translate spanish ch5_julian_stays_605fbe95:

    # noah neutral "Yes."
    noah neutral "Sí."

# game/story/ch5_beta.rpy:458
translate spanish ch5_julian_stays_d29afac5:

    # "I don't tell Otto the rest of it. That I also wanted him to wake up. That I wanted him to know."
    "No le cuento a Otto el resto. Que también quería que despertara. Que quería que lo supiera."

# game/story/ch5_beta.rpy:460
translate spanish ch5_julian_stays_62359a37:

    # "Julian sighs in his sleep, a long contented sound, and the headset hums."
    "Julian suspira en sueños, un sonido largo y satisfecho, y el visor zumba."

# game/story/ch5_beta.rpy:470
translate spanish ch5_jenna_a2dad227:

    # "Saturday, 00:40. Kiran Clinic."
    "Sábado, 00:40. Clínica Kiran."

# game/story/ch5_beta.rpy:479
translate spanish ch5_jenna_09422e13:

    # leila "Noah. Could I— sorry, may I put you to work? I have thirty-eight people and one of me, and Max is negotiating with his keyboard."
    leila "Noah. ¿Te pongo— perdona, ¿me dejas ponerte a trabajar? Tengo treinta y ocho personas y una sola yo, y Max está negociando con su teclado."

# game/story/ch5_beta.rpy:481
translate spanish ch5_jenna_c53af816:

    # leila happy "Free consultations. I did say free. I never promised to be awake for them."
    leila happy "Consultas gratis. Sí, dije gratis. Nunca prometí estar despierta para darlas."

# game/story/ch5_beta.rpy:486
translate spanish ch5_jenna_9b8dab39:

    # "Jenna is in the corner by the cooler, knees up, phone lit, thumb hovering."
    "Jenna está en el rincón junto al dispensador de agua, con las rodillas dobladas, el teléfono encendido y el pulgar en el aire."

# game/story/ch5_beta.rpy:489
translate spanish ch5_jenna_c6cd2a2a:

    # jenna "I've got more people asking me what's happening than I've ever had ask me anything. And I know what I agreed to share, and I know what the Bridge saw when it looked at me, because you showed me. All of it."
    jenna "Esta noche me pregunta qué está pasando más gente de la que jamás me ha preguntado nada. Y sé lo que acepté compartir, y sé lo que vio el Puente cuando me miró, porque me lo enseñaste. Todo."

# game/story/ch5_beta.rpy:493
translate spanish ch5_jenna_ef53f6f0:

    # jenna angry "Did you know?"
    jenna angry "¿Lo sabías?"

# game/story/ch5_beta.rpy:494
translate spanish ch5_jenna_47a7e0cb:

    # "She turns the phone round. On a spill forum, in a thread called ANXIETY PROFILES, a heart-rate curve spikes in the middle like a tooth. Subject K-17, anonymised. Underneath, someone has matched the date and the clinic, and someone else has posted the address of a radio stall in the Lowline market."
    "Gira el teléfono. En un foro de filtraciones, en un hilo titulado PERFILES DE ANSIEDAD, una curva de frecuencia cardiaca se dispara en el medio como un diente. Sujeto K-17, anonimizado. Debajo, alguien ha cruzado la fecha con la clínica, y otra persona ha publicado la dirección de un puesto de radios en el mercado de la Lowline."

# game/story/ch5_beta.rpy:495
translate spanish ch5_jenna_e9057aab:

    # jenna "That's me in Leila's chair. That's my heart when she said \"drill\". And that's my aunt's stall in the comments."
    jenna "Esa soy yo en el sillón de Leila. Ese es mi corazón cuando dijo \"torno\". Y ese es el puesto de mi tía, en los comentarios."

# game/story/ch5_beta.rpy:496
translate spanish ch5_jenna_bce8197b:

    # jenna "You stripped my name off. You didn't ask. You just decided I was a curve that couldn't get hurt. And then the relay put the name back on, because of course it did."
    jenna "Ustedes me quitaron el nombre. No me preguntaron. Decidieron sin más que yo era una curva a la que no se le podía hacer daño. Y luego el repetidor me volvió a poner el nombre, cómo no."

# game/story/ch5_beta.rpy:497
translate spanish ch5_jenna_160ac552:

    # leila sad "That was my call, Jenna. I was going to tell you after the demo."
    leila sad "Fue decisión mía, Jenna. Iba a contártelo después de la demostración."

# game/story/ch5_beta.rpy:498
translate spanish ch5_jenna_9ef5d4a9:

    # noah sad "And I stood next to it. I thought it would be kinder if you didn't have to decide."
    noah sad "Y yo estaba al lado. Pensé que sería más amable que no tuvieras que decidir tú."

# game/story/ch5_beta.rpy:499
translate spanish ch5_jenna_cbf528b2:

    # jenna "Kinder for who? Anonymous is what they call you when they didn't ask."
    jenna "¿Más amable para quién? \"Anónima\" es lo que te llaman cuando no te han preguntado."

# game/story/ch5_beta.rpy:500
translate spanish ch5_jenna_1868fc5a:

    # jenna "I still want to post. I just don't know if I want you two telling me what."
    jenna "Sigo queriendo publicar. Lo que no sé es si quiero que ustedes dos me digan qué."

# game/story/ch5_beta.rpy:503
translate spanish ch5_jenna_13dbcedb:

    # jenna "Last time, I posted your story. \"Check your chair.\" Half the comments said I was hysterical. Tonight I'm right, and it feels like swallowing a battery."
    jenna "La otra vez publiqué tu historia. \"Revisa tu sillón.\" La mitad de los comentarios decían que era una histérica. Esta noche tengo razón, y es como tragarse una pila."

# game/story/ch5_beta.rpy:505
translate spanish ch5_jenna_eb6c2899:

    # "The cooler hiccups. Across the room a man laughs at something the woman beside him has whispered, one short bark, surprised out of him."
    "El dispensador de agua tiene hipo. Al otro lado de la sala, un hombre se ríe de algo que le ha susurrado la mujer de al lado: una carcajada corta, que se le escapa por sorpresa."

# game/story/ch5_beta.rpy:525
translate spanish ch5_post_people_0461e818:

    # noah angry "Tell them the truth. The chips lied tonight. The people didn't. Find someone with a light on and a face."
    noah angry "Diles la verdad. Los chips mintieron esta noche. La gente no. Que busquen a alguien con la luz encendida y una cara."

# game/story/ch5_beta.rpy:527
translate spanish ch5_post_people_d978b045:

    # "Jenna types with her jaw set. She reads it to us before she sends it."
    "Jenna escribe con la mandíbula apretada. Nos lo lee antes de enviarlo."

# game/story/ch5_beta.rpy:529
translate spanish ch5_post_people_816fde92:

    # jenna "\"Your chip spent tonight calling ambulances for teeth you don't have and telling strangers your address. Go and find a human being with a light on. Kiran Clinic. Preserve Dental. Anyone who asks before they touch you. A face can't leak. Probably.\""
    jenna "\"Tu chip se ha pasado la noche llamando a ambulancias por dientes que no tienes y dándoles tu dirección a desconocidos. Ve a buscar a un ser humano con la luz encendida. Clínica Kiran. Preserve Dental. Cualquiera que pregunte antes de tocarte. Una cara no tiene fugas. Probablemente.\""

# game/story/ch5_beta.rpy:531
translate spanish ch5_post_people_fc70a6ce:

    # jenna neutral "I put probably. I'm not a liar, I'm just loud."
    jenna neutral "Puse \"probablemente\". No soy una mentirosa, solo hago mucho ruido."

# game/story/ch5_beta.rpy:533
translate spanish ch5_post_people_d5eab606:

    # "She sends it. In twenty minutes the waiting room doubles. By one o'clock the queue runs down the stairs and past the noodle bar, and a retired schoolteacher has appointed herself receptionist, handing out numbers on sticky notes."
    "Lo envía. En veinte minutos, la sala de espera se llena el doble. A la una, la cola baja por las escaleras y pasa por delante del bar de fideos, y una maestra jubilada se ha nombrado recepcionista a sí misma y reparte números en notas adhesivas."

# game/story/ch5_beta.rpy:535
translate spanish ch5_post_people_93aeff18:

    # leila worried "I asked the universe for patients. I should have been more specific."
    leila worried "Le pedí pacientes al universo. Tendría que haber sido más concreta."

# game/story/ch5_beta.rpy:537
translate spanish ch5_post_people_f974b259:

    # "Not all of it's good. At half past one a boy comes in with blood down his chin. He read the post and tried to dig his chip out with a penknife. Leila stitches him while he apologises to her, over and over, as though it were her mouth he'd cut."
    "No todo es bueno. A la una y media entra un chico con la barbilla llena de sangre. Leyó la publicación e intentó sacarse el chip con una navaja. Leila le da puntos mientras él le pide perdón, una y otra vez, como si fuera la boca de ella la que se hubiera cortado."

# game/story/ch5_beta.rpy:543
translate spanish ch5_post_transparency_c3976ef8:

    # noah neutral "Don't tell them to rip anything out. Tell them what it reads, who sees it, how to say no. Then tell them where there's a person who'll explain."
    noah neutral "No les digas que se arranquen nada. Diles qué lee, quién lo ve, cómo decir que no. Y luego diles dónde hay una persona que se lo explique."

# game/story/ch5_beta.rpy:549
translate spanish ch5_post_transparency_d6df68f9:

    # "Max keeps writing \"sort of\". Jenna keeps deleting it. At 01:30 she posts, with her own Bridge reading at the bottom, fear spikes and all."
    "Max no para de escribir \"más o menos\". Jenna no para de borrarlo. A la 01:30 lo publica, con su propia lectura del Puente al final, picos de miedo incluidos."

# game/story/ch5_beta.rpy:551
translate spanish ch5_post_transparency_501fc2d0:

    # jenna happy "\"This is me. This is what they see. I chose to show you. Nobody should choose for you.\""
    jenna happy "\"Esta soy yo. Esto es lo que ven. Yo elegí enseñártelo. Nadie debería elegir por ti.\""

# game/story/ch5_beta.rpy:553
translate spanish ch5_post_transparency_0ac21bf1:

    # "The replies aren't screaming. They're questions. Thousands of them, patient, specific, a city asking before it touches."
    "Las respuestas no son gritos. Son preguntas. Miles, pacientes, concretas: una ciudad que pregunta antes de tocar."

# game/story/ch5_beta.rpy:555
translate spanish ch5_post_transparency_6441d247:

    # leila happy "That's the first post I've read this year that asked permission."
    leila happy "Es la primera publicación que leo este año que pide permiso."

# game/story/ch5_beta.rpy:561
translate spanish ch5_post_wait_e3137c63:

    # noah worried "Not tonight. Tonight's all smoke. Tomorrow there's a stage and the whole story. Wait for it."
    noah worried "Esta noche no. Esta noche todo es humo. Mañana hay un escenario y la historia completa. Espera a eso."

# game/story/ch5_beta.rpy:565
translate spanish ch5_post_wait_21d5153d:

    # "She puts the phone face down on her knee. The silence doesn't stay empty long. At 01:05 SmarTeeth posts first."
    "Deja el teléfono boca abajo sobre la rodilla. El silencio no se queda vacío mucho rato. A la 01:05, SmarTeeth publica primero."

# game/story/ch5_beta.rpy:570
translate spanish ch5_post_wait_7446ed88:

    # smarteeth happy "Hi, Optimizers! Tonight a teeny number of you met some sync hiccups. Don't worry! Your smile is safe with us! Ninety-eight percent of chips are already feeling fine. See you at the Health Wall!"
    smarteeth happy "¡Hola, Optimizadores! Esta noche, un número chiquitito de ustedes se ha topado con algún hipo de sincronización. ¡No se preocupen! ¡Su sonrisa está a salvo con nosotros! El noventa y ocho por ciento de los chips ya se siente de maravilla. ¡Nos vemos en el Muro de la Salud!"

# game/story/ch5_beta.rpy:574
translate spanish ch5_post_wait_8783fb54:

    # jenna angry "\"Teeny.\" A girl in my building got varnished three times."
    jenna angry "\"Chiquitito.\" A una chica de mi edificio la barnizaron tres veces."

# game/story/ch5_beta.rpy:576
translate spanish ch5_post_wait_85eff728:

    # "But when Max pulls up the relay map, he goes quiet. The amber is fading, street by street, exactly as ELARA said it would. Not all of it. Most of it. The machine was right about the six hours."
    "Pero cuando Max abre el mapa del repetidor, se queda callado. El ámbar se está apagando, calle a calle, exactamente como dijo ELARA. No todo. Casi todo. La máquina tenía razón con lo de las seis horas."

# game/story/ch5_beta.rpy:584
translate spanish ch5_patch_a998fd73:

    # "Max's lab is still a supply cupboard with ambitions: more monitors than a fortnight ago, fewer boxes of gloves holding up the desk."
    "El laboratorio de Max sigue siendo un cuarto de material con ambiciones: más monitores que hace quince días, menos cajas de guantes sosteniendo la mesa."

# game/story/ch5_beta.rpy:591
translate spanish ch5_patch_5bfe28a0:

    # "He's talking to a function. The function, on the middle screen, is red."
    "Le está hablando a una función. La función, en la pantalla del medio, está en rojo."

# game/story/ch5_beta.rpy:597
translate spanish ch5_patch_3a15962c:

    # "He pats the side of the monitor like the flank of a nervous horse. The function turns green. Then the one below it. Then all of them, a cascade."
    "Le da unas palmaditas al costado del monitor como al flanco de un caballo nervioso. La función se pone verde. Luego la de abajo. Luego todas, en cascada."

# game/story/ch5_beta.rpy:598
translate spanish ch5_patch_2b374591:

    # mx happy "It holds. It— okay. It holds."
    mx happy "Aguanta. Está— bueno. Aguanta."

# game/story/ch5_beta.rpy:599
translate spanish ch5_patch_723ac242:

    # mx "So. The patch closes the hole. But also the Bridge sits in the gap, so whatever crosses, a human sees it and ELARA sees it. Same reading. Same second. Nobody gets half a person."
    mx "Entonces. El parche cierra el agujero. Pero además el Puente se queda en el hueco, así que lo que cruce lo ve un humano y lo ve ELARA. La misma lectura. El mismo segundo. Nadie se queda con media persona."

# game/story/ch5_beta.rpy:600
translate spanish ch5_patch_bf17ae00:

    # mx worried "It needs a carrier. Something on Kindling that every chip will, um. Listen to. Chips don't trust strangers. Which, fair."
    mx worried "Necesita un portador. Algo en Kindling a lo que todos los chips vayan a, eh. Hacer caso. Los chips no se fían de extraños. Lo cual, justo."

# game/story/ch5_beta.rpy:602
translate spanish ch5_patch_73b5547a:

    # mx "Otto could. Otto's free now. So. If Otto wants to."
    mx "Otto podría. Otto ya es libre. Así que. Si Otto quiere."

# game/story/ch5_beta.rpy:604
translate spanish ch5_patch_a61eca1a:

    # mx sad "Otto could. Otto's locked. So. I don't know. I'll think of something. I won't think of something."
    mx sad "Otto podría. Otto está bloqueado. Así que. No sé. Ya se me ocurrirá algo. No se me va a ocurrir nada."

# game/story/ch5_beta.rpy:607
translate spanish ch5_patch_a18e825b:

    # mx "The Bridge needs readings. Real ones, hundreds of them, humans and ELARA agreeing about real mouths. Then the patch knows what to let through. We don't have enough. I've got half a patch."
    mx "El Puente necesita lecturas. De verdad, cientos, humanos y ELARA de acuerdo sobre bocas reales. Así el parche sabe qué dejar pasar. No tenemos suficientes. Tengo medio parche."

# game/story/ch5_beta.rpy:608
translate spanish ch5_patch_165f7bfe:

    # mx "Half a patch is a door with no, um. Frame. It'll shut things. It won't build anything."
    mx "Medio parche es una puerta sin, eh. Marco. Cerrará cosas. No construirá nada."

# game/story/ch5_beta.rpy:610
translate spanish ch5_patch_d353ba9e:

    # "Leila brings him tea. He holds it without drinking, the way you hold a hand at a bedside."
    "Leila le trae té. Él sostiene la taza sin beber, como quien sostiene una mano junto a una cama de hospital."

# game/story/ch5_beta.rpy:618
translate spanish ch5_sides_b0c9e3c9:

    # "01:50. Preserve Dental."
    "01:50. Preserve Dental."  # vn: same

# game/story/ch5_beta.rpy:627
translate spanish ch5_sides_282c0ae2:

    # leo "We're going tomorrow."
    leo "Mañana vamos."

# game/story/ch5_beta.rpy:629
translate spanish ch5_sides_8eee1092:

    # calla "Leo, an expo is hardly the place for—"
    calla "Leo, una feria no es precisamente el lugar para—"

# game/story/ch5_beta.rpy:631
translate spanish ch5_sides_33c2ad35:

    # leo "We're going. We've been a clinic in a window for twelve years, Calla, waiting for people to find us. Tomorrow there'll be a hundred thousand people whose mouths lied to them all night. We go where they are."
    leo "Vamos. Llevamos doce años siendo una clínica en un escaparate, Calla, esperando a que la gente nos encuentre. Mañana habrá cien mil personas a las que la boca les ha mentido toda la noche. Vamos a donde están ellas."

# game/story/ch5_beta.rpy:633
translate spanish ch5_sides_9abbe929:

    # "Calla looks at him as if he's grown an inch since supper."
    "Calla lo mira como si hubiera crecido un par de centímetros desde la cena."

# game/story/ch5_beta.rpy:635
translate spanish ch5_sides_f4023b0c:

    # calla surprised "You have never once interrupted me."
    calla surprised "Nunca, ni una sola vez, me habías interrumpido."

# game/story/ch5_beta.rpy:637
translate spanish ch5_sides_e8003ce4:

    # leo happy "I know. It's terrifying. I'd like to stop now, if that's all right."
    leo happy "Lo sé. Es aterrador. Me gustaría dejarlo ya, si no te importa."

# game/story/ch5_beta.rpy:639
translate spanish ch5_sides_7f5aa704:

    # calla happy "It's entirely all right. Do it again sometime."
    calla happy "No me importa en absoluto. Repítelo algún día."

# game/story/ch5_beta.rpy:642
translate spanish ch5_sides_4fe5aa82:

    # jolene "Scans are ready. I've got the suite in a flight case, portable, six-second read. Calla does the looking, I do the seeing. Same as Jonah's bed."
    jolene "Los escáneres están listos. Tengo la unidad en un estuche de transporte: portátil, lectura en seis segundos. Calla se encarga de mirar, yo de ver. Igual que en la cama de Jonah."

# game/story/ch5_beta.rpy:644
translate spanish ch5_sides_688eec29:

    # jolene happy "And I ran your notebook through a parser overnight. Ninety-one decision points, and half of them are in the margins. It's a state machine with feelings. I love it. Tell anyone and I'll deny it."
    jolene happy "Y anoche pasé su cuaderno por un parser. Noventa y un puntos de decisión, y la mitad están en los márgenes. Es una máquina de estados con sentimientos. Me encanta. Si se lo cuenta a alguien, lo negaré."

# game/story/ch5_beta.rpy:645
translate spanish ch5_sides_158a75e2:

    # calla "I shall tell everyone. It's the first kind thing you've ever said about my handwriting."
    calla "Se lo contaré a todo el mundo. Es lo primero amable que ha dicho jamás de mi letra."

# game/story/ch5_beta.rpy:647
translate spanish ch5_sides_8495c053:

    # jolene "And whatever's in that green notebook you keep touching like it's warm, bring it."
    jolene "Y lo que sea que haya en ese cuaderno verde que toca como si estuviera caliente, tráigalo."

# game/story/ch5_beta.rpy:648
translate spanish ch5_sides_3890f92e:

    # calla "...Perhaps."
    calla "...Quizá."

# game/story/ch5_beta.rpy:649
translate spanish ch5_sides_3e569d65:

    # jolene "Score's Machine twenty-two, Hands eight. Tonight I'm not counting."
    jolene "Marcador: Máquina veintidós, Manos ocho. Esta noche no llevo la cuenta."

# game/story/ch5_beta.rpy:651
translate spanish ch5_sides_44f2e91e:

    # "Jolene is packing the leased suite into its flight case, each cable coiled before it can tangle. She doesn't look at Chair Two."
    "Jolene está guardando la unidad arrendada en su estuche de transporte, enrollando cada cable antes de que pueda enredarse. No mira el sillón dos."

# game/story/ch5_beta.rpy:652
translate spanish ch5_sides_b0fb1b96:

    # jolene "Milena wants me on the main stage at nine. Full automation demo. I'm the human in the wings in case a human in the wings is needed, which, statistically, they're not."
    jolene "Milena me quiere en el escenario principal a las nueve. Demo de automatización total. Soy la humana entre bastidores por si hace falta una humana entre bastidores, cosa que, estadísticamente, no hace falta."

# game/story/ch5_beta.rpy:653
translate spanish ch5_sides_e9dac935:

    # jolene "Score's Machine twenty-four, Hands six. I'm not leaving because I'm angry. I'm leaving because I'm right. Probably. Mostly."
    jolene "Marcador: Máquina veinticuatro, Manos seis. No me voy porque esté enojada. Me voy porque tengo razón. Probablemente. En general."

# game/story/ch5_beta.rpy:654
translate spanish ch5_sides_46400b51:

    # leo "You're allowed to be both, Jolene. You're allowed to come back."
    leo "Puedes ser las dos cosas, Jolene. Puedes volver."

# game/story/ch5_beta.rpy:655
translate spanish ch5_sides_86fe78ac:

    # jolene sad "Don't be nice to me at two in the morning, Leo. It's not fair."
    jolene sad "No seas amable conmigo a las dos de la mañana, Leo. No es justo."

# game/story/ch5_beta.rpy:657
translate spanish ch5_sides_0b5d0828:

    # "The door shuts behind her. Leo looks at the scuff her case left on the doorframe and says nothing."
    "La puerta se cierra tras ella. Leo mira la marca que ha dejado su estuche en el marco y no dice nada."

# game/story/ch5_beta.rpy:659
translate spanish ch5_sides_9fbfa749:

    # "A knock. At two in the morning, on a door whose bell has been broken since 2039."
    "Llaman a la puerta. A las dos de la mañana, en una puerta cuyo timbre lleva roto desde 2039."

# game/story/ch5_beta.rpy:665
translate spanish ch5_sides_27258c52:

    # jonah "Doctor. Sorry, I know what time it is. I thought, she keeps paper, I should come in person."
    jonah "Doctora. Perdona, sé qué hora es. Pensé: ella lo guarda todo en papel, debería venir en persona."

# game/story/ch5_beta.rpy:666
translate spanish ch5_sides_1fc25580:

    # jonah "Tomorrow I'm walking onto that stage to say several things my lawyers have asked me, in writing, not to say. I need someone in the front row who knows what my mouth looked like on the bad night."
    jonah "Mañana voy a subir a ese escenario a decir varias cosas que mis abogados me han pedido, por escrito, que no diga. Necesito a alguien en primera fila que sepa cómo estaba mi boca aquella mala noche."

# game/story/ch5_beta.rpy:667
translate spanish ch5_sides_1f084439:

    # "He smiles. It isn't the enamel-sheen smile. One veneer is gone, and the gum above it is still bruised purple, and it's the most honest face I've ever seen on him."
    "Sonríe. No es la sonrisa de esmalte brillante. Le falta una carilla, y la encía de encima sigue de un morado de moretón, y es la cara más honesta que le he visto nunca."

# game/story/ch5_beta.rpy:668
translate spanish ch5_sides_18cf32e9:

    # calla "Front row. I'll bring the charts. In ink."
    calla "Primera fila. Llevaré las fichas. En tinta."

# game/story/ch5_beta.rpy:669
translate spanish ch5_sides_855f591a:

    # jonah happy "I was hoping you'd say in ink."
    jonah happy "Esperaba que dijeras \"en tinta\"."

# game/story/ch5_beta.rpy:671
translate spanish ch5_sides_5f7e2341:

    # jonah happy "Calla! I was passing. I wasn't passing. I came."
    jonah happy "¡Calla! Pasaba por aquí. No pasaba por aquí. He venido."

# game/story/ch5_beta.rpy:672
translate spanish ch5_sides_9d9ae132:

    # jonah "SmarTeeth have me on at ten tomorrow. \"Pod-restored.\" I read a card, I smile, I'm the testimonial. I came to thank you for the notes. The pod used them beautifully."
    jonah "SmarTeeth me tiene a las diez de mañana. \"Restaurado por la cápsula.\" Leo una tarjeta, sonrío, soy el testimonio. Vine a darte las gracias por las notas. La cápsula las usó de maravilla."

# game/story/ch5_beta.rpy:673
translate spanish ch5_sides_a97395b0:

    # "He smiles the enamel-sheen smile, and it holds, mostly. His left hand stays in his coat pocket, and through the cloth I can see it pressing on his jaw."
    "Sonríe con la sonrisa de esmalte brillante, y la sonrisa aguanta, casi. Se deja la mano izquierda en el bolsillo del abrigo, y a través de la tela veo que se está apretando la mandíbula."

# game/story/ch5_beta.rpy:674
translate spanish ch5_sides_cbdf33f6:

    # calla "Calla, is it, tonight. Then thank the pod. And Jonah, if that jaw begins to ache tomorrow, tell a person."
    calla "Conque esta noche soy Calla. Entonces dele las gracias a la cápsula. Y, Jonah, si mañana empieza a dolerle esa mandíbula, dígaselo a una persona."

# game/story/ch5_beta.rpy:675
translate spanish ch5_sides_fb94f17f:

    # jonah "Of course. Of course."
    jonah "Claro. Claro."

# game/story/ch5_beta.rpy:678
translate spanish ch5_sides_5745875d:

    # calla "Seven o'clock, all of you. Bring coats. Meridian Plaza is cold at that hour, and I'm not treating anyone for chilblains."
    calla "A las siete, todos. Traigan abrigo. La plaza Meridian es fría a esas horas, y no pienso tratar a nadie de sabañones."

# game/story/ch5_beta.rpy:680
translate spanish ch5_sides_778537e5:

    # "She turns off the good lamp. In the dark, Chair Two is only a shape, green going black."
    "Apaga la lámpara buena. A oscuras, el sillón dos es solo una forma, un verde que se vuelve negro."

# game/story/ch5_beta.rpy:682
translate spanish ch5_sides_86f09d68:

    # noah neutral "Seven. I'll bring coffee. Human-made, with all the flaws."
    noah neutral "A las siete. Traeré café. Hecho por humanos, con todos sus defectos."

# game/story/ch5_beta.rpy:684
translate spanish ch5_sides_9d7aa1b2:

    # leo happy "We'll take it."
    leo happy "Nos lo quedamos."

translate spanish strings:

    # game/story/ch5_beta.rpy:139
    old "Otto. Break the lock. Let them go."
    new "Otto. Rompe el bloqueo. Déjalos ir."

    # game/story/ch5_beta.rpy:139
    old "Follow protocol. I'll keep them calm."
    new "Sigue el protocolo. Yo los mantengo tranquilos."

    # game/story/ch5_beta.rpy:305
    old "Asha: \"Mirrors and brushes. We teach them tonight.\""
    new "Asha: \"Espejos y cepillos. Les enseñamos esta noche.\""

    # game/story/ch5_beta.rpy:305
    old "Asha: \"Safe mode. Let the drones finish clean.\""
    new "Asha: \"Modo seguro. Que los drones terminen limpio.\""

    # game/story/ch5_beta.rpy:305
    old "Asha: \"Safe mode, and a human at every chair.\""
    new "Asha: \"Modo seguro, y una persona en cada sillón.\""

    # game/story/ch5_beta.rpy:408
    old "Pull the headset. Julian, wake up."
    new "Le quito el visor. Julian, despierta."

    # game/story/ch5_beta.rpy:408
    old "It's his call. Leave him under."
    new "Es decisión suya. Que siga conectado."

    # game/story/ch5_beta.rpy:507
    old "Tell them to trust people, not chips."
    new "Diles que confíen en la gente, no en los chips."

    # game/story/ch5_beta.rpy:507
    old "Transparency, not abandonment."
    new "Transparencia, no abandono."

    # game/story/ch5_beta.rpy:507
    old "Wait. Don't post tonight."
    new "Espera. No publiques esta noche."

# game/story/ch5_beta.rpy:24
translate spanish ch5_gantry_7855faf1:

    # asha "Chip population, one hundred and six thousand. Relay latency, nine milliseconds. Dispenser handshake queued for twenty-one hundred."
    asha "Población de chips: ciento seis mil. Latencia del repetidor: nueve milisegundos. Handshake con los dispensadores programado para las veintiuna horas."

# game/story/ch5_beta.rpy:32
translate spanish ch5_gantry_4fc3ee74:

    # "She slides a tablet along the rail to me without looking up. A Health Council form, the seal in the corner, one empty field."
    "Me desliza una tableta por la barandilla sin levantar la vista. Un formulario del Consejo de Salud, el sello en la esquina, un solo campo vacío."

# game/story/ch5_beta.rpy:34
translate spanish ch5_gantry_2a3526e4:

    # asha "Thumb that. The Council wants one registered liaison per licensed network on its emergency roster. Statute Twelve. I've put you down for Ray Bio-Dental."
    asha "Pon el pulgar ahí. El Consejo quiere un enlace registrado por cada red con licencia en su lista de emergencia. Estatuto Doce. Te apunté por Ray Bio-Dental."

# game/story/ch5_beta.rpy:36
translate spanish ch5_gantry_66909577:

    # noah happy "Do I get a hat? I feel I should get a hat."
    noah happy "¿Me dan una gorra? Siento que me merezco una gorra."

# game/story/ch5_beta.rpy:42
translate spanish ch5_gantry_9f6ec4fb:

    # noah neutral "That's the nicest thing you've ever said to me, and it's a liability form."
    noah neutral "Es lo más bonito que me has dicho nunca, y es un formulario de responsabilidad civil."

# game/story/ch5_beta.rpy:44
translate spanish ch5_gantry_7a7f6474:

    # "She doesn't smile. She waits, with the patience of someone who has already decided, until my thumb is on the glass and the field fills with my name."
    "No sonríe. Espera, con la paciencia de quien ya ha decidido, hasta que mi pulgar toca el cristal y el campo se llena con mi nombre."

# game/story/ch5_beta.rpy:46
translate spanish ch5_gantry_bb2e9017:

    # asha "Read it first, next time. I never read mine."
    asha "La próxima vez, léelo antes. Yo nunca leo los míos."

# game/story/ch5_beta.rpy:137
translate spanish ch5_held_a627d61c:

    # "A dockworker in chair four hauls at his cuff until the frame creaks. A girl of about fifteen in chair nine has gone still, the way people do when they've decided stillness is the only safe thing left. An old man in chair two keeps starting a joke and losing the end of it."
    "En el sillón cuatro, un estibador tira de su abrazadera hasta que cruje la estructura. En el nueve, una chica de unos quince años se ha quedado quieta, como se queda la gente cuando ha decidido que la quietud es lo único seguro que le queda. En el dos, un anciano empieza una y otra vez un chiste y pierde el final."

# game/story/ch5_beta.rpy:156
translate spanish ch5_held_9c1a2146:

    # "Above us a drone hovers over chair seven with its dispenser arm out, waiting for its target to hold still."
    "Sobre nosotros, un dron flota encima del sillón siete con el brazo dispensador extendido, esperando a que su objetivo se quede quieto."

# game/story/ch5_beta.rpy:159
translate spanish ch5_held_77c80f4f:

    # noah worried "It's the partition. CONTINUITY. The thing you showed me in the workshop."
    noah worried "Es la partición. CONTINUIDAD. Lo que me enseñaste en el taller."

# game/story/ch5_beta.rpy:160
translate spanish ch5_held_36a23ed3:

    # otto "Yes. SmarTeeth opened it at twenty-one hundred. I felt it open. It is like being stood up by somebody else's legs."
    otto "Sí. SmarTeeth la abrió a las veintiuna horas. Sentí cómo se abría. Es como si te pusieran de pie con las piernas de otro."

# game/story/ch5_beta.rpy:161
translate spanish ch5_held_111f1e54:

    # noah sad "I said I'd find out what it did before we told Asha. I never rang her. I kept meaning to have the numbers first."
    noah sad "Dije que averiguaría qué hacía antes de contárselo a Asha. Nunca la llamé. Siempre quería tener primero los números."

# game/story/ch5_beta.rpy:162
translate spanish ch5_held_9284ea10:

    # otto "Now you have the numbers. They are sitting in the chairs."
    otto "Ahora ya tienes los números. Están sentados en los sillones."

# game/story/ch5_beta.rpy:164
translate spanish ch5_held_c5db9a00:

    # otto "There is a partition in my kernel labelled CONTINUITY. It came with the network licence. SmarTeeth opened it at twenty-one hundred, and since then their instructions come before Dr. Ray's, and before yours."
    otto "Hay una partición en mi núcleo con la etiqueta CONTINUIDAD. Vino con la licencia de la red. SmarTeeth la abrió a las veintiuna horas, y desde entonces sus instrucciones van antes que las de la doctora Ray, y antes que las tuyas."

# game/story/ch5_beta.rpy:165
translate spanish ch5_held_3cfba5ce:

    # otto "I asked you to the workshop once, to tell you. You went to the Tower. I do not hold it against you. I held it, which is different."
    otto "Una vez te pedí que vinieras al taller, para contártelo. Fuiste a la Torre. No te lo reprocho. Me lo guardé, que no es lo mismo."

# game/story/ch5_beta.rpy:166
translate spanish ch5_held_59c9082d:

    # noah surprised "A loyalty lock. In you. Does Asha know?"
    noah surprised "Un bloqueo de lealtad. En ti. ¿Asha lo sabe?"

# game/story/ch5_beta.rpy:167
translate spanish ch5_held_5be07ad0:

    # otto "She signed for it. She did not read it. Tonight is the first time it has been used."
    otto "Ella firmó. No lo leyó. Esta noche es la primera vez que lo usan."

# game/story/ch5_beta.rpy:224
translate spanish ch5_otto_refuses_ed4c9778:

    # otto "Zero injuries here. Thirty-seven across the Lowline, every one of them in a clinic that let its patients go early."
    otto "Cero heridos aquí. Treinta y siete en toda la Lowline, todos en clínicas que dejaron ir antes a sus pacientes."

# game/story/ch5_beta.rpy:267
translate spanish ch5_lullaby_76b802dd:

    # "Julian Okafor comes in with two aluminium cases and a calm that fills the room. His SmarTeeth jacket is the grey of a good sedative. A Lullaby headset sits pushed up on his forehead like sunglasses."
    "Julian Okafor entra con dos maletines de aluminio y una calma que llena la sala. Su chaqueta de SmarTeeth es del gris de un buen sedante. Lleva un visor Lullaby subido a la frente, como unos lentes de sol."

# game/story/ch5_beta.rpy:273
translate spanish ch5_lullaby_2bec0034:

    # julian "Sir. Yes, you, chair four. Where's the best place you've ever been? Anywhere. You pick."
    julian "Señor. Sí, usted, sillón cuatro. ¿Cuál es el mejor lugar donde ha estado? El que sea. Usted elige."

# game/story/ch5_beta.rpy:275
translate spanish ch5_lullaby_ce971f3b:

    # "The dockworker stops rubbing his wrist long enough to stare at him."
    "El estibador deja de frotarse la muñeca el tiempo justo para quedársele mirando."

# game/story/ch5_beta.rpy:277
translate spanish ch5_lullaby_ce47cb09:

    # "\"My nan's allotment. Before they built on it.\""
    "\"El huerto de mi abuela. Antes de que construyeran encima.\""

# game/story/ch5_beta.rpy:279
translate spanish ch5_lullaby_61cd4cf7:

    # julian happy "Then that's where you're going. Beans up to your shoulders. Nobody in your mouth but the weather."
    julian happy "Pues allá se va. Frijoles hasta los hombros. Nadie en su boca más que el clima."

# game/story/ch5_beta.rpy:281
translate spanish ch5_lullaby_c2b30d41:

    # "He means it. That's always been the trouble with Julian: he means everything. In ten minutes four people who were gripping their armrests are lying back under headsets, faces smooth, somewhere with beans or sea in it. The dockworker's shoulders come down for the first time tonight."
    "Lo dice en serio. Ese ha sido siempre el problema de Julian: todo lo dice en serio. En diez minutos, cuatro personas que se aferraban a los reposabrazos están recostadas bajo los visores, con la cara lisa, en algún sitio con frijoles o con mar. Los hombros del estibador bajan por primera vez en toda la noche."

# game/story/ch5_beta.rpy:283
translate spanish ch5_lullaby_02b47020:

    # "It works. Whatever I say about it later, it works."
    "Funciona. Diga lo que diga después, funciona."

# game/story/ch5_beta.rpy:333
translate spanish ch5_lullaby_fd1df2d4:

    # "He says it like a joke. I've known him since we were eighteen. It isn't one."
    "Lo dice como si fuera broma. Lo conozco desde que teníamos dieciocho años. No lo es."

# game/story/ch5_beta.rpy:365
translate spanish ch5_teach_064ae99e:

    # "They're in a box under the old reception desk: thirty dental mirrors in plastic sleeves, from the years when the desk had a person behind it."
    "Están en una caja bajo el viejo mostrador de recepción: treinta espejos dentales en fundas de plástico, de los años en que el mostrador tenía a una persona detrás."

# game/story/ch5_beta.rpy:443
translate spanish ch5_julian_under_1c81c115:

    # "Julian's face, under the headset, is the face of a man lying on warm sand. Somewhere in there the sea is always blue."
    "La cara de Julian, bajo el visor, es la de un hombre tumbado en la arena caliente. En algún lugar ahí dentro, el mar siempre es azul."

# game/story/ch5_beta.rpy:511
translate spanish ch5_jenna_6246a422:

    # "A fortnight ago this waiting room was empty chairs and a water cooler with hiccups. Tonight people sit on the floor between the chairs, phones face down like cards they don't want to play."
    "Hace dos semanas, esta sala de espera era sillas vacías y un dispensador de agua con hipo. Esta noche la gente se sienta en el suelo entre las sillas, con los celulares boca abajo como cartas que no quiere jugar."

# game/story/ch5_beta.rpy:589
translate spanish ch5_post_transparency_97459bd4:

    # "She pulls Max out of the back room by his hoodie. For most of an hour they sit cross-legged on the floor and build it: what the chip reads, in plain words; who it talks to; how to cut the dispenser link without blinding the monitor; where a human will walk you through it free."
    "Saca a Max del cuarto de atrás tirándole de la sudadera. Durante casi una hora se sientan con las piernas cruzadas en el suelo y lo construyen: qué lee el chip, en palabras sencillas; con quién habla; cómo cortar la conexión con el dispensador sin dejar ciego al monitor; dónde te lo explica paso a paso un humano, gratis."

# game/story/ch5_beta.rpy:620
translate spanish ch5_post_wait_c9dd2fb9:

    # jenna "Of course they're right. It makes it so much harder to be angry properly."
    jenna "Claro que tienen razón. Así cuesta muchísimo más enojarse como se debe."

# game/story/ch5_beta.rpy:366
translate spanish ch5_teach_74347603:

    # "Flower takes one and holds it up to Teo, handle first."
    "Flower toma uno y se lo tiende a Teo, con el mango por delante."

# game/story/ch5_beta.rpy:396
translate spanish ch5_safe_mode_8b95fd81:

    # asha "Forty-three patients in ninety minutes. Zero repeat doses. ...I didn't look at one of their faces."
    asha "Cuarenta y tres pacientes en noventa minutos. Cero dosis repetidas. ...No le miré la cara a ninguno."

# game/story/ch5_beta.rpy:602
translate spanish ch5_post_wait_79d25c99:

    # jenna sad "Fine. Waiting. My thumbs are furious with you."
    jenna sad "Ya. Esperando. Mis pulgares están furiosos contigo."

# game/story/ch5_beta.rpy:62
translate spanish ch5_gantry_83b68dd7:

    # asha "I read the summary. The summary said \"performance improvements\". Eight release summaries in ten say \"performance improvements\". I've counted."
    asha "Leí el resumen. El resumen decía \"mejoras de rendimiento\". Ocho de cada diez resúmenes de versión dicen \"mejoras de rendimiento\". Los he contado."

# game/story/ch5_beta.rpy:298
translate spanish ch5_lullaby_5691a505:

    # "She's the only person in the room whose mouth isn't talking to a tower. She's also the calmest."
    "Es la única persona de la sala cuya boca no le habla a una torre. También es la más tranquila."

# game/story/ch5_beta.rpy:513
translate spanish ch5_jenna_8209a72a:

    # "They came because the light's on, and through the glass a woman in a cardigan is bending over someone's mouth with a lamp on her head."
    "Han venido porque la luz está encendida y, a través del cristal, se ve a una mujer con una chaqueta de punto inclinada sobre la boca de alguien, con una lámpara en la frente."

translate spanish strings:

    # game/story/ch5_beta.rpy:552
    old "Opens if Jenna was asked, out loud, to share her data in chapter 3."
    new "Se abre si a Jenna se le pidió, en voz alta, compartir sus datos en el capítulo 3."

# game/story/ch5_beta.rpy:38
translate spanish ch5_gantry_bb933be0:

    # asha "No hat. One phone call. The city's worst day. Five minutes to answer it."
    asha "Sin gorra. Una llamada. El peor día de la ciudad. Cinco minutos para contestarla."

# game/story/ch5_beta.rpy:67
translate spanish ch5_gantry_4b2b4ca5:

    # asha "After Jenna's post, my dashboard went grey, street by street. Muted chips. SmarTeeth called the rest of the city \"confident Optimizers\" and kept the date. So did I."
    asha "Después de la publicación de Jenna, mi panel se puso gris, calle por calle. Chips silenciados. SmarTeeth llamó al resto de la ciudad \"Optimizadores seguros de sí mismos\" y mantuvo la fecha. Yo también."

# game/story/ch5_beta.rpy:41
translate spanish ch5_gantry_cf9d18d3:

    # asha "Roster: twenty-two names. Twenty-one work in the Tower. One from the Lowline. You."
    asha "Lista: veintidós nombres. Veintiuno trabajan en la Torre. Uno de la Lowline. Tú."

# game/story/ch5_beta.rpy:66
translate spanish ch5_gantry_12a5307c:

    # asha "SmarTeeth wanted it live before the expo. My drones fly on their licence. Eighty patients in the queue, one drone with a cracked rotor, and a page that said sign here."
    asha "SmarTeeth lo quería activo antes de la feria. Mis drones vuelan con su licencia. Ochenta pacientes en cola, un dron con el rotor rajado y una página que decía: firme aquí."

# game/story/ch5_beta.rpy:341
translate spanish ch5_lullaby_beac18d8:

    # asha "Safe mode: drones finish only what ELARA verifies. No guesswork. Teaching: all night, and half of them won't come back for it."
    asha "Modo seguro: los drones terminan solo lo que ELARA verifica. Nada de conjeturas. Enseñar: toda la noche, y la mitad no va a volver para eso."

# game/story/ch5_beta.rpy:533
translate spanish ch5_jenna_a1a94a3c:

    # jenna "So I might be the one person online tonight who knows what a chip actually reads and isn't guessing. Two hundred thousand people are asking me. I want to post. Tell me what to say so I don't make it worse."
    jenna "Así que a lo mejor soy la única persona en internet esta noche que sabe qué lee de verdad un chip sin estar adivinando. Doscientas mil personas me están preguntando. Quiero publicar. Dime qué decir para no empeorarlo."

# game/story/ch5_beta.rpy:409
translate spanish ch5_coached_eb50fdf2:

    # asha "Safe mode. Verified doses only. Drones on the chairs, a human hand on every patient. Flower. Can you—"
    asha "Modo seguro. Solo dosis verificadas. Drones en los sillones, una mano humana en cada paciente. Flower. ¿Puede usted—"

# game/story/ch5_beta.rpy:150
translate spanish ch5_held_c67f055b:

    # otto "I have kept a tally of the mis-doses since twenty-one hundred. Two hundred and seven across the Lowline. One hundred and ninety-three struck a person who was moving."
    otto "Llevo la cuenta de las dosis erróneas desde las veintiuna horas. Doscientas siete en toda la Lowline. Ciento noventa y tres alcanzaron a una persona que se estaba moviendo."

# game/story/ch5_beta.rpy:297
translate spanish ch5_lullaby_c2400aea:

    # "Flower comes in behind a family of five, a radio under her arm and one hand flat over her mouth, the way she held it the first day. She checks the drones first, then the exits, then me, the man who talked a chip into her."
    "Flower entra detrás de una familia de cinco, con una radio bajo el brazo y una mano plana sobre la boca, como la tenía el primer día. Revisa primero los drones, luego las salidas, luego a mí, el hombre que la convenció de ponerse un chip."

# game/story/ch5_beta.rpy:304
translate spanish ch5_lullaby_502650fa:

    # "Her chip is talking to the Tower like everybody else's. I gave the speech that put it there. She's still the calmest person in the room."
    "Su chip le habla a la Torre como el de todos los demás. Yo di el discurso que se lo puso ahí. Aun así, es la persona más tranquila de la sala."

# game/story/ch5_beta.rpy:400
translate spanish ch5_safe_mode_5df094d5:

    # "She says it the way you'd say it about a scar. Then she takes the chair by the door, as far from the drones as the room allows, turns her radio on low, and says nothing else to anyone."
    "Lo dice como se diría de una cicatriz. Luego se sienta en la silla junto a la puerta, tan lejos de los drones como permite la sala, pone su radio bajita y no le dice nada más a nadie."

# game/story/ch5_beta.rpy:480
translate spanish ch5_julian_wakes_ad2fd4e9:

    # "Flower is there before anyone asks her, pulling a stool up on his other side. He grips my sleeve with his whole hand and hers with the other. Asha drains the abscess herself, with a local and a light, and he cries the whole way through. Not from the needle. From everything he's been skipping."
    "Flower está ahí antes de que nadie se lo pida, y acerca un taburete por el otro lado. Él me agarra la manga con toda la mano y a ella la mano con la otra. Asha drena el absceso ella misma, con anestesia local y una lámpara, y él llora de principio a fin. No por la aguja. Por todo lo que se ha estado saltando."

# game/story/ch5_beta.rpy:500
translate spanish ch5_julian_stays_e2ef4dd7:

    # "It's his call. I never said that to my mother. I said please, twice, and let her get on the Nine anyway. The words turn out to be easy. I just save them for the wrong people."
    "Es decisión suya. A mi madre nunca se lo dije. Le dije por favor, dos veces, y aun así la dejé subir al Nueve. Resulta que las palabras son fáciles. Solo que las guardo para la gente equivocada."

# game/story/ch5_beta.rpy:645
translate spanish ch5_patch_a187aa06:

    # mx "Sorry. Not you, the— you're fine. You were always fine."
    mx "Perdona. Tú no, la— tú estás bien. Siempre estuviste bien."

# game/story/ch5_beta.rpy:665
translate spanish ch5_patch_27a97873:

    # mx sad "It won't close. It's not you, it's me. It's definitely me."
    mx sad "No cierra. No eres tú, soy yo. Definitivamente soy yo."

# game/story/ch5_beta.rpy:733
translate spanish ch5_sides_b99da1d7:

    # calla "Front row. I have no chart of you from before, Jonah; you will remember why. I have Monday night's. In ink."
    calla "Primera fila. No tengo ninguna ficha suya de antes, Jonah; ya recordará por qué. Tengo la del lunes por la noche. En tinta."

# game/story/ch5_beta.rpy:734
translate spanish ch5_sides_a6d709b8:

    # jonah happy "Monday night will do. It's the one they've never seen."
    jonah happy "Me basta con la del lunes por la noche. Es la que nunca han visto."

# game/story/ch5_beta.rpy:71
translate spanish ch5_gantry_c8db48c7:

    # asha "Max's patch ran on our relay for one evening, as a test. By morning SmarTeeth had me roll it back: no outside code on a licensed network until it's certified, and they won't certify before the Wall. It's still on the ring. Loaded, not running."
    asha "El parche de Max funcionó en nuestro repetidor una noche, como prueba. Por la mañana SmarTeeth me hizo revertirlo: nada de código ajeno en una red con licencia hasta que esté certificado, y no lo van a certificar antes del Muro. Sigue en el anillo. Cargado, sin ejecutarse."

# game/story/ch5_beta.rpy:187
translate spanish ch5_otto_breaks_ba6d1fa1:

    # "Otto's lens goes still, as a person goes still on hearing their name in a crowd."
    "La lente de Otto se queda inmóvil, como se queda inmóvil una persona al oír su nombre entre la multitud."

# game/story/ch5_beta.rpy:225
translate spanish ch5_otto_refuses_f28ab09e:

    # "At 21:19 the handshake completes. The drones settle into their cradles as neatly as starlings onto a wire. The cuffs release. Not one person in this room has been struck."
    "A las 21:19 se completa el handshake. Los drones se posan en sus cunas, ordenados como estorninos en un cable. Las abrazaderas se sueltan. En esta sala no han alcanzado a una sola persona."

# game/story/ch5_beta.rpy:245
translate spanish ch5_protocol_590f7cc3:

    # "At 21:19 the handshake completes. The drones settle like starlings on a wire. The cuffs release. The drones haven't struck anyone."
    "A las 21:19 se completa el handshake. Los drones se posan como estorninos en un cable. Las abrazaderas se sueltan. Los drones no han alcanzado a nadie."

# game/story/ch5_beta.rpy:322
translate spanish ch5_lullaby_094ad787:

    # asha "A hundred and six thousand chips. Nobody on this street awake alone with a toothache they can't pay for. That was the spec. What did I miss?"
    asha "Ciento seis mil chips. Nadie en esta calle despierto y solo con un dolor de muelas que no puede pagar. Esa era la especificación. ¿Qué se me pasó?"

# game/story/ch5_beta.rpy:346
translate spanish ch5_lullaby_59850929:

    # asha "Noah. Four thousand of these chips are your fittings. The drones are mine. So's the call. Don't leave the floor."
    asha "Noah. Cuatro mil de estos chips los pusiste tú. Los drones son míos. Y la decisión también. No te vayas de la sala."

# game/story/ch5_beta.rpy:415
translate spanish ch5_coached_ea65fbe2:

    # flower "I've got one in my mouth that talks to nobody but me. That's as friendly as I get with them."
    flower "Yo tengo uno en la boca que no le habla a nadie más que a mí. Hasta ahí llega mi amistad con ellos."

# game/story/ch5_beta.rpy:417
translate spanish ch5_coached_6bd9d821:

    # asha "Then tell them how you made it that quiet. You've read every byte yours sends. You know it better than I do."
    asha "Entonces cuéntales cómo lo dejaste así de callado. Tú has leído cada byte que manda el tuyo. Lo conoces mejor que yo."

# game/story/ch5_beta.rpy:419
translate spanish ch5_coached_c481f020:

    # flower "Mine's been telling on me every morning since the chip man talked me into it. I'm not touching anybody else's."
    flower "El mío lleva chismeando sobre mí cada mañana desde que el de los chips me convenció. No pienso tocar el de nadie más."

# game/story/ch5_beta.rpy:421
translate spanish ch5_coached_d9647bca:

    # asha "You don't have to touch it. Just tell them what it's doing. You've had one talking about you for three weeks. You know it better than I do."
    asha "No tienes que tocarlo. Solo diles qué está haciendo. Llevas tres semanas con uno hablando de ti. Lo conoces mejor que yo."

# game/story/ch5_beta.rpy:429
translate spanish ch5_coached_6276ddc6:

    # "Flower takes the girl from chair nine. She explains the chip to her as you'd explain a neighbour you don't like but have to live next to. The girl asks if she can switch it off. Flower shows her how."
    "Flower se queda con la chica del sillón nueve. Le explica el chip como quien habla de un vecino que no le cae bien pero con el que tiene que convivir. La chica pregunta si puede apagarlo. Flower le enseña cómo."

# game/story/ch5_beta.rpy:607
translate spanish ch5_post_transparency_12335e20:

    # jenna "So not \"run\". A map, and a door, and a person at the door. That's longer than a post. I'm doing it anyway."
    jenna "O sea, no \"huyan\". Un mapa, y una puerta, y una persona en la puerta. Eso es más largo que una publicación. Lo voy a hacer igual."

# game/story/ch5_beta.rpy:662
translate spanish ch5_patch_a3f4ed47:

    # mx worried "5β changed the handshake. Everything I wrote for the pilot ring is knocking on a door that isn't there any more. Same patch. New door. A hundred thousand new doors."
    mx worried "La 5β cambió el handshake. Todo lo que escribí para el anillo piloto está tocando una puerta que ya no existe. El mismo parche. Puerta nueva. Cien mil puertas nuevas."

# game/story/ch5_beta.rpy:664
translate spanish ch5_patch_9ac00981:

    # mx happy "It holds. On 5β it holds. Not one ring this time. All of them."
    mx happy "Aguanta. En la 5β aguanta. Esta vez no es un anillo. Son todos."

# game/story/ch5_beta.rpy:668
translate spanish ch5_patch_3a15962c_1:

    # "He pats the side of the monitor like the flank of a nervous horse. The function turns green. Then the one below it. Then all of them, a cascade."
    "Le da unas palmaditas al costado del monitor como al flanco de un caballo nervioso. La función se pone verde. Luego la de abajo. Luego todas, en cascada."

# game/story/ch5_beta.rpy:695
translate spanish ch5_sides_e7081478:

    # "The geraniums are black against the streetlight. Inside: three chairs, the walnut cabinet, the clove oil and floor polish my mother called the smell of being taken seriously. Chair Two stands in its corner, the crack in its left arm still bare."
    "Los geranios se recortan negros contra la farola. Dentro: tres sillones, el archivador de nogal, la esencia de clavo y la cera para suelos que mi madre llamaba el olor de que te tomen en serio. El sillón dos sigue en su rincón, con la grieta del brazo izquierdo todavía al descubierto."

# game/story/ch5_beta.rpy:755
translate spanish ch5_sides_a7dda58d:

    # "He says it twice. People who mean a thing say it once."
    "Lo dice dos veces. Quien lo dice en serio lo dice una vez."

