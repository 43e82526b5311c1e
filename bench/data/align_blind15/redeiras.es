Las redeiras de A Guarda
Texto: Xiana Soutullo
Cada mañana a las siete, Carmen Alonso extiende en el muelle una red de cuarenta metros y busca los agujeros.
Siempre los encuentra.
Un delfín, una roca, una hélice.
Tiene sesenta y dos años y remienda redes desde los catorce.
«Mi madre me ponía la aguja en la mano antes de dejarme ir a la escuela», cuenta.
Las redeiras trabajaron durante mucho tiempo sin contrato, pagadas por pieza por los armadores.
En 2008, las de A Guarda fundaron una cooperativa y consiguieron un local, un horario y la cotización a la seguridad social.
Hoy son diecinueve.
Hace veinte años eran más de sesenta.
La más joven, Noelia Carballo, tiene treinta y un años.
Fue dependienta en una tienda de Vigo hasta que el oficio de su abuela le pareció más seguro.
El trabajo se hace de rodillas o sentada sobre cajas, al viento.
Una redeira con experiencia remienda un metro cuadrado de red en media hora.
Las manos aguantan; la espalda, no tanto.
Las redes modernas, de nailon, se rompen menos que las de algodón de antes.
Pero cuestan más, y los armadores las hacen remendar hasta el final.
«Una red nueva son 9.000 euros», calcula Carmen.
«Remendarla cuesta trescientos.»
Por la tarde, el muelle se vacía.
Las redes remendadas se pliegan y se cargan en los barcos.
Salen de noche a la sardina.
Carmen vuelve a casa andando.
Pasa por delante de la lonja, donde el pescado todavía se vende a subasta, y se para cada tarde a mirar los precios.
Mañana, dice, habrá más agujeros.
