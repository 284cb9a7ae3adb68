# game/story/ch2_preserve.rpy:10
translate spanish ch2_6ab42d36:

    # centered "{size=+16}Thursday{/size}"
    centered "{size=+16}Jueves{/size}"

# game/story/ch2_preserve.rpy:12
translate spanish ch2_7ad29859:

    # "I haven't walked down Alder Row since the funeral. The Heights accounts have been mine all year; I've tuned every chip on this street remotely, from a bench two streets over."
    "No he pisado Alder Row desde el funeral. Las cuentas de Caledonia Heights han sido mías todo el año; he ajustado cada chip de esta calle a distancia, desde un banco a dos calles de aquí."

# game/story/ch2_preserve.rpy:13
translate spanish ch2_8e0bad98:

    # "On Tuesday Asha noticed. Preserve Dental's leased suite needs a liaison in person, she said, and there isn't anyone else. Which was true, and also not the point."
    "El martes, Asha se dio cuenta. La unidad arrendada de Preserve Dental necesita un enlace en persona, dijo, y no hay nadie más. Lo cual era cierto, y tampoco era la cuestión."

# game/story/ch2_preserve.rpy:14
translate spanish ch2_59ee903f:

    # "The geraniums are still in the window box. Somebody has been watering them every day for a year."
    "Los geranios siguen en la jardinera. Alguien lleva un año regándolos todos los días."

# game/story/ch2_preserve.rpy:15
translate spanish ch2_983f9688:

    # "My tablet buzzes twice on the walk."
    "La tableta me vibra dos veces por el camino."

# game/story/ch2_preserve.rpy:18
translate spanish ch2_a65592e6:

    # flower "Chip man. Tooth lady rang me. Actually rang. I put the scanner on your chip again last night. Still quiet. Tell the box it reads well."
    flower "Oye, el de los chips. La de los dientes me llamó. Me llamó de verdad. Anoche le volví a pasar el escáner a tu chip. Sigue callado. Dile al cacharro que lee bien."

# game/story/ch2_preserve.rpy:21
translate spanish ch2_0b1e5dbc:

    # flower "Chip man. Tooth lady rang me. Actually rang. Tell her her hands are fine. Don't tell her I said."
    flower "Oye, el de los chips. La de los dientes me llamó. Me llamó de verdad. Dile que sus manos están bien. No le digas que lo he dicho yo."

# game/story/ch2_preserve.rpy:23
translate spanish ch2_997ec9ea:

    # "The first is Flower's chip, reporting for duty at six this morning as it has every morning since Monday: inflammation down, bacterial load down, everything green. Nobody at Ray Bio-Dental has heard her voice since she walked out."
    "El primero es del chip de Flower, que se ha presentado a las seis de la mañana como cada mañana desde el lunes: inflamación a la baja, carga bacteriana a la baja, todo en verde. Nadie en Ray Bio-Dental ha vuelto a oír su voz desde que se marchó."

# game/story/ch2_preserve.rpy:26
translate spanish ch2_9ab765e1:

    # noah happy "A little. Mostly it has me in it. Keep going."
    noah happy "Un poco. Más que sorpresa, tiene retrato. Sigue intentándolo."

# game/story/ch2_preserve.rpy:28
translate spanish ch2_0ece8106:

    # otto "Good morning, Noah. Mr. Osei from Chair Seven sent Dr. Ray a cake. She asked me what it was for. I said it was for the eleven years. Was that correct?"
    otto "Buenos días, Noah. El señor Osei, el del sillón siete, le ha mandado una tarta a la Dra. Ray. Ella me preguntó para qué era. Le dije que era por los once años. ¿Fue correcto?"

# game/story/ch2_preserve.rpy:29
translate spanish ch2_1f6ba236:

    # noah neutral "Correct. More correct than the cake deserves."
    noah neutral "Correcto. Más correcto de lo que se merece la tarta."

# game/story/ch2_preserve.rpy:37
translate spanish ch2_mrs_pell_5eff0a92:

    # "Leo is at the desk with a watering can, as if he's been waiting a year for the bell to ring. Maybe he has."
    "Leo está en el mostrador con una regadera, como si llevara un año esperando a que sonara la campanilla. Quizá sea así."

# game/story/ch2_preserve.rpy:38
translate spanish ch2_mrs_pell_31ceb4ad:

    # leo "Noah. Oh, it's good to see you. We've missed you."
    leo "Noah. Ay, qué alegría verte. Te hemos echado de menos."

# game/story/ch2_preserve.rpy:39
translate spanish ch2_mrs_pell_476885d8:

    # noah happy "You've kept the geraniums alive. She'd have sworn you'd kill them by March."
    noah happy "Has mantenido vivos los geranios. Ella habría jurado que te los cargabas antes de marzo."

# game/story/ch2_preserve.rpy:40
translate spanish ch2_mrs_pell_9c5109c1:

    # leo sad "She said that every winter. I think it was how she said thank you."
    leo sad "Lo decía todos los inviernos. Creo que era su manera de dar las gracias."

# game/story/ch2_preserve.rpy:41
translate spanish ch2_mrs_pell_b5aa98b9:

    # "Through the inner door a voice goes up, fast and bright and sharp-edged, and another voice answers it, low and perfectly level, which is how I know who's losing their temper."
    "Al otro lado de la puerta interior, una voz se alza, rápida, brillante y afilada, y otra le responde, grave y perfectamente serena, y por eso sé quién está perdiendo los estribos."

# game/story/ch2_preserve.rpy:42
translate spanish ch2_mrs_pell_3bab6ffe:

    # leo worried "Ah. You'd better come through. We're having a difference of opinion."
    leo worried "Ah. Será mejor que pases. Estamos teniendo una diferencia de opinión."

# game/story/ch2_preserve.rpy:49
translate spanish ch2_mrs_pell_50dd6f0f:

    # "The operatory hasn't changed: the brass, the linen, the good lamp. Except that in the corner by the walnut cabinet a SmarTeeth diagnostic suite now stands, white and seamless, like a fridge that went to university."
    "La consulta no ha cambiado: el latón, el lino, la buena lámpara. Salvo que en el rincón, junto al archivador de nogal, ahora se alza una unidad de diagnóstico SmarTeeth, blanca y sin junturas, como una nevera que fue a la universidad."

# game/story/ch2_preserve.rpy:50
translate spanish ch2_mrs_pell_b1e97bca:

    # "Chair Two is empty. Green leather, cracked along the left arm. I look at it for exactly as long as I can, which isn't long."
    "El sillón dos está vacío. Cuero verde, agrietado a lo largo del brazo izquierdo. Lo miro exactamente todo el tiempo que puedo, que no es mucho."

# game/story/ch2_preserve.rpy:51
translate spanish ch2_mrs_pell_9df8772c:

    # "In Chair One sits a small woman of eighty with her handbag on her lap and her eyes going from one dentist to the other, like someone watching tennis she never bought a ticket for."
    "En el sillón uno está sentada una mujer menuda de ochenta años, con el bolso en el regazo y los ojos yendo de un dentista al otro, como quien mira un partido de tenis para el que nunca compró entrada."

# game/story/ch2_preserve.rpy:53
translate spanish ch2_mrs_pell_c9554a11:

    # calla "She walks out with a titanium screw in her jaw, because she grinds her teeth at night, because her husband is dying in the hospice on Linden Street and she lies awake listening for the phone."
    calla "Sale de aquí con un tornillo de titanio en la mandíbula, porque aprieta los dientes por la noche, porque su marido se está muriendo en el centro de paliativos de la calle Linden y ella se pasa las noches en vela esperando a que suene el teléfono."

# game/story/ch2_preserve.rpy:54
translate spanish ch2_mrs_pell_ed6e689a:

    # calla "Take the tooth, and she'll crack the next one by Easter."
    calla "Quítele ese diente y se le partirá el siguiente antes de Semana Santa."

# game/story/ch2_preserve.rpy:55
translate spanish ch2_mrs_pell_9846c305:

    # jolene "Grief isn't a diagnosis code, Dr. Hawthorne."
    jolene "El duelo no es un código diagnóstico, doctora Hawthorne."

# game/story/ch2_preserve.rpy:57
translate spanish ch2_mrs_pell_e808e184:

    # "Jolene Park is twenty-six, SmarTeeth's field technician placed inside Preserve Dental along with the leased suite, and she talks like a progress bar: fast, and always showing you how far along she is."
    "Jolene Park tiene veintiséis años, es la técnica de campo que SmarTeeth ha destinado a Preserve Dental junto con la unidad arrendada, y habla como una barra de progreso: deprisa, y enseñándote siempre por dónde va."

# game/story/ch2_preserve.rpy:58
translate spanish ch2_mrs_pell_34d60312:

    # jolene "I've got a scoreboard on this place, you know. Machine fourteen, Hands three. And you want to make it Hands four on a hunch about the hospice."
    jolene "Llevo un marcador de este sitio, ¿sabe? Máquina catorce, Manos tres. Y usted quiere ponerlo en Manos cuatro por una corazonada sobre paliativos."

# game/story/ch2_preserve.rpy:62
translate spanish ch2_mrs_pell_bc881754:

    # "Leo steps between them without seeming to. He has a way of arriving in the exact middle of a room."
    "Leo se coloca entre las dos sin que lo parezca. Tiene una manera de llegar justo al centro de una habitación."

