El sendero del Vercors sale del pueblo de Corrençon, a 1.100 metros de altitud.
Calcule cinco horas de marcha para el circuito completo.
La señalización amarilla y verde está bien cuidada y sigue primero una antigua pista forestal.
Tras el primer collado, el camino se vuelve más estrecho y pedregoso.
Lleve un buen calzado; los bastones se recomiendan para el descenso.
El manantial de la Fauge es el único punto de agua del recorrido.
En verano puede secarse a partir de mediados de agosto.
Por eso conviene llevar al menos dos litros por persona.
Publicidad
En la cima, la vista alcanza el Mont Blanc cuando el cielo está despejado.
A primera hora de la mañana suelen verse rebecos en las laderas norte.
No se acerque a menos de cincuenta metros.
El refugio de la Jasse abre de junio a septiembre.
Ofrece veinte plazas para dormir.
Por la noche sirve una cena caliente.
La reserva es obligatoria los fines de semana.
El regreso discurre por el bosque público, a la sombra de las hayas.
En caso de tormenta, baje sin esperar: la cresta está muy expuesta.
