Una cooperativa de Jaén apuesta por la cosecha temprana
Los 1.200 olivareros de San Isidro recogen ahora en octubre, un mes antes que antes, para vender un aceite más caro.
Por Elena Ruiz
Úbeda (Jaén)
Apenas son las ocho y los remolques cargados de aceituna verde ya hacen cola ante la almazara de la cooperativa San Isidro.
Hace cinco años, aquí la campaña empezaba a mediados de noviembre.
El presidente de la cooperativa, Antonio Molina, convenció a los socios de adelantar la recogida.
La aceituna rinde menos aceite, pero más afrutado, y se vende al doble de precio.
«Al principio me llamaron loco», recuerda.
«Hoy son los vecinos los que vienen a preguntarme cómo se hace».
Antonio Molina, en la almazara de San Isidro, en Úbeda.
Foto: José Manuel Pedrosa / EFE
La cooperativa produjo el año pasado 4,2 millones de litros, de los que solo una cuarta parte se embotella con marca propia.
El resto se vende a granel a Italia.
El objetivo es embotellar la mitad de la producción en 2027.
En el bar de la plaza, los socios discuten la idea cada tarde.
Precio pagado al productor por kilo de aceite:
virgen extra, cosecha temprana: 9,10 euros;
virgen extra: 6,40 euros;
virgen: 5,20 euros.
La sequía sigue siendo la gran amenaza.
Apenas ha llovido en la provincia desde la primavera.
Los árboles de secano, el 60 % del olivar, han sufrido.
Se espera una cosecha un 20 % menor que la del año pasado.
Los precios, en cambio, seguirán altos.
Molina no lo celebra.
«Un precio alto sin aceite no da de comer a nadie», dice.
La cooperativa abrió este verano una tienda en línea.
Sus primeros clientes están en Alemania y Japón.
Molina querría que cada botella llevara el nombre del olivar de procedencia.
Los socios consideran que la idea es demasiado cara.
