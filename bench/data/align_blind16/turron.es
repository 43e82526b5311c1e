En Xixona, el turrón todavía se hace a mano
Texto: Amparo Verdú
A las seis de la mañana, la fábrica de los hermanos Sirvent ya huele a miel caliente.
En un perol de cobre, Vicente Sirvent remueve la miel y el azúcar con una pala de madera.
Tiene 67 años.
Después añadirá las almendras tostadas y la clara de huevo.
«El turrón no se pesa, se escucha», dice.
Cuando la masa cambia de ruido bajo la pala, está lista, y eso tarda entre cuarenta y cincuenta minutos.
La familia hace turrón desde 1890.
El abuelo lo vendía en las ferias de Castilla, a lomos de mula.
Hoy la empresa emplea a once personas todo el año y a cuarenta en otoño.
Produce 180 toneladas al año, de las que tres cuartas partes se venden entre octubre y enero.
Las grandes marcas del pueblo mecanizaron sus talleres hace tiempo, pero los Sirvent han conservado dos morteros de piedra para el turrón blando.
El mortero muele la almendra más despacio.
Eso da una pasta más aceitosa.
El mayor problema es la almendra.
La sequía ha reducido a la mitad la cosecha de la comarca en tres años.
«Pagamos la almendra marcona a 9,80 euros el kilo, frente a 6,20 en 2022», calcula Rosa Sirvent, que lleva las cuentas.
Su hermano prefiere no mirar las cifras.
El precio de la tableta ha subido dos euros.
Los clientes no se han quejado.
El turrón de Xixona, en breve
Almendra: 64 % como mínimo
Miel: 10 % como mínimo
Indicación geográfica protegida desde 1996
Vicente Sirvent todavía no piensa en jubilarse.
Su hija aprende el oficio a su lado.
«El día que sepa escuchar la masa, lo dejaré», dice.
