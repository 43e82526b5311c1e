El último gaitero artesano del valle del Nalón
TEXTO: LAURA MENÉNDEZ
En su taller de Laviana, Severino Canteli lleva cuarenta y dos años fabricando a mano gaitas asturianas.
Ha vendido cerca de novecientas, y algunas suenan hoy en Buenos Aires, en Cuba o en Lorient.
En Asturias, la gaita es mucho más que un instrumento: suena en bodas, entierros y romerías.
No tiene aprendiz.
El taller huele a madera y a cera.
De las paredes cuelgan punteros en todas las fases: en bruto, taladrados, torneados, barnizados.
Severino trabaja el boj, que deja secar siete años.
A veces usa ébano o granadillo para los clientes con prisa.
«El boj es la voz de la montaña. El ébano brilla más, pero es una voz de fuera.»
Aprendió con su tío, que era minero y hacía gaitas los domingos.
Cuando cerró su pozo en 1984, eligió el taller en lugar de la prejubilación.
«Mi mujer pensó que me había vuelto loco», recuerda.
Los primeros años vendía quince gaitas al año.
Hoy la lista de espera supera los dieciocho meses.
Rechaza los encargos de los revendedores.
Una gaita completa le lleva unas ochenta horas.
La vende por 1.900 euros, con el fuelle de cuero incluido.
Las pajuelas las corta él mismo de caña del río, y las prueba una a una en una gaita que fue de su tío.
Esa gaita no está en venta.
Varios jóvenes han venido a pedirle que les enseñe el oficio.
Ninguno ha aguantado más de un invierno.
«No es que sean vagos. Hacen falta siete años para el boj y siete para la mano.»
Severino tiene 69 años.
Dice que lo dejará cuando le tiemblen las manos, «y no antes».
