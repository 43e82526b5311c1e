En La Gomera, el silbo se aprende en la escuela
Por Nayra Chinea
En el patio del colegio de Vallehermoso, una niña de diez años se mete dos dedos en la boca y silba, y en la otra punta de la pista un chico levanta la mano y corre a buscar un balón.
No lo ha llamado: le ha hablado.
El silbo gomero traslada el español a silbidos, reduciendo sus vocales a dos alturas y sus consonantes a cuatro.
Los pastores lo usaban para hablarse de una ladera a otra.
Llega a oírse a tres kilómetros.
En los años setenta, el silbo estuvo a punto de desaparecer.
Los jóvenes se iban a trabajar a Tenerife y las carreteras sustituían a los caminos.
Desde 1999 es obligatorio en todas las escuelas de la isla, dos veces por semana.
En 2009 la Unesco lo declaró Patrimonio Cultural Inmaterial de la Humanidad.
La noticia se celebró con una silbada colectiva en la plaza de San Sebastián.
Eugenio Darias enseña silbo desde hace veintidós años.
Lo aprendió de su abuelo, cabrero en Arure, que silbaba para anunciar los nacimientos y las muertes.
«Al principio los niños silban como teteras», sonríe.
«A los dos años se cuentan chistes que los profesores no entienden.»
Cada clase tiene una veintena de alumnos.
Casi todos acaban entendiendo frases enteras.
Los turistas, en cambio, vienen sobre todo por las exhibiciones del restaurante mirador de Las Rosas.
Para Eugenio Darias, una lengua que solo sirve para el espectáculo ya está muerta.
Prefiere las bodas, donde todavía se silban felicitaciones de una mesa a otra.
Cómo llegar
Ferri desde Los Cristianos (Tenerife): 50 minutos