# game/story/ch2_preserve.rpy:63
translate spanish ch2_mrs_pell_6c672335:

    # leo "Mrs. Pell. We've been talking over you, and we're sorry. Would you like to tell us what you'd like?"
    leo "Señora Pell. Hemos estado hablando por encima de usted, y lo sentimos. ¿Quiere decirnos qué es lo que prefiere?"

# game/story/ch2_preserve.rpy:64
translate spanish ch2_mrs_pell_db68de48:

    # "Mrs. Pell" "I'd like to keep the tooth, dear. Harold bought me the crown on the one next to it for our fortieth."
    "Sra. Pell" "Me gustaría conservar el diente, cielo. Harold me regaló la corona del de al lado por nuestro cuarenta aniversario."

# game/story/ch2_preserve.rpy:65
translate spanish ch2_mrs_pell_8b311318:

    # "Mrs. Pell" "But I'd like to know how bad the crack is. The little screen seemed terribly sure of itself."
    "Sra. Pell" "Pero me gustaría saber lo grave que es la grieta. La pantallita parecía terriblemente segura de sí misma."

# game/story/ch2_preserve.rpy:66
translate spanish ch2_mrs_pell_7eaf1ef2:

    # leo happy "Then we'll do both. Jolene's scan shows Dr. Hawthorne exactly where the crack runs, and Dr. Hawthorne saves what she can around it."
    leo happy "Entonces haremos las dos cosas. El escáner de Jolene le enseña a la doctora Hawthorne exactamente por dónde va la grieta, y la doctora Hawthorne salva lo que pueda a su alrededor."

# game/story/ch2_preserve.rpy:67
translate spanish ch2_mrs_pell_37c14a6d:

    # "Jolene looks at Leo the way a fencer looks at a man who has walked onto the piste with a tray of tea. Then she turns the suite's screen toward Calla."
    "Jolene mira a Leo como un esgrimista miraría a un hombre que se ha metido en la pista con una bandeja de té. Luego gira la pantalla de la unidad hacia Calla."

# game/story/ch2_preserve.rpy:68
translate spanish ch2_mrs_pell_2b95e325:

    # jolene neutral "Fracture map. Mesial-lingual, stops short of the pulp. For now."
    jolene neutral "Mapa de fractura. Mesiolingual, se detiene antes de la pulpa. De momento."

# game/story/ch2_preserve.rpy:69
translate spanish ch2_mrs_pell_a4577b5e:

    # calla "Thank you. That is genuinely useful."
    calla "Gracias. Esto es verdaderamente útil."

# game/story/ch2_preserve.rpy:70
translate spanish ch2_mrs_pell_65c744ce:

    # "Calla prepares the tooth for an onlay with Jolene's map glowing at her elbow, her brass mirror in one hand and the machine's picture in her eye. Then she takes an impression for a night guard and writes a phone number on the back of an appointment card."
    "Calla prepara el diente para una incrustación con el mapa de Jolene brillando junto al codo, el espejo de latón en una mano y la imagen de la máquina en la mirada. Luego toma una impresión para una férula de descarga y escribe un número de teléfono en el dorso de una tarjeta de citas."

# game/story/ch2_preserve.rpy:71
translate spanish ch2_mrs_pell_66aef200:

    # calla "The hospice has a fold-out bed, Mrs. Pell. Ask for it. You'll sleep better next to him than listening for him."
    calla "En paliativos tienen camas plegables, señora Pell. Pida una. Dormirá mejor a su lado que esperando noticias suyas."

# game/story/ch2_preserve.rpy:72
translate spanish ch2_mrs_pell_3f3c3798:

    # "Mrs. Pell" "Oh. Nobody said."
    "Sra. Pell" "Ay. Nadie me lo había dicho."

# game/story/ch2_preserve.rpy:73
translate spanish ch2_mrs_pell_b6ae6856:

    # "Mrs. Pell leaves with her tooth and the card held tight in her glove. Jolene taps her tablet hard enough to hurt it."
    "La señora Pell se marcha con su diente y con la tarjeta bien apretada en el guante. Jolene golpea la tableta con el dedo con tanta saña que podría hacerle daño."

# game/story/ch2_preserve.rpy:74
translate spanish ch2_mrs_pell_a9df6ce2:

    # jolene worried "That's a draw. I don't do draws."
    jolene worried "Eso es un empate. A mí no me van los empates."

# game/story/ch2_preserve.rpy:75
translate spanish ch2_mrs_pell_c0e085d0:

    # jolene neutral "Machine fourteen, Hands three and a half."
    jolene neutral "Máquina catorce, Manos tres y medio."

# game/story/ch2_preserve.rpy:77
translate spanish ch2_mrs_pell_488e69d6:

    # jolene happy "Hey. You're Asha's liaison. Julian says you did the Tower tour on Monday. Did Milena do the thirty-one-thousand line? She always does the thirty-one-thousand line."
    jolene happy "Oye. Tú eres el enlace de Asha. Julian dice que el lunes hiciste la visita a la Torre. ¿Te soltó Milena la frase de los treinta y un mil? Siempre suelta la frase de los treinta y un mil."

# game/story/ch2_preserve.rpy:81
translate spanish ch2_mrs_pell_3ee5e9a3:

    # jolene neutral "You're Asha's liaison. Adair. Your Heights numbers are immaculate. Nobody immaculate ever wants to talk to me, so I assume you're here for the chip check."
    jolene neutral "Tú eres el enlace de Asha. Adair. Tus números en Caledonia Heights son impecables. Nadie impecable quiere nunca hablar conmigo, así que supongo que vienes por la revisión de los chips."

# game/story/ch2_preserve.rpy:91
translate spanish ch2_guaranteed_a8721a77:

    # "At two, Jonah Vance arrives for his pre-op in a coat that costs more than my apartment and a smile that costs more than the coat."
    "A las dos, Jonah Vance llega para su preoperatorio con un abrigo que cuesta más que mi apartamento y una sonrisa que cuesta más que el abrigo."

# game/story/ch2_preserve.rpy:92
translate spanish ch2_guaranteed_648ea31b:

    # jonah "Calla! Noah Adair, as I live and floss. Do you know, I think you two are the only people in the city who've seen me without veneers."
    jonah "¡Calla! ¡Noah Adair, vivito y cepillado! ¿Saben? Creo que ustedes dos son las únicas personas de la ciudad que me han visto sin carillas."

# game/story/ch2_preserve.rpy:93
translate spanish ch2_guaranteed_1a035cee:

    # "He taps his front teeth, the ones Calla placed for him two years ago."
    "Se da unos golpecitos en los dientes de delante, los que Calla le colocó hace dos años."

# game/story/ch2_preserve.rpy:95
translate spanish ch2_guaranteed_113ef677:

    # "He's booked for the Perfect Smile: a genomic screen by ELARA, then Tarek Liu's ReGrow serum to grow his own enamel back, then Courtenay Mender nanobots to shape it. Hand-grown perfection. The Wall has been selling it all week."
    "Tiene cita para la Sonrisa Perfecta: un cribado genómico de ELARA, luego el suero ReGrow de Tarek Liu para que le vuelva a crecer su propio esmalte, y luego los nanobots Mender de Courtenay para darle forma. Perfección de cosecha propia. El Muro lleva toda la semana vendiéndola."

# game/story/ch2_preserve.rpy:97
translate spanish ch2_guaranteed_fa7fc2bd:

    # jolene happy "Screen's ready. Sit back, Mr. Vance. This is the fun bit."
    jolene happy "El cribado está listo. Recuéstese, señor Vance. Ahora viene lo divertido."

# game/story/ch2_preserve.rpy:100
translate spanish ch2_guaranteed_6b3fd283:

    # "The suite brightens. A face forms in the air over it: not a face exactly, a courtesy, cyan and symmetrical, with a voice that makes every syllable sound audited."
    "La unidad se ilumina. Un rostro se forma en el aire sobre ella: no exactamente un rostro, más bien una cortesía, cian y simétrica, con una voz que hace que cada sílaba suene auditada."

# game/story/ch2_preserve.rpy:101
translate spanish ch2_guaranteed_9af26cf5:

    # elara_ai "GOOD AFTERNOON, JONAH VANCE. GENOMIC SCREEN COMPLETE."
    elara_ai "BUENAS TARDES, JONAH VANCE. CRIBADO GENÓMICO COMPLETADO."

# game/story/ch2_preserve.rpy:103
translate spanish ch2_guaranteed_e2fa8012:

    # elara_ai "ADVERSE EVENTS IN TRIAL POPULATION: ZERO. PROBABILITY OF OPTIMAL OUTCOME: 99.4 PERCENT."
    elara_ai "EVENTOS ADVERSOS EN LA POBLACIÓN DEL ENSAYO: CERO. PROBABILIDAD DE RESULTADO ÓPTIMO: 99,4 POR CIENTO."

# game/story/ch2_preserve.rpy:104
translate spanish ch2_guaranteed_a6d8326b:

    # elara_ai "CLASSIFICATION: GUARANTEED."
    elara_ai "CLASIFICACIÓN: GARANTIZADO."

# game/story/ch2_preserve.rpy:105
translate spanish ch2_guaranteed_ec863eef:

    # jolene surprised "Guaranteed. Do you know how rare that is? ELARA doesn't say guaranteed. I've seen it twice in three years."
    jolene surprised "Garantizado. ¿Sabe lo raro que es eso? ELARA no dice garantizado. Se lo he visto decir dos veces en tres años."

