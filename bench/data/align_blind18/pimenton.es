El pimentón de La Vera
Texto: Lucía Garrido
En Jaraíz de la Vera, el otoño huele a encina quemada.
Durante seis semanas, los secaderos del valle humean día y noche.
En estos secaderos de piedra, los pimientos rojos descansan sobre zarzos de madera, encima de un fuego que nunca debe apagarse ni avivarse demasiado.
El secado dura quince días y hay que voltear los pimientos a mano cada mañana.
«Mi abuelo dormía junto al fuego», cuenta Emilio Sánchez, de 58 años, que cultiva tres hectáreas cerca de Cuacos de Yuste.
Él se levanta dos veces cada noche.
Su mujer, Pilar, lleva la cuenta de la leña en un cuaderno.
Una vez secos, los pimientos se muelen en viejos molinos de piedra.
La lentitud importa.
Una muela que se calienta quema el polvo y le da amargor.
El pimentón de La Vera tiene denominación de origen desde 2005.
Hay tres variedades: dulce, agridulce y picante.
Sin él no hay patatas revolconas ni migas extremeñas que merezcan ese nombre.
La cosecha del año pasado alcanzó 4.200 toneladas de pimiento fresco, unas 600 toneladas de polvo.
Son 560 productores, y cada año son menos.
Los jóvenes se van a Madrid o a Plasencia.
Los secaderos cierran uno tras otro.
Emilio Sánchez no tiene quien le suceda.
«El día que lo deje, alguien tendrá que encender el fuego por mí», dice.
El pimentón de La Vera, en cifras
Denominación de origen desde 2005
560 productores, 17 municipios
Cosecha: de septiembre a noviembre
