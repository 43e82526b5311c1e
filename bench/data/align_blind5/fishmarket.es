La lonja de Vigo se pasa a la subasta digital
Los compradores podrán pujar desde cualquier puerto de Europa a partir de enero.
Por Iria Castiñeiras
Foto: Xoán Piñeiro
Cada noche, hacia las cuatro de la madrugada, más de 1.200 cajas de pescado desfilan por las cintas de la lonja del puerto de Vigo.
Hasta ahora, los compradores tenían que estar en la sala para pujar.
A partir de enero podrán hacerlo desde su teléfono, en Lorient, en Lisboa o en Róterdam.
El nuevo sistema, desarrollado por la empresa gallega Nasa Pesca Dixital, ha costado 3,8 millones de euros.
La mitad ha sido financiada con fondos europeos.
Cada caja se fotografía, se pesa y se etiqueta antes de salir a subasta.
El comprador a distancia ve en directo el pescado, su talla, su peso y el nombre del barco.
El precio baja cada dos segundos hasta que alguien pulsa.
No todos los mayoristas locales están convencidos.
«El pescado hay que tocarlo, olerlo. Una foto no lo dice todo», opina Manuel Outeiral, que compra en la lonja desde hace treinta y cinco años.
Teme que los grandes grupos extranjeros hagan subir los precios.
Los pequeños pescaderos de la ciudad, dice, ya no podrían permitírselo.
Muchos de ellos, por cierto, comentaban todavía la derrota del Celta en el derbi.
El director de la lonja, Roberto Lago, responde que las ventas presenciales seguirán.
«Nadie estará obligado a pasarse a lo digital, pero quien quiera podrá comprar desde su oficina».
Según él, una subasta abierta a más compradores beneficiará ante todo a los pescadores, que venderán más caro.
El puerto de Vigo, que descarga cada año unas 750.000 toneladas, es el primer puerto pesquero de Europa en pescado para consumo humano.
Otras tres lonjas gallegas, las de Burela, Marín y Ribeira, adoptarán el mismo sistema en 2028.