# game/story/ch2_preserve.rpy:106
translate spanish ch2_guaranteed_b0163485:

    # jolene happy "Machine fifteen!"
    jolene happy "¡Máquina quince!"

# game/story/ch2_preserve.rpy:107
translate spanish ch2_guaranteed_7f159ac7:

    # jonah happy "Guaranteed. Well. I'll have it engraved."
    jonah happy "Garantizado. Vaya. Me lo haré grabar."

# game/story/ch2_preserve.rpy:109
translate spanish ch2_guaranteed_2d4907e4:

    # "Calla crosses the room in four precise steps and stands by the chair, where Jonah has to look at her instead of the light."
    "Calla cruza la sala en cuatro pasos precisos y se planta junto al sillón, donde Jonah tiene que mirarla a ella en lugar de a la luz."

# game/story/ch2_preserve.rpy:111
translate spanish ch2_guaranteed_99003264:

    # calla "And a variant of uncertain significance means nobody knows. Your machine has taken 'nobody knows' and rounded it to 'fine'."
    calla "Y una variante de significado incierto significa que nadie lo sabe. Su máquina ha tomado 'nadie lo sabe' y lo ha redondeado a 'todo bien'."

# game/story/ch2_preserve.rpy:112
translate spanish ch2_guaranteed_a01e554c:

    # elara_ai "UNCERTAINTY HAS BEEN ACCOUNTED FOR."
    elara_ai "LA INCERTIDUMBRE HA SIDO CONTABILIZADA."

# game/story/ch2_preserve.rpy:113
translate spanish ch2_guaranteed_1a6201bd:

    # calla "By whom?"
    calla "¿Por quién?"

# game/story/ch2_preserve.rpy:114
translate spanish ch2_guaranteed_3461fe9e:

    # elara_ai "BY— BY— UNCERTAINTY HAS BEEN ACC— ...ACCOUNTED FOR."
    elara_ai "POR— POR— LA INCERTIDUMBRE HA SIDO CONTA— ...CONTABILIZADA."

# game/story/ch2_preserve.rpy:115
translate spanish ch2_guaranteed_c86d8128:

    # "The cyan face stutters, just for a frame, like a projector that has swallowed a hair. Then it is smooth again."
    "El rostro cian tartamudea, solo durante un fotograma, como un proyector que se ha tragado un pelo. Luego vuelve a estar impecable."

# game/story/ch2_preserve.rpy:116
translate spanish ch2_guaranteed_de857a17:

    # jolene worried "That's a render glitch. The Tower's pushing patches all week before the Wall. It's cosmetic."
    jolene worried "Es un fallo de renderizado. La Torre lleva toda la semana metiendo parches antes del Muro. Es cosmético."

# game/story/ch2_preserve.rpy:117
translate spanish ch2_guaranteed_8c67169a:

    # calla "Everything in this room is cosmetic, Miss Park, until it isn't."
    calla "Todo en esta sala es cosmético, señorita Park, hasta que deja de serlo."

# game/story/ch2_preserve.rpy:118
translate spanish ch2_guaranteed_01b4c275:

    # jonah sad "Calla. I've put eleven million into ReGrow. I can't be the founder with the fake teeth. I'm supposed to be the proof. At the Wall, under the lights, in front of everyone."
    jonah sad "Calla. He metido once millones en ReGrow. No puedo ser el fundador de los dientes falsos. Se supone que la prueba soy yo. En el Muro, bajo los focos, delante de todo el mundo."

# game/story/ch2_preserve.rpy:119
translate spanish ch2_guaranteed_9005df82:

    # jonah neutral "And if something goes wrong, which it won't, nobody needs to know it went wrong. I'll handle it."
    jonah neutral "Y si algo sale mal, que no va a salir, nadie tiene por qué enterarse de que salió mal. Ya me encargaré yo."

# game/story/ch2_preserve.rpy:120
translate spanish ch2_guaranteed_00214d83:

    # "He says it lightly, as a joke. Calla doesn't laugh. Neither do I. I've heard that exact sentence before, from a woman with a cold."
    "Lo dice a la ligera, en broma. Calla no se ríe. Yo tampoco. He oído esa misma frase antes, en boca de una mujer con un resfriado."

# game/story/ch2_preserve.rpy:121
translate spanish ch2_guaranteed_4c03b48a:

    # calla neutral "Mr. Adair. His chip is yours to sign. I should like, before you sign it, to take baselines by hand. On paper. So that if anything changes, somebody knows what it changed from."
    calla neutral "Noah. La firma del chip te corresponde a ti. Antes de que firmes, me gustaría tomar los valores basales a mano. En papel. Para que, si algo cambia, alguien sepa desde dónde ha cambiado."

# game/story/ch2_preserve.rpy:122
translate spanish ch2_guaranteed_aa6f9fb8:

    # jolene angry "The suite took every baseline there is in four-tenths of a second. It's all logged at the Tower."
    jolene angry "La unidad ha tomado todos los valores basales que existen en cuatro décimas de segundo. Está todo registrado en la Torre."

# game/story/ch2_preserve.rpy:123
translate spanish ch2_guaranteed_3d3e5962:

    # calla "Then it will be logged twice. Once where I can reach it."
    calla "Entonces quedará registrado dos veces. Una de ellas, donde yo pueda alcanzarlo."

# game/story/ch2_preserve.rpy:124
translate spanish ch2_guaranteed_ebee9f81:

    # jonah happy "Noah. You're the tiebreaker. You know my chip better than I do."
    jonah happy "Noah. Tú desempatas. Conoces mi chip mejor que yo."

# game/story/ch2_preserve.rpy:140
translate spanish ch2_paper_fcfc8974:

    # noah neutral "Take the baselines, Doctor. I'll hold the signature till you're done."
    noah neutral "Tome los valores basales, doctora. Retendré la firma hasta que termine."

# game/story/ch2_preserve.rpy:141
translate spanish ch2_paper_0c934d8b:

    # jolene angry "Unbelievable. Fine. Machine fifteen, Hands three and a half, Paper one."
    jolene angry "Increíble. Muy bien. Máquina quince, Manos tres y medio, Papel uno."

# game/story/ch2_preserve.rpy:142
translate spanish ch2_paper_7e4625b8:

    # "It takes an hour. Calla walks the periodontal probe round every tooth and calls out the depths, and Leo writes them down in ink in a fresh chart: two, two, three, two. She touches ice to each tooth and watches Jonah's eyes for the flinch."
    "Tarda una hora. Calla recorre cada diente con la sonda periodontal y va cantando las profundidades, y Leo las anota con tinta en una ficha nueva: dos, dos, tres, dos. Aplica hielo a cada diente y busca el respingo en los ojos de Jonah."

# game/story/ch2_preserve.rpy:143
translate spanish ch2_paper_ccdcbd9a:

    # "She photographs his gums with a camera that takes actual film. Then she draws them, in pencil, on squared paper, quick and exact, the way someone else might sketch a coastline."
    "Le fotografía las encías con una cámara que usa película de verdad. Luego las dibuja, a lápiz, en papel cuadriculado, rápida y exacta, como otra persona esbozaría el contorno de una costa."

# game/story/ch2_preserve.rpy:144
translate spanish ch2_paper_3ef7344b:

    # jonah neutral "You're drawing my gums."
    jonah neutral "Me estás dibujando las encías."

# game/story/ch2_preserve.rpy:145
translate spanish ch2_paper_5d7ea046:

    # calla "I am drawing your gums."
    calla "Le estoy dibujando las encías."

# game/story/ch2_preserve.rpy:146
translate spanish ch2_paper_f2bd4578:

    # jonah "Is it a good likeness?"
    jonah "¿Es un buen retrato?"

# game/story/ch2_preserve.rpy:148
translate spanish ch2_paper_e4a8498e:

    # "Jolene watches the whole hour with her arms folded and her foot going. Around minute forty she stops tapping. Around minute fifty she leans in to see the drawing, and pretends she didn't."
    "Jolene se pasa la hora entera de brazos cruzados y con el pie marcando el compás. Hacia el minuto cuarenta deja de taconear. Hacia el minuto cincuenta se inclina para ver el dibujo, y finge que no lo ha hecho."

# game/story/ch2_preserve.rpy:149
translate spanish ch2_paper_bec6261a:

    # "At the end Calla files the chart in the walnut cabinet, under V, and writes on the tab in capitals: VANCE, J. BASELINE. DO NOT DISCARD."
    "Al final, Calla guarda la ficha en el archivador de nogal, en la V, y escribe en la pestaña con mayúsculas: VANCE, J. VALORES BASALES. NO DESECHAR."

# game/story/ch2_preserve.rpy:150
translate spanish ch2_paper_be60a1ba:

    # jonah worried "You really think it's going to go wrong."
    jonah worried "De verdad crees que va a salir mal."

# game/story/ch2_preserve.rpy:151
translate spanish ch2_paper_e5e5fda9:

    # calla "I think that if it does, you won't tell anyone. So I should like to be able to tell for you."
    calla "Creo que, si sale mal, no se lo dirá a nadie. Así que me gustaría poder decirlo yo por usted."

