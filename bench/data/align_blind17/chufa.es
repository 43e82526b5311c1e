La chufa de Alboraya, entre la huerta y el ladrillo
Texto: Vicent Peris
A las siete de la mañana, en noviembre, la huerta de Alboraya huele a tierra mojada y a humo de rastrojos.
Salvador Martí, de 59 años, arranca las últimas matas de chufa con una cosechadora que compró de segunda mano en 2011 y que él mismo ha reparado tantas veces que ya no sabe qué piezas son originales.
La chufa es el tubérculo con el que se hace la horchata, la bebida blanca y dulce que los valencianos toman en verano con fartons.
Se siembra en abril o mayo y se recoge entre octubre y enero.
Después hay que lavarla y secarla durante tres meses, removiéndola a diario, en cámaras o, como todavía hace Martí, en andanas al aire libre.
«La chufa se seca como se cura un jamón: con paciencia», dice.
Si se seca demasiado rápido, se arruga mal y pierde sabor.
La Denominación de Origen Chufa de Valencia agrupa hoy a 16 pueblos de l'Horta Nord.
En 2025 se cultivaron 412 hectáreas, frente a las 560 de hace veinte años.
La cosecha fue de unos 5,8 millones de kilos.
La superficie no baja por falta de demanda.
Las horchaterías venden más que nunca y la industria exporta horchata envasada a Reino Unido y Estados Unidos.
Baja porque los hijos de los agricultores no quieren seguir y porque cada año se urbaniza un trozo más de huerta.
Martí señala un solar vallado al otro lado de la acequia: «Ahí mi padre plantaba chufa; ahora van a hacer un centro comercial».
Parte de la chufa que se bebe en España ni siquiera viene de Valencia.
Llega de África occidental, sobre todo de Níger y Burkina Faso, a un precio que ronda la mitad.
El Consejo Regulador insiste en que solo la horchata con su sello garantiza chufa valenciana.
En la etiqueta, sin embargo, la diferencia no siempre se ve, y el consumidor pocas veces la busca.
Martí vende toda su cosecha a una horchatería de Alboraya que le paga 1,40 euros por kilo de chufa seca.
Es más que el precio medio, pero no lo suficiente para contratar a nadie.
Su hija estudia Farmacia en Valencia.
Los sábados viene a ayudarle en la cosecha.
«No le pido que se quede», dice Martí mientras apaga el motor.
«Le pido que no venda la tierra».
La chufa en breve
Superficie: 412 hectáreas (2025)
Producción: 5,8 millones de kilos
Precio al agricultor: entre 1,10 y 1,50 euros por kilo
