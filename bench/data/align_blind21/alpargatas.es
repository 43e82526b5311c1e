Las últimas alpargatas cosidas a mano de Cervera
En el taller de Teodoro Jiménez, en Cervera del Río Alhama, lo primero que se oye es la aguja atravesando el yute.
Luego, la radio.
Teodoro tiene 74 años y cose alpargatas desde los once.
A principios del siglo XX, el pueblo tenía más de 40 fábricas que daban trabajo a cerca de 3.000 personas, sobre todo mujeres.
Hoy quedan dos, y la suya es la única donde todo se sigue haciendo a mano.
La suela es una trenza de yute enrollada en espiral y cosida de canto.
Un par necesita unos doce metros de trenza y dos horas de trabajo.
De ahí el precio, alrededor de 45 euros.
La lona de arriba la cose su mujer, Amparo.
A veces borda iniciales para las bodas.
«Antes, todas las novias del valle bailaban en alpargatas», dice.
La competencia viene de Asia.
Un par industrial se vende por menos de 10 euros en las grandes superficies.
Pero ahora los pedidos llegan por internet, desde Tokio, Nueva York o Biarritz.
El año pasado, la pareja vendió 1.300 pares.
Más que en los diez años anteriores juntos.
Su nieta, Lucía, tiene 23 años y estudia diseño en Logroño.
Pasa los veranos en el taller.
«Quiero aprender antes de que sea tarde», dice.
Teodoro sonríe sin levantar la vista de la aguja.
Cómo llegar
Cervera del Río Alhama está a hora y media de Pamplona por la N-113.
El Museo de la Alpargata abre sábados y domingos de 11:00 a 14:00.
