Media maratón de la Costa Vasca: el programa
La 12.ª edición se celebrará el domingo 5 de abril entre Bayona y Biarritz.
Se esperan más de 3.000 corredores.
La salida se dará a las 9.30 frente al ayuntamiento de Bayona, y la meta estará en la Grande Plage de Biarritz.
El recorrido sigue el río Adour y después la costa.
Incluye una subida de 800 metros hasta el faro.
Las inscripciones están cerradas.
Programa
Sábado 4 de abril
14.00 - 19.00: recogida de dorsales, sala Lauga, Bayona
18.00: carrera infantil, muelle de la Galuperie
Domingo 5 de abril
8.00: apertura de la consigna
9.30: salida de la media maratón
11.45: entrega de premios, Grande Plage
El tráfico estará cortado en el paseo marítimo de 8.00 a 13.00.
Los corredores que lleguen desde Irun pueden tomar el tren de las 7.12, que llega a Bayona a las 7.58.
Habrá autobuses gratuitos de Biarritz a Bayona para los corredores hasta las 15.00.
Los voluntarios que deseen ayudar pueden dirigirse a la oficina de deportes.
Información: oficina de deportes de Bayona, tel. +33 5 59 46 60 00.
