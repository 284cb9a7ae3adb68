# game/story/prologue.rpy:9
# game/story/prologue.rpy:11
translate spanish prologue_c14fbe24:

    # "Eleven million people live in New Caledonia, and hardly any of them will sit in a dentist's chair this year."
    "En New Caledonia viven once millones de personas, y casi ninguna se sentará este año en el sillón de un dentista."

# game/story/prologue.rpy:12
translate spanish prologue_cd897cc3:

    # "Their teeth are minded by apps, by toothbrushes that file reports, by scan booths at the back of pharmacies. Dentistry didn't die. It just stopped needing a room."
    "De sus dientes se ocupan las apps, los cepillos que redactan informes, las cabinas de escaneo al fondo de las farmacias. La odontología no murió. Solo dejó de necesitar una consulta."

# game/story/prologue.rpy:13
translate spanish prologue_461023ec:

    # "Caledonia Heights still has rooms. Halfway down Alder Row, between plane trees clipped square, hangs a brass plate older than I am: PRESERVE DENTAL. BY APPOINTMENT. Under it, a window box of red geraniums that has outlived three mayors."
    "Caledonia Heights todavía tiene consultas. A mitad de Alder Row, entre plátanos podados en cubo, cuelga una placa de latón más vieja que yo: PRESERVE DENTAL. CON CITA PREVIA. Debajo, una jardinera de geranios rojos que ha sobrevivido a tres alcaldes."

# game/story/prologue.rpy:14
translate spanish prologue_5c0c5c3d:

    # "My mother has been coming here for twenty years. Today, for the first time, she asked me to come with her."
    "Mi madre lleva veinte años viniendo aquí. Hoy, por primera vez, me ha pedido que la acompañe."

# game/story/prologue.rpy:15
translate spanish prologue_c895dc5e:

    # noah neutral "She said it was because the Seven is on diversion. My mother spent thirty-four years fixing trams. She knows every diversion in this city by heart."
    noah neutral "Dice que es porque el Siete va desviado. Mi madre se pasó treinta y cuatro años arreglando tranvías. Se sabe de memoria todos los desvíos de esta ciudad."

# game/story/prologue.rpy:16
translate spanish prologue_4f04d27b:

    # noah sad "So either she's getting old, or she's scared. I haven't decided which one I'd rather."
    noah sad "Así que, o se está haciendo mayor, o tiene miedo. Aún no he decidido cuál de las dos cosas prefiero."

# game/story/prologue.rpy:25
translate spanish prologue_reception_d643e89e:

    # "Leo meets us at the door the way he has met her for the last ten years, as if we're the appointment he's been looking forward to all week."
    "Leo nos recibe en la puerta como la ha recibido a ella estos últimos diez años: como si fuéramos la cita que lleva toda la semana esperando."

# game/story/prologue.rpy:26
translate spanish prologue_reception_37c8ff45:

    # leo "Mrs. Adair. And you've brought Noah. We're honoured."
    leo "Señora Adair. Y ha traído a Noah. Es un honor para nosotros."

# game/story/prologue.rpy:27
translate spanish prologue_reception_cb53febe:

    # mara "He brought me. Diversion on the Seven."
    mara "Me ha traído él. El Siete va desviado."

# game/story/prologue.rpy:28
translate spanish prologue_reception_d88c528e:

    # "The room smells of clove oil and floor wax. Behind the desk stands a walnut cabinet of paper charts, hundreds of manila tabs, and a clock ticks over it like it's paid by the tick."
    "La sala huele a esencia de clavo y a cera para suelos. Detrás del mostrador hay un archivador de nogal repleto de fichas en papel, cientos de pestañas de cartulina, y encima un reloj hace tictac como si le pagaran por cada tic."

# game/story/prologue.rpy:29
translate spanish prologue_reception_88be3552:

    # "Somewhere past the inner door a drill is singing. An actual drill. I didn't know they still made that sound."
    "En algún lugar, al otro lado de la puerta interior, canta un torno. Un torno de verdad. No sabía que ese sonido aún existiera."

# game/story/prologue.rpy:30
translate spanish prologue_reception_8a5dc060:

    # mara worried "Who's in there?"
    mara worried "¿Quién está dentro?"

# game/story/prologue.rpy:32
translate spanish prologue_reception_4560a569:

    # "My mother sits. Her thumb works at the arm of the chair, rubbing at nothing, and she keeps her jaw a little to the right, the way you hold a cup with a chip in the rim."
    "Mi madre se sienta. Su pulgar va y viene por el brazo de la silla, frotando nada en particular, y mantiene la mandíbula un poco ladeada a la derecha, como quien sujeta una taza con el borde desportillado."

# game/story/prologue.rpy:33
translate spanish prologue_reception_56b93ee0:

    # "Leo sees it before I do. He crouches until his eyes are level with hers."
    "Leo se da cuenta antes que yo. Se agacha hasta que sus ojos quedan a la altura de los de ella."

