Feria del libro pirenaico de Pau
Del 12 al 14 de junio, parque Beaumont
En su decimoctava edición, la Feria del libro pirenaico acoge a ciento veinte autores y editores de las dos vertientes de la cordillera.
La entrada es gratuita.
Este año, la feria está dedicada a la literatura aragonesa.
Participan una quincena de autores llegados de Huesca, Jaca y Zaragoza.
Habrá traducción simultánea en los encuentros.
Los expositores estarán en dos carpas junto al lago del parque, donde las librerías de la ciudad tendrán también un puesto común.
Un espacio infantil ofrece lecturas y talleres de ilustración durante todo el fin de semana.
Desde Jaca, un autobús especial sale el sábado a las 8.30 h de la estación de autobuses y regresa a las 19.00 h; el billete de ida y vuelta cuesta 12 euros.
Programa de encuentros
Viernes 12 de junio
17.00 h: inauguración a cargo del alcalde y de la presidenta de la región
18.30 h: «Escribir la frontera», mesa redonda con Elena Sarasa y Pierre Casenave
Sábado 13 de junio
10.00 h: lectura de cuentos en occitano y en aragonés
14.30 h: encuentro con Javier Lacasta, premio de la Montaña 2025
16.00 h: proyección de la película «Los pastores del Somport»
Domingo 14 de junio
11.00 h: paseo literario por el parque, con salida desde el quiosco
15.00 h: entrega del premio de los lectores
El premio de los lectores, dotado con 3.000 euros, lo concede un jurado de cuarenta lectores de las bibliotecas del Bearne y de la provincia de Huesca.
Este año han leído las cinco novelas finalistas en su lengua original o traducidas.
Más información en la oficina de turismo de Pau o en la web de la feria.