# game/story/ch2_preserve.rpy:152
translate spanish ch2_paper_578a631e:

    # "For one second Jonah's smile isn't there at all, and the face underneath is nine years old. Then it's back, brighter than before, and he kisses Calla's hand, which she permits like a tax."
    "Durante un segundo, la sonrisa de Jonah desaparece por completo, y la cara que hay debajo tiene nueve años. Luego vuelve, más brillante que antes, y le besa la mano a Calla, que lo consiente como quien paga un impuesto."

# game/story/ch2_preserve.rpy:158
translate spanish ch2_trust_elara_60eebefe:

    # noah neutral "ELARA's seen four thousand mouths, Doctor. We've seen one. I'll sign it."
    noah neutral "ELARA ha visto cuatro mil bocas, doctora. Nosotros hemos visto una. Lo firmo."

# game/story/ch2_preserve.rpy:159
translate spanish ch2_trust_elara_5c76259f:

    # jolene happy "Thank you! Somebody in this building can count."
    jolene happy "¡Gracias! Por fin alguien en este edificio sabe contar."

# game/story/ch2_preserve.rpy:161
translate spanish ch2_trust_elara_c71368f6:

    # calla neutral "Very well. It's Mr. Vance's mouth."
    calla neutral "Muy bien. Es la boca del señor Vance."

# game/story/ch2_preserve.rpy:162
translate spanish ch2_trust_elara_f7508710:

    # "She had a blank chart half out of the walnut cabinet, ready for him. She slides it back into its drawer. It makes almost no sound."
    "Tenía una ficha en blanco medio sacada del archivador de nogal, preparada para él. La vuelve a meter en su cajón. Casi no hace ruido."

# game/story/ch2_preserve.rpy:163
translate spanish ch2_trust_elara_f89a2885:

    # elara_ai happy "CONSENT LOGGED. THANK YOU, LIAISON ADAIR. PROCEDURE SCHEDULED: MONDAY, 07:00. RESULT PRESENTATION: THE HEALTH WALL, MAIN STAGE."
    elara_ai happy "CONSENTIMIENTO REGISTRADO. GRACIAS, ENLACE ADAIR. PROCEDIMIENTO PROGRAMADO: LUNES, 07:00. PRESENTACIÓN DE RESULTADOS: EL MURO DE LA SALUD, ESCENARIO PRINCIPAL."

# game/story/ch2_preserve.rpy:165
translate spanish ch2_trust_elara_756919f2:

    # jonah happy "Main stage, Calla. Under the lights. I'll be the proof."
    jonah happy "Escenario principal, Calla. Bajo los focos. Yo seré la prueba."

# game/story/ch2_preserve.rpy:166
translate spanish ch2_trust_elara_9f2a450a:

    # calla "I hope the machine is right, Jonah. I have hoped that before."
    calla "Espero que la máquina tenga razón, Jonah. Ya lo he esperado otras veces."

# game/story/ch2_preserve.rpy:168
translate spanish ch2_trust_elara_c3bab341:

    # jolene neutral "Machine fifteen, Hands three and a half. Don't look at me like that, Doctor. The numbers aren't mean. They're just numbers."
    jolene neutral "Máquina quince, Manos tres y medio. No me mire así, doctora. Los números no son malos. Solo son números."

# game/story/ch2_preserve.rpy:169
translate spanish ch2_trust_elara_10bbee74:

    # calla "Numbers are never just anything, Miss Park. Someone always chose which ones to keep."
    calla "Los números nunca son solo números, señorita Park. Siempre hubo alguien que eligió cuáles conservar."

# game/story/ch2_preserve.rpy:180
translate spanish ch2_after_hours_feedeb11:

    # calla "I haven't had it mended. I keep meaning to."
    calla "No lo he mandado arreglar. Siempre me digo que lo haré."

# game/story/ch2_preserve.rpy:181
translate spanish ch2_after_hours_6ee089b6:

    # noah neutral "Don't. She'd only have cracked the new one."
    noah neutral "No lo haga. Ella habría agrietado el nuevo igual."

# game/story/ch2_preserve.rpy:183
translate spanish ch2_after_hours_0d695f7c:

    # calla "You've not been back in a year. I'd wondered whether you would come at all."
    calla "Llevas un año sin volver. Me preguntaba si vendrías alguna vez."

# game/story/ch2_preserve.rpy:185
translate spanish ch2_after_hours_8203bb9d:

    # noah sad "I told her to get it, you know. The chip. Twice. I said please, even. She told me I sounded like the Wall, and I let it go."
    noah sad "Le dije que se lo pusiera, ¿sabe? El chip. Dos veces. Hasta le dije por favor. Me contestó que hablaba como el Muro, y lo dejé estar."

# game/story/ch2_preserve.rpy:186
translate spanish ch2_after_hours_5081685c:

    # noah "I fit those things for a living. I've talked bus drivers into them. Bishops. I had one more push in me and I didn't use it on my own mother."
    noah "Me gano la vida poniendo esos trastos. He convencido a conductores de autobús. A obispos. Me quedaba un empujón más y no lo usé con mi propia madre."

# game/story/ch2_preserve.rpy:188
translate spanish ch2_after_hours_fa68c4c9:

    # noah sad "You know what I told her? Under the Wall, the day she saw you. She asked me if she should get the chip, and I said 'your call'."
    noah sad "¿Sabe lo que le dije yo? Bajo el Muro, el día que vino a verla. Me preguntó si debía ponerse el chip, y le dije 'es decisión tuya'."

# game/story/ch2_preserve.rpy:189
translate spanish ch2_after_hours_0b9d3a00:

    # noah "I was proud of that. Very respectful son. She made her call. Turns out respect is also how you watch somebody walk off a platform."
    noah "Estaba orgulloso. Qué hijo tan respetuoso. Ella tomó su decisión. Resulta que el respeto también consiste en mirar cómo alguien sigue andando al llegar al borde del andén."

# game/story/ch2_preserve.rpy:190
translate spanish ch2_after_hours_681bb171:

    # calla worried "I want to show you something. You may not want to see it. You may tell me to put it back."
    calla worried "Quiero enseñarte algo. Puede que no quieras verlo. Puedes decirme que lo vuelva a guardar."

# game/story/ch2_preserve.rpy:191
translate spanish ch2_after_hours_11a0f4fc:

    # "She unlocks the walnut cabinet and takes out a folder gone soft with handling. ADAIR, M. Twenty years of my mother's mouth, in Calla's upright hand."
    "Abre el archivador de nogal con llave y saca una carpeta ablandada de tanto manoseo. ADAIR, M. Veinte años de la boca de mi madre, con la letra erguida de Calla."

# game/story/ch2_preserve.rpy:192
translate spanish ch2_after_hours_03179bfb:

    # "Near the end, the entries are short."
    "Hacia el final, las anotaciones son breves."

# game/story/ch2_preserve.rpy:193
translate spanish ch2_after_hours_44eb326a:

    # calla neutral "The day you brought her. 'Shadow at margin, lower left six. SOE offered. Declined: I don't need a snitch in my mouth.' I wrote down her words. I always write down their words."
    calla neutral "El día que la trajiste. 'Sombra en el margen, seis inferior izquierdo. Se ofrece SOE. Rechazado: No necesito un soplón en la boca.' Anoté sus palabras. Siempre anoto sus palabras."

# game/story/ch2_preserve.rpy:194
translate spanish ch2_after_hours_e11f214b:

    # calla "October. 'Recall. Tender to percussion. Radiograph declined. SOE declined.' I asked twice. She said no twice. I wrote it twice."
    calla "Octubre. 'Revisión. Sensible a la percusión. Radiografía rechazada. SOE rechazado.' Se lo pregunté dos veces. Me dijo que no dos veces. Lo anoté dos veces."

# game/story/ch2_preserve.rpy:195
translate spanish ch2_after_hours_82bb5f88:

    # calla sad "Twelfth of January. 'Did not attend recall. Telephoned, no answer.' Fourteenth of January. 'Telephoned, no answer.'"
    calla sad "Doce de enero. 'No acude a la revisión. Se la llama por teléfono, sin respuesta.' Catorce de enero. 'Se la llama por teléfono, sin respuesta.'"

# game/story/ch2_preserve.rpy:196
translate spanish ch2_after_hours_1fb41724:

    # noah surprised "You rang her."
    noah surprised "Usted la llamó."

# game/story/ch2_preserve.rpy:197
translate spanish ch2_after_hours_fa8ffedd:

    # calla "Twice. She didn't ring back. I did not go round. I told myself that going round would be a kind of trespass."
    calla "Dos veces. No me devolvió la llamada. No fui a su casa. Me dije que presentarme allí habría sido una especie de intrusión."

# game/story/ch2_preserve.rpy:198
translate spanish ch2_after_hours_404243db:

    # calla "I have asked myself every day for a year whether it was respect or cowardice. I have not reached a conclusion. I'm not certain there is one."
    calla "Llevo un año preguntándome cada día si fue respeto o cobardía. No he llegado a ninguna conclusión. No estoy segura de que la haya."

# game/story/ch2_preserve.rpy:216
translate spanish ch2_blame_6e7725c6:

    # noah angry "You let her die."
    noah angry "Usted la dejó morir."

# game/story/ch2_preserve.rpy:218
translate spanish ch2_blame_751f63db:

    # "Calla doesn't flinch. She closes the folder, squares its edges against the tray, and only then looks up."
    "Calla no se inmuta. Cierra la carpeta, cuadra los bordes contra la bandeja y solo entonces levanta la vista."