# game/story/prologue.rpy:34
translate spanish prologue_reception_5ce95f6c:

    # leo worried "Is it the lower left again?"
    leo worried "¿Otra vez la de abajo a la izquierda?"

# game/story/prologue.rpy:35
translate spanish prologue_reception_25235420:

    # mara "It's a twinge. Comes and goes."
    mara "Es una punzada. Va y viene."

# game/story/prologue.rpy:36
translate spanish prologue_reception_e1860392:

    # leo neutral "Like the Seven."
    leo neutral "Como el Siete."

# game/story/prologue.rpy:37
translate spanish prologue_reception_055c2570:

    # mara happy "Don't be clever, Leo, it doesn't suit you."
    mara happy "No te hagas el listo, Leo, que no te pega."

# game/story/prologue.rpy:38
translate spanish prologue_reception_b3638605:

    # leo happy "Then we'll show Dr. Hawthorne the twinge, and she'll tell it off. And after, the tea with the bergamot. I hid the last box from myself."
    leo happy "Pues le enseñaremos la punzada a la doctora Hawthorne, y ella le echará la bronca. Y después, el té con bergamota. La última caja la escondí de mí mismo."

# game/story/prologue.rpy:39
translate spanish prologue_reception_1069f73f:

    # "He doesn't take her hand. He just sets his own on the arm of the chair, near hers, and leaves it there until her thumb goes still."
    "No le toma la mano. Solo apoya la suya en el brazo de la silla, cerca de la de ella, y la deja ahí hasta que su pulgar se queda quieto."

# game/story/prologue.rpy:40
translate spanish prologue_reception_74bf9e41:

    # "I fit machines into people's mouths for a living. I've never once made anyone's thumb go still."
    "Me gano la vida metiendo máquinas en la boca de la gente. Nunca, ni una sola vez, he conseguido que a alguien se le quede quieto el pulgar."

# game/story/prologue.rpy:49
translate spanish prologue_operatory_d7275667:

    # "Calla lets families in while she works. It's one of the rules she's never written down."
    "Calla deja pasar a las familias mientras trabaja. Es una de esas normas que nunca ha puesto por escrito."

# game/story/prologue.rpy:50
translate spanish prologue_operatory_a45007b3:

    # "Three chairs, brass instruments laid out on linen, one good lamp. In Chair One, under the lamp, lies a man who looks like an advertisement for himself."
    "Tres sillones, instrumental de latón dispuesto sobre lino, una buena lámpara. En el sillón uno, bajo la lámpara, está recostado un hombre que parece un anuncio de sí mismo."

# game/story/prologue.rpy:51
translate spanish prologue_operatory_dbcdfc75:

    # "Chair Two is my mother's. Green leather, cracked along the left arm where her thumb has worried the same spot through twenty years of cleanings."
    "El sillón dos es el de mi madre. Cuero verde, agrietado a lo largo del brazo izquierdo, donde su pulgar ha ido gastando el mismo punto durante veinte años de limpiezas."

# game/story/prologue.rpy:52
translate spanish prologue_operatory_42394031:

    # jonah "Calla. Mirror, please."
    jonah "Calla. El espejo, por favor."

# game/story/prologue.rpy:53
translate spanish prologue_operatory_c700f0cd:

    # calla "You have had the mirror four times, Mr. Vance."
    calla "Ya ha tenido el espejo cuatro veces, señor Vance."

# game/story/prologue.rpy:54
translate spanish prologue_operatory_0bfaf7f9:

    # jonah "And you've been right four times. Humour me for a fifth."
    jonah "Y las cuatro has tenido razón. Dame el gusto una quinta."

# game/story/prologue.rpy:55
translate spanish prologue_operatory_402eb2c0:

    # "Dr. Calla Hawthorne hands him the mirror without a word. She is small and straight-backed, grey hair pinned like it's been told to stay, and her hands don't hurry even when the rest of her would like to."
    "La doctora Calla Hawthorne le tiende el espejo sin decir palabra. Es menuda y de espalda recta, con el pelo gris sujeto con horquillas como si le hubieran ordenado no moverse, y sus manos no se apresuran ni siquiera cuando el resto de ella querría hacerlo."

# game/story/prologue.rpy:56
translate spanish prologue_operatory_36b3618e:

    # jonah surprised "The left lateral. It's warmer than the others."
    jonah surprised "El lateral izquierdo. Tiene un tono más cálido que los demás."

# game/story/prologue.rpy:57
translate spanish prologue_operatory_3d651426:

    # calla "It is the same shade as the other eleven. It sits in a different light, because it sits in a different place in your face. That is what faces do."
    calla "Es del mismo tono que los otros once. Le da otra luz porque está en otro lugar de su cara. Eso es lo que hacen las caras."

