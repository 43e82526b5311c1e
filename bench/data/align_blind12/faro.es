El último farero de la Costa da Morte
Desde hace treinta y dos años, Anxo Mouriño sube cada tarde los 143 escalones del faro de Cabo Vilán.
La automatización lo ha vuelto innecesario, pero nadie se ha atrevido a decírselo.
Anxo Mouriño, en la galería del faro, al atardecer.
FOTO: ÁNGEL BARREIRO
El faro se alza sobre un peñasco unido a tierra por un puente, en el extremo del municipio de Camariñas.
Su linterna, encendida en 1896, fue una de las primeras de España en funcionar con electricidad.
Hoy un sensor enciende la luz al anochecer y un ordenador en A Coruña lo vigila todo.
«Sé que la máquina no me necesita», admite Anxo, de 61 años.
«Pero el mar no ha cambiado. Cuando hay niebla, quiero estar arriba.»
Ha visto encallar tres mercantes.
En 1998 participó en el rescate de la tripulación de un arrastrero portugués.
Habla poco de ello.
Su padre ya era farero, y su abuelo antes que él, en la isla de Sálvora.
De niño, Anxo hacía los deberes en la sala de lentes, a la luz del faro.
Aún conserva el cuaderno de servicio de 1947, donde su padre anotaba los vientos y los barcos.
Lo enseña con cuidado, pasando las páginas con dos dedos.
El Estado confió el mantenimiento de los faros a las autoridades portuarias.
En Galicia quedan solo cuatro fareros en activo, y ninguno tiene relevo.
Las oposiciones para el cuerpo de técnicos de señales marítimas no se convocan desde 2011.
El Ayuntamiento de Camariñas quiere convertir el edificio anexo en un centro de interpretación de la costa.
Anxo está de acuerdo, con una condición: que se mantenga la lámpara encendida «a mano» en las noches de temporal.
Se jubila en marzo.
«Después vendré igual. Miraré desde el puente, como un turista», dice riendo.
