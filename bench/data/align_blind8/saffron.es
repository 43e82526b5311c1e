El azafrán manchego recupera el color
Una cooperativa de Consuegra apuesta por la calidad para resistir al azafrán importado de Irán.
Lucía Navarro
CONSUEGRA (TOLEDO). – A las seis de la mañana, a finales de octubre, los campos de Consuegra son de color violeta.
Una veintena de mujeres recogen las flores una a una y las van dejando en cestos de mimbre.
Detrás, en el cerro, los molinos de viento que hicieron famoso a Don Quijote todavía no han recibido a los primeros turistas.
—Hay que cogerlas antes de que el sol las abra demasiado —explica Carmen Díaz, de 67 años, que lleva en la recogida desde los doce.
Recolectoras en un campo de azafrán en Consuegra, el 28 de octubre.
ÁLVARO GARCÍA
Para obtener un kilo de azafrán seco hacen falta unas 150.000 flores.
Eso explica su precio.
La cooperativa Rosa del Azafrán, fundada en 1998, reúne hoy a 84 productores.
El año pasado vendió 310 kilos, frente a los 190 de hace cinco años.
El presidente de la cooperativa, Javier Molina, no oculta que la competencia iraní es dura: el azafrán de Irán llega a España a menos de la mitad de precio.
Parte de él se revende con etiqueta española.
—No podemos pelear en precio, así que peleamos en calidad —afirma.
Los precios de la cooperativa esta temporada:
1 gramo: 9 euros
5 gramos: 40 euros
28 gramos (una onza): 190 euros
Los compradores son sobre todo restaurantes, entre ellos algunos chefs con estrella de Madrid y Barcelona, y desde hace dos años también una tienda gourmet de Tokio.
La cosecha dura apenas tres semanas.
Por la noche, en la sala común, las mujeres separan a mano los tres estigmas rojos de cada flor, que después se tuestan sobre un brasero.
—Es la parte que más me gusta: se habla, se ríe, se discute un poco —sonríe Carmen Díaz.