# game/story/prologue.rpy:58
translate spanish prologue_operatory_4fc0b603:

    # jonah happy "Noah Adair! Ray's chip man. I've got the Mark Three in here, you know. Tell Asha it sings."
    jonah happy "¡Noah Adair! El de los chips de Ray. Llevo aquí dentro el Mark Three, ¿sabes? Dile a Asha que canta."

# game/story/prologue.rpy:59
translate spanish prologue_operatory_699569ed:

    # noah happy "I'll tell her. She'll ask what key."
    noah happy "Se lo diré. Me preguntará en qué tonalidad."

# game/story/prologue.rpy:60
translate spanish prologue_operatory_76c3803c:

    # "Jonah Vance founded Lumen at twenty-six and has been photographed smiling every day since. Today's upgrade is enamel-sheen veneers: designed overnight by an algorithm, placed by the steadiest hands in Caledonia Heights."
    "Jonah Vance fundó Lumen a los veintiséis años y desde entonces lo han fotografiado sonriendo todos los días. La mejora de hoy son unas carillas con brillo de esmalte: diseñadas en una noche por un algoritmo y colocadas por las manos más firmes de Caledonia Heights."

# game/story/prologue.rpy:61
translate spanish prologue_operatory_9c5e11c1:

    # jonah "Machines design, Calla places. It's like having a sommelier pour. The wine's the same, but you taste the difference."
    jonah "Las máquinas diseñan, Calla coloca. Es como cuando te sirve un sumiller. El vino es el mismo, pero notas la diferencia."

# game/story/prologue.rpy:62
translate spanish prologue_operatory_6e796d38:

    # calla worried "I removed four-tenths of a millimetre of sound enamel from each of those teeth this morning, Jonah. Healthy enamel. It does not grow back."
    calla worried "Esta mañana le he quitado cuatro décimas de milímetro de esmalte sano a cada uno de esos dientes, Jonah. Esmalte sano. No vuelve a crecer."

# game/story/prologue.rpy:63
translate spanish prologue_operatory_1942eb50:

    # jonah "Not yet."
    jonah "Todavía no."

# game/story/prologue.rpy:64
translate spanish prologue_operatory_1dee6fb9:

    # calla "Is it worth it? Your health, for a shade nobody else can see?"
    calla "¿Merece la pena? ¿Su salud, a cambio de un tono que nadie más puede ver?"

# game/story/prologue.rpy:65
translate spanish prologue_operatory_d9712313:

    # jonah neutral "Health is the floor, Calla. I don't pay you for the floor."
    jonah neutral "La salud es lo mínimo, Calla. No te pago por lo mínimo."

# game/story/prologue.rpy:67
translate spanish prologue_operatory_ff020b28:

    # jonah sad "You know what people see first? Before the name, before the company? Teeth. I was nine when a boy called me Tombstone. Some mornings I'm still nine."
    jonah sad "¿Sabes qué es lo primero que ve la gente? ¿Antes que el nombre, antes que la empresa? Los dientes. Tenía nueve años cuando un niño me llamó Lápida. Algunas mañanas sigo teniendo nueve."

# game/story/prologue.rpy:68
translate spanish prologue_operatory_532b9d03:

    # calla neutral "Everyone has a flaw in front, Mr. Vance. Most of us just call it a face."
    calla neutral "Todo el mundo tiene algún defecto a la vista, señor Vance. La mayoría de nosotros lo llamamos simplemente cara."

# game/story/prologue.rpy:69
translate spanish prologue_operatory_6d4c7a02:

    # jonah happy "Put that on a mug and I'll invest."
    jonah happy "Ponlo en una taza y te lo financio."

# game/story/prologue.rpy:70
translate spanish prologue_operatory_f2085c4d:

    # "He checks the mirror a sixth time on his way out, tilting it to find the light he wants. Passing Chair Two, he finds my mother instead."
    "Al salir se mira al espejo por sexta vez, inclinándolo en busca de la luz que quiere. Al pasar junto al sillón dos, lo que encuentra es a mi madre."

# game/story/prologue.rpy:74
translate spanish prologue_operatory_ca1671a9:

    # jonah "Mrs. Adair. Honest opinion."
    jonah "Señora Adair. Opinión sincera."

# game/story/prologue.rpy:75
translate spanish prologue_operatory_12425c2a:

    # mara "You look like you're about to sell me a tram."
    mara "Parece que estás a punto de venderme un tranvía."

# game/story/prologue.rpy:76
translate spanish prologue_operatory_383c563c:

    # jonah surprised "...That's good, right?"
    jonah surprised "...Eso es bueno, ¿no?"

# game/story/prologue.rpy:77
translate spanish prologue_operatory_0c11964d:

    # mara happy "Depends on the tram."
    mara happy "Depende del tranvía."

