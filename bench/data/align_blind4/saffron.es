El azafrán manchego apuesta por la calidad frente a las importaciones
Por Lucía Serrano Mora
En los campos de Consuegra, la recogida del azafrán empezó la semana pasada al amanecer, como cada año a finales de octubre.
Las flores moradas deben cogerse antes de que el sol las abra del todo.
Ese mismo día se separan a mano los tres estigmas rojos de cada flor.
Después se tuestan sobre brasas.
Hacen falta unas 150.000 flores para obtener un kilo de especia.
La cooperativa Rosa del Azafrán, que agrupa a 84 productores, espera este año una cosecha de 420 kilos.
Es algo más que en 2025, pero lejos de las tres toneladas que la comarca producía en los años noventa.
«Nuestros padres vivían del azafrán. Nosotros vivimos de él a medias», resume su presidente, Julián Moreno.
La competencia llega sobre todo de Irán y Afganistán.
El azafrán importado se vende al por mayor en torno a 1.600 euros el kilo, y el manchego vale más del doble.
Para diferenciarse, los productores apuestan por la denominación de origen protegida «Azafrán de La Mancha».
Cada lote se analiza en un laboratorio de Albacete antes de recibir el sello.
El fraude sigue siendo la principal preocupación del sector.
El año pasado, la Guardia Civil incautó cerca de 200 kilos de azafrán extranjero reenvasado en cajas que imitaban las de la denominación.
«Cada bote falso destroza una confianza que nos ha costado generaciones construir», lamenta Moreno.
La mano de obra es la otra dificultad.
La recogida dura tres semanas y no se puede mecanizar.
Antes participaban familias enteras.
Hoy, la cooperativa contrata a estudiantes y jubilados.
Les paga 4,5 euros por cada mil flores mondadas.
La Fiesta de la Rosa del Azafrán, que se celebra el último fin de semana de octubre, volverá a tener concurso de monda.
Para el futuro, Moreno confía en la gastronomía.
Varios cocineros con estrellas Michelin de Madrid compran ya directamente a la cooperativa.
En primavera se abrió una pequeña tienda en línea.
Ya supone el 15 % de las ventas.