# game/story/ch2_preserve.rpy:219
translate spanish ch2_blame_ef44e910:

    # calla sad "Perhaps I did."
    calla sad "Quizá sí."

# game/story/ch2_preserve.rpy:220
translate spanish ch2_blame_67a7e3e3:

    # calla "I respected her. It is the only thing I know how to do well. And tonight it isn't enough, is it."
    calla "La respeté. Es lo único que sé hacer bien. Y esta noche no basta, ¿verdad?"

# game/story/ch2_preserve.rpy:221
translate spanish ch2_blame_97e9138f:

    # noah angry "No."
    noah angry "No."  # vn: same

# game/story/ch2_preserve.rpy:222
translate spanish ch2_blame_49497533:

    # "It should feel better than this. I waited a year for it to feel better than this."
    "Debería sentirme mejor que esto. He esperado un año para sentirme mejor que esto."

# game/story/ch2_preserve.rpy:223
translate spanish ch2_blame_32bf6a96:

    # "I walk out to the reception before she can say anything kind, because if she says anything kind I don't know what I'll do with my hands."
    "Salgo a la recepción antes de que pueda decir algo amable, porque si dice algo amable no sé qué voy a hacer con las manos."

# game/story/ch2_preserve.rpy:229
translate spanish ch2_respect_2aa5b3bb:

    # noah sad "You respected her. That's what she'd have wanted. It's what she asked everybody for, her whole life. You were one of the few who gave it."
    noah sad "Usted la respetó. Es lo que ella habría querido. Es lo que le pidió a todo el mundo, toda su vida. Usted fue de las pocas personas que se lo dieron."

# game/story/ch2_preserve.rpy:231
translate spanish ch2_respect_092d92f2:

    # calla sad "She'd want you not to carry it either, Noah. She'd be furious with both of us. She'd bring plums, and be furious."
    calla sad "Ella tampoco querría que cargaras con esto, Noah. Estaría furiosa con los dos. Traería ciruelas, y estaría furiosa."

# game/story/ch2_preserve.rpy:232
translate spanish ch2_respect_24666211:

    # noah happy "Victoria plums. From the tree the council kept trying to cut down. She used to stand in front of it with a flask."
    noah happy "Ciruelas claudias. Del árbol que el ayuntamiento intentaba talar una y otra vez. Ella se plantaba delante con un termo."

# game/story/ch2_preserve.rpy:233
translate spanish ch2_respect_9811c8cd:

    # calla happy "She brought me a bag every September for twenty years. I never once told her I don't much care for plums."
    calla happy "Me trajo una bolsa cada septiembre durante veinte años. Nunca le dije que las ciruelas no me gustan demasiado."

# game/story/ch2_preserve.rpy:235
translate spanish ch2_respect_66bafffc:

    # "Calla laughs, a short surprised sound, and then puts her hand over her mouth, the way Flower does. Her eyes are wet. I've never seen her eyes wet."
    "Calla se ríe, un sonido breve y sorprendido, y luego se tapa la boca con la mano, como hace Flower. Tiene los ojos húmedos. Nunca le había visto los ojos húmedos."

# game/story/ch2_preserve.rpy:236
translate spanish ch2_respect_72e1479c:

    # calla neutral "Thank you. I have not been thanked for that year by anybody. I had not noticed I was waiting."
    calla neutral "Gracias. Nadie me ha dado las gracias por aquel año. No me había dado cuenta de que lo estaba esperando."

# game/story/ch2_preserve.rpy:242
translate spanish ch2_what_chip_saw_5b20b576:

    # noah neutral "Show me what a chip would have seen. Not a story. The number."
    noah neutral "Enséñeme lo que habría visto un chip. Nada de historias. La cifra."

# game/story/ch2_preserve.rpy:243
translate spanish ch2_what_chip_saw_c12f9b50:

    # "I expect her to refuse, or to call Jolene back. Instead Calla crosses to the sleeping suite, wakes it with two taps, and opens a retrospective module I didn't know the lease included."
    "Espero que se niegue, o que vuelva a llamar a Jolene. En lugar de eso, Calla cruza hasta la unidad dormida, la despierta con dos toques y abre un módulo retrospectivo que yo no sabía que incluyera el arrendamiento."

# game/story/ch2_preserve.rpy:245
translate spanish ch2_what_chip_saw_b03bc5f4:

    # noah surprised "You know how to run that."
    noah surprised "Sabe manejar eso."

# game/story/ch2_preserve.rpy:246
translate spanish ch2_what_chip_saw_09ce84be:

    # calla neutral "I read the manual. Someone in this building ought to."
    calla neutral "Me leí el manual. Alguien en este edificio tenía que hacerlo."

# game/story/ch2_preserve.rpy:249
translate spanish ch2_what_chip_saw_ef7e6914:

    # elara_ai "RETROSPECTIVE ANALYSIS: ADAIR, MARA. SOURCE: HANDWRITTEN CLINICAL RECORD, TWENTY YEARS."
    elara_ai "ANÁLISIS RETROSPECTIVO: ADAIR, MARA. FUENTE: HISTORIAL CLÍNICO MANUSCRITO, VEINTE AÑOS."

# game/story/ch2_preserve.rpy:250
translate spanish ch2_what_chip_saw_cb8e5b20:

    # elara_ai "BASED ON CHARTED FINDINGS, AN SOE WOULD HAVE FLAGGED PERIAPICAL INFECTION ON OR ABOUT 9 JANUARY 2044. PROBABILITY OF DETECTION: 71 PERCENT."
    elara_ai "SEGÚN LOS HALLAZGOS REGISTRADOS, UN CHIP HABRÍA DETECTADO UNA INFECCIÓN PERIAPICAL EN TORNO AL 9 DE ENERO DE 2044. PROBABILIDAD DE DETECCIÓN: 71 POR CIENTO."

# game/story/ch2_preserve.rpy:251
translate spanish ch2_what_chip_saw_f984ed35:

    # elara_ai "PROBABILITY OF PATIENT ACTING ON ALERT: INSUFFICIENT DATA."
    elara_ai "PROBABILIDAD DE QUE LA PACIENTE ACTUARA ANTE LA ALERTA: DATOS INSUFICIENTES."

# game/story/ch2_preserve.rpy:252
translate spanish ch2_what_chip_saw_e626be95:

    # "Seventy-one. I'd imagined a hundred, most nights. On the bad ones, I imagined a hundred and a siren."
    "Setenta y uno. Casi todas las noches me había imaginado un cien. Las noches malas, un cien y una sirena."

# game/story/ch2_preserve.rpy:253
translate spanish ch2_what_chip_saw_b7267c81:

    # noah neutral "Seventy-one. Not a hundred."
    noah neutral "Setenta y uno. No cien."

# game/story/ch2_preserve.rpy:254
translate spanish ch2_what_chip_saw_ca5f989f:

    # calla "And not zero. I shan't pretend it's zero, Noah. Neither should you."
    calla "Y no cero. No voy a fingir que es cero, Noah. Tú tampoco deberías."

# game/story/ch2_preserve.rpy:255
translate spanish ch2_what_chip_saw_0b62d8a4:

    # noah happy "'Patient acting on alert: insufficient data.' That's her. That's exactly her. She'd have found the setting and turned it off inside a week."
    noah happy "'Que la paciente actuara ante la alerta: datos insuficientes.' Esa es ella. Es ella clavada. Habría encontrado el ajuste y lo habría apagado en menos de una semana."

# game/story/ch2_preserve.rpy:256
translate spanish ch2_what_chip_saw_02868bb0:

    # calla happy "Inside a day. She rewired the tram depot's clocking-in machine in 2019 so it always said seven o'clock."
    calla happy "En menos de un día. En 2019 trucó la máquina de fichar de las cocheras para que siempre marcara las siete en punto."

# game/story/ch2_preserve.rpy:258
translate spanish ch2_what_chip_saw_cc30f930:

    # elara_ai "IS THERE ANYTHING FURTHER?"
    elara_ai "¿DESEA ALGO MÁS?"

# game/story/ch2_preserve.rpy:259
translate spanish ch2_what_chip_saw_6577e5e0:

    # calla neutral "No. Thank you. That was exactly enough."
    calla neutral "No. Gracias. Ha sido justo lo necesario."

# game/story/ch2_preserve.rpy:270
translate spanish ch2_notebook_blame_2c424431:

    # "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    "Leo está en el mostrador de la entrada, con la caja cuadrada hace rato, regando unos geranios que no necesitan riego."

# game/story/ch2_preserve.rpy:272
translate spanish ch2_notebook_blame_48dc63a4:

    # leo "She won't say it, so I will. She's been asking herself that question every night for a year. You didn't ask her anything new. You only asked it out loud."
    leo "Ella no lo dirá, así que lo digo yo. Lleva un año haciéndose esa pregunta cada noche. No le has preguntado nada nuevo. Solo lo has preguntado en voz alta."

# game/story/ch2_preserve.rpy:281
translate spanish ch2_notebook_2c424431:

    # "Leo is at the front desk, the cash drawer long since counted, watering geraniums that do not need watering."
    "Leo está en el mostrador de la entrada, con la caja cuadrada hace rato, regando unos geranios que no necesitan riego."

# game/story/ch2_preserve.rpy:283
translate spanish ch2_notebook_bf288586:

    # leo happy "That's the first time she's laughed in that room since February. We'd nearly forgotten what it sounded like."
    leo happy "Es la primera vez que se ríe en esa sala desde febrero. Casi habíamos olvidado cómo sonaba."