# game/story/prologue.rpy:80
translate spanish prologue_operatory_534e01ab:

    # "My mother climbs into Chair Two like she's getting into her own car. Calla pulls the lamp across and speaks to her before she touches her."
    "Mi madre se sube al sillón dos como quien se sube a su propio auto. Calla acerca la lámpara y le habla antes de tocarla."

# game/story/prologue.rpy:81
translate spanish prologue_operatory_17033732:

    # calla "Mara. You're holding your jaw on the left."
    calla "Mara. Está protegiendo el lado izquierdo de la mandíbula."

# game/story/prologue.rpy:82
translate spanish prologue_operatory_a5d89127:

    # mara neutral "It's nothing."
    mara neutral "No es nada."

# game/story/prologue.rpy:83
translate spanish prologue_operatory_6965baba:

    # calla "Then I shall examine nothing, very thoroughly. Open, please."
    calla "Entonces examinaré esa nada muy a fondo. Abra, por favor."

# game/story/prologue.rpy:84
translate spanish prologue_operatory_029ed01c:

    # "Mirror, probe, a tap of the handle on each molar in turn. On the lower left my mother's eyes tighten. Calla sees it and says nothing, only makes a small mark on the chart."
    "Espejo, sonda, un golpecito con el mango en cada muela, una tras otra. Abajo a la izquierda, los ojos de mi madre se tensan. Calla lo ve y no dice nada; solo hace una pequeña marca en la ficha."

# game/story/prologue.rpy:85
translate spanish prologue_operatory_3ba10f10:

    # "She takes an image with a sensor older than some of my colleagues, and holds it to the window like a photograph of someone she used to know."
    "Toma una imagen con un sensor más viejo que algunos de mis compañeros y la levanta hacia la ventana como si fuera la foto de alguien a quien conoció hace tiempo."

# game/story/prologue.rpy:86
translate spanish prologue_operatory_aa170c00:

    # calla worried "That filling is older than your son's driving licence. There's a shadow at the margin I don't love. Nothing I can treat today. Something I should like to watch."
    calla worried "Ese empaste es más antiguo que la licencia de conducir de su hijo. Hay una sombra en el margen que no termina de gustarme. Nada que pueda tratar hoy. Algo que me gustaría vigilar."

# game/story/prologue.rpy:87
translate spanish prologue_operatory_7915111f:

    # calla neutral "Noah's employer makes a device that would watch it for me, every hour you're not in this chair. I'm obliged to mention it. I'd be glad of it, frankly."
    calla neutral "La empresa de Noah fabrica un dispositivo que lo vigilaría por mí, cada hora que usted no pase en este sillón. Estoy obligada a mencionarlo. Y, con franqueza, me quedaría más tranquila."

# game/story/prologue.rpy:88
translate spanish prologue_operatory_2cd66b8b:

    # mara "I don't need a snitch in my mouth."
    mara "No necesito un soplón en la boca."

# game/story/prologue.rpy:89
translate spanish prologue_operatory_fd84edeb:

    # "Calla doesn't argue. She uncaps a fountain pen and writes in the chart, in ink, because everything at Preserve Dental is written in ink."
    "Calla no discute. Destapa una pluma estilográfica y escribe en la ficha, con tinta, porque en Preserve Dental todo se escribe con tinta."

# game/story/prologue.rpy:90
translate spanish prologue_operatory_52f257e4:

    # calla "Then we shan't put one there. But if that tooth aches more than it does today, you ring me. Not the app. Not the pharmacy booth. Me."
    calla "Entonces no se lo pondremos. Pero si esa muela le duele más que hoy, me llama. No a la app. No a la cabina de la farmacia. A mí."

# game/story/prologue.rpy:91
translate spanish prologue_operatory_accd66bb:

    # mara "I'll ring you."
    mara "Te llamaré."

# game/story/prologue.rpy:92
translate spanish prologue_operatory_dc381207:

    # calla "Say it as though you mean it, please."
    calla "Dígalo como si lo pensara de verdad, por favor."

# game/story/prologue.rpy:93
translate spanish prologue_operatory_a7b42bcf:

    # mara happy "I'll ring you, Calla."
    mara happy "Te llamaré, Calla."

# game/story/prologue.rpy:94
translate spanish prologue_operatory_f068c976:

    # "Calla looks at her a moment longer than she needs to, then at me. It isn't a look that asks me for anything. It's a look that says she's written it down."
    "Calla la mira un instante más de lo necesario, y luego me mira a mí. No es una mirada que me pida nada. Es una mirada que dice que lo ha dejado por escrito."

# game/story/prologue.rpy:102
translate spanish prologue_the_wall_1567cbec:

    # "The Seven is still diverted, so we walk to Meridian Plaza and catch the Nine under the Health Wall."
    "El Siete sigue desviado, así que vamos a pie hasta la plaza Meridian para tomar el Nueve bajo el Muro de la Salud."

