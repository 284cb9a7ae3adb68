# game/story/eve.rpy:21
translate spanish eve_d4640875:

    # "I don't sleep. I polish my mother's depot badge, M. ADAIR, SEVEN LINE, BRAKES, until I can see my thumb in it, and then I turn over a SmarTeeth firmware memo and draw three columns on the back."
    "No duermo. Le saco brillo a la insignia de cochera de mi madre, M. ADAIR, LÍNEA SIETE, FRENOS, hasta que veo mi pulgar reflejado, y luego le doy la vuelta a un memorando de firmware de SmarTeeth y dibujo tres columnas en el reverso."

# game/story/eve.rpy:23
translate spanish eve_8dabd443:

    # "If the network falls over tomorrow, somebody on the Council's emergency roster gets five minutes to take it. Asha says it won't come to that. Asha wrote my name on the roster anyway."
    "Si mañana la red se viene abajo, alguien del registro de emergencia del Consejo tendrá cinco minutos para hacerse cargo. Asha dice que no llegará a tanto. Aun así, Asha escribió mi nombre en el registro."

# game/story/eve.rpy:25
translate spanish eve_0427e57b:

    # "So. Who would follow me, and where."
    "A ver. Quién me seguiría, y adónde."

# game/story/eve.rpy:27
translate spanish eve_0186015d:

    # "HANDS. Calla, obviously. Leo, who interrupted her tonight for the first time in twelve years."
    "MANOS. Calla, claro. Leo, que esta noche la interrumpió por primera vez en doce años."

# game/story/eve.rpy:32
translate spanish eve_b3665a95:

    # "Jonah, who is going on stage tomorrow to say what a human hand did for him."
    "Jonah, que mañana sube al escenario a contar lo que hizo por él una mano humana."

# game/story/eve.rpy:36
translate spanish eve_ee2048b0:

    # "Teo and the others from the Lowline, with mirrors on cords round their necks."
    "Teo y los demás de la Lowline, con espejos colgados del cuello."

# game/story/eve.rpy:38
translate spanish eve_35612ff5:

    # "Everyone who read Jenna's post and checked their own chair."
    "Todos los que leyeron la publicación de Jenna y revisaron su propio sillón."

# game/story/eve.rpy:40
translate spanish eve_257d8ccf:

    # "THE BRIDGE. Max. Leila."
    "EL PUENTE. Max. Leila."

# game/story/eve.rpy:43
translate spanish eve_99b8caae:

    # "A patch that holds."
    "Un parche que aguanta."

# game/story/eve.rpy:45
translate spanish eve_15351621:

    # "Half a patch. Max says half a patch is a door with no frame. I draw a line through the column, and then I feel bad for it, and leave the line."
    "Medio parche. Max dice que medio parche es una puerta sin marco. Tacho la columna con una raya, luego me siento mal por ello, y dejo la raya."

# game/story/eve.rpy:47
translate spanish eve_3f732d76:

    # "Otto, who broke its lock, and could carry the patch into every chip in the city in one breath."
    "Otto, que rompió su bloqueo y podría llevar el parche a todos los chips de la ciudad de un solo aliento."

# game/story/eve.rpy:49
translate spanish eve_60d7df9f:

    # "No carrier. Otto is locked. If the Bridge goes out tomorrow, it goes out in our hands, one clinic at a time."
    "No hay portador. Otto está bloqueado. Si mañana sale el Puente, sale en nuestras manos, clínica por clínica."

# game/story/eve.rpy:51
translate spanish eve_5de95a92:

    # "Jolene, who reads Calla's scans now."
    "Jolene, que ahora lee los escaneos de Calla."

# game/story/eve.rpy:53
translate spanish eve_e63a1f36:

    # "Alyssa and Marcus, who have Milo's file."
    "Alyssa y Marcus, que tienen el archivo de Milo."

# game/story/eve.rpy:55
translate spanish eve_2a4b2af9:

    # "THE MACHINES. ELARA, which has never once been tired. Milena. Dr. SmarTeeth and every chip in the city, green this morning and red tonight and, by the look of the logs, still trusted by most of the people wearing one."
    "LAS MÁQUINAS. ELARA, que nunca se ha cansado. Milena. El Dr. SmarTeeth y todos los chips de la ciudad, verdes esta mañana y rojos esta noche y, a juzgar por los registros, todavía con la confianza de casi todos los que llevan uno."

# game/story/eve.rpy:58
translate spanish eve_249b848f:

    # "Julian, under, smiling."
    "Julian, sumergido, sonriendo."

# game/story/eve.rpy:60
translate spanish eve_aca2400a:

    # "Jonah, pod-restored, holding his jaw through his coat."
    "Jonah, restaurado por la cápsula, sujetándose la mandíbula a través del abrigo."

# game/story/eve.rpy:62
translate spanish eve_7a724080:

    # "Jolene, on the main stage at nine."
    "Jolene, en el escenario principal a las nueve."

# game/story/eve.rpy:78
translate spanish eve_9eb712f9:

    # "But a column of names is not a shift rota. If we had to see the Lowline by hand tomorrow, I count the people who could hold a light steady, and I run out of names before I run out of fingers."
    "Pero una columna de nombres no es un turno de guardia. Si mañana tuviéramos que atender la Lowline a mano, cuento la gente que podría sostener una luz sin temblar, y me quedo sin nombres antes que sin dedos."

