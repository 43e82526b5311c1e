Agost, el último aliento del botijo
En este pueblo de Alicante se fabricaban antaño un millón de botijos al año.
Hoy quedan seis alfareros.
Son las siete de la mañana y Vicente Carbonell ya tiene las manos grises.
Es la arcilla blanca que da fama a Agost desde época romana.
Su torno fue antes de su padre, y antes de su padre, de su abuelo.
«Un botijo se hace en cuatro minutos, pero se aprende en quince años», dice sin levantar la vista.
El secreto está en el barro.
La arcilla de Agost tiene mucha sal y, cocida a baja temperatura, queda porosa y deja rezumar el agua, que al evaporarse enfría el resto.
Un botijo lleno puede mantener el agua doce grados por debajo del aire en pleno agosto.
En los años cincuenta, Agost tenía una treintena de talleres y más de 400 alfareros.
Los botijos salían en trenes enteros hacia Madrid, Valencia y el norte de África.
Llegó la nevera.
Luego, la botella de plástico.
Hoy trabajan seis alfareros, y el más joven tiene 58 años.
«Mis hijos son ingenieros, e hicieron bien», dice Vicente Carbonell.
Sin embargo, el botijo vuelve a estar de moda.
Restaurantes de Madrid lo ponen en las mesas y diseñadores lo reinventan en blanco mate o en negro.
Una tienda de Barcelona vendió 3.000 el verano pasado, a 45 euros la pieza.
El Museo de Alfarería de Agost, instalado en un antiguo taller, recibe 11.000 visitantes al año.
En breve
Agost: 4.900 habitantes, a 20 km de Alicante
Museo de Alfarería: abierto de martes a domingo, entrada 3 euros
Vicente Carbonell no se fía mucho de la moda.
«Las modas pasan, el calor se queda», dice mientras coloca un botijo en la estantería.