# game/story/prologue.rpy:103
translate spanish prologue_the_wall_1d72359e:

    # "A hundred metres of light, forty storeys up. It tells eleven million people the weather, the time, and what to want."
    "Cien metros de luz, a cuarenta pisos de altura. Les dice a once millones de personas qué tiempo hace, qué hora es y qué tienen que desear."

# game/story/prologue.rpy:104
translate spanish prologue_the_wall_f3d93910:

    # wall "Good evening, Caledonia! Your city, your name. The renaming referendum closes in February: New Caledonia, or New Neo City? Make your voice heard!"
    wall "¡Buenas noches, Caledonia! Tu ciudad, tu nombre. El referéndum sobre el nuevo nombre se cierra en febrero: ¿New Caledonia o New Neo City? ¡Haz oír tu voz!"

# game/story/prologue.rpy:105
translate spanish prologue_the_wall_26c86825:

    # mara "New Neo City. Sounds like a cough syrup."
    mara "New Neo City. Suena a jarabe para la tos."

# game/story/prologue.rpy:106
translate spanish prologue_the_wall_59ea6bb3:

    # noah happy "It tested very well with the under-thirties."
    noah happy "En los estudios de mercado gustó muchísimo a los menores de treinta."

# game/story/prologue.rpy:107
translate spanish prologue_the_wall_8f11d0ab:

    # mara "Everything tests well with the under-thirties. They'd vote to rename the moon."
    mara "A los menores de treinta les gusta todo. Votarían por cambiarle el nombre a la luna."

# game/story/prologue.rpy:108
translate spanish prologue_the_wall_94ad02aa:

    # wall "Lowline residents: free Smart Oral Enhancers, courtesy of Ray Bio-Dental and the SmarTeeth network. Fitted in four minutes. Free for life. Data-sharing terms apply."
    wall "Vecinos de la Lowline: Potenciadores Orales Inteligentes gratis, por cortesía de Ray Bio-Dental y la red SmarTeeth. Colocados en cuatro minutos. Gratis de por vida. Sujeto a condiciones de cesión de datos."

# game/story/prologue.rpy:109
translate spanish prologue_the_wall_849a2dbd:

    # "On the Wall a grandmother the size of an office block smiles, and a grain of light settles between her teeth like a seed."
    "En el Muro sonríe una abuela del tamaño de un edificio de oficinas, y un grano de luz se le posa entre los dientes como una semilla."

# game/story/prologue.rpy:110
translate spanish prologue_the_wall_6dfad110:

    # mara "Data-sharing terms apply. There's the whole sermon, in small print."
    mara "Sujeto a condiciones de cesión de datos. Ahí tienes el sermón entero, en letra pequeña."

# game/story/prologue.rpy:111
translate spanish prologue_the_wall_1f81f618:

    # "Then she goes quiet and watches the grain of light three times round the loop. The Nine is due, and she doesn't look at the board once."
    "Luego se queda callada y mira el grano de luz dar tres vueltas al bucle. El Nueve está al llegar, y ni una sola vez mira el panel."

# game/story/prologue.rpy:112
translate spanish prologue_the_wall_a418d8c6:

    # mara worried "You fit those. All day."
    mara worried "Tú pones esas cosas. Todo el día."

# game/story/prologue.rpy:113
translate spanish prologue_the_wall_451095fb:

    # noah neutral "Most days."
    noah neutral "Casi todos los días."

# game/story/prologue.rpy:114
translate spanish prologue_the_wall_622b3d57:

    # mara "Does it hurt?"
    mara "¿Duele?"

# game/story/prologue.rpy:115
translate spanish prologue_the_wall_6caafe25:

    # noah "Less than the Seven's brakes."
    noah "Menos que los frenos del Siete."

# game/story/prologue.rpy:117
translate spanish prologue_the_wall_4e3e6d4b:

    # mara "Straight answer, Noah. You're the expert. Should I get the chip?"
    mara "Respuesta clara, Noah. Tú eres el experto. ¿Me pongo el chip?"

# game/story/prologue.rpy:132
translate spanish prologue_get_it_3fde906b:

    # mara neutral "You'd sleep better."
    mara neutral "Tú dormirías mejor."

# game/story/prologue.rpy:134
translate spanish prologue_get_it_e2b6cba0:

    # mara "It's a reason for you, love. It isn't one for me."
    mara "Eso es un motivo para ti, cariño. No para mí."

# game/story/prologue.rpy:135
translate spanish prologue_get_it_91f28e4f:

    # "She says it kindly, which is worse."
    "Lo dice con cariño, que es peor."

# game/story/prologue.rpy:136
translate spanish prologue_get_it_f682f82b:

    # mara sad "I don't need a snitch in my mouth. I told Calla the same."
    mara sad "No necesito un soplón en la boca. A Calla le dije lo mismo."

