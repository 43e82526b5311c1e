Los últimos esparteros de Cieza
En el taller de Ginés Carrasco huele a hierba seca y a agua del Segura.
El esparto crece silvestre en los montes secos que rodean Cieza.
Ginés, de 71 años, lo trenza desde los nueve.
Su padre hacía cuerdas para las minas de La Unión, y su abuelo, serones para las mulas.
Aquello era otra España.
El esparto se arranca en agosto, cuando la caña está más seca.
Luego se pone a remojo veinte días en una balsa.
Es lo que llaman el cocío.
Después hay que picarlo con un mazo para separar las fibras.
«Es el trabajo más duro, y ya nadie quiere hacerlo», dice Ginés.
En los años cincuenta, Cieza tenía más de 3.000 esparteros.
El plástico acabó con ellos en una generación.
Hoy quedan cuatro.
Ginés hace sobre todo capazos, salvamanteles y alpargatas.
Un capazo le lleva una jornada y lo vende a 45 euros.
Su nieta Noelia, arquitecta en Valencia, le encarga lámparas para hoteles.
«Lo de las lámparas me lo tuvo que explicar dos veces», se ríe él.
El Ayuntamiento abrió en 2024 un pequeño museo del esparto en la antigua alhóndiga.
Ginés da allí un taller los sábados por la mañana.
Cómo llegar
Cieza está a 40 km al noroeste de Murcia por la A-30.
Museo del Esparto: de martes a domingo, de 10:00 a 14:00
Entrada: 3 euros
