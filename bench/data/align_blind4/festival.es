Fiesta del Atún: tres días de música y cocina en el puerto
La 56.ª Fiesta del Atún se celebrará del viernes 4 al domingo 6 de julio en San Juan de Luz.
Como cada año, las asociaciones de la ciudad atenderán los puestos de comida en el muelle de la Infanta.
Con los beneficios financian sus actividades del año.
La entrada es libre.
Esta edición rinde homenaje a los pescadores del puerto, que el año pasado desembarcaron más de 3.000 toneladas de bonito del norte.
Una exposición de fotografías recorre un siglo de pesca con caña en el golfo de Vizcaya.
Se presenta en la lonja.
Excepcionalmente, estará abierta al público durante los tres días.
Programa
Viernes 4 de julio
19.00 h: apertura de los puestos y concierto de la banda de Ciboure
22.30 h: baile en la plaza Luis XIV
Sábado 5 de julio
10.00 h: concurso de cocina del atún, abierto a aficionados
16.00 h: partido de pelota en el frontón municipal
La pelota vasca se juega lanzando la pelota contra una pared, el frontón, con la mano o con una pala o cesta.
21.00 h: coros vascos en el puerto
Domingo 6 de julio
11.00 h: misa de los marineros y bendición de los barcos
13.00 h: gran comida en el muelle
La comida del domingo se sirve con reserva previa, a 18 euros con bebida incluida y 9 euros para los menores de doce años.
Las reservas pueden hacerse en la oficina de turismo hasta el 30 de junio.
Las plazas están limitadas a 1.200.
El tráfico estará cortado en el bulevar Thiers desde el viernes a las 18.00 h hasta el domingo a medianoche.
Unos autobuses lanzadera gratuitos unirán el aparcamiento de la zona de Jalday con el centro cada veinte minutos.
El ayuntamiento recuerda que los vasos de plástico reutilizables tienen un depósito de un euro.
Deben devolverse en los puestos.
Toda la información está disponible en la web del ayuntamiento.
