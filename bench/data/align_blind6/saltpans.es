Las salinas de Cádiz vuelven a dar sal
Una cooperativa de San Fernando recupera doce hectáreas abandonadas desde 1988.
Por Inmaculada Gómez
Un salinero rastrilla la sal en la salina de La Esperanza.
Foto: Manuel Ortega
En la salina de La Esperanza, a las afueras de San Fernando, la sal vuelve a amontonarse en pirámides blancas al borde de los esteros.
La cooperativa Sal del Sur, formada por nueve socios, ha invertido 640.000 euros en limpiar los canales y reparar las compuertas.
Este verano ha cosechado 420 toneladas.
La mayor parte es sal gruesa para la industria conservera.
El resto es flor de sal, que se vende a restaurantes de toda Europa.
El kilo de flor de sal se paga a 18 euros.
«Mi abuelo trabajó aquí cuarenta años y nunca pensé que yo volvería», dice Antonio Bernal, presidente de la cooperativa.
En los años cincuenta había más de 150 salinas en la bahía de Cádiz.
Hoy quedan cinco en activo.
La competencia de la sal de mina y el auge de la acuicultura acabaron con las demás.
Muchas se convirtieron en granjas de doradas.
Otras quedaron abandonadas y se llenaron de fango.
La cooperativa patrocina además al equipo juvenil de fútbol del barrio.
La recuperación también beneficia a las aves.
Los técnicos del parque natural han contado este año 300 parejas de cigüeñuelas en los esteros de La Esperanza.
La cooperativa quiere abrir la salina a las visitas en primavera.
Cobrará cinco euros por persona.
