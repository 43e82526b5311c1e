Aldaia, el pueblo de los abanicos
En el taller de Rosa Ferrer, en Aldaia, hace 34 grados y nadie se abanica.
«No hay tiempo», dice entre risas.
Aldaia lleva fabricando abanicos desde el siglo XVIII.
Hace cincuenta años, más de 2.000 personas vivían de ello; hoy quedan unos 300.
La competencia asiática hundió los precios.
Un abanico estampado llegado de China se vende a 1,50 euros en los mercadillos.
Los de Rosa cuestan entre 40 y 900 euros.
«No es el mismo objeto», zanja.
«Uno es un trapo, el otro es una pieza que pasa de abuela a nieta.»
Un abanico pasa por una decena de manos.
El varillaje, de peral o de hueso, se talla en un taller vecino.
La tela se pinta a mano, se pliega y luego se monta.
Rosa pinta.
Aprendió de su madre, que aprendió de la suya.
En su familia nadie ha hecho otra cosa desde 1920.
Un modelo de flores le lleva un día, y un paisaje, hasta una semana.
La salvación vino en parte de las bodas.
Las novias encargan abanicos a juego con el vestido y a veces uno para cada invitada.
El mayor encargo de Rosa: 180 abanicos para una boda en Sevilla.
Tardó tres meses.
Su hija Clara, de 27 años, lleva ahora la venta por internet.
Supone un tercio de la facturación.
Para visitar
Museo del Abanico de Aldaia, abierto de martes a sábado
Entrada: 3 euros
