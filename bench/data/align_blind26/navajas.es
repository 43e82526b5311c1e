En Albacete, los últimos cuchilleros a mano
Por Hélène Marchetti
En el taller de Jacinto Monteagudo, al fondo de un patio cerca de la estación, el aire huele a aceite caliente y a cuerno quemado.
A sus 74 años, todavía fabrica cada navaja de principio a fin, desde la hoja forjada hasta el mango de cuerno de carnero.
Así lo hacían su padre y su abuelo.
Necesita un día entero para una navaja de carraca.
Albacete vive de la cuchillería desde la Edad Media, y la ciudad aún cuenta con medio centenar de empresas del sector.
Casi todas trabajan con máquinas y producen millones de cuchillos de cocina al año.
Los artesanos que aún forjan a mano se cuentan con los dedos de las dos manos.
Durante generaciones, los vendedores ambulantes ofrecían navajas a los viajeros en los andenes de la estación.
El secreto, dice Jacinto, está en el temple.
Calienta el acero hasta el rojo cereza, lo sumerge en aceite y luego lo recalienta despacio sobre las brasas.
Después ajusta con la lima, diente a diente, el mecanismo de la carraca.
Ese ruido de matraca que le da nombre le lleva más de una hora.
Su nieta Lucía, de 26 años, dejó un empleo de diseñadora gráfica en Madrid para aprender el oficio.
Ahora vende las navajas por internet, hasta Japón y Canadá.
Una navaja del taller cuesta entre 180 y 400 euros, y la lista de espera llega a ocho meses.
A Jacinto estos precios le parecen excesivos.
Lucía le recuerda las horas que dedica a cada una.
Cada hoja lleva ahora dos marcas, la suya y la de su abuelo.
Cómo llegar: tren desde Madrid, 1 h 30
Precio de una navaja: de 180 a 400 euros