# game/story/ch2_preserve.rpy:287
translate spanish ch2_notebook_drawer_2bad7696:

    # leo worried "Can I show you something? She'd have my head. She'd have it very gently, and make me tea afterwards, but she'd have it."
    leo worried "¿Puedo enseñarte una cosa? Me cortaría la cabeza. Me la cortaría con muchísima delicadeza, y después me prepararía un té, pero me la cortaría."

# game/story/ch2_preserve.rpy:288
translate spanish ch2_notebook_drawer_ff4971b7:

    # "He unlocks the bottom drawer of the walnut cabinet, the one with no label, and takes out a notebook bound in green cloth, rubbed pale at the corners."
    "Abre el cajón inferior del archivador de nogal, el que no tiene etiqueta, y saca un cuaderno encuadernado en tela verde, desgastado y pálido en las esquinas."

# game/story/ch2_preserve.rpy:289
translate spanish ch2_notebook_drawer_c20a554c:

    # "On the first page, in Calla's copperplate: The Integrated Smile Protocol."
    "En la primera página, con la caligrafía inglesa de Calla: Protocolo de Sonrisa Integrada."

# game/story/ch2_preserve.rpy:290
translate spanish ch2_notebook_drawer_74a2d037:

    # "I turn the pages. Diagrams of the operatory with the SmarTeeth suite drawn into it, arrows running between the suite, the chair and Calla's hands. A year of Jolene's diagnostic printouts, pasted in and annotated in red ink: right; right; wrong, the patient was lying about the smoking; right; right, and I should have missed it."
    "Paso las páginas. Diagramas de la consulta con la unidad SmarTeeth dibujada dentro, flechas que van de la unidad al sillón y a las manos de Calla. Un año de informes diagnósticos de Jolene, pegados y anotados con tinta roja: bien; bien; mal, el paciente mentía sobre el tabaco; bien; bien, y a mí se me habría escapado."

# game/story/ch2_preserve.rpy:292
translate spanish ch2_notebook_drawer_9792c68d:

    # "And across one spread, the method, numbered like a recipe. One: the patient speaks first. Two: the machine reads. Three: the hands confirm. Four: the patient decides."
    "Y a doble página, el método, numerado como una receta. Uno: el paciente habla primero. Dos: la máquina lee. Tres: las manos confirman. Cuatro: el paciente decide."

# game/story/ch2_preserve.rpy:293
translate spanish ch2_notebook_drawer_9b781077:

    # leo neutral "She started it the week after your mother's funeral."
    leo neutral "Lo empezó la semana después del funeral de tu madre."

# game/story/ch2_preserve.rpy:294
translate spanish ch2_notebook_drawer_6402fd69:

    # "I look up."
    "Levanto la vista."

# game/story/ch2_preserve.rpy:295
translate spanish ch2_notebook_drawer_b5794455:

    # leo "She thought if there'd been something in between, not a snitch, something Mara could have said yes to, something with a person at both ends of it..."
    leo "Pensó que si hubiera habido algo intermedio, no un soplón, algo a lo que Mara hubiera podido decir que sí, algo con una persona en cada extremo..."

# game/story/ch2_preserve.rpy:296
translate spanish ch2_notebook_drawer_d2595cc4:

    # leo sad "There's a page near the back where we aren't in it. Where a machine does what I do: the tea, the hand on the arm of the chair. She crossed it out. I've read that page a hundred times."
    leo sad "Hay una página hacia el final en la que no salimos nosotros. En la que una máquina hace lo que hago yo: el té, la mano en el brazo de la silla. La tachó. He leído esa página cien veces."

# game/story/ch2_preserve.rpy:299
translate spanish ch2_notebook_drawer_51f809c2:

    # calla "Leo."
    calla "Leo."  # vn: same

# game/story/ch2_preserve.rpy:300
translate spanish ch2_notebook_drawer_01c900f6:

    # leo neutral "We needed someone else to know."
    leo neutral "Necesitábamos que alguien más lo supiera."

# game/story/ch2_preserve.rpy:302
translate spanish ch2_notebook_drawer_2d824c20:

    # calla worried "It's an old woman's doodles. An exercise. Something to do in the evenings instead of the crossword."
    calla worried "Son garabatos de una vieja. Un ejercicio. Algo que hacer por las noches en lugar del crucigrama."

# game/story/ch2_preserve.rpy:303
translate spanish ch2_notebook_drawer_e357bbd8:

    # calla "If I show it to them, it becomes a product or a joke. 'Last human dentist in Caledonia Heights wants a slice of the future.' Milena Voss would frame it. Miss Park would score it."
    calla "Si se lo enseño, se convierte en un producto o en un chiste. 'La última dentista humana de Caledonia Heights quiere su trozo de futuro.' Milena Voss lo enmarcaría. La señorita Park lo apuntaría en su marcador."

# game/story/ch2_preserve.rpy:304
translate spanish ch2_notebook_drawer_575e712e:

    # calla sad "I am sixty-four years old. I should like, if I may, to be a relic on my own terms."
    calla sad "Tengo sesenta y cuatro años. Me gustaría, si me lo permiten, ser una reliquia a mi manera."

# game/story/ch2_preserve.rpy:318
translate spanish ch2_keep_secret_32bc8722:

    # noah neutral "It's yours, Doctor. Keep it till you're ready. Nobody gets to turn you into a slogan before you've finished the sentence."
    noah neutral "Es suyo, doctora. Guárdelo hasta que esté lista. Nadie tiene derecho a convertirla en un eslogan antes de que haya terminado la frase."

# game/story/ch2_preserve.rpy:320
translate spanish ch2_keep_secret_dfc94925:

    # calla neutral "Thank you. For once, let something of mine stay mine a little longer."
    calla neutral "Gracias. Por una vez, que algo mío siga siendo mío un poco más."

# game/story/ch2_preserve.rpy:321
translate spanish ch2_keep_secret_889def1b:

    # "She puts the notebook back in the bottom drawer herself, and locks it, and holds out her hand to Leo for the key. He gives it to her. She looks at it, and gives it back."
    "Ella misma vuelve a guardar el cuaderno en el cajón de abajo, lo cierra con llave y le tiende la mano a Leo para que le dé la llave. Él se la da. Ella la mira y se la devuelve."

# game/story/ch2_preserve.rpy:322
translate spanish ch2_keep_secret_4b636d6b:

    # calla happy "You'd better keep it. You're the one who remembers where things are."
    calla happy "Mejor quédatela tú. Eres el que se acuerda de dónde están las cosas."

# game/story/ch2_preserve.rpy:323
translate spanish ch2_keep_secret_4a87a638:

    # leo happy "We'll keep it safe."
    leo happy "Lo guardaremos bien."

# game/story/ch2_preserve.rpy:324
translate spanish ch2_keep_secret_508d19a0:

    # "On my way out I catch Leo glancing at the drawer, the way you glance at a sleeping child, half hoping it'll wake."
    "Al salir, sorprendo a Leo mirando de reojo el cajón, como se mira a un niño dormido, medio deseando que se despierte."

# game/story/ch2_preserve.rpy:329
translate spanish ch2_show_jolene_0bda3446:

    # noah neutral "Show Jolene. She's the one who could build it. She's been half of this notebook for a year, she just doesn't know it."
    noah neutral "Enséñeselo a Jolene. Ella es quien podría construirlo. Lleva un año siendo la mitad de este cuaderno; solo que no lo sabe."

# game/story/ch2_preserve.rpy:330
translate spanish ch2_show_jolene_623fa28f:

    # calla angry "Miss Park thinks I am a museum with a drill."
    calla angry "La señorita Park cree que soy un museo con torno."

# game/story/ch2_preserve.rpy:331
translate spanish ch2_show_jolene_aac6d178:

    # noah "Miss Park keeps score. So do you. Yours is the only scoreboard in the building that's honest about both sides."
    noah "La señorita Park lleva la cuenta. Usted también. El suyo es el único marcador de este edificio que es honesto con los dos bandos."

# game/story/ch2_preserve.rpy:332
translate spanish ch2_show_jolene_c4fa4059:

    # "Calla looks at the notebook, then out of the front window. Across Alder Row, Jolene is waiting at the tram stop, thumbing her scoreboard under the streetlight."
    "Calla mira el cuaderno y luego por la ventana de la entrada. Al otro lado de Alder Row, Jolene espera en la parada del tranvía, repasando su marcador con el pulgar bajo la farola."

# game/story/ch2_preserve.rpy:333
translate spanish ch2_show_jolene_fb0ab5da:

    # "Calla goes out into the road in her white coat and calls her back by name, Miss Park, loud enough to turn heads all down the terrace. I didn't know she had a voice that size."
    "Calla sale a la calzada con su bata blanca y la llama por su nombre, señorita Park, tan alto que se vuelven cabezas en toda la hilera de casas. No sabía que tuviera una voz de ese tamaño."

# game/story/ch2_preserve.rpy:334
translate spanish ch2_show_jolene_b06ed007:

    # "Jolene comes back across the road at a run, as if somebody's been hurt, and stops dead in the doorway when she sees nobody has."
    "Jolene vuelve cruzando la calle a la carrera, como si alguien se hubiera hecho daño, y se para en seco en la puerta al ver que no."

