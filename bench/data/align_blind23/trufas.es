En Sarrión, la trufa negra se busca con el olfato de los perros
SARRIÓN (Teruel) - Son las siete, hace cuatro grados bajo cero y Tana ya tira de la correa.
Tana es una perra mestiza de cuatro años que, según su dueño, vale más que su coche.
Su dueño, Rubén Lahoz, cultiva 12 hectáreas de encinas truferas en la meseta de Gúdar-Javalambre.
La comarca produce casi la mitad de la trufa negra que se recoge en España.
Su abuelo recogía trufas silvestres en el monte.
Las vendía en el mercado sin saber lo que valían.
Hoy, el kilo de trufa extra se paga hasta a 900 euros.
La perra se detiene, escarba y se sienta.
Rubén se arrodilla y cava con una pequeña piqueta, y el olor sube antes incluso de que vea la trufa.
«Esta tiene por lo menos 80 gramos», dice mientras la huele.
Tana recibe un trozo de salchicha.
El mercado de Sarrión se celebra los sábados por la mañana.
Tiene lugar en una nave junto a la carretera nacional.
Los precios no se anuncian en ningún sitio.
Se negocian en voz baja, entre productores y compradores llegados de Francia e Italia.
La temporada va de diciembre a marzo.
El resto del año, Rubén poda, riega y reza para que llueva en agosto.
Cómo llegar
Sarrión está a 40 km al sur de Teruel por la autovía A-23.
Visitas guiadas con perro: 35 euros por persona, con reserva