# game/story/prologue.rpy:137
translate spanish prologue_get_it_328a39cd:

    # mara neutral "You sound like the Wall. No. You sound like your father. He bought the first of everything. First phone that talked back, first car that drove itself into a canal."
    mara neutral "Hablas como el Muro. No. Hablas como tu padre. Se compraba lo primero de todo. El primer teléfono que contestaba, el primer auto que se metió solito en un canal."

# game/story/prologue.rpy:138
translate spanish prologue_get_it_5e622008:

    # noah sad "That was the car's fault."
    noah sad "Eso fue culpa del auto."

# game/story/prologue.rpy:139
translate spanish prologue_get_it_4d31d3d0:

    # mara happy "That's what he said."
    mara happy "Eso decía él."

# game/story/prologue.rpy:140
translate spanish prologue_get_it_9c523352:

    # mara neutral "Let the city pick its name first. If it's still Caledonia come spring, I'll think about your chip."
    mara neutral "Que la ciudad elija primero su nombre. Si en primavera sigue llamándose Caledonia, me pensaré lo de tu chip."

# game/story/prologue.rpy:141
translate spanish prologue_get_it_2d8eda34:

    # "It isn't a yes. I know it isn't a yes. I could push, and I know exactly where. I've talked harder cases than her into a four-minute fitting."
    "No es un sí. Sé que no es un sí. Podría insistir, y sé exactamente dónde apretar. He convencido a casos más difíciles que ella para una colocación de cuatro minutos."

# game/story/prologue.rpy:142
translate spanish prologue_get_it_ca8b676e:

    # "I don't. It's her mouth. The Nine comes in, and she takes my arm to climb aboard, which she has never once needed to do."
    "No lo hago. Es su boca. Llega el Nueve y ella se agarra de mi brazo para subir, cosa que nunca, ni una sola vez, le ha hecho falta."

# game/story/prologue.rpy:147
translate spanish prologue_your_call_0f482be1:

    # "She looks at me for a long moment, as though I've said something in a language she used to speak."
    "Me mira un largo rato, como si le hubiera dicho algo en un idioma que ella hablaba antes."

# game/story/prologue.rpy:148
translate spanish prologue_your_call_8fdae3da:

    # mara surprised "Your call. Huh."
    mara surprised "Decisión mía. Vaya."

# game/story/prologue.rpy:149
translate spanish prologue_your_call_32f56ad8:

    # mara neutral "The doctors say 'we recommend'. The Wall says 'make your voice heard'. Your father said 'trust me'. You're the only one who ever says that to me."
    mara neutral "Los médicos dicen 'le recomendamos'. El Muro dice 'haz oír tu voz'. Tu padre decía 'confía en mí'. Tú eres el único que me dice eso."

# game/story/prologue.rpy:150
translate spanish prologue_your_call_ae576f30:

    # noah neutral "I mean it."
    noah neutral "Lo digo en serio."

# game/story/prologue.rpy:151
translate spanish prologue_your_call_a561507e:

    # mara happy "I know you do. That's why it's worth something."
    mara happy "Ya lo sé. Por eso vale algo."

# game/story/prologue.rpy:152
translate spanish prologue_your_call_f19f2c75:

    # mara neutral "Then no. I don't need a snitch in my mouth. Nobody in there but me and my fillings."
    mara neutral "Entonces, no. No necesito un soplón en la boca. Ahí dentro no hay nadie más que yo y mis empastes."

# game/story/prologue.rpy:153
translate spanish prologue_your_call_4b5dc5b8:

    # "She takes my arm, which she has never once needed to do, and we get on the Nine."
    "Se agarra de mi brazo, cosa que nunca le ha hecho falta, y subimos al Nueve."

# game/story/prologue.rpy:154
translate spanish prologue_your_call_5813c0c4:

    # "It feels, at the time, like the most respectful thing I've ever said to her. I'll feel good about it until February."
    "En ese momento me parece lo más respetuoso que le he dicho en mi vida. Me sentiré orgulloso de ello hasta febrero."

# game/story/prologue.rpy:160
translate spanish prologue_funeral_1a3085b5:

    # centered "{size=+16}February 2044{/size}"
    centered "{size=+16}Febrero de 2044{/size}"

# game/story/prologue.rpy:162
translate spanish prologue_funeral_2f5e8c31:

    # "The molar went bad in January. Quietly, the way she'd have wanted it to."
    "La muela se estropeó en enero. Sin hacer ruido, como ella habría querido."

# game/story/prologue.rpy:163
translate spanish prologue_funeral_3b2bccbb:

    # "She didn't ring Calla. She didn't ring me. She told the woman next door it was a cold, and took tea with bergamot to bed."
    "No llamó a Calla. No me llamó a mí. Le dijo a la vecina que era un resfriado y se llevó a la cama un té con bergamota."