# game/story/ch2_preserve.rpy:339
translate spanish ch2_show_jolene_cab3cc5f:

    # calla "Miss Park. Page nine. Your machine is wrong on page nine, and right on pages ten to fourteen, and I should like your help with the rest."
    calla "Señorita Park. Página nueve. Su máquina se equivoca en la página nueve y acierta de la diez a la catorce, y me gustaría contar con su ayuda para el resto."

# game/story/ch2_preserve.rpy:341
translate spanish ch2_show_jolene_9b28e294:

    # jolene "You've been keeping score."
    jolene "Ha estado llevando la cuenta."

# game/story/ch2_preserve.rpy:343
translate spanish ch2_show_jolene_11d9f518:

    # jolene worried "You kept score for me. Everybody at the Tower keeps score on me. Nobody keeps it for me."
    jolene worried "Usted llevaba la cuenta a mi favor. En la Torre todo el mundo me la lleva en contra. Nadie la lleva a mi favor."

# game/story/ch2_preserve.rpy:344
translate spanish ch2_show_jolene_9b373ce5:

    # jolene neutral "Page thirty-one's wrong, by the way. The suite can do that step in a third of a second. You've got Leo doing it with a ruler."
    jolene neutral "La página treinta y uno está mal, por cierto. La unidad puede hacer ese paso en un tercio de segundo. Usted tiene a Leo haciéndolo con una regla."

# game/story/ch2_preserve.rpy:345
translate spanish ch2_show_jolene_8c7a92bf:

    # calla "Leo likes the ruler."
    calla "A Leo le gusta la regla."

# game/story/ch2_preserve.rpy:346
translate spanish ch2_show_jolene_6201e888:

    # leo happy "We like the ruler."
    leo happy "Nos gusta la regla."

# game/story/ch2_preserve.rpy:347
translate spanish ch2_show_jolene_00afd700:

    # jolene "The rest isn't wrong. The rest is..."
    jolene "El resto no está mal. El resto es..."

# game/story/ch2_preserve.rpy:349
translate spanish ch2_show_jolene_4c433e31:

    # jolene neutral "I'll read it. Tonight. Doesn't mean I like it."
    jolene neutral "Lo leeré. Esta noche. Eso no significa que me guste."

# game/story/ch2_preserve.rpy:350
translate spanish ch2_show_jolene_7410a3f6:

    # leo happy "We'll put the kettle on."
    leo happy "Pondremos la tetera."

# game/story/ch2_preserve.rpy:356
translate spanish ch2_chapter_end_ab617b43:

    # "Alder Row at night: plane trees, brass plates, the hum of somebody's smart glass dimming itself for the evening. Above the rooftops, a corner of the Wall shows the expo countdown and Jonah Vance's face, smiling at two percent."
    "Alder Row de noche: plátanos, placas de latón, el zumbido del cristal inteligente de alguien atenuándose para la velada. Sobre los tejados, una esquina del Muro muestra la cuenta regresiva de la feria y la cara de Jonah Vance, sonriendo con su dos por ciento."

# game/story/ch2_preserve.rpy:358
translate spanish ch2_chapter_end_43ceb963:

    # "In a walnut cabinet behind me, a pencil drawing of his gums sleeps in a folder marked DO NOT DISCARD."
    "En un archivador de nogal a mi espalda, un dibujo a lápiz de sus encías duerme en una carpeta que dice NO DESECHAR."

# game/story/ch2_preserve.rpy:360
translate spanish ch2_chapter_end_fc974e07:

    # "Somewhere in the Tower, every baseline Jonah has is logged perfectly, once, where none of us can reach it."
    "En algún lugar de la Torre, cada valor basal de Jonah está registrado a la perfección, una sola vez, donde ninguno de nosotros puede alcanzarlo."

# game/story/ch2_preserve.rpy:362
translate spanish ch2_chapter_end_6e452746:

    # "My tablet plays Flower's voice note again when I bump it: the kettle, the market noise, her voice, clipped and gruff and kind. I don't delete it."
    "La tableta vuelve a reproducir la nota de voz de Flower cuando le doy un golpe sin querer: la tetera, el ruido del mercado, su voz, seca, áspera y amable. No la borro."

# game/story/ch2_preserve.rpy:364
translate spanish ch2_chapter_end_670fa44f:

    # "Flower's chip pings the network at six, as it will every morning now. Green. Green. Green. Nobody rings her."
    "El chip de Flower le da un toque a la red a las seis, como hará ya cada mañana. Verde. Verde. Verde. Nadie la llama."

# game/story/ch2_preserve.rpy:365
translate spanish ch2_chapter_end_1b245845:

    # "I walk to the tram stop, and for the first time in a year I don't take the long way round to avoid the one outside Preserve Dental."
    "Camino hasta la parada del tranvía y, por primera vez en un año, no doy el rodeo para evitar la que está delante de Preserve Dental."

translate spanish strings:

    # game/story/ch2_preserve.rpy:126
    old "Calla's right. Take the paper baselines first."
    new "Calla tiene razón. Primero los valores basales en papel."

    # game/story/ch2_preserve.rpy:126
    old "ELARA's seen four thousand mouths. Trust it."
    new "ELARA ha visto cuatro mil bocas. Confiemos en ella."

    # game/story/ch2_preserve.rpy:201
    old "You let her die."
    new "Usted la dejó morir."

    # game/story/ch2_preserve.rpy:201
    old "You respected her. That's what she'd have wanted."
    new "Usted la respetó. Es lo que ella habría querido."

    # game/story/ch2_preserve.rpy:201
    old "Show me what a chip would have seen."
    new "Enséñeme lo que habría visto un chip."

    # game/story/ch2_preserve.rpy:307
    old "It's yours. Keep it until you're ready."
    new "Es suyo. Guárdelo hasta que esté lista."

    # game/story/ch2_preserve.rpy:307
    old "Show Jolene. She's the one who could build it."
    new "Enséñeselo a Jolene. Ella podría construirlo."

# game/story/ch2_preserve.rpy:28
translate spanish ch2_27aa98b7:

    # otto "Good morning, Noah. I have read around the partition for another nine hours. No news. Also: why did the liaison cross the road? To explain the road to the other side. I think that one has surprise in it."
    otto "Buenos días, Noah. He leído alrededor de la partición otras nueve horas. Sin novedades. Además: ¿por qué cruzó la calle el enlace? Para explicarles la calle a los del otro lado. Creo que este tiene sorpresa."

# game/story/ch2_preserve.rpy:83
translate spanish ch2_mrs_pell_d97c56ab:

    # jolene "It's a good line. It's also true. That's what people hate about it."
    jolene "Es una buena frase. Y además es verdad. Eso es lo que la gente no le perdona."

# game/story/ch2_preserve.rpy:106
translate spanish ch2_guaranteed_8130f267:

    # elara_ai "ENAMEL-MATRIX GENES: ONE VARIANT OF UNCERTAIN SIGNIFICANCE. WEIGHTED AGAINST FOUR THOUSAND ONE HUNDRED AND TWELVE REFERENCE GENOMES. REGROW OUTCOME DATA: SIX HUNDRED AND TWELVE TRIAL SUBJECTS."
    elara_ai "GENES DE LA MATRIZ DEL ESMALTE: UNA VARIANTE DE SIGNIFICADO INCIERTO. PONDERADA CON CUATRO MIL CIENTO DOCE GENOMAS DE REFERENCIA. DATOS DE RESULTADOS DE REGROW: SEISCIENTOS DOCE SUJETOS DEL ENSAYO."

# game/story/ch2_preserve.rpy:114
translate spanish ch2_guaranteed_e9843045:

    # calla "Zero adverse events in six hundred and twelve subjects. I have practised for thirty-one years and never once seen zero of anything. Zero means nobody looked, or somebody looked and tidied up."
    calla "Cero eventos adversos en seiscientos doce sujetos. Llevo treinta y un años ejerciendo y nunca, ni una sola vez, he visto cero de nada. Cero significa que nadie miró, o que alguien miró y lo dejó todo bien ordenadito."

# game/story/ch2_preserve.rpy:205
translate spanish ch2_after_hours_0a359ef9:

    # "The folder lies open on the instrument tray between us. In the margin of the October entry Calla has drawn a little plum. My mother used to bring her plums from the tree behind the flats. I'd forgotten that."
    "La carpeta está abierta sobre la bandeja de instrumental, entre los dos. En el margen de la anotación de octubre, Calla ha dibujado una ciruelita. Mi madre le traía ciruelas del árbol que había detrás de su edificio. Lo había olvidado."

# game/story/ch2_preserve.rpy:224
translate spanish ch2_blame_296003cb:

    # "It comes out quietly. I've rehearsed it for a year, in the shower, on the Nine, in the small hours with the badge in my hand, and in every rehearsal it was louder."
    "Me sale bajito. Lo he ensayado durante un año, en la regadera, en el Nueve, de madrugada con la placa en la mano, y en todos los ensayos sonaba más fuerte."

# game/story/ch2_preserve.rpy:349
translate spanish ch2_show_jolene_615d792b:

    # calla "Forty-six to thirty-eight. You were ahead."
    calla "Cuarenta y seis a treinta y ocho. Iba usted ganando."

# game/story/ch2_preserve.rpy:184
translate spanish ch2_after_hours_44a99f4c:

    # "By six the light through the frosted window has gone the colour of weak tea. Leo is cashing up at the front. Jolene's suite has gone to sleep with a small white standby light."
    "A las seis, la luz que entra por la ventana esmerilada se ha vuelto del color del té flojo. Leo está haciendo caja en la entrada. La unidad de Jolene se ha dormido con una lucecita blanca de reposo."

