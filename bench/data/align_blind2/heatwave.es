Ayuntamiento de Perpiñán
Ola de calor: consejos y servicios del Ayuntamiento
Météo-France, el servicio meteorológico francés, ha puesto los Pirineos Orientales en alerta naranja por ola de calor a partir del miércoles 9 de julio a las 12.00.
La alerta naranja indica temperaturas muy altas durante al menos tres días y noches seguidos; la roja, un calor extremo y peligroso para toda la población.
Se esperan temperaturas de hasta 39 °C por la tarde, que no bajarán de 24 °C por la noche.
El Ayuntamiento activa su plan de ola de calor.
Protéjase
Beba agua con regularidad, sin esperar a tener sed.
Evite el alcohol.
Mójese el cuerpo y abaníquese.
Cierre persianas y ventanas durante el día.
Ábralas por la noche si hace más fresco.
Evite los esfuerzos físicos en las horas de más calor, entre las 11.00 y las 21.00.
Coma lo suficiente y no se quede solo.
Las personas mayores, las embarazadas, los niños pequeños y los enfermos crónicos son los más expuestos.
Llame a sus familiares y vecinos al menos una vez al día para saber cómo están.
Servicios municipales
Seis salas climatizadas están abiertas gratuitamente de 10.00 a 19.00.
Entre ellas están la mediateca, el centro social del Vernet y la sala de fiestas del Moulin-à-Vent.
La lista completa figura en la web municipal.
Las piscinas municipales amplían su horario hasta las 21.00, y la entrada será gratuita para los menores de 12 años mientras dure la alerta.
Las personas mayores o que viven solas pueden inscribirse en el registro municipal de ola de calor.
Durante la alerta, el personal municipal las llamará todos los días.
Si no contestan, un equipo acudirá a su domicilio.
Inscripción en el +33 4 68 66 30 00, de lunes a viernes.
Queda prohibido regar jardines y lavar coches de 8.00 a 20.00 hasta nuevo aviso.
Los infractores se exponen a una multa de 135 euros.
En caso de malestar, llame al 15 o al 112.
Información: Canicule Info Service, 0 800 06 66 66 (llamada gratuita, atención en francés).
