Barbate, la última primavera de la almadraba
Texto: Inmaculada Rendón
A las cinco de la mañana, el puerto de Barbate huele a gasóleo y a café.
Una treintena de hombres sube en silencio a las barcas que los llevarán a la almadraba, a dos millas de la costa.
Nadie habla de la cuota.
En la costa de Cádiz se pesca así desde la Antigüedad.
Hoy quedan pocas almadrabas en activo.
La que dirige Manuel Galindo, de 58 años, frente a la punta del Lobo, es la más pequeña.
El momento decisivo se llama la levantá.
Las barcas forman un cuadrado alrededor del último copo de la red y los hombres la suben a mano, metro a metro, cantando para tirar a la vez.
El agua empieza a hervir.
Aparecen los lomos azules, las aletas amarillas.
«El día que esto no me dé miedo, lo dejo», dice Galindo.
Esa mañana suben a bordo 41 atunes, el más grande de 312 kilos.
Casi todos viajarán a Japón.
Se congelarán a sesenta grados bajo cero en menos de 48 horas.
La cuota de la almadraba, fijada cada año, ha subido esta temporada después de años de restricciones.
Aun así, Galindo no sabe si habrá otra temporada.
La concesión caduca en diciembre y un grupo hotelero de Marbella se interesa por la playa vecina.
Sus dos hijos se fueron a trabajar al puerto de contenedores de Algeciras.
Vuelven en mayo, para la levantá.
«Aquí aprendimos a esperar al atún», dice mirando al mar. «No aprendimos a esperar otra cosa».
Por la noche, el atún se come crudo, con sal, en el muelle.
Lo reparte el patrón.
Una loncha para cada uno, también para la periodista.
