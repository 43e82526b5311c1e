Una naviera bretona encarga dos ferris al astillero de Puerto Real
Por Manuel Villalón
Cádiz, 4 de marzo.
La naviera bretona Brittany Atlantic Lines firmó este martes el encargo de dos ferris híbridos con Astilleros del Sur, en Puerto Real.
El contrato asciende a 410 millones de euros.
Es el mayor pedido civil del astillero desde 2008.
Los dos buques, de 187 metros de eslora, podrán llevar cada uno 1.600 pasajeros y 550 coches.
Funcionarán con gas natural licuado.
En puerto usarán baterías.
A partir de 2029 cubrirán las líneas de Roscoff y Saint-Malo con Plymouth y Cork.
«Este contrato son dos años y medio de trabajo asegurado», celebró el director del astillero, Álvaro Gutiérrez.
Los trabajos comenzarán en septiembre.
Darán empleo a hasta 1.900 personas, contando a las empresas auxiliares.
Para la bahía de Cádiz, la noticia llega tras años de espera.
Desde hace una década, los sindicatos denuncian la falta de carga de trabajo en los astilleros públicos de la zona.
La tasa de paro de la provincia de Cádiz, del 24,3 %, es una de las más altas de España.
El secretario regional de Industria de CCOO, Rafael Bernal, calificó la noticia de «excelente».
Aun así, advirtió de que la empresa tendrá que contratar.
«Las plantillas han envejecido. Sin gente nueva, no se cumplirán los plazos.»
La alcaldesa de Puerto Real, Inmaculada Sáez, habló de «un día histórico para el municipio».
¿Por qué España y no Francia?
El astillero de Saint-Nazaire, que construyó los anteriores buques de la compañía, tiene la cartera llena de cruceros hasta 2031.
«No podíamos esperar», explicó el presidente de Brittany Atlantic Lines, Gwenaël Le Roux.
Los dos ferris a los que sustituirán tienen más de treinta años.
La naviera cuenta con un préstamo de 180 millones de euros del Banco Europeo de Inversiones.
El primer corte de chapa está previsto para el 15 de septiembre.
