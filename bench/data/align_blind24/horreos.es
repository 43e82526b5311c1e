Los hórreos de Galicia buscan carpinteros
En la provincia de Lugo, miles de hórreos, esos graneros de madera y piedra alzados sobre pies, se caen a pedazos por falta de artesanos que los reparen.
Se calcula que quedan unos 30.000 en Galicia, y aunque la mayoría ya no sirve para secar el maíz, sus dueños no pueden derribarlos.
Están protegidos como patrimonio cultural desde 1973.
Manuel Vilariño, de 71 años, es uno de los últimos carpinteros de la comarca de Terra Chá que saben restaurarlos.
No tiene aprendiz.
"Los jóvenes quieren trabajar en una oficina, en Lugo o en A Coruña", dice.
"Los entiendo, pero cuando yo me vaya, ¿quién sabrá labrar una tornarratos?"
Una restauración completa cuesta entre 6.000 y 15.000 euros.
La Xunta subvenciona hasta la mitad de las obras.
La convocatoria de este año se cerró en marzo con 412 solicitudes.
La lista de espera es larga: Manuel tiene encargos hasta 2027, y algunos clientes le escriben desde Argentina o Suiza, adonde emigraron sus padres.
Trabaja el castaño y el roble, y nunca pone un tornillo.
"La madera tiene que respirar y moverse, si no, se raja", explica.
Desde el año pasado, la escuela de oficios de Monforte ofrece un módulo de carpintería tradicional.
Lo han cursado seis alumnos, dos de ellos chicas.
Manuel los recibe un sábado al mes en su taller.
Uno de ellos, Brais Otero, acaba de restaurar él solo el hórreo de su abuela.
"Ha cometido errores, pero errores buenos", sonríe el viejo carpintero.
Brais quiere dedicarse a ello.
Ya tiene tres encargos, todos de vecinos de la misma parroquia.
Cómo llegar
El museo etnográfico de Vilalba expone un hórreo desmontado pieza a pieza.
Entrada: 3 euros, gratis los domingos
