Los pescadores de sardina de Vigo se quedan en puerto en protesta por las cuotas
VIGO (EFE).
Unos sesenta barcos de la flota de cerco de Vigo se quedaron este lunes amarrados en puerto en protesta por la reducción del 18 % de la cuota de sardina fijada para el próximo año.
La lonja permaneció casi vacía.
Apenas se subastaron 4.200 kilos de pescado, frente a los más de 60.000 de un lunes normal.
Más información: La sardina ibérica, en el nivel más bajo en una década
«Con esta cuota, buena parte de la flota no llegará al verano», advirtió el patrón mayor de la cofradía, Xosé Manuel Lago.
Los cerqueros de Vigo dan empleo directo a unos 900 marineros.
Otros 3.000 puestos dependen de ellos en tierra, en conserveras, transporte y comercialización.
El recorte se deriva de un acuerdo entre España y Portugal, que gestionan conjuntamente el stock de sardina ibérica.
Los científicos del Consejo Internacional para la Exploración del Mar habían recomendado un recorte aún mayor, del 25 %.
Según ellos, la biomasa de la especie ha caído casi a la mitad desde 2021 por el calentamiento del agua y el escaso reclutamiento de juveniles.
Los pescadores cuestionan esas cifras.
«Vemos más sardina en el mar que nunca. Las campañas científicas se hacen en la época del año equivocada», asegura Rosa Bugallo, armadora en Bouzas.
Su barco, el Nova Estrela, da trabajo a once hombres, y asegura que tendrá que despedir a tres si se mantiene la cuota.
El conselleiro do Mar, Alberto Pazos, recibió a una delegación de pescadores a última hora de la mañana.
La Xunta de Galicia tiene competencias en materia de pesca en aguas interiores y marisqueo, pero no en las cuotas, que fija el Gobierno central.
Se comprometió a pedir al Gobierno central ayudas para los días de parada.
También prometió defender una revisión de la cuota a mitad de año si las campañas de primavera muestran una mejoría.
«Nadie quiere el fin de la sardina, pero tampoco el de los pescadores», declaró.
La movilización continuará el martes.
Las cofradías de A Coruña, Ribeira y Marín anunciaron que se sumarán a la protesta.
Para el jueves está prevista una manifestación ante la sede de la Delegación del Gobierno en A Coruña.
La sardina sigue siendo el pescado más vendido en la lonja de Vigo en verano.
Su precio medio en la lonja alcanzó en agosto los 4,80 euros por kilo, un récord.
Es imprescindible en las fiestas de San Juan, el 23 de junio, cuando se come asada en las playas.
«Si esto sigue así, este año comeremos sardina portuguesa», bromeaba un vendedor del mercado del Berbés.