# game/story/prologue.rpy:164
translate spanish prologue_funeral_1ba9e79f:

    # "By the time the fever came the infection was in her blood. Sepsis, the doctors said, in the voice people use for words they say too often. Four days from the fever to the end."
    "Cuando llegó la fiebre, la infección ya estaba en la sangre. Sepsis, dijeron los médicos, con esa voz que se usa para las palabras que se dicen demasiado. Cuatro días de la fiebre al final."

# game/story/prologue.rpy:165
translate spanish prologue_funeral_88e89f63:

    # "The same week, the city voted to change its name. Her death certificate says New Neo City. She never lived there a day."
    "Esa misma semana, la ciudad votó cambiar de nombre. En su certificado de defunción pone New Neo City. No vivió allí ni un solo día."

# game/story/prologue.rpy:167
translate spanish prologue_funeral_41de3e79:

    # "I told her to get the chip. I said please. I said it twice. I never said it a third time."
    "Le dije que se pusiera el chip. Le dije por favor. Se lo dije dos veces. Nunca se lo dije una tercera."

# game/story/prologue.rpy:169
translate spanish prologue_funeral_b3000012:

    # "I told her it was her call. She made it. I keep trying to find the part where that was wrong."
    "Le dije que era decisión suya. Y la tomó. Sigo intentando encontrar la parte en la que eso estuvo mal."

# game/story/prologue.rpy:173
translate spanish prologue_funeral_4b91447b:

    # "Leo holds an umbrella over me for the whole service and gets soaked down his left side doing it. He's brought geraniums. They are badly out of season."
    "Leo sostiene un paraguas sobre mí durante todo el funeral y se empapa entero el costado izquierdo. Ha traído geranios. Están completamente fuera de temporada."

# game/story/prologue.rpy:174
translate spanish prologue_funeral_b5a751a4:

    # leo "We didn't know what else to bring. Don't ask what I paid for them."
    leo "No sabíamos qué otra cosa traer. No me preguntes lo que me costaron."

# game/story/prologue.rpy:175
translate spanish prologue_funeral_33167fe5:

    # noah sad "She'd have asked. Then she'd have told you you were robbed."
    noah sad "Ella te lo habría preguntado. Y luego te habría dicho que te habían timado."

# game/story/prologue.rpy:176
translate spanish prologue_funeral_7621f283:

    # leo sad "She would. She did, most Tuesdays."
    leo sad "Sí. Me lo decía casi todos los martes."

# game/story/prologue.rpy:177
translate spanish prologue_funeral_d85be0a5:

    # "Julian, my old roommate, couldn't make it. He sent a gift code for forty minutes of Lullaby, SmarTeeth's full-immersion VR. The card said: For the grief. No pain, brother."
    "Julian, mi antiguo compañero de habitación, no pudo venir. Mandó un código regalo para cuarenta minutos de Lullaby, la realidad virtual de inmersión total de SmarTeeth. La tarjeta decía: Para el duelo. Sin dolor, hermano."

# game/story/prologue.rpy:181
translate spanish prologue_funeral_a1c82e2f:

    # "Dr. Hawthorne stands at the back, under her own umbrella, in a coat older than the vote. She doesn't come forward. I don't go to her. In the end she comes as far as the path."
    "La doctora Hawthorne está al fondo, bajo su propio paraguas, con un abrigo más viejo que el referéndum. No se acerca. Yo no voy hacia ella. Al final llega hasta el camino."

# game/story/prologue.rpy:182
translate spanish prologue_funeral_10944dd8:

    # calla "Noah. I am so very sorry."
    calla "Noah. Lo siento muchísimo."

# game/story/prologue.rpy:183
translate spanish prologue_funeral_c4a81596:

    # noah neutral "Did she ring you?"
    noah neutral "¿La llamó a usted?"

# game/story/prologue.rpy:184
translate spanish prologue_funeral_42b0f4fd:

    # calla "No."
    calla "No."  # vn: same

# game/story/prologue.rpy:186
translate spanish prologue_funeral_8c884cd1:

    # noah sad "She didn't ring me either. I suppose that makes us even."
    noah sad "A mí tampoco me llamó. Supongo que estamos en paz."

# game/story/prologue.rpy:187
translate spanish prologue_funeral_73540de5:

    # "Calla opens her mouth, closes it, and nods once. Then she goes, a small straight shape in the grey, and I watch the umbrella all the way to the gate."
    "Calla abre la boca, la cierra y asiente una vez. Luego se va, una figura pequeña y erguida en medio del gris, y sigo el paraguas con la mirada hasta la verja."

# game/story/prologue.rpy:195
translate spanish prologue_a_year_on_ec2be9bf:

    # centered "{size=+16}New Neo City, 2045{/size}"
    centered "{size=+16}New Neo City, 2045{/size}"  # vn: same

