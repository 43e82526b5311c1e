Valle de Aspe: la fiesta de la trashumancia vuelve el 14 de junio
Cada año, a mediados de junio, los pastores del valle de Aspe suben sus rebaños a los pastos de verano.
En el Pirineo francés se llama «estive» a los pastos de altura donde el ganado pasa el verano, de junio a septiembre.
Este año, unas 4.500 ovejas y 300 vacas saldrán de Lescun el sábado 14 de junio al amanecer.
El público puede acompañarlas en parte del camino.
La fiesta la organiza desde 1996 la asociación Aspe Pastorale.
Cada año atrae a más de 6.000 visitantes.
Más de un tercio llega de España por el puerto de Somport.
«La trashumancia no es un espectáculo, es nuestro trabajo», recuerda el presidente de la asociación, Michel Casaubon, pastor en Lescun.
«Pero nos alegra enseñarlo.»
Programa
5.30 h: salida de los rebaños, plaza del pueblo de Lescun
8.00 h: parada y desayuno en la meseta de Sanchèse
11.00 h: llegada a los pastos de Ansabère
12.30 h: comida del pastor (inscripción obligatoria, 18 euros)
15.00 h: demostración de esquileo y de perros pastores
17.00 h: mercado de productores
Consejos prácticos
La subida a los pastos dura unas cinco horas y es apta para buenos caminantes.
Lleven calzado de montaña, agua y ropa de abrigo.
Los perros de compañía están prohibidos.
Asustan a los rebaños.
Un autobús lanzadera gratuito une Bedous y Lescun cada veinte minutos.
Funciona de 5.00 a 9.00 h y de 16.00 a 20.00 h.
El aparcamiento en el pueblo estará prohibido todo el día.
Por qué importa esta fiesta
En el valle solo quedan unos cuarenta pastores trashumantes, frente a más de 200 en los años sesenta.
El regreso del oso al Pirineo, los bajos precios de la lana y la falta de relevo pesan sobre el oficio.
La fiesta también sirve para eso: para mostrar que el valle todavía vive de sus rebaños.
Información: oficina de turismo del valle de Aspe, +33 5 59 34 57 57.