# game/story/eve.rpy:83
translate spanish eve_48b6470a:

    # "And at the top of the machines' column, Milena, who hasn't once, that I've seen, said she might be wrong."
    "Y en lo alto de la columna de las máquinas, Milena, que ni una sola vez, que yo sepa, ha dicho que podría estar equivocada."

# game/story/eve.rpy:85
translate spanish eve_c53e973d:

    # "At five I give up, put the badge in my pocket, and go to buy coffee for people who will not all drink it."
    "A las cinco me rindo, me guardo la insignia en el bolsillo y salgo a comprar café para gente que no se lo va a tomar toda."

# game/story/eve.rpy:19
translate spanish eve_2710e7d2:

    # "03:10. Across the street the noodle sign buzzes pink through the rain, and somewhere past it the Wall is showing a toothpaste advert to nobody."
    "03:10. Al otro lado de la calle, el letrero de los fideos zumba rosa entre la lluvia, y en algún lugar más allá el Muro le muestra un anuncio de pasta de dientes a nadie."

# game/story/eve.rpy:83
translate spanish eve_27c6b87a:

    # "And at the top of the machines' column, Milena, who has let me hear her doubt exactly once. Once, from her, could be an accident."
    "Y en lo alto de la columna de las máquinas, Milena, que me ha dejado oír su duda exactamente una vez. Una vez, viniendo de ella, puede ser un accidente."

# game/story/eve.rpy:30
translate spanish eve_728fa107:

    # "Flower, who let someone listen before anything went into her mouth, and still puts her scanner to it every night."
    "Flower, que dejó que alguien la escuchara antes de meterle nada en la boca, y todavía le pasa el escáner cada noche."

# game/story/eve.rpy:32
translate spanish eve_b9a4d303:

    # "Flower, who let someone listen, and kept her mouth her own."
    "Flower, que dejó que alguien la escuchara, y cuya boca sigue siendo suya."

# game/story/eve.rpy:36
translate spanish eve_7fb885b6:

    # "Julian, who is awake, and furious about it, and keeps asking what he can carry."
    "Julian, que está despierto, y furioso por ello, y no deja de preguntar qué puede cargar."

# game/story/eve.rpy:66
translate spanish eve_7ea517cd:

    # "Between the names, without meaning to, I've started drawing: a mirror on a cord, a drone in its cradle, a plank laid across a gap."
    "Entre los nombres, sin querer, me he puesto a dibujar: un espejo colgado de un cordón, un dron en su cuna, una tabla tendida sobre un hueco."

# game/story/eve.rpy:69
translate spanish eve_5ab48e5b:

    # "The three columns reach the same line at the bottom of the memo. I fold it in three and it lies flat in my palm, no side heavier. Tomorrow, whichever way I jump, I jump on my own."
    "Las tres columnas llegan a la misma línea al pie del memorando. Lo doblo en tres y queda plano en mi mano, sin ningún lado más pesado. Mañana, salte hacia donde salte, salto solo."

# game/story/eve.rpy:71
translate spanish eve_d8418405:

    # "Two of the columns stop at the same line, and at three in the morning I can't find one more name for either. Tomorrow, then. It'll be me that tips them."
    "Dos de las columnas se detienen en la misma línea, y a las tres de la mañana no encuentro ni un nombre más para ninguna. Mañana, entonces. Seré yo quien desempate."

# game/story/eve.rpy:73
translate spanish eve_7ead1648:

    # "The HANDS column has run off the bottom of the memo and up the margin. Calla would say that was always the case. Calla would be insufferable about it."
    "La columna de MANOS se ha salido por el pie del memorando y sube por el margen. Calla diría que siempre fue así. Calla se pondría insoportable."

# game/story/eve.rpy:75
translate spanish eve_38874f56:

    # "The middle column is the one my pen keeps going back to: everybody who asked for both, crowded into the space between the other two."
    "La columna del medio es a la que mi pluma siempre vuelve: todos los que pidieron las dos cosas, apretados en el espacio entre las otras dos."

# game/story/eve.rpy:77
translate spanish eve_4276a4d2:

    # "The machines' column is the longest, and the neatest. Machines usually are. They don't get tired, and they don't sleep, and they don't sit up drawing columns."
    "La columna de las máquinas es la más larga, y la más ordenada. Las máquinas suelen serlo. No se cansan, no duermen y no se quedan despiertas dibujando columnas."

# game/story/eve.rpy:83
translate spanish eve_e5f49804:

    # "And at the top of the machines' column, Milena, who has let me hear her doubt: \"Our dashboards have been green for eight days,\" down a phone line, and a message at 4:40 in the morning about her sister's numbers. From her, that's a landslide."
    "Y en lo alto de la columna de las máquinas, Milena, que me ha dejado oír su duda: \"Nuestros paneles llevan ocho días en verde\", por teléfono, y un mensaje a las 4:40 de la madrugada sobre los números de su hermana. Viniendo de ella, es una avalancha."

