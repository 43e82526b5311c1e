La miel de la Alpujarra busca relevo
Una cooperativa de Órgiva forma a jóvenes apicultores para salvar una producción amenazada por la sequía y el envejecimiento.
Carmen Ruiz Alarcón
Colmenas en un bancal de castaños, cerca de Órgiva.
FOTO: CARMEN RUIZ
A 1.200 metros de altitud, las colmenas de Manuel Pérez se alinean entre los castaños como buzones.
Tiene 340, frente a las más de 600 que tenía hace diez años.
«La sequía mata las flores antes de que lleguen las abejas», explica.
Más abajo, en Trevélez, los secaderos de jamón siguen a pleno rendimiento.
Pérez, de 67 años, preside la cooperativa Miel de Sierra.
Reúne a 48 apicultores y vende unas 90 toneladas al año.
Hace tres años, la cooperativa puso en marcha una escuela.
Doce jóvenes siguen allí una formación gratuita de dos años a cambio de entregar su miel a la cooperativa durante cinco años.
Precios pagados al productor en 2023 (por kilo):
miel de castaño: 7,20 €
miel de romero: 6,80 €
miel de mil flores: 5,90 €
Lucía Moreno, de 26 años, es una de las alumnas y el año pasado dejó su trabajo de camarera en Granada.
Hoy cuida 60 colmenas que le presta la cooperativa.
«Gano menos, pero respiro», dice.
Pérez ya piensa en lo que vendrá.
«Cuando yo no pueda subir, alguien tendrá que hacerlo».