# game/story/prologue.rpy:197
translate spanish prologue_a_year_on_a12c40fc:

    # "My apartment faces the Wall, which is a mistake I make every morning."
    "Mi apartamento da al Muro, y es un error que cometo cada mañana."

# game/story/prologue.rpy:198
translate spanish prologue_a_year_on_8c4a46df:

    # "On the shelf by the door sits my mother's brass depot badge: M. ADAIR, SEVEN LINE, BRAKES. I polish it when I can't sleep. It's very shiny."
    "En la repisa junto a la puerta está la placa de latón que mi madre llevaba en las cocheras: M. ADAIR, LÍNEA SIETE, FRENOS. Le saco brillo cuando no puedo dormir. Brilla muchísimo."

# game/story/prologue.rpy:200
translate spanish prologue_a_year_on_a2feeaf1:

    # "I'm Ray Bio-Dental's field liaison. I put watchers in people's mouths, and then I explain them, and I am very, very good at both now."
    "Soy el enlace de campo de Ray Bio-Dental. Pongo vigilantes en la boca de la gente y luego se los explico, y ahora se me dan muy, muy bien las dos cosas."

# game/story/prologue.rpy:201
translate spanish prologue_a_year_on_f3eb116a:

    # noah neutral "Nobody refuses me anymore. I've got a speech. It has a part about mothers."
    noah neutral "Ya nadie me dice que no. Tengo un discurso. Tiene una parte sobre madres."

# game/story/prologue.rpy:202
translate spanish prologue_a_year_on_9bb846c0:

    # noah sad "I don't always use that part."
    noah sad "No siempre uso esa parte."

translate spanish strings:

    # game/story/prologue.rpy:119
    old "Get it, Mum. Please. I'd sleep better."
    new "Póntelo, mamá. Por favor. Yo dormiría mejor."

    # game/story/prologue.rpy:119
    old "It's your call. It always has been."
    new "Es decisión tuya. Siempre lo ha sido."

# game/story/prologue.rpy:34
translate spanish prologue_reception_70feca1e:

    # leo neutral "Mr. Vance. Dr. Hawthorne is being careful with him, and he is being particular with her, so it's taking twice as long as it should."
    leo neutral "El señor Vance. La doctora Hawthorne está siendo cuidadosa con él, y él está siendo exigente con ella, así que todo va a tardar el doble de lo que debería."

# game/story/prologue.rpy:207
translate spanish prologue_a_year_on_9bec53cf:

    # "My work tablet is already lit: thirty-six chips to tune in the Lowline, a firmware memo from SmarTeeth, three unread messages from Dr. Asha Ray. All three say only: Numbers."
    "La tableta del trabajo ya está encendida: treinta y seis chips que ajustar en la Lowline, un memorándum de firmware de SmarTeeth, tres mensajes sin leer de la Dra. Asha Ray. Los tres dicen solo: Números."

# game/story/prologue.rpy:10
translate spanish prologue_28e33546:

    # centered "{size=+16}New Caledonia, 2043{/size}\n\n{size=-2}The city that will vote to call itself New Neo City{/size}"
    centered "{size=+16}New Caledonia, 2043{/size}\n\n{size=-2}La ciudad que votará llamarse New Neo City{/size}"

# game/story/prologue.rpy:138
translate spanish prologue_get_it_2514fefe:

    # noah worried "Calla saw a shadow. A chip would watch it every hour. It would ping Calla before it ever hurt you. Get it, Mum. Please. It's four minutes. I could do it myself."
    noah worried "Calla vio una sombra. Un chip la vigilaría a todas horas. Avisaría a Calla antes de que llegara a dolerte. Póntelo, mamá. Por favor. Son cuatro minutos. Podría ponértelo yo mismo."

# game/story/prologue.rpy:140
translate spanish prologue_get_it_3b25c8c3:

    # noah "I would. Please, Mum. Is that so bad?"
    noah "Sí. Por favor, mamá. ¿Tan malo es eso?"

# game/story/prologue.rpy:70
translate spanish prologue_operatory_4ed28e88:

    # "He laughs half a beat too late, a screen lagging behind its sound."
    "Se ríe medio compás tarde, una pantalla que va por detrás de su sonido."

# game/story/prologue.rpy:123
translate spanish prologue_the_wall_054d2602:

    # "She almost smiles. Then she turns to me properly, as she used to when I came home with a note from school."
    "Casi sonríe. Luego se vuelve hacia mí del todo, como hacía cuando yo llegaba a casa con una nota del colegio."

# game/story/prologue.rpy:194
translate spanish prologue_funeral_c5d1edd5:

    # "The rain fills the pause. Calla's knuckles are white on the umbrella handle. My mother's went white like that, on the arm of Chair Two."
    "La lluvia llena la pausa. Calla tiene los nudillos blancos sobre el mango del paraguas. Así se le ponían a mi madre, sobre el brazo del sillón dos."