# game/story/ch2_preserve.rpy:185
translate spanish ch2_after_hours_2237f2f4:

    # "I stay behind to sign off the last of the chip checks, and I end up standing beside Chair Two with my hand on its cracked arm."
    "Me quedo para firmar las últimas revisiones de chips y acabo de pie junto al sillón dos, con la mano sobre su brazo agrietado."

# game/story/ch2_preserve.rpy:293
translate spanish ch2_notebook_drawer_0ad74bad:

    # "He sets the watering can down. Then he takes a small key from his waistcoat pocket and turns it over and over in his fingers."
    "Deja la regadera. Luego saca una llavecita del bolsillo del chaleco y le da vueltas y más vueltas entre los dedos."

# game/story/ch2_preserve.rpy:326
translate spanish ch2_keep_secret_a65d87c4:

    # "Calla takes off her glasses and presses the marks they leave on her nose."
    "Calla se quita los lentes y se aprieta las marcas que le dejan en la nariz."

# game/story/ch2_preserve.rpy:20
translate spanish ch2_a09fc632:

    # "The first is from an unknown number, a voice note nine seconds long, full of market noise and a kettle."
    "El primero es de un número desconocido: una nota de voz de nueve segundos, llena de ruido de mercado y de una tetera."

# game/story/ch2_preserve.rpy:23
translate spanish ch2_a09fc632_1:

    # "The first is from an unknown number, a voice note nine seconds long, full of market noise and a kettle."
    "El primero es de un número desconocido: una nota de voz de nueve segundos, llena de ruido de mercado y de una tetera."

# game/story/ch2_preserve.rpy:56
translate spanish ch2_mrs_pell_47088e81:

    # jolene "Cracked cusp, lower right six, fracture line running toward the pulp floor at eighty-three percent probability. Suite says extract and place. Drone-guided implant, one visit, half an hour. She walks out with a tooth that can't crack."
    jolene "Cúspide fracturada, seis inferior derecho, línea de fractura en dirección al suelo pulpar con un ochenta y tres por ciento de probabilidad. La unidad dice extraer y colocar. Implante guiado por dron, una sola visita, media hora. Sale de aquí con un diente que no se puede agrietar."

# game/story/ch2_preserve.rpy:84
translate spanish ch2_mrs_pell_a220041a:

    # noah neutral "She did it beautifully."
    noah neutral "La dijo de maravilla."

# game/story/ch2_preserve.rpy:252
translate spanish ch2_respect_cf591204:

    # noah "She knew. She told me. She said you ate them anyway because you were too polite not to, and that was why she kept bringing them."
    noah "Lo sabía. Me lo contó. Decía que usted se las comía igual porque era demasiado educada para no hacerlo, y que por eso seguía trayéndoselas."

# game/story/ch2_preserve.rpy:289
translate spanish ch2_notebook_blame_d4528fab:

    # leo "We heard. The walls in this place are old, and thinner than they look."
    leo "Lo oímos. Las paredes de este lugar son viejas, y más delgadas de lo que parecen."

# game/story/ch2_preserve.rpy:300
translate spanish ch2_notebook_d4528fab:

    # leo "We heard. The walls in this place are old, and thinner than they look."
    leo "Lo oímos. Las paredes de este lugar son viejas, y más delgadas de lo que parecen."

# game/story/ch2_preserve.rpy:319
translate spanish ch2_notebook_drawer_93e4c786:

    # "Calla holds out her hand for the notebook, and I give it to her. She holds it against her coat with both arms, the way Mrs. Pell held her handbag."
    "Calla tiende la mano para que le dé el cuaderno, y se lo doy. Lo aprieta contra la bata con los dos brazos, como la señora Pell apretaba su bolso."

# game/story/ch2_preserve.rpy:262
translate spanish ch2_what_chip_saw_4c9a7a2b:

    # "She feeds it my mother's chart page by page, and her upright hand flickers up into the machine's cyan, line after line."
    "Le va dando la ficha de mi madre página a página, y su letra erguida sube parpadeando al cian de la máquina, renglón tras renglón."

# game/story/ch2_preserve.rpy:323
translate spanish ch2_notebook_drawer_49a0b969:

    # "It occurs to me that Jolene's suite could run most of this notebook tomorrow, if anybody asked it nicely."
    "Se me ocurre que la unidad de Jolene podría ejecutar la mayor parte de este cuaderno mañana mismo, si alguien se lo pidiera con amabilidad."

# game/story/ch2_preserve.rpy:102
translate spanish ch2_guaranteed_c0a05d82:

    # "My part is small: his chip has to join the five-beta pilot ahead of the rest of the city, so the dispensers can dose him after the procedure. A signature, as liaison. I've signed a hundred."
    "Mi parte es pequeña: su chip tiene que entrar en el piloto cinco-beta antes que el resto de la ciudad, para que los dispensadores puedan dosificarlo después del procedimiento. Una firma, como enlace. He firmado cien."

# game/story/ch2_preserve.rpy:175
translate spanish ch2_trust_elara_72be16e8:

    # "Calla looks at me. It isn't the look from the funeral path. It's worse: it's polite."
    "Calla me mira. No es la mirada del camino del cementerio. Es peor: es educada."

# game/story/ch2_preserve.rpy:366
translate spanish ch2_show_jolene_e07c184d:

    # "She stops. Jolene Park, for once, doesn't seem to know what the score is."
    "Se interrumpe. Jolene Park, por una vez, no parece saber cómo va el marcador."

# game/story/ch2_preserve.rpy:99
translate spanish ch2_guaranteed_2513a7cb:

    # jonah neutral "You told me it was the light, the day you placed them. For a year I believed you. Then the left lateral drifted. Two percent. Nobody else can see it. I can see it every morning."
    jonah neutral "Me dijiste que era la luz, el día que me los pusiste. Durante un año te creí. Luego el lateral izquierdo se desplazó. Un dos por ciento. Nadie más lo ve. Yo lo veo todas las mañanas."

# game/story/ch2_preserve.rpy:197
translate spanish ch2_after_hours_4ca37236:

    # "Calla doesn't answer the joke. She looks at me as she looked at Mrs. Pell this morning: as if the crack is a symptom."
    "Calla no le contesta a la broma. Me mira como miró esta mañana a la señora Pell: como si la grieta fuera un síntoma."

# game/story/ch2_preserve.rpy:247
translate spanish ch2_respect_08030749:

    # "Calla's straight back gives a little. A wall gives like that, just before you see the crack."
    "La espalda recta de Calla cede un poco. Así cede una pared, justo antes de que se vea la grieta."

# game/story/ch2_preserve.rpy:274
translate spanish ch2_what_chip_saw_131ce52d:

    # "We both laugh. The cyan face waits politely for us to finish. A machine can wait forever."
    "Nos reímos los dos. El rostro cian espera educadamente a que terminemos. Una máquina puede esperar para siempre."

# game/story/ch2_preserve.rpy:308
translate spanish ch2_notebook_drawer_e22db23a:

    # "On one page, a score, in Calla's ruled columns. Machine caught: forty-six. Hands caught: thirty-eight. Both: one hundred and twelve. Neither: four. The four are underlined so hard the nib went through."
    "En una página, un marcador, en las columnas rayadas de Calla. Detectado por la máquina: cuarenta y seis. Detectado por las manos: treinta y ocho. Por ambas: ciento doce. Por ninguna: cuatro. Los cuatro están subrayados con tanta fuerza que la plumilla atravesó el papel."

# game/story/ch2_preserve.rpy:357
translate spanish ch2_show_jolene_9567d8c2:

    # "Jolene takes the notebook as if it might be a trick. She reads standing up, as fast as she talks. Then slower. Then she sits down on the waiting-room bench without looking at it."
    "Jolene toma el cuaderno como si pudiera ser una trampa. Lee de pie, tan rápido como habla. Luego más despacio. Luego se sienta en el banco de la sala de espera sin mirarlo."

# game/story/ch2_preserve.rpy:61
translate spanish ch2_mrs_pell_446ef449:

    # calla "Grief is the diagnosis, Miss Park. Look at the crack: that's the symptom."
    calla "El duelo es el diagnóstico, señorita Park. Mire la grieta: ese es el síntoma."

# game/story/ch2_preserve.rpy:64
translate spanish ch2_mrs_pell_fe111abb:

    # calla "A hunch? She told me. She told me because I asked how she was sleeping, which is a question your suite doesn't have."
    calla "¿Una corazonada? Me lo dijo ella. Me lo dijo porque le pregunté cómo dormía, que es una pregunta que su unidad no tiene."

# game/story/ch2_preserve.rpy:118
translate spanish ch2_guaranteed_d60c7644:

    # calla angry "Guaranteed. I have seen that word on posters, Jonah, and never once on a chart. It has wandered in."
    calla angry "Garantizado. He visto esa palabra en carteles, Jonah, y ni una sola vez en una ficha. Se ha colado aquí."

# game/story/ch2_preserve.rpy:161
translate spanish ch2_paper_a4d53ad1:

    # calla "An honest one. Hold still, please. Honest is more use to me than good."
    calla "Uno honesto. Quieto, por favor. Lo honesto me sirve más que lo bueno."

