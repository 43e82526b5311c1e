La sal del Valle de Añana, grano a grano
Un puñado de salineros devuelve la vida a unas salinas milenarias en Álava y vende su sal a los mejores restaurantes
Texto: Itziar Goikoetxea
A las siete de la mañana, Andoni Ruiz de Azúa ya está descalzo sobre su era.
Empuja la sal con un rastrillo de madera, despacio, como quien acaricia a un animal.
«Si vas deprisa, rompes el cristal», dice.
«Y un cristal roto lo nota el cocinero enseguida.» Su abuelo trabajó estas mismas eras hasta los ochenta años.
El valle tiene más de 5.000 eras escalonadas, alimentadas por manantiales seis veces más salados que el mar.
La explotación casi se había abandonado en los años setenta, cuando la sal industrial, más barata, acabó con el oficio.
Hace veinte años una fundación empezó a restaurar las eras, y hoy producen una treintena.
La cosecha va de junio a septiembre.
Un buen año da 120 toneladas, de las que una pequeña parte es flor de sal, que se vende a 12,50 € los 250 gramos.
Los cocineros de San Sebastián y Bilbao compran casi toda la producción.
«Vienen a ver las eras en persona, y algunos se quedan un día entero trabajando con nosotros. Se van con ampollas en las manos.»
Queda una preocupación: la lluvia.
Una tormenta de verano puede disolver en una hora el trabajo de una semana.
Andoni mira el cielo cada tarde, como su abuelo antes que él.
«La sal es sol y viento. Nosotros solo les ayudamos.»
Andoni Ruiz de Azúa, en las salinas de Añana.
FOTO: JON ETXEBERRIA
