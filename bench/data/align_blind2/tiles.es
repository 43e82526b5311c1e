En Valencia, unos ceramistas reconstruyen azulejo a azulejo un mural olvidado
Por Nuria Calatayud
Durante casi cincuenta años, el mural permaneció oculto tras un falso techo del mercado de Russafa.
Nadie recordaba que existía.
Unos operarios lo descubrieron en marzo de 2024, durante las obras de rehabilitación de la cubierta.
Se trata de un panel de 1.140 azulejos.
Representa una escena de mercado con vendedoras de naranjas, barcas de la Albufera y un tranvía.
Casi un tercio de las piezas estaban rotas o faltaban.
La restauración se encargó al taller Ceràmiques Llopis, de Manises, capital histórica de la cerámica valenciana.
«Al principio ni siquiera sabíamos quién lo había pintado», cuenta Amparo Llopis, que dirige el taller con su hermano Vicent.
Una firma acabó apareciendo bajo una capa de yeso, en la esquina inferior derecha: «J. Sanchis, 1931».
El archivo municipal permitió saber más.
Josep Sanchis fue un pintor ceramista de Manises que murió en la Guerra Civil con solo 34 años.
Hasta ahora solo se le conocían azulejos decorativos para cocinas.
El mural de Russafa sería, por tanto, su única obra de envergadura.
La rehabilitación del mercado, presupuestada en 4,2 millones de euros, ha sido objeto de polémica en el pleno municipal.
La oposición critica los retrasos de la obra, que debía terminar el pasado verano.
Para reponer las piezas que faltaban, el taller tuvo que recuperar los colores originales.
El azul de cobalto y el amarillo de antimonio de 1931 ya no se fabrican.
Vicent Llopis hizo más de ochenta pruebas de cocción antes de conseguir unos tonos satisfactorios.
«El amarillo fue lo más difícil. Cada hornada daba un tono distinto, a veces verdoso, a veces marrón», explica.
En total, se han rehecho a mano 362 azulejos.
Cada uno lleva en el reverso una pequeña «R» grabada y la fecha de 2025.
Así, los restauradores del futuro sabrán distinguir el original de la copia.
Los azulejos originales agrietados se han consolidado en lugar de sustituirse.
El mural volvió a su sitio el 14 de febrero, sobre la entrada principal del mercado.
Los comerciantes lo recibieron con una ovación.
Carmen Ferrer, que tiene un puesto de fruta justo debajo desde 1987, todavía no se lo cree.
«Todos estos años he vendido naranjas debajo de una vendedora de naranjas y no lo sabía.»
