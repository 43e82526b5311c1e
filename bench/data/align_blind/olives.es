Jaén, el mar de olivos que espera la lluvia
Desde el castillo de Santa Catalina, la vista no encuentra más que olivos.
Cubren las colinas hasta el horizonte, en hileras tan regulares que parecen un tejido.
La provincia de Jaén tiene más de 66 millones.
Ella sola produce casi la mitad del aceite de oliva español.
Es, aproximadamente, una quinta parte del aceite del mundo.
Aquí la cosecha empieza en noviembre y dura hasta febrero.
La llaman “la campaña”, como si se tratara de una operación militar.
Antonio Cano, de 61 años, ha vivido cuarenta y cinco.
Cultiva 22 hectáreas cerca de Martos junto a su hijo Javier.
“Mi padre vareaba los árboles a mano, con varas. Hoy una máquina sacude el tronco y las aceitunas caen en treinta segundos”.
Pero este año hay pocas aceitunas.
Dos primaveras demasiado calurosas quemaron las flores.
Entre marzo y octubre casi no llovió.
Se espera que la producción de la provincia caiga a 250.000 toneladas, frente a las 570.000 de un buen año.
En los supermercados, el precio del aceite se ha duplicado en dos años.
“La gente cree que nos hacemos ricos. Pero si no tienes nada que vender, el precio no sirve de nada”, suspira Antonio.
En la cooperativa de Martos, la almazara funciona a medio gas.
Los camiones descargan las aceitunas en tolvas y de allí pasan a los molinos.
La pasta se bate y luego se centrifuga para separar el aceite del agua y de los huesos.
Todo el proceso dura menos de dos horas.
La gerente, Rosa Jiménez, da a probar el aceite nuevo en una copita azul.
El azul oculta el color para que el catador juzgue solo el aroma.
Este es verde, picante, con un toque de tomate.
Como el de la Sierra Sur, dice, aunque aquí nadie lo admitiría.
La sequía obliga también a replantear los olivares.
La mayoría de los olivos de Jaén son de secano y dependen por completo de la lluvia.
Algunos agricultores instalan riego por goteo, pero los acuíferos ya están bajando.
Otros plantan variedades más resistentes o dejan crecer hierba entre las hileras para conservar la humedad.
Javier ha colocado sensores en sus parcelas y sigue la humedad del suelo desde el móvil.
Al atardecer, Antonio y su hijo se detienen al borde de un camino.
El cielo está despejado, sin una nube.
“Anuncian lluvia para el jueves”, dice Javier.
Su padre se encoge de hombros.
“Llevan dos años anunciándola”.
